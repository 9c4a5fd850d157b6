import fc from 'fast-check';
import { BodyError } from '../../src/json/errors';
import { MAX_WAIT_BYTES, MAX_WAITING_LEAVES } from '../../src/json/masker';
import type { MaskingRules } from '../../src/mask/resolver';
import type { LeafKind, LeafView, Span } from '../../src/types';
import { chunkSizes, jsonDocument } from './arbitrary';
import { agent, chunk, LABEL_KEY, makeMasker, MARKER, stream, WAITING_KEY } from './support';

const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');
const maskWhole = (doc: string, opts: Parameters<typeof makeMasker>[0] = {}): string => stream(makeMasker(opts).masker, [bytes(doc)]).toString('utf8');

describe('JsonMasker rewriting', () => {
  const removeNames: MaskingRules = { defaults: { PERSON_NAME: 'remove', CREDENTIAL: 'remove' } };
  const noRules: MaskingRules = {};
  it.each<[string, string, string, MaskingRules]>([
    ['a string leaf, nothing else touched', '{"phone": "13812345678", "note":"ok"}', '{"phone": "138****5678", "note":"ok"}', noRules],
    ['a number leaf, which becomes a string', '{"phone":13812345678}', '{"phone":"138****5678"}', noRules],
    ['only the flagged leaf among odd formatting', '{ "a" : 1.50e+2 ,\n "s":"\\u0041\\/", "phone" : "13812345678" }', '{ "a" : 1.50e+2 ,\n "s":"\\u0041\\/", "phone" : "138****5678" }', noRules],
    ['spans inside free text', `{"msg":"key ${MARKER} and ${MARKER}!"}`, '{"msg":"key [CREDENTIAL] and [CREDENTIAL]!"}', noRules],
    ['an escaped value', '{"name":"\\u5f20\\u4e09"}', '{"name":"张*"}', noRules],
    ['a replacement that needs escaping', '{"name":"\\"Q\\" Smith"}', '{"name":"\\"** S****"}', noRules],
    ['items of an array under a flagged key', '{"phone": ["13812345678", 13912345678]}', '{"phone": ["138****5678", "139****5678"]}', noRules],
    ['a root scalar', `"${MARKER}"`, '"[CREDENTIAL]"', noRules],
    ['a removed whole value, as null', '{"name":"张三", "n": 1}', '{"name":null, "n": 1}', removeNames],
    ['a removed span, cut out of the text', `["a ${MARKER} b"]`, '["a  b"]', removeNames],
    ['nothing, when keys carry the marker', `{"${MARKER}": 1, "phone": {"x": 2}}`, `{"${MARKER}": 1, "phone": {"x": 2}}`, noRules],
  ])('rewrites %s', (_what, input, expected, rules) => {
    const out = maskWhole(input, { rules });
    expect(out).toBe(expected);
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it('reports one finding per span, with its pointer and what was released', () => {
    const { masker, findings } = makeMasker({ agent: agent({ reveal: ['PHONE_NUMBER'] }) });
    const out = stream(masker, [bytes(`{"list":[{"phone":"13812345678","a/b":"${MARKER}"}]}`)]).toString();
    expect(out).toBe('{"list":[{"phone":"13812345678","a/b":"[CREDENTIAL]"}]}');
    expect(findings).toEqual([
      { pointer: '/list/0/phone', fieldPath: '/list/*/phone', type: 'PHONE_NUMBER', confidence: 0.9, source: 'detector', strategy: 'reveal', released: 'clear', fingerprint: 'fp(11)' },
      { pointer: '/list/0/a~1b', fieldPath: '/list/*/a~1b', type: 'CREDENTIAL', confidence: 0.8, source: 'detector', strategy: 'redact', released: 'none' },
    ]);
  });

  it('shows every leaf to observeLeaf, and classifies only strings and numbers', () => {
    const observed: [string, LeafKind, boolean][] = [];
    const classified: string[] = [];
    const { masker } = makeMasker({
      observeLeaf: (leaf: LeafView, spans: readonly Span[] | null) => observed.push([leaf.pointer(), leaf.kind, spans !== null]),
      classifier: { classify: (leaf) => (classified.push(leaf.pointer()), null) },
    });
    stream(masker, [bytes('{"a":true,"b":null,"c":[1,"x"]}')]);
    expect(observed).toEqual([['/a', 'boolean', false], ['/b', 'null', false], ['/c/0', 'number', false], ['/c/1', 'string', false]]);
    expect(classified).toEqual(['/c/0', '/c/1']);
  });
});

describe('JsonMasker streaming', () => {
  it('releases everything before the unfinished token and holds that token back', () => {
    const { masker } = makeMasker();
    const doc = bytes('{"note":"hello","phone":"13812345678","n":12345}');
    const cut = doc.indexOf('345678');
    expect(Buffer.from(masker.push(doc.subarray(0, cut))).toString()).toBe('{"note":"hello","phone":');
    const cut2 = doc.indexOf('2345}');
    expect(Buffer.from(masker.push(doc.subarray(cut, cut2))).toString()).toBe('"138****5678","n":');
    expect(Buffer.from(masker.push(doc.subarray(cut2))).toString()).toBe('12345}');
    expect(Buffer.from(masker.end()).toString()).toBe('');
  });

  it('releases a chunk without copying it when nothing in it changes', () => {
    const { masker } = makeMasker();
    const c = bytes('{"note":"hello",');
    const out = masker.push(c);
    expect(out.buffer).toBe(c.buffer);
  });

  it('holds back at most the longest token while streaming a large body', () => {
    const record = JSON.stringify({ id: 1, name: 'John Smith', phone: '13812345678', note: 'x'.repeat(3000) });
    const body = bytes('[' + Array(3000).fill(record).join(',') + ']'); // ~9 MB
    const { masker } = makeMasker();
    let fed = 0;
    let released = 0;
    let worst = 0;
    for (const c of chunk(body, [64 * 1024])) {
      fed += c.length;
      released += masker.push(c).length;
      worst = Math.max(worst, fed - released);
    }
    released += masker.end().length;
    // Masking shortens nothing here ("138****5678" has the same length), so released bytes line up with fed bytes.
    expect(released).toBe(body.length);
    expect(worst).toBeLessThanOrEqual(3002);
  });

  it('gives the same bytes for any chunking, valid JSON, changed only where the classifier flagged', () => {
    fc.assert(
      fc.property(jsonDocument, chunkSizes, (doc, sizes) => {
        const whole = makeMasker({ rules: { defaults: { PERSON_NAME: 'remove', EMAIL_ADDRESS: 'hash' } } });
        const expected = stream(whole.masker, [doc]);
        const streamed = stream(makeMasker({ rules: { defaults: { PERSON_NAME: 'remove', EMAIL_ADDRESS: 'hash' } } }).masker, chunk(doc, sizes));
        expect(streamed.equals(expected)).toBe(true);

        const before = JSON.parse(doc.toString('utf8'));
        const after = JSON.parse(expected.toString('utf8'));
        const flagged = new Set<string>(whole.findings.map((f) => f.pointer));
        sameOutside(before, after, '', flagged);
      }),
      { numRuns: 400 },
    );
  });

  it('is the identity, byte for byte, when nothing is flagged', () => {
    fc.assert(
      fc.property(jsonDocument, chunkSizes, (doc, sizes) => {
        const { masker } = makeMasker({ classifier: { classify: () => null } });
        expect(stream(masker, chunk(doc, sizes)).equals(doc)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('JsonMasker: a leaf waiting for its later siblings', () => {
  const W = WAITING_KEY;
  const L = LABEL_KEY;
  const masked = (doc: string, sizes: readonly number[] = []): string => stream(makeMasker().masker, sizes.length === 0 ? [bytes(doc)] : chunk(bytes(doc), sizes)).toString();

  it.each<[string, string, string]>([
    ['decided by a sibling after it', `{"${W}":"Ann Lee","${L}":"p"}`, `{"${W}":"A** L**","${L}":"p"}`],
    ['decided by a sibling before it, as always', `{"${L}":"p","${W}":"Ann Lee"}`, `{"${L}":"p","${W}":"A** L**"}`],
    ['left alone when no sibling decides it', `{"${W}":"Ann Lee","x":"p"}`, `{"${W}":"Ann Lee","x":"p"}`],
    ['masked in order with a leaf flagged after it', `{"${W}":"Ann Lee","phone":"13812345678","${L}":1}`, `{"${W}":"A** L**","phone":"138****5678","${L}":1}`],
    ['only by siblings of its own object', `{"a":{"${W}":"Ann Lee"},"${L}":1}`, `{"a":{"${W}":"Ann Lee"},"${L}":1}`],
    ['in nested objects, each by its own', `{"${W}":"Ann Lee","b":{"${W}":"Bo Yu","${L}":1,"c":{"${W}":"Cy Ng"}},"${L}":2}`, `{"${W}":"A** L**","b":{"${W}":"B* Y*","${L}":1,"c":{"${W}":"Cy Ng"}},"${L}":2}`],
  ])('is %s', (_what, input, expected) => {
    for (const sizes of [[], [1], [3, 7], [16]]) expect(masked(input, sizes)).toBe(expected);
  });

  it('holds its bytes back until its object closes, and releases the rest as before', () => {
    const { masker } = makeMasker();
    const doc = bytes(`{"a":1,"o":{"${W}":"Ann Lee","n":2,`);
    expect(Buffer.from(masker.push(doc)).toString()).toBe(`{"a":1,"o":{"${W}":`);
    expect(Buffer.from(masker.push(bytes(`"${L}":3},"z":4`))).toString()).toBe(`"A** L**","n":2,"${L}":3},"z":`);
    expect(Buffer.from(masker.push(bytes('}'))).toString()).toBe('4}');
  });

  it('is reported once, after its object closes, with every sibling', () => {
    const seen: Array<[string, string[]]> = [];
    const { masker, findings } = makeMasker({ observeLeaf: (leaf) => seen.push([leaf.pointer(), [...leaf.siblingKeys]]) });
    stream(masker, [bytes(`{"${W}":"Ann Lee","n":2,"${L}":"p"}`)]);
    expect(seen).toEqual([['/n', [W]], [`/${L}`, [W, 'n']], [`/${W}`, ['n', L]]]);
    expect(findings.map((f) => [f.pointer, f.type])).toEqual([[`/${W}`, 'PERSON_NAME']]);
  });

  it(`is decided with the siblings seen so far once ${MAX_WAIT_BYTES} bytes wait behind it, however the body is cut`, () => {
    const doc = `{"${W}":"Ann Lee","pad":"${'x'.repeat(MAX_WAIT_BYTES)}","n":1,"${L}":"p","q":{"${W}":"Bo Yu","${L}":1}}`;
    const expected = `{"${W}":"Ann Lee","pad":"${'x'.repeat(MAX_WAIT_BYTES)}","n":1,"${L}":"p","q":{"${W}":"B* Y*","${L}":1}}`;
    for (const sizes of [[], [4096], [997, 65536]]) expect(masked(doc, sizes)).toBe(expected);
  });

  it(`is decided with the siblings seen so far once ${MAX_WAITING_LEAVES} leaves wait`, () => {
    const members = Array.from({ length: MAX_WAITING_LEAVES + 3 }, (_, i) => `"${W}":"Ann Lee ${i}"`);
    const doc = `{${members.join(',')},"${L}":1}`;
    const raw = masked(doc);
    // The first batch was decided before the label came; the members after it waited for it.
    expect(raw.startsWith(`{"${W}":"Ann Lee 0",`)).toBe(true);
    expect(raw).not.toContain(`"Ann Lee ${MAX_WAITING_LEAVES + 2}"`);
    expect(raw.split('"Ann Lee').length - 1).toBe(MAX_WAITING_LEAVES);
    expect(masked(doc, [1])).toBe(raw);
  });

  it('gives the same bytes for any chunking of objects whose members come in any order', () => {
    const member = fc.constantFrom(`"${W}":"Ann Lee"`, `"${L}":1`, '"n":2', `"${W}":13800000000`, '"o":{"n":[1,{}]}');
    const object = fc.array(member, { maxLength: 6 }).map((ms) => `{${ms.join(',')}}`);
    fc.assert(
      fc.property(fc.array(object, { minLength: 1, maxLength: 5 }), chunkSizes, (objects, sizes) => {
        const doc = `[${objects.join(',')}]`;
        const out = masked(doc);
        expect(masked(doc, sizes)).toBe(out);
        // Every object with the label has its names masked; no other object does.
        const parsed = JSON.parse(out) as Array<Record<string, unknown>>;
        objects.forEach((o, i) => {
          if (!o.includes(`"${W}"`)) return;
          const clear = parsed[i]![W] === 'Ann Lee' || parsed[i]![W] === 13800000000;
          expect(clear).toBe(!o.includes(`"${L}"`));
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** Values equal everywhere except at flagged leaves, which must have changed into a string or null. */
function sameOutside(a: unknown, b: unknown, ptr: string, flagged: ReadonlySet<string>): void {
  if (flagged.has(ptr)) {
    expect(typeof b === 'string' || b === null).toBe(true);
    expect(b).not.toEqual(a);
    return;
  }
  if (Array.isArray(a)) {
    expect(Array.isArray(b) && b.length === a.length).toBe(true);
    a.forEach((x, i) => sameOutside(x, (b as unknown[])[i], `${ptr}/${i}`, flagged));
  } else if (a !== null && typeof a === 'object') {
    expect(Object.keys(b as object)).toEqual(Object.keys(a));
    for (const k of Object.keys(a)) {
      sameOutside((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${ptr}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, flagged);
    }
  } else expect(b).toEqual(a);
}

describe('JsonMasker failures', () => {
  const failure = (chunks: Buffer[]): BodyError => {
    const { masker } = makeMasker();
    try {
      stream(masker, chunks);
    } catch (e) {
      if (e instanceof BodyError) return e;
      throw e;
    }
    throw new Error('expected a BodyError');
  };

  it.each([
    ['truncated', [bytes('{"a":[1,2')], 'malformed_json'],
    ['cut inside a string', [bytes('{"a":"ab')], 'malformed_json'],
    ['invalid UTF-8', [bytes('{"a":"'), Buffer.from([0xc3, 0x28]), bytes('"}')], 'invalid_utf8'],
    ['100k-deep', [bytes('['.repeat(100_000))], 'max_depth'],
    ['a 10 MB string', [bytes('["' + 'a'.repeat(10 * 1024 * 1024) + '"]')], 'max_token_bytes'],
  ])('fails a %s body with %s', (_what, chunks, reason) => {
    expect(failure(chunks as Buffer[]).reason).toBe(reason);
  });

  it('stays failed: later calls throw the same error', () => {
    const { masker } = makeMasker();
    expect(() => masker.push(bytes('[1,,'))).toThrow(BodyError);
    let first: unknown;
    try {
      masker.push(bytes('2]'));
    } catch (e) {
      first = e;
    }
    expect(first).toMatchObject({ reason: 'malformed_json', offset: 3 });
    expect(() => masker.end()).toThrow(first as Error);
  });

  it('reports a throwing classifier as an internal failure, keeping the cause', () => {
    const boom = new Error('classifier bug');
    const { masker } = makeMasker({ classifier: { classify: () => { throw boom; } } });
    expect(() => masker.push(bytes('["x"]'))).toThrow(expect.objectContaining({ reason: 'internal', cause: boom }));
  });
});
