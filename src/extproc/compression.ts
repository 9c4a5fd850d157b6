import * as zlib from 'node:zlib';
import type { ContentCoding } from './codec';
import { BodyError } from '../json/errors';

// Compressed bodies are handled in buffered form: the whole encoded body is
// collected (bounded by maxBufferedBodyBytes), decoded, masked, and re-encoded
// with the same coding, so the client sees the headers it was promised. zlib's
// synchronous API keeps the data path synchronous; Node has no synchronous
// incremental inflater, hence no streaming here. Decoded output is capped too,
// so a small compression bomb cannot exhaust memory.

export function decodeBody(coding: Exclude<ContentCoding, 'identity'>, data: Uint8Array, maxOutput: number): Buffer {
  const opts = { maxOutputLength: maxOutput };
  try {
    switch (coding) {
      case 'gzip':
        return zlib.gunzipSync(data, opts);
      case 'deflate':
        return inflateEitherFraming(data, opts);
      case 'br':
        return zlib.brotliDecompressSync(data, opts);
    }
  } catch (e) {
    const tooLarge = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError;
    throw new BodyError(tooLarge ? 'max_body_bytes' : 'unsupported_encoding', 0);
  }
}

export function encodeBody(coding: Exclude<ContentCoding, 'identity'>, data: Uint8Array): Buffer {
  switch (coding) {
    case 'gzip':
      return zlib.gzipSync(data);
    case 'deflate':
      return zlib.deflateSync(data);
    case 'br':
      return zlib.brotliCompressSync(data);
  }
}

/** `deflate` is meant to be zlib-wrapped, but some servers send raw deflate: accept both. */
function inflateEitherFraming(data: Uint8Array, opts: zlib.ZlibOptions): Buffer {
  try {
    return zlib.inflateSync(data, opts);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') return zlib.inflateRawSync(data, opts);
    throw e;
  }
}
