import { DEFAULT_SAMPLE_LIMITS, SampleBuilder, type RedactedSample } from '../../src/profile/sample';
import { FieldBudget, RouteSchema } from '../../src/profile/schema';
import { localProfile } from '../../src/profile/local-profiler';
import type { RouteTemplate } from '../../src/types';
import { cnMobile, maskBody } from './support';

const ROUTE = 'GET /api/members/{id}' as RouteTemplate;

const schema = (maxFields: number, budget = new FieldBudget(1_000_000)) => new RouteSchema(maxFields, budget);

function sample(doc: unknown): RedactedSample {
  const b = new SampleBuilder({ limits: DEFAULT_SAMPLE_LIMITS, rawSamples: false });
  maskBody(JSON.stringify(doc), { route: ROUTE, observe: b.observe });
  return b.build(ROUTE, 'response', 0);
}

describe('RouteSchema drift', () => {
  const base = { data: { id: 1, name: 'x', tel: '13800000000' } };
  // [name, second sample, drift once the first is a baseline]
  const cases: Array<[string, unknown, string[]]> = [
    ['same structure, other values', { data: { id: 2, name: 'y', tel: '13900000000' } }, []],
    ['a field missing is not drift', { data: { id: 2 } }, []],
    ['a new field', { data: { id: 2, name: 'y', tel: '1', c9: 'z' } }, ['new_field']],
    ['a changed type', { data: { id: '2', name: 'y', tel: '1' } }, ['type_change']],
    ['null where a string was is not a type change', { data: { id: 2, name: null, tel: '1' } }, []],
    ['an array item field', { data: { id: 2, name: 'y', tel: '1', list: [{ a: 1 }, { a: 2 }] } }, ['new_field']],
  ];
  it.each(cases)('%s', (_n, next, want) => {
    const s = schema(100);
    s.absorb(sample(base), false);
    expect(s.absorb(sample(next), true)).toEqual(want);
  });

  it('reports nothing while there is no baseline yet', () => {
    const s = schema(100);
    s.absorb(sample(base), false);
    expect(s.absorb(sample({ other: 'shape', entirely: 1 }), false)).toEqual([]);
    expect(s.fields.size).toBe(5);
  });

  it('stops adding fields at its cap', () => {
    const s = schema(3);
    s.absorb(sample({ a: 1, b: 2, c: 3, d: 4, e: 5 }), false);
    expect([...s.fields.keys()]).toEqual(['/a', '/b', '/c']);
  });

  it('shares one field budget with every other route, and gives it back when released', () => {
    const budget = new FieldBudget(5);
    const a = schema(100, budget);
    const b = schema(100, budget);
    a.absorb(sample({ a: 1, b: 2, c: 3 }), false);
    b.absorb(sample({ x: 1, y: 2, z: 3 }), false);
    expect([a.fields.size, b.fields.size, budget.used]).toEqual([3, 2, 5]);
    a.release();
    b.absorb(sample({ z: 3, w: 4 }), false);
    expect([b.fields.size, budget.used]).toEqual([4, 4]);
  });
});

describe('RouteSchema hash', () => {
  it('depends on structure only: values, order, nulls and counts do not change it', () => {
    const a = schema(100);
    a.absorb(sample({ x: 1, y: 'a' }), false);
    const b = schema(100);
    b.absorb(sample({ y: 'zzz', x: 7 }), false);
    b.absorb(sample({ y: null, x: 8 }), false);
    expect(a.hash(ROUTE, 'response')).toBe(b.hash(ROUTE, 'response'));
    expect(a.hash(ROUTE, 'request')).not.toBe(a.hash(ROUTE, 'response'));
    b.absorb(sample({ y: 'q', x: 8, z: true }), false);
    expect(b.hash(ROUTE, 'response')).not.toBe(a.hash(ROUTE, 'response'));
  });

  it('survives persistence', () => {
    const a = schema(100);
    a.absorb(sample({ x: 1, y: 'a', list: [{ p: '13800000000' }] }), false);
    const back = RouteSchema.from(JSON.parse(JSON.stringify(a.toJSON())), 100, new FieldBudget(1000));
    expect(back.hash(ROUTE, 'response')).toBe(a.hash(ROUTE, 'response'));
    expect(back.samples).toBe(1);
  });
});

describe('localProfile', () => {
  it('labels a field the detectors keep flagging, with confidence growing with evidence', () => {
    const s = schema(100);
    for (let i = 0; i < 30; i++) {
      // Every tenth contact is a landline the phone detector does not take: the field label covers it.
      s.absorb(sample({ data: { contact: i % 10 === 0 ? '021-5555' : cnMobile(i), remark: i === 3 ? `call ${cnMobile(i)}` : 'ok' } }), false);
    }
    const m = localProfile(ROUTE, 'response', s, 42);
    expect(m).toMatchObject({ route: ROUTE, direction: 'response', source: 'statistics', builtAt: 42 });
    expect(m.fields.map((f) => [f.path, f.type])).toEqual([['/data/contact', 'PHONE_NUMBER']]);
    expect(m.fields[0].confidence).toBeGreaterThan(0.7);
    expect(m.fields[0].confidence).toBeLessThan(1);
  });

  it('needs a few observations before labelling anything', () => {
    const s = schema(100);
    s.absorb(sample({ contact: cnMobile(1) }), false);
    expect(localProfile(ROUTE, 'response', s, 0).fields).toEqual([]);
  });

  it('names the category and raises the risk from the types found', () => {
    const s = schema(100);
    for (let i = 0; i < 5; i++) s.absorb(sample({ member: { mobile: cnMobile(i), idCard: '11010519491231002X', nickname: 'n' } }), false);
    const m = localProfile(ROUTE, 'response', s, 0);
    expect(m.category).toBe('user_profile');
    expect(m.risk).toBe('high');
  });
});
