import type { BodyProcessor } from '../json/body';
import { BodyError } from '../json/errors';

/**
 * How a body splits into records (SSE events, NDJSON lines, form pairs) and
 * what one whole record becomes. Record boundaries must depend on the bytes
 * only, never on where chunks were cut: that is what makes a streamed body
 * come out identical to the same body buffered.
 */
export interface Framing {
  /**
   * Offset just past the end of the current record in buf[from…), or -1 when
   * it has not ended yet. Called with consecutive byte ranges of the body:
   * after -1 the next call starts where this one stopped (in a longer buffer),
   * so any line state the scan keeps carries over.
   */
  scan(buf: Uint8Array, from: number): number;
  /** The bytes to release for one whole record (may be a view of `bytes`). `final`: the body ended inside it. */
  record(bytes: Buffer, final: boolean): Uint8Array;
  /** At the end of the body: anything the framing held back across records (see SseFraming). */
  flush?(): Uint8Array;
}

const EMPTY = Buffer.alloc(0);

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Releases a framed body record by record: a record a chunk edge cut in two is
 * held back whole until its end arrives, so no part of it leaves unmasked.
 * Holding is bounded: a record longer than `maxRecordBytes` fails the body
 * (max_token_bytes) instead of growing memory without end.
 */
export class RecordStream implements BodyProcessor {
  private held = EMPTY;
  private heldLen = 0;
  /** Absolute body offset of held[0]. */
  private base = 0;
  private failure: BodyError | undefined;

  constructor(
    private readonly framing: Framing,
    private readonly maxRecordBytes: number,
  ) {}

  push(chunk: Uint8Array): Uint8Array {
    return this.guard(() => (this.heldLen === 0 ? this.fromChunk(asBuffer(chunk)) : this.fromHeld(asBuffer(chunk))));
  }

  end(): Uint8Array {
    return this.guard(() => {
      if (this.heldLen === 0) return this.framing.flush?.() ?? EMPTY;
      const out = Buffer.from(this.framing.record(this.held.subarray(0, this.heldLen), true));
      this.base += this.heldLen;
      this.heldLen = 0;
      return out;
    });
  }

  /** Nothing held: records are cut straight out of the chunk, unchanged ones without a copy. */
  private fromChunk(chunk: Buffer): Uint8Array {
    const parts: Uint8Array[] = [];
    let start = 0;
    for (let end = this.framing.scan(chunk, 0); end >= 0; end = this.framing.scan(chunk, end)) {
      parts.push(this.cut(chunk, start, end));
      start = end;
    }
    this.hold(chunk.subarray(start));
    return join(parts);
  }

  private fromHeld(chunk: Buffer): Uint8Array {
    const scanFrom = this.heldLen;
    this.hold(chunk);
    const parts: Uint8Array[] = [];
    let start = 0;
    for (let end = this.framing.scan(this.held.subarray(0, this.heldLen), scanFrom); end >= 0; end = this.framing.scan(this.held.subarray(0, this.heldLen), end)) {
      parts.push(this.cut(this.held, start, end));
      start = end;
    }
    if (start === 0) return EMPTY;
    // Copy out before the held bytes move: released parts may be views of them.
    const out = Buffer.concat(parts);
    this.held.copyWithin(0, start, this.heldLen);
    this.heldLen -= start;
    this.base += start;
    return out;
  }

  private cut(buf: Buffer, start: number, end: number): Uint8Array {
    if (end - start > this.maxRecordBytes) throw new BodyError('max_token_bytes', this.base + start);
    return this.framing.record(buf.subarray(start, end), false);
  }

  private hold(bytes: Buffer): void {
    if (bytes.length === 0) return;
    const need = this.heldLen + bytes.length;
    if (need > this.maxRecordBytes) throw new BodyError('max_token_bytes', this.base);
    if (need > this.held.length) {
      const grown = Buffer.allocUnsafe(Math.min(Math.max(need, this.held.length * 2, 256), this.maxRecordBytes));
      this.held.copy(grown, 0, 0, this.heldLen);
      this.held = grown;
    }
    bytes.copy(this.held, this.heldLen);
    this.heldLen = need;
  }

  /** A failed body stays failed; anything unexpected from a plug-in is reported as `internal`. */
  private guard(step: () => Uint8Array): Uint8Array {
    if (this.failure !== undefined) throw this.failure;
    try {
      return step();
    } catch (e) {
      this.failure = e instanceof BodyError ? e : new BodyError('internal', this.base, { cause: e });
      throw this.failure;
    }
  }
}

function join(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 0) return EMPTY;
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}
