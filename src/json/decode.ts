// Turning already-validated JSON string bytes into JS strings. The tokenizer has
// checked grammar and UTF-8 before any of these run, so none of them validates.

/** Short ASCII runs are cheaper to build in JS than to cross into native code. */
const SHORT_ASCII = 16;

export function asciiText(buf: Buffer, start: number, end: number): string {
  if (end - start > SHORT_ASCII) return buf.toString('latin1', start, end);
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]!);
  return s;
}

/** Longest string worth looking up: longer ones rarely repeat and cost more to compare. */
const MAX_CACHED = 24;
const SLOTS = 256;

/**
 * Remembers recently decoded short ASCII strings: API bodies repeat the same
 * keys (and enum values) in every record, and comparing a few bytes is much
 * cheaper than allocating a new string. Owned by one tokenizer, so whatever it
 * holds lives no longer than the body it came from.
 */
export class ShortStrings {
  private readonly slots: string[] = new Array<string>(SLOTS).fill('');

  get(buf: Buffer, start: number, end: number): string {
    const n = end - start;
    if (n > MAX_CACHED) return asciiText(buf, start, end);
    let h = n;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + buf[i]!) | 0;
    const slot = h & (SLOTS - 1);
    const hit = this.slots[slot]!;
    if (hit.length === n) {
      let k = 0;
      while (k < n && hit.charCodeAt(k) === buf[start + k]) k++;
      if (k === n) return hit;
    }
    return (this.slots[slot] = asciiText(buf, start, end));
  }
}

function rawText(buf: Buffer, start: number, end: number, nonAscii: boolean): string {
  return nonAscii ? buf.toString('utf8', start, end) : asciiText(buf, start, end);
}

function hexDigit(c: number): number {
  if (c <= 0x39) return c - 0x30;
  return (c | 0x20) - 0x57;
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t',
};

/**
 * The value of a JSON string's content bytes (between the quotes). Escapes are
 * ASCII, so the raw runs between them are always whole UTF-8 sequences.
 */
export function jsonStringValue(buf: Buffer, start: number, end: number, escaped: boolean, nonAscii: boolean): string {
  if (!escaped) return rawText(buf, start, end, nonAscii);
  let out = '';
  let run = start;
  for (let i = start; i < end; i++) {
    if (buf[i] !== 0x5c) continue;
    if (i > run) out += rawText(buf, run, i, nonAscii);
    const c = buf[i + 1]!;
    if (c === 0x75) {
      const unit = (hexDigit(buf[i + 2]!) << 12) | (hexDigit(buf[i + 3]!) << 8) | (hexDigit(buf[i + 4]!) << 4) | hexDigit(buf[i + 5]!);
      // Surrogate halves are appended one unit at a time; a valid pair joins up in the JS string.
      out += String.fromCharCode(unit);
      i += 5;
    } else {
      out += SIMPLE_ESCAPES[c]!;
      i += 1;
    }
    run = i + 1;
  }
  if (run < end) out += rawText(buf, run, end, nonAscii);
  return out;
}
