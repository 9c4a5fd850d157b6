// Random JSON *text* (not values): whitespace, escapes and number spellings vary,
// so byte-for-byte preservation and chunk-edge handling get exercised.
import fc from 'fast-check';
import { KEY_TYPES, LABEL_KEY, MARKER, WAITING_KEY } from './support';

const hex4 = (u: number): string => '\\u' + u.toString(16).padStart(4, '0');

/** plain: JSON.stringify; ascii: every non-ASCII unit escaped; all: every unit escaped. */
type Style = 'plain' | 'ascii' | 'all';
function encode(s: string, style: Style): string {
  if (style === 'plain') return JSON.stringify(s);
  if (style === 'ascii') return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => hex4(c.charCodeAt(0)));
  let out = '"';
  for (let i = 0; i < s.length; i++) out += hex4(s.charCodeAt(i));
  return out + '"';
}

const style = fc.constantFrom<Style>('plain', 'plain', 'ascii', 'all');
const ws = fc.constantFrom('', '', ' ', '\n', '\t', '\r\n', '  ');

const key = fc.oneof(
  fc.constantFrom(...KEY_TYPES.keys(), WAITING_KEY, LABEL_KEY, 'note', 'id', 'a/b', '~x', '', '__proto__'),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

const stringValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(MARKER, `x ${MARKER} y ${MARKER}`, '13812345678', '张三', 'John Smith', 'a"b\\c/d\u2028'),
  fc.string({ maxLength: 6 }).map((s) => s + MARKER + s),
);

const numberText = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc
    .tuple(
      fc.constantFrom('', '-'),
      fc.constantFrom('0', '7', '42', '13812345678', '900719925474099312345'),
      fc.constantFrom('', '.0', '.5', '.000123'),
      fc.constantFrom('', 'e5', 'E+2', 'e-07', 'E0'),
    )
    .map((parts) => parts.join('')),
);

const leaf = fc.oneof(
  fc.tuple(stringValue, style).map(([s, st]) => encode(s, st)),
  numberText,
  fc.constantFrom('true', 'false', 'null'),
);

const { value } = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ maxDepth: 4, depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc
    .tuple(fc.array(fc.tuple(ws, tie('value'), ws), { maxLength: 5 }), ws)
    .map(([items, w]) => '[' + w + items.map(([a, v, b]) => a + v + b).join(',') + ']'),
  object: fc
    .tuple(fc.uniqueArray(fc.tuple(key, style, tie('value'), ws, ws), { selector: (e) => e[0], maxLength: 5 }), ws)
    .map(([entries, w]) => '{' + w + entries.map(([k, st, v, a, b]) => a + encode(k, st) + b + ':' + a + v + b).join(',') + '}'),
}));

/** A JSON document as UTF-8 bytes, possibly surrounded by whitespace. */
export const jsonDocument = fc.tuple(ws, value, ws).map(([a, v, b]) => Buffer.from(a + v + b, 'utf8'));

/** Chunk sizes: whole, byte by byte, or random cuts (landing inside escapes and multi-byte characters). */
export const chunkSizes = fc.oneof(
  fc.constant([1 << 30]),
  fc.constant<number[]>([]),
  fc.array(fc.integer({ min: 1, max: 11 }), { minLength: 1, maxLength: 8 }),
);
