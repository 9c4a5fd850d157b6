import { createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { Fingerprinter, normalizeForFingerprint } from '../../src/audit/fingerprint';
import { HmacSha256, MAX_JS_MESSAGE_BYTES } from '../../src/audit/hmac-sha256';

// The JS HMAC must give node's bytes for every key and message length: padding
// changes at 55/56 bytes (one or two final blocks) and at block edges.
function jsHmac(key: Buffer, msg: Buffer): string {
  const h = new HmacSha256(key);
  h.input.set(msg);
  return h.hexOf(msg.length);
}
const nodeHmac = (key: Buffer, msg: Buffer | string): string => createHmac('sha256', key).update(msg).digest('hex');

describe('HmacSha256', () => {
  const lengths = [0, 1, 11, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 500, MAX_JS_MESSAGE_BYTES];
  test.each([16, 32, 63, 64, 65, 100])('a %i-byte key gives node\'s HMAC for every padding case', (keyLen) => {
    const key = randomBytes(keyLen);
    for (const n of lengths) {
      const msg = randomBytes(n);
      expect([n, jsHmac(key, msg)]).toEqual([n, nodeHmac(key, msg)]);
    }
  });

  test('any message, any key (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 130 }), fc.uint8Array({ maxLength: 300 }), (key, msg) => {
        expect(jsHmac(Buffer.from(key), Buffer.from(msg))).toBe(nodeHmac(Buffer.from(key), Buffer.from(msg)));
      }),
      { numRuns: 2000 },
    );
  });

  test('one instance serves message after message', () => {
    const key = randomBytes(32);
    const h = new HmacSha256(key);
    for (const s of ['13812345678', 'a'.repeat(200), '', 'x']) {
      const msg = Buffer.from(s);
      h.input.set(msg);
      expect(h.hexOf(msg.length)).toBe(nodeHmac(key, msg));
    }
  });

  test('refuses a message longer than its buffer', () => {
    expect(() => new HmacSha256(randomBytes(32)).hexOf(MAX_JS_MESSAGE_BYTES + 1)).toThrow(RangeError);
  });
});

describe('Fingerprinter on the JS HMAC', () => {
  const key = randomBytes(40);
  const fp = new Fingerprinter(key);
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom('1', '3', '8', ' ', '-', '(', ')', '\t', 'A', 'z', '@', '.', '１', '王', 'É', '\u3000', '\ud800', '😀'), maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 1100 }),
  );

  test('is HMAC-SHA256 of the normalised value, ASCII fast path and general path alike', () => {
    fc.assert(
      fc.property(text, (v) => {
        expect(fp.fingerprint(v)).toBe(nodeHmac(key, normalizeForFingerprint(v)));
      }),
      { numRuns: 3000 },
    );
  });
});
