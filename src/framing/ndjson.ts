import type { Framing } from './records';
import type { PayloadMasker } from './record-masker';

const LF = 0x0a;

/**
 * application/x-ndjson, application/jsonl: one JSON document per line. A line
 * is held until its "\n" (or the end of the body) and masked as a document;
 * a line that is not JSON fails the body like malformed JSON does. Blank
 * lines pass as they are and are not counted as records.
 */
export class NdjsonFraming implements Framing {
  constructor(private readonly masker: PayloadMasker) {}

  scan(buf: Uint8Array, from: number): number {
    const i = buf.indexOf(LF, from);
    return i < 0 ? -1 : i + 1;
  }

  record(bytes: Buffer): Uint8Array {
    if (isBlank(bytes)) return bytes;
    return this.masker.mask(bytes) ?? bytes;
  }
}

function isBlank(b: Buffer): boolean {
  for (const c of b) if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  return true;
}
