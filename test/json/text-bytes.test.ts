import fc from 'fast-check';
import { jsonQuote, utf8Length, writeUtf8 } from '../../src/json/text-bytes';

// The hand-written paths must agree with the built-ins they stand in for, on
// every string: ASCII, CJK, astral pairs, lone surrogates, control characters,
// and past the length where they hand over to the native code.
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u0001', '王', '😀', '\ud800', '\udc00', '\u2028', 'é'), maxLength: 300 }),
);

describe('text-bytes', () => {
  test.each([
    ['138****5678', '"138****5678"'],
    ['王*', '"王*"'],
    ['a"b\\c\n', '"a\\"b\\\\c\\n"'],
    ['\ud800', '"\\ud800"'],
    ['😀', '"😀"'],
  ])('jsonQuote(%j) → %s', (s, want) => {
    expect(jsonQuote(s)).toBe(want);
  });

  test('jsonQuote is JSON.stringify; utf8Length is Buffer.byteLength; writeUtf8 writes Buffer.from(s, "utf8")', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(jsonQuote(s)).toBe(JSON.stringify(s));
        const want = Buffer.from(s, 'utf8');
        expect(utf8Length(s)).toBe(want.length);
        const out = Buffer.alloc(want.length + 2, 0xaa);
        expect(writeUtf8(out, 1, s)).toBe(1 + want.length);
        expect(out.subarray(1, 1 + want.length).equals(want)).toBe(true);
        expect([out[0], out[out.length - 1]]).toEqual([0xaa, 0xaa]);
      }),
      { numRuns: 3000 },
    );
  });
});
