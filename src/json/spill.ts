import { ByteText } from './decode';

/**
 * The raw bytes of one token cut by chunk edges, kept until it completes. The
 * tokenizer bounds its size (maxTokenBytes) before appending.
 */
export class SpillBuffer {
  private buf = Buffer.allocUnsafe(256);
  private readonly text = new ByteText();
  length = 0;

  append(src: Buffer, from: number, to: number): void {
    const need = this.length + (to - from);
    if (need > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
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
