import { ByteText } from './decode';

const EMPTY = Buffer.alloc(0);

/**
 * The raw bytes of one token cut by chunk edges, kept until it completes. The
 * tokenizer bounds its size (maxTokenBytes) before appending.
 */
export class SpillBuffer {
  // Most bodies never cut a token: the buffer is allocated on the first spill.
  private buf = EMPTY;
  private readonly text = new ByteText();
  length = 0;

  append(src: Buffer, from: number, to: number): void {
    const need = this.length + (to - from);
    if (need > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2, 256));
      this.buf.copy(grown, 0, 0, this.length);
      this.buf = grown;
    }
    src.copy(this.buf, this.length, from, to);
    this.length = need;
  }

  /** Text over exactly the spilled bytes, so a latin1 view never covers more than the token. */
  view(): ByteText {
    this.text.use(this.buf.subarray(0, this.length));
    return this.text;
  }

  clear(): void {
    this.length = 0;
  }
}
