import { createHash } from 'node:crypto';

// HMAC-SHA256 (RFC 2104 over FIPS 180-4) in JS, for the short values the audit
// trail fingerprints on the data path. The keyed inner and outer states are
// computed once per key, so a value of up to 55 bytes costs two compressions;
// node's createHmac costs ~2.5x more here, almost all of it in crossing into
// C++ and building Hmac objects. Output is byte-identical (tested against it).

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const BLOCK = 64;

/** Messages longer than this go to node's implementation (values this long are rare and the saving small). */
export const MAX_JS_MESSAGE_BYTES = 1024;

export class HmacSha256 {
  private readonly inner: Int32Array;
  private readonly outer: Int32Array;
  private readonly state = new Int32Array(8);
  private readonly w = new Int32Array(64);
  /** Room for the longest message, its padding and the 8-byte length. */
  private readonly tail = new Uint8Array(MAX_JS_MESSAGE_BYTES + 2 * BLOCK);
  private readonly digest = Buffer.alloc(32);

  constructor(key: Uint8Array) {
    const block = new Uint8Array(BLOCK);
    block.set(key.length > BLOCK ? createHash('sha256').update(key).digest() : key);
    const pad = new Uint8Array(BLOCK);
    for (let i = 0; i < BLOCK; i++) pad[i] = block[i]! ^ 0x36;
    this.inner = this.keyed(pad);
    for (let i = 0; i < BLOCK; i++) pad[i] = block[i]! ^ 0x5c;
    this.outer = this.keyed(pad);
  }

  /**
   * Lower-case hex HMAC of msg[0, len). Callers write the message straight into `input` (at most
   * MAX_JS_MESSAGE_BYTES), which saves building a Buffer per value.
   */
  hexOf(len: number): string {
    if (len > MAX_JS_MESSAGE_BYTES) throw new RangeError(`HmacSha256: message of ${len} bytes, at most ${MAX_JS_MESSAGE_BYTES}`);
    const h = this.state;
    const buf = this.tail;
    h.set(this.inner);
    // Padding: 0x80, zeros, then the bit length of key block + message, big-endian in the last 8 bytes.
    const blocks = Math.ceil((len + 9) / BLOCK);
    const end = blocks * BLOCK;
    buf[len] = 0x80;
    buf.fill(0, len + 1, end - 4);
    writeBitLength(buf, end, BLOCK + len);
    for (let b = 0; b < end; b += BLOCK) this.compress(h, buf, b);
    // Outer hash over the inner digest: one block, whatever the message.
    for (let i = 0; i < 8; i++) writeWord(buf, i * 4, h[i]!);
    buf[32] = 0x80;
    buf.fill(0, 33, BLOCK - 4);
    writeBitLength(buf, BLOCK, BLOCK + 32);
    h.set(this.outer);
    this.compress(h, buf, 0);
    // Hex by the native encoder: one flat string. Built in JS by concatenation it would be a rope of
    // ~30 nodes, ~1 KB per fingerprint for as long as a body's findings hold it.
    const digest = this.digest;
    for (let i = 0; i < 8; i++) writeWord(digest, i * 4, h[i]!);
    return digest.toString('hex');
  }

  /** Where hexOf() reads the message from. */
  get input(): Uint8Array {
    return this.tail;
  }

  private keyed(pad: Uint8Array): Int32Array {
    const h = new Int32Array(IV);
    this.compress(h, pad, 0);
    return h;
  }

  private compress(h: Int32Array, b: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4;
      w[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h[0]!, bb = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + bb) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + hh) | 0;
  }
}

function writeWord(buf: Uint8Array, at: number, v: number): void {
  buf[at] = v >>> 24;
  buf[at + 1] = (v >>> 16) & 255;
  buf[at + 2] = (v >>> 8) & 255;
  buf[at + 3] = v & 255;
}

/** The message length in bits in the last 4 bytes before `end` (messages here are far below 2^29 bytes). */
function writeBitLength(buf: Uint8Array, end: number, bytes: number): void {
  writeWord(buf, end - 4, bytes * 8);
}
