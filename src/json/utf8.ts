import { BodyError } from './errors';

/**
 * Strict UTF-8 validation, one byte at a time, resumable across chunk edges:
 * accepts exactly the well-formed sequences (no overlongs, no surrogates,
 * nothing above U+10FFFF). The state is three small numbers — the tiny buffer
 * a character cut by a chunk edge waits in.
 */
export class Utf8Check {
  /** Continuation bytes still expected. */
  need = 0;
  private lo = 0x80;
  private hi = 0xbf;

  /** A byte ≥ 0x80 that starts a sequence. */
  lead(c: number, at: number): void {
    this.lo = 0x80;
    this.hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) this.need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      this.need = 2;
      if (c === 0xe0) this.lo = 0xa0;
      else if (c === 0xed) this.hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      this.need = 3;
      if (c === 0xf0) this.lo = 0x90;
      else if (c === 0xf4) this.hi = 0x8f;
    } else throw new BodyError('invalid_utf8', at);
  }

  /** Consumes the continuation bytes available from buf[i]; returns the next index. `base` is buf's body offset. */
  continuation(buf: Buffer, i: number, base: number): number {
    while (this.need > 0 && i < buf.length) {
      const c = buf[i]!;
      if (c < this.lo || c > this.hi) throw new BodyError('invalid_utf8', base + i);
      this.lo = 0x80;
      this.hi = 0xbf;
      this.need--;
      i++;
    }
    return i;
  }

  reset(): void {
    this.need = 0;
  }
}
