import type { LeafKind } from '../types';
import { asciiText, jsonStringValue, ShortStrings } from './decode';
import { BodyError } from './errors';

/** What the tokenizer reports. Offsets are absolute byte offsets in the body. */
export interface TokenHandler {
  openObject(): void;
  openArray(): void;
  /** Closes the innermost object or array. */
  close(): void;
  key(name: string): void;
  /** A complete scalar; [start, end) is its raw text, quotes included for strings. */
  leaf(kind: LeafKind, value: string, start: number, end: number): void;
}

export interface TokenizerLimits {
  /** Open objects/arrays at once. */
  readonly maxDepth: number;
  /** Raw bytes of one string or number token, quotes included. */
  readonly maxTokenBytes: number;
}
export const DEFAULT_TOKENIZER_LIMITS: TokenizerLimits = { maxDepth: 512, maxTokenBytes: 1024 * 1024 };

// Grammar states.
const VALUE = 0; // a value is required (top level, after ':' or ',' in an array)
const FIRST_ITEM = 1; // just after '[': a value or ']'
const FIRST_KEY = 2; // just after '{': a key or '}'
const KEY = 3;
const COLON = 4;
const AFTER = 5; // after a value inside a container
const DONE = 6; // after the top-level value: only whitespace may follow
const STRING = 7;
const ESCAPE = 8;
const UNICODE = 9;
const NUMBER = 10;
const LITERAL = 11;

// Number sub-states (RFC 8259 §6); the ones marked * may end the number.
const N_SIGN = 0; // after '-'
const N_ZERO = 1; // * leading zero
const N_INT = 2; // *
const N_DOT = 3;
const N_FRAC = 4; // *
const N_EXP_MARK = 5;
const N_EXP_SIGN = 6;
const N_EXP = 7; // *

const OBJECT = 0;
const ARRAY = 1;

/** Bytes that stand for themselves inside a string: printable ASCII except '"' and '\'. */
const PLAIN = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c++) PLAIN[c] = c === 0x22 || c === 0x5c ? 0 : 1;
const WS = new Uint8Array(256);
WS[0x20] = WS[0x09] = WS[0x0a] = WS[0x0d] = 1;
const HEX = new Uint8Array(256);
for (const c of Buffer.from('0123456789abcdefABCDEF', 'latin1')) HEX[c] = 1;
const ESCAPABLE = new Uint8Array(256);
for (const c of Buffer.from('"\\/bfnrt', 'latin1')) ESCAPABLE[c] = 1;

const LITERALS: Record<number, { text: string; bytes: Buffer; kind: LeafKind }> = {
  0x74: { text: 'true', bytes: Buffer.from('true'), kind: 'boolean' },
  0x66: { text: 'false', bytes: Buffer.from('false'), kind: 'boolean' },
  0x6e: { text: 'null', bytes: Buffer.from('null'), kind: 'null' },
};

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Incremental, strict JSON tokenizer over byte chunks. It knows only bytes and
 * offsets: paths are the handler's business. No recursion (depth is a counter
 * stack) and no per-byte allocation; a string or number cut by a chunk edge is
 * copied aside (at most `maxTokenBytes`) and decoded when it completes.
 */
export class JsonTokenizer {
  private readonly limits: TokenizerLimits;
  private state = VALUE;
  private readonly stack: number[] = [];
  private offset = 0;
  private tokStart = 0;
  private isKey = false;
  private escaped = false;
  private nonAscii = false;
  private numState = N_SIGN;
  private utf8Need = 0;
  private utf8Lo = 0x80;
  private utf8Hi = 0xbf;
  private hexLeft = 0;
  private lit = LITERALS[0x6e]!;
  private litPos = 0;
  private tok = Buffer.allocUnsafe(256);
  private tokLen = 0;
  private readonly strings = new ShortStrings();

  constructor(limits: Partial<TokenizerLimits> = {}) {
    this.limits = { ...DEFAULT_TOKENIZER_LIMITS, ...limits };
  }

  /** Absolute offset where the unfinished string/number token began, or -1: bytes from there may still change. */
  get pendingStart(): number {
    const s = this.state;
    return s === STRING || s === ESCAPE || s === UNICODE || s === NUMBER ? this.tokStart : -1;
  }

  /** Bytes consumed so far (offsets keep counting across `reset()`). */
  get position(): number {
    return this.offset;
  }

  /** Start a new document at the current offset (e.g. the next NDJSON line). */
  reset(): void {
    this.state = VALUE;
    this.stack.length = 0;
    this.tokLen = 0;
    this.utf8Need = 0;
  }

  write(chunk: Uint8Array, h: TokenHandler): void {
    const buf = asBuffer(chunk);
    const base = this.offset;
    const n = buf.length;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case STRING:
          i = this.scanString(buf, i, base, h);
          break;
        case NUMBER:
          i = this.scanNumber(buf, i, base, h);
          break;
        case ESCAPE:
          if (buf[i] === 0x75) {
            this.state = UNICODE;
            this.hexLeft = 4;
          } else if (ESCAPABLE[buf[i]!] === 1) this.state = STRING;
          else throw new BodyError('malformed_json', base + i);
          i++;
          break;
        case UNICODE:
          if (HEX[buf[i]!] !== 1) throw new BodyError('malformed_json', base + i);
          if (--this.hexLeft === 0) this.state = STRING;
          i++;
          break;
        case LITERAL:
          if (buf[i] !== this.lit.bytes[this.litPos]) throw new BodyError('malformed_json', base + i);
          i++;
          if (++this.litPos === this.lit.bytes.length) {
            this.state = this.afterValue();
            h.leaf(this.lit.kind, this.lit.text, this.tokStart, base + i);
          }
          break;
        default:
          while (i < n && WS[buf[i]!] === 1) i++;
          if (i < n) {
            this.structural(buf[i]!, base + i, h);
            i++;
          }
      }
    }
    this.offset = base + n;
    if (this.pendingStart >= 0) {
      if (this.offset - this.tokStart > this.limits.maxTokenBytes) throw new BodyError('max_token_bytes', this.offset);
      this.spill(buf, Math.max(0, this.tokStart - base), n);
    }
  }

  /** End of input: completes a trailing top-level number; throws if the document is unfinished. */
  end(h: TokenHandler): void {
    if (this.state === NUMBER && (this.numState === N_ZERO || this.numState === N_INT || this.numState === N_FRAC || this.numState === N_EXP)) {
      const value = asciiText(this.tok, 0, this.tokLen);
      this.tokLen = 0;
      this.state = this.afterValue();
      h.leaf('number', value, this.tokStart, this.offset);
    }
    if (this.state !== DONE && !(this.state === VALUE && this.stack.length === 0)) throw new BodyError('malformed_json', this.offset);
  }

  private afterValue(): number {
    return this.stack.length === 0 ? DONE : AFTER;
  }

  private structural(c: number, at: number, h: TokenHandler): void {
    if (this.state === FIRST_ITEM && c === 0x5d) return this.close(ARRAY, at, h);
    if (this.state === FIRST_KEY && c === 0x7d) return this.close(OBJECT, at, h);
    switch (this.state) {
      case VALUE:
      case FIRST_ITEM:
        return this.beginValue(c, at, h);
      case KEY:
      case FIRST_KEY:
        if (c !== 0x22) throw new BodyError('malformed_json', at);
        return this.beginString(at, true);
      case COLON:
        if (c !== 0x3a) throw new BodyError('malformed_json', at);
        this.state = VALUE;
        return;
      case AFTER:
        if (c === 0x2c) this.state = this.stack[this.stack.length - 1] === OBJECT ? KEY : VALUE;
        else if (c === 0x7d) this.close(OBJECT, at, h);
        else if (c === 0x5d) this.close(ARRAY, at, h);
        else throw new BodyError('malformed_json', at);
        return;
      default: // DONE
        throw new BodyError('malformed_json', at);
    }
  }

  private beginValue(c: number, at: number, h: TokenHandler): void {
    if (c === 0x22) return this.beginString(at, false);
    if (c === 0x7b || c === 0x5b) {
      if (this.stack.length >= this.limits.maxDepth) throw new BodyError('max_depth', at);
      const isObject = c === 0x7b;
      this.stack.push(isObject ? OBJECT : ARRAY);
      this.state = isObject ? FIRST_KEY : FIRST_ITEM;
      return isObject ? h.openObject() : h.openArray();
    }
    this.tokStart = at;
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.state = NUMBER;
      this.numState = c === 0x2d ? N_SIGN : c === 0x30 ? N_ZERO : N_INT;
      return;
    }
    const lit = LITERALS[c];
    if (lit === undefined) throw new BodyError('malformed_json', at);
    this.state = LITERAL;
    this.lit = lit;
    this.litPos = 1;
  }

  private close(kind: number, at: number, h: TokenHandler): void {
    if (this.stack[this.stack.length - 1] !== kind) throw new BodyError('malformed_json', at);
    this.stack.pop();
    this.state = this.afterValue();
    h.close();
  }

  private beginString(at: number, isKey: boolean): void {
    this.state = STRING;
    this.tokStart = at;
    this.isKey = isKey;
    this.escaped = false;
    this.nonAscii = false;
  }

  private scanString(buf: Buffer, i: number, base: number, h: TokenHandler): number {
    const n = buf.length;
    i = this.continuation(buf, i, base);
    if (this.utf8Need > 0) return i;
    // Past `limit` the token is over budget: stop there instead of scanning a huge string to its end.
    const limit = Math.min(n, this.tokStart + this.limits.maxTokenBytes - base);
    for (;;) {
      while (i < limit && PLAIN[buf[i]!] === 1) i++;
      if (i >= limit) {
        if (limit < n) throw new BodyError('max_token_bytes', base + i);
        return i;
      }
      const c = buf[i]!;
      if (c === 0x22) {
        this.finishString(buf, i, base, h);
        return i + 1;
      }
      if (c === 0x5c) {
        this.escaped = true;
        this.state = ESCAPE;
        return i + 1;
      }
      if (c < 0x20) throw new BodyError('malformed_json', base + i);
      this.nonAscii = true;
      this.utf8Lead(c, base + i);
      i = this.continuation(buf, i + 1, base);
      if (this.utf8Need > 0) return i;
    }
  }

  /** Accepts exactly the well-formed UTF-8 sequences (no overlongs, surrogates or > U+10FFFF). */
  private utf8Lead(c: number, at: number): void {
    this.utf8Lo = 0x80;
    this.utf8Hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) this.utf8Need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      this.utf8Need = 2;
      if (c === 0xe0) this.utf8Lo = 0xa0;
      else if (c === 0xed) this.utf8Hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      this.utf8Need = 3;
      if (c === 0xf0) this.utf8Lo = 0x90;
      else if (c === 0xf4) this.utf8Hi = 0x8f;
    } else throw new BodyError('invalid_utf8', at);
  }

  private continuation(buf: Buffer, i: number, base: number): number {
    while (this.utf8Need > 0 && i < buf.length) {
      const c = buf[i]!;
      if (c < this.utf8Lo || c > this.utf8Hi) throw new BodyError('invalid_utf8', base + i);
      this.utf8Lo = 0x80;
      this.utf8Hi = 0xbf;
      this.utf8Need--;
      i++;
    }
    return i;
  }

  private finishString(buf: Buffer, q: number, base: number, h: TokenHandler): void {
    const end = base + q + 1;
    if (end - this.tokStart > this.limits.maxTokenBytes) throw new BodyError('max_token_bytes', end);
    let value: string;
    if (this.tokStart >= base) {
      const start = this.tokStart - base + 1;
      value = this.escaped || this.nonAscii ? jsonStringValue(buf, start, q, this.escaped, this.nonAscii) : this.strings.get(buf, start, q);
    }
    else {
      this.spill(buf, 0, q);
      value = jsonStringValue(this.tok, 1, this.tokLen, this.escaped, this.nonAscii);
      this.tokLen = 0;
    }
    if (this.isKey) {
      this.state = COLON;
      h.key(value);
    } else {
      this.state = this.afterValue();
      h.leaf('string', value, this.tokStart, end);
    }
  }

  private scanNumber(buf: Buffer, i: number, base: number, h: TokenHandler): number {
    const n = buf.length;
    for (; i < n; i++) {
      const c = buf[i]!;
      const digit = c >= 0x30 && c <= 0x39;
      switch (this.numState) {
        case N_SIGN:
          if (!digit) throw new BodyError('malformed_json', base + i);
          this.numState = c === 0x30 ? N_ZERO : N_INT;
          break;
        case N_DOT:
          if (!digit) throw new BodyError('malformed_json', base + i);
          this.numState = N_FRAC;
          break;
        case N_EXP_MARK:
          if (c === 0x2b || c === 0x2d) this.numState = N_EXP_SIGN;
          else if (digit) this.numState = N_EXP;
          else throw new BodyError('malformed_json', base + i);
          break;
        case N_EXP_SIGN:
          if (!digit) throw new BodyError('malformed_json', base + i);
          this.numState = N_EXP;
          break;
        default: // a state that may end the number
          if (digit && this.numState !== N_ZERO) break;
          if (c === 0x2e && (this.numState === N_ZERO || this.numState === N_INT)) this.numState = N_DOT;
          else if ((c | 0x20) === 0x65 && this.numState !== N_EXP) this.numState = N_EXP_MARK;
          else return this.finishNumber(buf, i, base, h);
      }
    }
    return i;
  }

  /** The number ended just before buf[i], which is left for the grammar to judge. */
  private finishNumber(buf: Buffer, i: number, base: number, h: TokenHandler): number {
    const end = base + i;
    if (end - this.tokStart > this.limits.maxTokenBytes) throw new BodyError('max_token_bytes', end);
    let value: string;
    if (this.tokStart >= base) value = asciiText(buf, this.tokStart - base, i);
    else {
      this.spill(buf, 0, i);
      value = asciiText(this.tok, 0, this.tokLen);
      this.tokLen = 0;
    }
    this.state = this.afterValue();
    h.leaf('number', value, this.tokStart, end);
    return i;
  }

  private spill(buf: Buffer, from: number, to: number): void {
    const need = this.tokLen + (to - from);
    if (need > this.tok.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.tok.length * 2));
      this.tok.copy(grown, 0, 0, this.tokLen);
      this.tok = grown;
    }
    buf.copy(this.tok, this.tokLen, from, to);
    this.tokLen = need;
  }
}
