import { asBuffer, ESCAPABLE, HEX, LITERALS, PLAIN, WHITESPACE } from './bytes';
import { ByteText } from './decode';
import { BodyError } from './errors';
import { DEFAULT_TOKENIZER_LIMITS, type TokenHandler, type TokenizerLimits } from './events';
import { N_BAD, N_ENDED, numberComplete, numberStart, numberStep } from './number';
import { SpillBuffer } from './spill';
import { Utf8Check } from './utf8';

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

const OBJECT = 0;
const ARRAY = 1;

const NO_OVERRIDES: Partial<TokenizerLimits> = Object.freeze({});

function checked(overrides: Partial<TokenizerLimits>): TokenizerLimits {
  const limits = { ...DEFAULT_TOKENIZER_LIMITS, ...overrides };
  for (const [name, v] of Object.entries(limits)) {
    if (!Number.isSafeInteger(v) || v < 1) throw new Error(`json limits: ${name} must be a positive integer, got ${String(v)}`);
  }
  return limits;
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
  private numState = 0;
  private readonly utf8 = new Utf8Check();
  private hexLeft = 0;
  private lit = LITERALS[0x6e]!;
  private litPos = 0;
  private readonly spill = new SpillBuffer();
  private readonly chunkText = new ByteText();

  constructor(limits: Partial<TokenizerLimits> = NO_OVERRIDES) {
    // One tokenizer per body: the defaults, known good, are taken as they are.
    this.limits = limits === NO_OVERRIDES ? DEFAULT_TOKENIZER_LIMITS : checked(limits);
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
    this.spill.clear();
    this.utf8.reset();
  }

  write(chunk: Uint8Array, h: TokenHandler): void {
    const buf = asBuffer(chunk);
    this.chunkText.use(buf);
    const base = this.offset;
    const n = buf.length;
    // Module imports compile to property loads on every use: the byte loops read locals.
    const space = WHITESPACE;
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
          while (i < n && space[buf[i]!] === 1) i++;
          if (i < n) {
            this.structural(buf[i]!, base + i, h);
            i++;
          }
      }
    }
    this.offset = base + n;
    if (this.pendingStart >= 0) {
      if (this.offset - this.tokStart > this.limits.maxTokenBytes) throw new BodyError('max_token_bytes', this.offset);
      this.spill.append(buf, Math.max(0, this.tokStart - base), n);
    }
  }

  /** End of input: completes a trailing top-level number; throws if the document is unfinished. */
  end(h: TokenHandler): void {
    if (this.state === NUMBER && numberComplete(this.numState)) {
      const value = this.spill.view().ascii(0, this.spill.length);
      this.spill.clear();
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
      this.numState = numberStart(c);
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
    const utf8 = this.utf8;
    const plain = PLAIN;
    if (utf8.need > 0) {
      // A character cut by the last chunk edge.
      i = utf8.continuation(buf, i, base);
      if (utf8.need > 0) return i;
    }
    // Past `limit` the token is over budget: stop there instead of scanning a huge string to its end.
    const limit = Math.min(n, this.tokStart + this.limits.maxTokenBytes - base);
    for (;;) {
      while (i < limit && plain[buf[i]!] === 1) i++;
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
      // Whole 2- and 3-byte characters (CJK is three) skip the resumable checker. E0 and ED allow
      // narrower second bytes and take it, as do 4-byte characters and any cut by the chunk edge.
      if (c >= 0xc2 && c <= 0xdf && i + 1 < limit && (buf[i + 1]! & 0xc0) === 0x80) {
        i += 2;
        continue;
      }
      if (c >= 0xe1 && c <= 0xef && c !== 0xed && i + 2 < limit && (buf[i + 1]! & 0xc0) === 0x80 && (buf[i + 2]! & 0xc0) === 0x80) {
        i += 3;
        continue;
      }
      utf8.lead(c, base + i);
      i = utf8.continuation(buf, i + 1, base);
      if (utf8.need > 0) return i;
    }
  }

  private finishString(buf: Buffer, q: number, base: number, h: TokenHandler): void {
    const end = base + q + 1;
    if (end - this.tokStart > this.limits.maxTokenBytes) throw new BodyError('max_token_bytes', end);
    let value: string;
    if (this.tokStart >= base) value = this.chunkText.string(this.tokStart - base + 1, q, this.escaped, this.nonAscii);
    else {
      this.spill.append(buf, 0, q);
      value = this.spill.view().string(1, this.spill.length, this.escaped, this.nonAscii);
      this.spill.clear();
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
    for (const n = buf.length; i < n; i++) {
      const next = numberStep(this.numState, buf[i]!);
      if (next === N_ENDED) return this.finishNumber(buf, i, base, h);
      if (next === N_BAD) throw new BodyError('malformed_json', base + i);
      this.numState = next;
    }
    return i;
  }

  /** The number ended just before buf[i], which is left for the grammar to judge. */
  private finishNumber(buf: Buffer, i: number, base: number, h: TokenHandler): number {
    const end = base + i;
    if (end - this.tokStart > this.limits.maxTokenBytes) throw new BodyError('max_token_bytes', end);
    let value: string;
    if (this.tokStart >= base) value = this.chunkText.ascii(this.tokStart - base, i);
    else {
      this.spill.append(buf, 0, i);
      value = this.spill.view().ascii(0, this.spill.length);
      this.spill.clear();
    }
    this.state = this.afterValue();
    h.leaf('number', value, this.tokStart, end);
    return i;
  }
}
