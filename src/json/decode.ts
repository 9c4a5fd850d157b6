// Turning already-validated JSON string bytes into JS strings. The tokenizer has
// checked grammar and UTF-8 before any of these run, so nothing here validates.

/**
 * V8 copies a slice shorter than 13 characters but makes a longer one share
 * its parent string, which would keep a whole chunk's text alive for as long
 * as anyone holds the value. So only short slices come from the chunk's text.
 */
const SLICE_MAX = 12;
const EMPTY = Buffer.alloc(0);

const SIMPLE_ESCAPES: Record<number, string> = {
  0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t',
};

/**
 * Buffer#toString(encoding, start, end) goes through argument checks and an
 * encoding lookup before it reaches the native slicer, which for the short
 * strings JSON is made of costs as much as the slicing. The slicers are not in
 * the typings but have been on Buffer.prototype in every Node release; should
 * one ever be missing, toString is used.
 */
interface Slicers {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}
const PROTO = Buffer.prototype as Partial<Slicers>;
const DIRECT = typeof PROTO.latin1Slice === 'function' && typeof PROTO.utf8Slice === 'function';

function latin1(buf: Buffer, start: number, end: number): string {
  return DIRECT ? (buf as Buffer & Slicers).latin1Slice(start, end) : buf.toString('latin1', start, end);
}

function utf8(buf: Buffer, start: number, end: number): string {
  return DIRECT ? (buf as Buffer & Slicers).utf8Slice(start, end) : buf.toString('utf8', start, end);
}

/**
 * Up to this many bytes a non-ASCII string is decoded here: a name or a city is 6-12 bytes of
 * UTF-8, and the native call costs several times the decoding. Twelve bytes are at most twelve
 * characters, the length below which V8 concatenates into flat strings (longer would build ropes).
 */
const JS_UTF8_MAX_BYTES = 12;

/** Already-validated UTF-8 to a string, in JS (see JS_UTF8_MAX_BYTES). */
function shortUtf8(buf: Buffer, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; ) {
    const c = buf[i]!;
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i += 1;
    } else if (c < 0xe0) {
      out += String.fromCharCode(((c & 0x1f) << 6) | (buf[i + 1]! & 0x3f));
      i += 2;
    } else if (c < 0xf0) {
      out += String.fromCharCode(((c & 0x0f) << 12) | ((buf[i + 1]! & 0x3f) << 6) | (buf[i + 2]! & 0x3f));
      i += 3;
    } else {
      out += String.fromCodePoint(((c & 0x07) << 18) | ((buf[i + 1]! & 0x3f) << 12) | ((buf[i + 2]! & 0x3f) << 6) | (buf[i + 3]! & 0x3f));
      i += 4;
    }
  }
  return out;
}

function hexDigit(c: number): number {
  return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;
}

/**
 * Strings out of one byte buffer (a chunk, or a token spilled across chunks).
 * Short ASCII strings are sliced from a latin1 view of the whole buffer, made
 * once on first need: slicing stays inside JS, while decoding each string from
 * the Buffer crosses into native code, which costs several times more.
 */
export class ByteText {
  private buf: Buffer = EMPTY;
  private latin1: string | undefined;

  use(buf: Buffer): void {
    this.buf = buf;
    this.latin1 = undefined;
  }

  ascii(start: number, end: number): string {
    if (end - start > SLICE_MAX) return latin1(this.buf, start, end);
    if (this.latin1 === undefined) this.latin1 = latin1(this.buf, 0, this.buf.length);
    return this.latin1.slice(start, end);
  }

  /** A JSON string's value from its content bytes (between the quotes). */
  string(start: number, end: number, escaped: boolean, nonAscii: boolean): string {
    if (!escaped) return this.raw(start, end, nonAscii);
    const buf = this.buf;
    let out = '';
    let run = start;
    for (let i = start; i < end; i++) {
      if (buf[i] !== 0x5c) continue;
      // Escapes are ASCII, so the raw runs between them are always whole UTF-8 sequences.
      if (i > run) out += this.raw(run, i, nonAscii);
      const c = buf[i + 1]!;
      if (c === 0x75) {
        // Surrogate halves are appended one unit at a time; a valid pair joins up in the JS string.
        out += String.fromCharCode((hexDigit(buf[i + 2]!) << 12) | (hexDigit(buf[i + 3]!) << 8) | (hexDigit(buf[i + 4]!) << 4) | hexDigit(buf[i + 5]!));
        i += 5;
      } else {
        out += SIMPLE_ESCAPES[c]!;
        i += 1;
      }
      run = i + 1;
    }
    if (run < end) out += this.raw(run, end, nonAscii);
    return out;
  }

  private raw(start: number, end: number, nonAscii: boolean): string {
    if (!nonAscii) return this.ascii(start, end);
    return end - start <= JS_UTF8_MAX_BYTES ? shortUtf8(this.buf, start, end) : utf8(this.buf, start, end);
  }
}
