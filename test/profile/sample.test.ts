import { DEFAULT_SAMPLE_LIMITS, KIND_BITS, SampleBuilder } from '../../src/profile/sample';
import { valueShape } from '../../src/profile/shape';
import type { LeafKind, RouteTemplate } from '../../src/types';
import { cnMobile, maskBody } from './support';

const ROUTE = 'GET /api/v2/customers/{id}' as RouteTemplate;

describe('valueShape', () => {
  const cases: Array<[LeafKind, string, string]> = [
    ['string', '13812345678', 'd11'],
    ['string', 'AB123456', 'A2d6'],
    ['string', '张三', 'cjk2'],
    ['string', 'alice@example.com', 'a5@a7.a3'],
    ['string', '2024-03-15', 'd4-d2-d2'],
    ['string', 'Hello World', 'A1a4 A1a4'],
    ['string', 'ÄÖü', 'u3'],
    ['string', '{"a":1}', '??a1?:d1?'],
    ['string', '', ''],
    ['number', '-12.50', '-d2.d2'],
    ['boolean', 'true', 'boolean'],
    ['null', 'null', 'null'],
  ];
  it.each(cases)('%s %j → %j', (kind, value, want) => expect(valueShape(kind, value)).toBe(want));

  it('caps long free text and says how long it was', () => {
    const s = valueShape('string', 'a1'.repeat(500));
    expect(s.length).toBeLessThan(64);
    expect(s).toMatch(/…\(1000\)$/);
  });
});

function sampleOf(body: string, rawSamples = false, limits = DEFAULT_SAMPLE_LIMITS) {
  const b = new SampleBuilder({ limits, rawSamples });
  const masked = maskBody(body, { route: ROUTE, observe: b.observe });
  return { sample: b.build(ROUTE, 'response', 1), masked };
}

const BODY = JSON.stringify({
  code: 0,
  data: {
    id: 10293,
    mobile: '13812345678',
    idCard: '11010519491231002X',
    c7: '王伟',
    note: '请联系 13987654321 处理',
    vip: true,
    tags: ['gold', 'early'],
    addr: null,
  },
});

describe('SampleBuilder fed by the JSON masker', () => {
  it('records every field with key, kinds and shape', () => {
    const { sample } = sampleOf(BODY);
    const byPath = new Map(sample.fields.map((f) => [f.path as string, f]));
    expect([...byPath.keys()].sort()).toEqual(
      ['/code', '/data/addr', '/data/c7', '/data/id', '/data/idCard', '/data/mobile', '/data/note', '/data/tags/*', '/data/vip'].sort(),
    );
    expect(byPath.get('/data/tags/*')).toMatchObject({ key: 'tags', kinds: KIND_BITS.string, seen: 2, shapes: ['a4', 'a5'] });
    expect(byPath.get('/data/c7')).toMatchObject({ key: 'c7', shapes: ['cjk2'] });
    expect(byPath.get('/data/vip')?.shapes).toEqual(['boolean']);
    expect(byPath.get('/data/id')?.kinds).toBe(KIND_BITS.number);
  });

  it('keeps flagged values only masked, and unflagged values only as shapes', () => {
    const { sample, masked } = sampleOf(BODY);
    const text = JSON.stringify(sample);
    for (const raw of ['13812345678', '11010519491231002X', '13987654321', '王伟', 'gold', 'early']) expect(text).not.toContain(raw);
    const mobile = sample.fields.find((f) => f.path === '/data/mobile');
    expect(mobile?.detected.get('PHONE_NUMBER')).toBe(1);
    expect(mobile?.examples).toEqual(['138****5678']);
    // Free text: the phone inside is masked, the words around it are shapes.
    expect(sample.fields.find((f) => f.path === '/data/note')?.examples[0]).toBe('cjk3 139****4321 cjk2');
    expect(sample.fields.find((f) => f.path === '/data/tags/*')?.examples).toEqual([]);
    // The sample is taken beside masking, not instead of it.
    expect(masked.body).not.toContain('13812345678');
  });

  it('keeps unflagged values in clear only on opt-in, and flagged ones masked even then', () => {
    const { sample } = sampleOf(BODY, true);
    expect(sample.fields.find((f) => f.path === '/data/tags/*')?.examples).toEqual(['gold', 'early']);
    expect(JSON.stringify(sample)).not.toContain('13812345678');
    expect(sample.fields.find((f) => f.path === '/data/note')?.examples[0]).toBe('请联系 139****4321 处理');
  });

  it('bounds a sample: distinct paths, shapes and examples per field', () => {
    const wide = JSON.stringify(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i])));
    const { sample } = sampleOf(wide, false, { ...DEFAULT_SAMPLE_LIMITS, maxFields: 10 });
    expect(sample.fields).toHaveLength(10);
    expect(sample.truncated).toBe(true);
    const list = JSON.stringify({ list: Array.from({ length: 40 }, (_, i) => ({ phone: cnMobile(i), n: 'x'.repeat(i + 1) })) });
    const { sample: s2 } = sampleOf(list);
    const phone = s2.fields.find((f) => f.path === '/list/*/phone');
    expect(phone?.seen).toBe(40);
    expect(phone?.examples.length).toBeLessThanOrEqual(DEFAULT_SAMPLE_LIMITS.examplesPerField);
    expect(s2.fields.find((f) => f.path === '/list/*/n')?.shapes.length).toBe(DEFAULT_SAMPLE_LIMITS.shapesPerField);
  });
});
