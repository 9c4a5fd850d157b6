/**
 * A streaming body rewriter: the contract every framing (plain JSON, NDJSON,
 * SSE, form bodies) implements so the ext_proc server can drive any of them.
 * Both methods throw `BodyError` (src/json/errors.ts) on bad input; after a
 * throw the processor stays failed and every later call throws the same error.
 * Returned bytes may share memory with the chunk passed in: consume them
 * before reusing that chunk's buffer.
 */
export interface BodyProcessor {
  /** Bytes safe to release now: everything before the unfinished token, sensitive leaves rewritten. */
  push(chunk: Uint8Array): Uint8Array;
  /** End of body: the rest (throws BodyError if the document is incomplete/invalid). */
  end(): Uint8Array;
}
