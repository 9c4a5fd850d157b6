import { MIN_CONFIDENCE } from '../../src/fieldmap/compile';
import { FieldMapStore } from '../../src/fieldmap/store';
import type { ConfigFieldRule, FieldMap, LearnedSource } from '../../src/fieldmap/types';
import { Metrics } from '../../src/metrics/metrics';
import type { Category, Direction, FieldPath, RiskLevel, RouteTemplate, SensitiveType } from '../../src/types';

const R = 'GET /api/members/{id}' as RouteTemplate;
const P = (s: string) => s as FieldPath;

function map(source: LearnedSource, fields: Array<[string, SensitiveType, number]>, extra: Partial<FieldMap> = {}): FieldMap {
  return {
    route: R,
    direction: 'response',
    source,
    fields: fields.map(([path, type, confidence]) => ({ path: P(path), type, confidence })),
    builtAt: 1,
    ...extra,
  };
}

function store(configFields: ConfigFieldRule[] = []) {
  const metrics = new Metrics({ defaultMetrics: false });
  const changed: RouteTemplate[] = [];
  return { s: new FieldMapStore({ metrics, configFields, onChange: (r) => changed.push(r) }), metrics, changed };
}

describe('FieldMapStore merge rules', () => {
  // [maps put in order, expected winner for /data/c7]
  const cases: Array<[string, FieldMap[], { type: SensitiveType; source: string } | undefined]> = [
    ['llm beats statistics', [map('statistics', [['/data/c7', 'PHONE_NUMBER', 0.99]]), map('llm', [['/data/c7', 'PERSON_NAME', 0.7]])], { type: 'PERSON_NAME', source: 'llm' }],
    ['statistics beats detector whatever the order', [map('statistics', [['/data/c7', 'BANK_ACCOUNT', 0.6]]), map('detector', [['/data/c7', 'PAYMENT_CARD', 0.99]])], { type: 'BANK_ACCOUNT', source: 'statistics' }],
    ['a label under the confidence floor is ignored', [map('detector', [['/data/c7', 'PHONE_NUMBER', 0.9]]), map('llm', [['/data/c7', 'PERSON_NAME', MIN_CONFIDENCE - 0.01]])], { type: 'PHONE_NUMBER', source: 'detector' }],
    ['a newer map of the same source replaces the older', [map('llm', [['/data/c7', 'PERSON_NAME', 0.9]]), map('llm', [['/data/c8', 'PHONE_NUMBER', 0.9]])], undefined],
    ['no maps, no label', [], undefined],
  ];
  it.each(cases)('%s', (_name, maps, want) => {
    const { s } = store();
    for (const m of maps) s.put(m);
    const hint = s.fieldMapFor(R).lookup('response', P('/data/c7'));
    expect(hint === undefined ? undefined : { type: hint.type, source: hint.source }).toEqual(want);
  });

  it('config-pinned fields win over every learned source, in the directions they name', () => {
    const rule: ConfigFieldRule = { match: (r) => r.startsWith('GET /api/members/'), direction: 'response', fields: { '/data/c7': 'CN_RESIDENT_ID' } };
    const { s } = store([rule]);
    s.put(map('llm', [['/data/c7', 'PERSON_NAME', 0.99]]));
    expect(s.fieldMapFor(R).lookup('response', P('/data/c7'))).toEqual({ type: 'CN_RESIDENT_ID', confidence: 1, source: 'config' });
    expect(s.fieldMapFor(R).lookup('request', P('/data/c7'))).toBeUndefined();
    expect(s.fieldMapFor('GET /other' as RouteTemplate).isEmpty).toBe(true);
  });

  it('serves config-pinned fields for a route nothing was learned about yet', () => {
    const { s } = store([{ match: () => true, fields: { '/nick': 'PERSON_NAME' } }]);
    const fm = s.fieldMapFor('POST /fresh' as RouteTemplate);
    expect(fm.isEmpty).toBe(false);
    for (const d of ['request', 'response'] as Direction[]) expect(fm.lookup(d, P('/nick'))?.source).toBe('config');
  });

  it('rebuilds every snapshot when the pinned fields change', () => {
    const { s } = store();
    const before = s.fieldMapFor(R);
    s.setConfigFields([{ match: () => true, fields: { '/x': 'CREDENTIAL' } }]);
    expect(before.lookup('response', P('/x'))).toBeUndefined();
    expect(s.fieldMapFor(R).lookup('response', P('/x'))?.type).toBe('CREDENTIAL');
  });
});

describe('FieldMapStore snapshots', () => {
  it('swaps a new frozen snapshot in and leaves the one a stream already holds untouched', async () => {
    const { s, metrics, changed } = store();
    const held = s.fieldMapFor(R);
    expect(held.isEmpty).toBe(true);
    s.put(map('llm', [['/data/c7', 'PERSON_NAME', 0.93]]));
    const next = s.fieldMapFor(R);
    expect(next).not.toBe(held);
    expect(next.version).toBeGreaterThan(held.version);
    expect(held.lookup('response', P('/data/c7'))).toBeUndefined();
    expect(next.lookup('response', P('/data/c7'))).toEqual({ type: 'PERSON_NAME', confidence: 0.93, source: 'llm' });
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.lookup('response', P('/data/c7')))).toBe(true);
    expect(changed).toEqual([R]);
    expect((await metrics.fieldMapSwaps.get()).values[0].value).toBe(1);
  });

  it('answers lookups with the same object every time (no allocation per leaf)', () => {
    const { s } = store();
    s.put(map('llm', [['/data/c7', 'PERSON_NAME', 0.93]]));
    const fm = s.fieldMapFor(R);
    expect(fm.lookup('response', P('/data/c7'))).toBe(fm.lookup('response', P('/data/c7')));
    expect(s.fieldMapFor(R)).toBe(fm);
  });

  it('forgets a route entirely', () => {
    const { s } = store();
    s.put(map('llm', [['/data/c7', 'PERSON_NAME', 0.93]], { category: 'user_profile' }));
    s.forget(R);
    expect(s.fieldMapFor(R).isEmpty).toBe(true);
    expect(s.categoryOf(R)).toBeUndefined();
  });
});

describe('FieldMapStore category and risk', () => {
  const cases: Array<[string, FieldMap[], Category | undefined, RiskLevel | undefined]> = [
    ['none named', [map('llm', [])], undefined, undefined],
    ['llm over statistics', [map('statistics', [], { category: 'order', risk: 'low' }), map('llm', [], { category: 'payment', risk: 'high' })], 'payment', 'high'],
    ['response side over request side', [map('llm', [], { category: 'search', risk: 'low', direction: 'request' }), map('llm', [], { category: 'user_profile', risk: 'medium' })], 'user_profile', 'medium'],
    ['risk is the highest of the chosen source', [map('llm', [], { category: 'account', risk: 'critical', direction: 'request' }), map('llm', [], { category: 'account', risk: 'low' })], 'account', 'critical'],
  ];
  it.each(cases)('%s', (_n, maps, category, risk) => {
    const { s } = store();
    for (const m of maps) s.put(m);
    expect(s.categoryOf(R)).toBe(category);
    expect(s.riskOf(R)).toBe(risk);
  });
});
