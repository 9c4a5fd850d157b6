const EMPTY = new Uint8Array(0);

/**
 * Rebuilds a body from the original bytes with some ranges replaced, across
 * chunks. Offsets are absolute in the body. Only the bytes not yet released
 * (the unfinished token) are kept between chunks; a chunk with no replacement
 * and nothing carried is released as a view of itself, without copying.
 */
export class ByteSplicer {
  private carry = Buffer.allocUnsafe(0);
  private carryLen = 0;
  /** Absolute offset of carry[0]; equals the released offset between chunks. */
  private carryBase = 0;
  private chunk: Uint8Array = EMPTY;
  private chunkBase = 0;
  private released = 0;
  /** Released pieces in order: original bytes, or replacement JSON text still to be encoded. */
  private parts: (Uint8Array | string)[] = [];
  private partsFromCarry = false;

  /** Offset just past the last byte seen. */
  get position(): number {
    return this.chunkBase + this.chunk.length;
  }

  begin(chunk: Uint8Array): void {
    this.chunkBase = this.carryBase + this.carryLen;
    this.chunk = chunk;
  }

  /** Release [released, start) as it was, then the JSON text `text` (UTF-8) instead of [start, end). */
  replace(start: number, end: number, text: string): void {
    this.keep(start);
    this.parts.push(text);
    this.released = end;
  }

  /** Everything before `holdFrom` is final: return it, carry the rest to the next chunk. */
  finish(holdFrom: number): Uint8Array {
    this.keep(holdFrom);
    const out = this.join();
    this.hold(holdFrom);
    return out;
  }

  private keep(upTo: number): void {
    const from = this.released;
    if (upTo <= from) return;
    if (from < this.chunkBase) {
      this.parts.push(this.carry.subarray(from - this.carryBase, Math.min(upTo, this.chunkBase) - this.carryBase));
      this.partsFromCarry = true;
    }
    if (upTo > this.chunkBase) this.parts.push(this.chunk.subarray(Math.max(from, this.chunkBase) - this.chunkBase, upTo - this.chunkBase));
    this.released = upTo;
  }

  private join(): Uint8Array {
    const parts = this.parts;
    let out: Uint8Array;
    if (parts.length === 0) out = EMPTY;
    else if (parts.length === 1 && !this.partsFromCarry && typeof parts[0] !== 'string') out = parts[0]!;
    else {
      // Replacements are encoded straight into the output: no intermediate buffer per masked leaf.
      let total = 0;
      for (const p of parts) total += typeof p === 'string' ? Buffer.byteLength(p, 'utf8') : p.length;
      const buf = Buffer.allocUnsafe(total);
      let at = 0;
      for (const p of parts) {
        if (typeof p === 'string') at += buf.write(p, at, 'utf8');
        else {
          buf.set(p, at);
          at += p.length;
        }
      }
      out = buf;
    }
    if (parts.length > 0) this.parts = [];
    this.partsFromCarry = false;
    return out;
  }

  private hold(from: number): void {
    const end = this.position;
    const len = end - from;
    const grown = len > this.carry.length ? Buffer.allocUnsafe(Math.max(len, this.carry.length * 2)) : this.carry;
    let at = 0;
    if (from < this.chunkBase) {
      // The unfinished token began in an earlier chunk: slide its bytes to the front.
      at = this.chunkBase - from;
      this.carry.copy(grown, 0, from - this.carryBase, this.carryLen);
    }
    grown.set(this.chunk.subarray(Math.max(0, from - this.chunkBase)), at);
    this.carry = grown;
    this.carryLen = len;
    this.carryBase = from;
    this.chunk = EMPTY;
    this.chunkBase = end;
  }
}
