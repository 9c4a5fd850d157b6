import fc from 'fast-check';
import { BodyError } from '../../src/json/errors';
import type { TokenHandler, TokenizerLimits } from '../../src/json/events';
import { JsonTokenizer } from '../../src/json/tokenizer';
import type { LeafKind } from '../../src/types';
import { chunk } from './support';

/** Rebuilds the JS value from the events and checks each leaf's offsets against the raw bytes. */
class TreeBuilder implements TokenHandler {
  root: unknown = undefined;
  readonly events: string[] = [];
  private readonly stack: unknown[] = [];
  private readonly keys: (string | undefined)[] = [];
  constructor(private readonly bytes: Uint8Array) {}
  openObject(): void {
    this.open({}, '{');
  }
  openArray(): void {
    this.open([], '[');
  }
  close(): void {
    this.stack.pop();
    this.keys.pop();
    this.events.push('close');
  }
  key(name: string): void {
    this.keys[this.keys.length - 1] = name;
    this.events.push(`key ${JSON.stringify(name)}`);
  }
  leaf(kind: LeafKind, value: string, start: number, end: number): void {
    const raw = Buffer.from(this.bytes.subarray(start, end)).toString('utf8');
    expect(JSON.parse(raw)).toEqual(kind === 'string' ? value : JSON.parse(value));
    this.events.push(`${kind} ${JSON.stringify(value)} @${start}-${end}`);
    this.add(kind === 'string' ? value : JSON.parse(value));
  }
  private open(v: object, ev: string): void {
    this.add(v);
    this.stack.push(v);
    this.keys.push(undefined);
    this.events.push(ev);
  }
  private add(v: unknown): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) this.root = v;
    else if (Array.isArray(top)) top.push(v);
    else Object.defineProperty(top, this.keys[this.keys.length - 1]!, { value: v, enumerable: true, writable: true, configurable: true });
  }
}

function tokenize(bytes: Uint8Array, sizes: readonly number[] = [bytes.length || 1], limits?: Partial<TokenizerLimits>): TreeBuilder {
  const t = new JsonTokenizer(limits);
  const b = new TreeBuilder(bytes);
  for (const c of chunk(bytes, sizes)) t.write(c, b);
  t.end(b);
  return b;
}

function failure(bytes: Uint8Array, sizes?: readonly number[], limits?: Partial<TokenizerLimits>): BodyError {
  try {
    tokenize(bytes, sizes, limits);
  } catch (e) {
    if (e instanceof BodyError) return e;
    throw e;
  }
  throw new Error('expected a BodyError');
}

const text = (s: string): Buffer => Buffer.from(s, 'utf8');
const hex = (h: string): Buffer => Buffer.from(h.replace(/\s/g, ''), 'hex');
const quoted = (inner: Buffer): Buffer => Buffer.concat([text('"'), inner, text('"')]);

describe('JsonTokenizer grammar', () => {
  it.each([
    ['0'], ['-0'], ['-12.5e+3'], ['1E-2'], ['0.0'], ['true'], ['false'], ['null'], ['""'], ['"\\"\\\\\\/\\b\\f\\n\\r\\t"'],
    ['"\\u00e9\\ud83d\\ude00"'], ['"\\ud800"'], ['{}'], ['[]'], ['[[],{}]'], [' {"a" : [ true , false , null ] ,"b":{"c":-1}} \n'],
    ['{"a":1,"a":2}'], ['"中文 ✓ 😀"'],
  ])('accepts %s exactly as JSON.parse reads it', (doc) => {
    expect(tokenize(text(doc)).root).toEqual(JSON.parse(doc));
  });

  it.each([[''], [' \n\t\r ']])('accepts a body with no document: %j', (doc) => {
    expect(tokenize(text(doc)).events).toEqual([]);
  });

  it.each([
    ['{'], ['['], ['[1,]'], ['{"a":1,}'], ['{"a" 1}'], ['{"a":}'], ['{,}'], ['[,1]'], ['[1}'], ['{"a":1]'], ['{"a":1}}'],
    ['01'], ['1.'], ['.5'], ['-'], ['1e'], ['1e+'], ['+1'], ['--1'], ['0x10'], ['1.e2'], ['tru'], ['nul'], ['True'], ['NaN'], ['Infinity'],
    ['"abc'], ['"a\\x"'], ['"\\u12G4"'], ['"\\u12"'], ['"tab\there"'], ['"nl\n"'], ["'a'"], ['[1] [2]'], ['1 2'], ['{1:2}'], ['\ufeff{}'],
    ['[\u00e9]'], ['{"a":truex}'],
  ])('rejects %j as malformed_json', (doc) => {
    expect(failure(text(doc)).reason).toBe('malformed_json');
  });

  it('agrees with JSON.parse on arbitrary short token soup', () => {
    const alphabet = fc.constantFrom(...'{}[]:,"\\ 019-+.eEtrufalsn\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }), (chars) => {
        const doc = chars.join('');
        if (doc.trim() === '') return;
        let expected = true;
        try {
          JSON.parse(doc);
        } catch {
          expected = false;
        }
        let accepted = true;
        try {
          tokenize(text(doc), []);
        } catch (e) {
          expect(e).toBeInstanceOf(BodyError);
          accepted = false;
        }
        expect(accepted).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with JSON.parse on single-byte mutations of real documents', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'{}[]:,"\\ 0-.et'.split('')), (doc, pos, op, ch) => {
        const at = pos % (doc.length + 1);
        const mutated = op === 'delete' ? doc.slice(0, at) + doc.slice(at + 1) : op === 'insert' ? doc.slice(0, at) + ch + doc.slice(at) : doc.slice(0, at) + ch + doc.slice(at + 1);
        if (mutated.trim() === '') return;
        let expected: unknown;
        try {
          expected = JSON.parse(mutated);
        } catch {
          expect(failure(text(mutated)).reason).toBe('malformed_json');
          return;
        }
        expect(tokenize(text(mutated), [3]).root).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports the same events whatever the chunking', () => {
    fc.assert(
      fc.property(fc.json(), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), (doc, sizes) => {
        const bytes = text(JSON.stringify(JSON.parse(doc), null, 1));
        const whole = tokenize(bytes);
        expect(whole.root).toEqual(JSON.parse(doc));
        expect(tokenize(bytes, sizes).events).toEqual(whole.events);
        expect(tokenize(bytes, []).events).toEqual(whole.events);
      }),
    );
  });

  it('rejects any truncation of a document that is not itself a document', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 3 }), fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), (doc, cuts) => {
        const bytes = text(JSON.stringify(JSON.parse(doc), null, 1));
        for (const n of cuts.map((c) => c % bytes.length)) {
          const prefix = bytes.subarray(0, n);
          let complete = prefix.toString('utf8').trim() === '';
          try {
            JSON.parse(prefix.toString('utf8'));
            complete = true;
          } catch {
            // an unfinished document
          }
          if (complete) expect(() => tokenize(prefix)).not.toThrow();
          else expect(failure(prefix).reason).toBe('malformed_json');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('starts a new document after reset(), keeping offsets absolute', () => {
    const t = new JsonTokenizer();
    const first = text('{"a":1}\n');
    const b = new TreeBuilder(Buffer.concat([first, text('[2]')]));
    t.write(first, b);
    t.end(b);
    t.reset();
    t.write(text('[2]'), b);
    t.end(b);
    expect(b.events.slice(-3)).toEqual(['[', 'number "2" @9-10', 'close']);
    expect(() => tokenize(text('{"a":1}\n[2]'))).toThrow(BodyError);
  });
});

describe('JsonTokenizer UTF-8', () => {
  it.each([['C2 A9'], ['E4 B8 AD'], ['F0 9F 98 80'], ['EF BF BF'], ['F4 8F BF BF'], ['E0 A0 80'], ['ED 9F BF']])(
    'accepts %s in a string, whole or byte by byte',
    (h) => {
      const doc = quoted(hex(h));
      expect(tokenize(doc).root).toBe(hex(h).toString('utf8'));
      expect(tokenize(doc, []).root).toBe(hex(h).toString('utf8'));
    },
  );

  it.each([
    ['C0 80', 'overlong'], ['C1 BF', 'overlong'], ['E0 80 80', 'overlong'], ['E0 9F BF', 'overlong'], ['F0 80 80 80', 'overlong'],
    ['ED A0 80', 'surrogate'], ['F4 90 80 80', 'above U+10FFFF'], ['F5 80 80 80', 'bad lead'], ['FE', 'bad lead'], ['FF', 'bad lead'],
    ['80', 'lone continuation'], ['C2', 'cut before the quote'], ['E4 B8 41', 'ASCII inside a sequence'], ['F0 9F 98', 'cut before the quote'],
  ])('rejects %s (%s) as invalid_utf8, whole or byte by byte', (h) => {
    expect(failure(quoted(hex(h))).reason).toBe('invalid_utf8');
    expect(failure(quoted(hex(h)), []).reason).toBe('invalid_utf8');
  });

  it('accepts exactly what a fatal UTF-8 decoder accepts, and decodes it the same', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const byte = fc.integer({ min: 0, max: 255 }).filter((b) => b >= 0x20 && b !== 0x22 && b !== 0x5c);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }).map((a) => Buffer.from(a.filter((b) => b >= 0x20 && b !== 0x22 && b !== 0x5c))), fc.array(byte, { maxLength: 4 }), (body, extra) => {
        const inner = Buffer.concat([body, Buffer.from(extra)]);
        let expected: string | undefined;
        try {
          expected = fatal.decode(inner);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) expect(failure(quoted(inner), []).reason).toBe('invalid_utf8');
        else expect(tokenize(quoted(inner), [2]).root).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with a fatal decoder on real text with one byte changed, whole and byte by byte', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '中', '文', '😀', '\u0800', '\ud7ff', '\ue000', '\uffff'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(text, fc.nat(), fc.integer({ min: 0x20, max: 0xff }).filter((b) => b !== 0x22 && b !== 0x5c), (s, at, b) => {
        const inner = Buffer.from(s, 'utf8');
        inner[at % inner.length] = b;
        let expected: string | undefined;
        try {
          expected = fatal.decode(inner);
        } catch {
          expected = undefined;
        }
        for (const chunks of [undefined, []]) {
          if (expected === undefined) expect(failure(quoted(inner), chunks).reason).toBe('invalid_utf8');
          else expect(tokenize(quoted(inner), chunks).root).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('JsonTokenizer limits', () => {
  it('fails a 100k-deep nesting with max_depth as soon as it passes the limit', () => {
    for (const open of ['[', '{"a":']) {
      const err = failure(text(open.repeat(100_000)));
      expect(err.reason).toBe('max_depth');
      expect(err.offset).toBe(512 * open.length);
    }
  });

  it('honours a configured maxDepth exactly', () => {
    expect(tokenize(text('[[[1]]]'), undefined, { maxDepth: 3 }).root).toEqual([[[1]]]);
    expect(failure(text('[[[[1]]]]'), undefined, { maxDepth: 3 }).reason).toBe('max_depth');
  });

  it('stops a 10 MB string at the token limit instead of scanning or buffering it all', () => {
    const huge = Buffer.alloc(10 * 1024 * 1024, 0x61);
    huge[0] = 0x22;
    const oneChunk = failure(huge);
    expect(oneChunk.reason).toBe('max_token_bytes');
    expect(oneChunk.offset).toBeLessThanOrEqual(1024 * 1024);

    const t = new JsonTokenizer();
    const sink: TokenHandler = { openObject() {}, openArray() {}, close() {}, key() {}, leaf() {} };
    let fed = 0;
    const run = (): void => {
      for (const c of chunk(huge, [64 * 1024])) {
        fed += c.length;
        t.write(c, sink);
      }
    };
    expect(run).toThrow(expect.objectContaining({ reason: 'max_token_bytes' }));
    expect(fed).toBeLessThanOrEqual(1024 * 1024 + 64 * 1024);
  });

  it.each([
    ['string value', (n: number) => `["${'x'.repeat(n - 2)}"]`],
    ['key', (n: number) => `{"${'k'.repeat(n - 2)}":1}`],
    ['number', (n: number) => `[${'9'.repeat(n)}]`],
  ])('allows a %s token of exactly maxTokenBytes and rejects one byte more, in any chunking', (_what, make) => {
    const limits = { maxTokenBytes: 40 };
    for (const sizes of [[1000], [7], []]) {
      expect(() => tokenize(text(make(40)), sizes, limits)).not.toThrow();
      expect(failure(text(make(41)), sizes, limits).reason).toBe('max_token_bytes');
    }
  });

  it.each([[{ maxDepth: 0 }], [{ maxTokenBytes: -1 }], [{ maxDepth: 1.5 }], [{ maxTokenBytes: Number.NaN }]])('refuses limits %j at construction', (limits) => {
    expect(() => new JsonTokenizer(limits)).toThrow(/must be a positive integer/);
  });

  it('applies the token limit to a trailing top-level number completed by end()', () => {
    expect(failure(text('1'.repeat(50)), [7], { maxTokenBytes: 40 }).reason).toBe('max_token_bytes');
  });
});
