/**
 * Output buffers carved from large shared slabs. A masked body of a few KB
 * needs a fresh buffer per chunk; Node pools only buffers under 4 KB, and a
 * fresh ArrayBuffer costs more than masking a dozen leaves. Space is handed
 * out once and never reused while a slab lives: a view stays valid for as long
 * as its holder keeps it, and the slab goes when its last view does. A view's
 * `.buffer` reaches the whole slab, so callers leave nothing in it they would
 * not hand out (ByteSplicer zeroes its scratch).
 */
export class ByteSlab {
  buf: Buffer;
  private used = 0;

  /** @param size bytes per slab; requests over a quarter of it are refused (the caller allocates its own) */
  constructor(private readonly size = 256 * 1024) {
    this.buf = Buffer.allocUnsafeSlow(size);
  }

  /**
   * Offset in `buf` of `keep` bytes that are now the caller's, followed by `scratch` bytes of working
   * space that the next reservation may hand out; or -1 when the request is too large for a slab.
   */
  reserve(keep: number, scratch: number): number {
    if (keep + scratch > this.size >>> 2) return -1;
    if (this.used + keep + scratch > this.size) {
      this.buf = Buffer.allocUnsafeSlow(this.size);
      this.used = 0;
    }
    const at = this.used;
    this.used += keep;
    return at;
  }
}

/** The slab every masked body's output comes from: like Node's own buffer pool, shared by all streams. */
export const OUTPUT_SLAB = new ByteSlab();
