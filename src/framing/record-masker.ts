import type { BodyProcessor } from '../json/body';
import { BodyError } from '../json/errors';
import type { LeafFinding } from '../types';
import { maskValue, rebase, textLeaf, type ValueContext } from './value';

// One record of a framed body (an SSE event's data, an NDJSON line) masked
// as a document of its own. Findings point into the record as
// `/~record/N/<pointer inside the record>`, N counting the body's records from
// 0 (`~` cannot start a JSON key's escaped form, so no real key collides).

export interface RecordMaskerDeps {
  /** A fresh JSON masker for one record (the app's plain JSON processor), reporting to `onFinding`. */
  json(onFinding: (f: LeafFinding) => void): BodyProcessor;
  /** For payloads that are not JSON: the body's classifier/masker and finding sink. */
  readonly text: ValueContext;
}

export const RECORD_POINTER_PREFIX = '/~record/';

/** What a framing asks of the record layer: the masked payload, or undefined when it stays as it is. */
export interface PayloadMasker {
  mask(payload: Buffer): Buffer | undefined;
}

export class RecordMasker implements PayloadMasker {
  private index = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  /** `textFallback`: a payload that is not JSON is scanned as text (SSE) rather than failing the body (NDJSON). */
  constructor(
    private readonly deps: RecordMaskerDeps,
    private readonly textFallback: boolean,
  ) {}

  /** The masked payload, or undefined when it stays byte for byte as it is. */
  mask(payload: Buffer): Buffer | undefined {
    const prefix = RECORD_POINTER_PREFIX + this.index++;
    if (!this.textFallback) return this.json(payload, prefix, this.deps.text.onFinding);
    if (looksLikeJson(payload)) {
      // Findings wait until the record proves to be JSON: a text re-scan must not report them twice.
      const found: LeafFinding[] = [];
      try {
        const out = this.json(payload, prefix, (f) => found.push(f));
        for (const f of found) this.deps.text.onFinding(f);
        return out;
      } catch (e) {
        if (!(e instanceof BodyError) || e.reason !== 'malformed_json') throw e;
      }
    }
    return this.text(payload, prefix);
  }

  private json(payload: Buffer, prefix: string, onFinding: (f: LeafFinding) => void): Buffer | undefined {
    const p = this.deps.json((f) => onFinding(rebase(f, prefix)));
    const head = p.push(payload);
    const tail = p.end();
    const out = tail.length === 0 ? head : Buffer.concat([head, tail]);
    return out.length === payload.length && payload.equals(out) ? undefined : Buffer.from(out.buffer, out.byteOffset, out.length);
  }

  private text(payload: Buffer, prefix: string): Buffer | undefined {
    let text: string;
    try {
      text = this.decoder.decode(payload);
    } catch {
      throw new BodyError('invalid_utf8', 0);
    }
    const masked = maskValue(this.deps.text, textLeaf(text), prefix);
    return masked === undefined ? undefined : Buffer.from(masked ?? '', 'utf8');
  }
}

function looksLikeJson(b: Buffer): boolean {
  for (const c of b) {
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x7b || c === 0x5b || c === 0x22;
  }
  return false;
}
