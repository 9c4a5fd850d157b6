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
