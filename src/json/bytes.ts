import type { LeafKind } from '../types';

// Byte classes of the JSON grammar, as 256-entry lookup tables (one load per byte).

/** Bytes that stand for themselves inside a string: printable ASCII except '"' and '\'. */
export const PLAIN = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c++) PLAIN[c] = c === 0x22 || c === 0x5c ? 0 : 1;

export const WHITESPACE = new Uint8Array(256);
WHITESPACE[0x20] = WHITESPACE[0x09] = WHITESPACE[0x0a] = WHITESPACE[0x0d] = 1;

export const HEX = new Uint8Array(256);
for (const c of Buffer.from('0123456789abcdefABCDEF', 'latin1')) HEX[c] = 1;

/** What may follow a backslash, apart from 'u'. */
export const ESCAPABLE = new Uint8Array(256);
for (const c of Buffer.from('"\\/bfnrt', 'latin1')) ESCAPABLE[c] = 1;

/** The literals, by first byte. */
export const LITERALS: Record<number, { text: string; bytes: Buffer; kind: LeafKind }> = {
  0x74: { text: 'true', bytes: Buffer.from('true'), kind: 'boolean' },
  0x66: { text: 'false', bytes: Buffer.from('false'), kind: 'boolean' },
  0x6e: { text: 'null', bytes: Buffer.from('null'), kind: 'null' },
};

export function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
