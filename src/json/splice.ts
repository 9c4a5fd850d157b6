import { asBuffer } from './bytes';
import { OUTPUT_SLAB } from './slab';
import { utf8Length, writeUtf8 } from './text-bytes';

const EMPTY = Buffer.alloc(0);

/**
 * Rebuilds a body from the original bytes with some ranges replaced, across
 * chunks. Offsets are absolute in the body. Only the bytes not yet released
 * (the unfinished token) are kept between chunks; a chunk with no replacement
 * and nothing carried is released as a view of itself, without copying.
 * Replacements are remembered as offsets and text (no buffer view per masked
 * leaf) and everything is copied once, into the output, when a chunk finishes.
 */
export class ByteSplicer {
  private carry = EMPTY;
  private carryLen = 0;
  /** Absolute offset of carry[0]; equals the released offset between chunks. */
  private carryBase = 0;
  private chunk: Buffer = EMPTY;
  private chunkBase = 0;
  private released = 0;
  // Replacements since the last release, as parallel arrays: [starts[k], ends[k]) becomes texts[k].
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly texts: string[] = [];
  private count = 0;

  /** Offset just past the last byte seen. */
  get position(): number {
    return this.chunkBase + this.chunk.length;
  }

  begin(chunk: Uint8Array): void {
    this.chunkBase = this.carryBase + this.carryLen;
    this.chunk = asBuffer(chunk);
  }

  /**
   * The JSON text `text` (UTF-8) instead of [start, end), at or after the released offset; replacements do
   * not overlap. They come in order, except a leaf that waited for its siblings (see JsonMasker).
   */
  replace(start: number, end: number, text: string): void {
    let k = this.count++;
    for (; k > 0 && this.starts[k - 1]! > start; k--) {
      this.starts[k] = this.starts[k - 1]!;
      this.ends[k] = this.ends[k - 1]!;
      this.texts[k] = this.texts[k - 1]!;
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.texts[k] = text;
  }

  /** Everything before `holdFrom` is final: return it, carry the rest to the next chunk. */
  finish(holdFrom: number): Uint8Array {
    const out = this.join(holdFrom);
    if (holdFrom > this.released) this.released = holdFrom;
    this.hold(holdFrom);
    return out;
  }

  private join(upTo: number): Uint8Array {
    const from = this.released;
    // Replacements at or past upTo (after a held-back leaf) wait for a later release.
    let n = this.count;
    while (n > 0 && this.starts[n - 1]! >= upTo) n--;
    if (n === 0 && from >= this.chunkBase) return upTo <= from ? EMPTY : this.chunk.subarray(from - this.chunkBase, upTo - this.chunkBase);
    const original = Math.max(0, upTo - from);
    let total = original;
    for (let k = 0; k < n; k++) total += utf8Length(this.texts[k]!) - (this.ends[k]! - this.starts[k]!);
    // Small outputs come from the shared slab, with the original bytes copied behind them in one call:
    // the pieces between replacements then move with copyWithin, where Buffer#copy per piece would
    // make a view and check its arguments each time.
    let at = OUTPUT_SLAB.reserve(total, original);
    const slab = at >= 0;
    const buf = slab ? OUTPUT_SLAB.buf : Buffer.allocUnsafe(total);
    if (!slab) at = 0;
    const scratch = at + total - from;
    if (slab) this.copyOriginal(buf, at + total, from, upTo);
    let w = at;
    let cursor = from;
    for (let k = 0; k <= n; k++) {
      const end = k < n ? this.starts[k]! : upTo;
      if (!slab) w = this.copyOriginal(buf, w, cursor, end);
      else if (cursor < end) {
        buf.copyWithin(w, scratch + cursor, scratch + end);
        w += end - cursor;
      }
      if (k === n) break;
      w = writeUtf8(buf, w, this.texts[k]!);
      this.texts[k] = ''; // the masked text is not kept alive until the slot is reused
      cursor = this.ends[k]!;
    }
    // Whoever holds an output can reach the whole slab through its `.buffer`: it must hold masked output only.
    if (slab) buf.fill(0, at + total, at + total + original);
    this.keepFrom(n);
    return slab ? buf.subarray(at, at + total) : buf;
  }

  /** Drops the first n replacements (released), keeping the rest in order. */
  private keepFrom(n: number): void {
    const rest = this.count - n;
    for (let k = 0; k < rest; k++) {
      this.starts[k] = this.starts[n + k]!;
      this.ends[k] = this.ends[n + k]!;
      this.texts[k] = this.texts[n + k]!;
    }
    this.count = rest;
  }

  /** Copies original bytes [a, b), from the carry and/or the chunk, to out[at]; returns the offset after them. */
  private copyOriginal(out: Buffer, at: number, a: number, b: number): number {
    if (a >= b) return at;
    const split = this.chunkBase;
    if (a < split) at += this.carry.copy(out, at, a - this.carryBase, Math.min(b, split) - this.carryBase);
    if (b > split) at += this.chunk.copy(out, at, Math.max(a, split) - split, b - split);
    return at;
  }

  private hold(from: number): void {
    const end = this.position;
    const len = end - from;
    if (len <= 0) {
      // Nothing unfinished (the usual end of a chunk): no copy, no native call.
      this.carryLen = 0;
      this.carryBase = end;
      this.chunk = EMPTY;
      this.chunkBase = end;
      return;
    }
    const grown = len > this.carry.length ? Buffer.allocUnsafe(Math.max(len, this.carry.length * 2)) : this.carry;
    let at = 0;
    if (from < this.chunkBase) {
      // The unfinished token began in an earlier chunk: slide its bytes to the front.
      at = this.chunkBase - from;
      this.carry.copy(grown, 0, from - this.carryBase, this.carryLen);
    }
    this.chunk.copy(grown, at, Math.max(0, from - this.chunkBase));
    this.carry = grown;
    this.carryLen = len;
    this.carryBase = from;
    this.chunk = EMPTY;
    this.chunkBase = end;
  }
}
