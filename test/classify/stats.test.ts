import { createClassifier, FieldStats, shapeOf, walkLeaves } from '../../src/classify';
import type { FieldPath, RouteTemplate } from '../../src/types';
import { NO_FIELDS } from './helpers';

const ROUTE = 'GET /t' as RouteTemplate;
const c = createClassifier();

function feed(stats: FieldStats, docs: unknown[]): void {
  for (const doc of docs) walkLeaves(doc, (leaf) => stats.observe(ROUTE, 'response', leaf, c.classify(leaf, 'response', NO_FIELDS)));
}

describe('FieldStats', () => {
  test.each([
    ['13812345678', 'd11'],
    ['E12345678', 'A1d8'],
    ['张伟', 'c2'],
    ['a.b@x.cn', 'a1s1a1s1a1s1a2'],
  ])('shapeOf(%s) = %s', (v, want) => expect(shapeOf(v)).toBe(want));

  test('sequential identifiers count against a type; random mobiles for it', () => {
    const stats = new FieldStats();
    const mobiles = ['13958203311', '18601234567', '13512349876', '15987654321', '13300001111', '18912345670', '17712345678', '13698765432'];
    feed(stats, mobiles.map((m, i) => ({ c3: String(13800000100 + i), c4: m })));
    const seq = stats.evidenceFor(ROUTE, 'response', '/c3' as FieldPath, 'PHONE_NUMBER');
    expect(seq?.weight).toBeLessThan(0);
    expect(stats.summary(ROUTE, 'response', '/c3' as FieldPath)?.sequential).toBe(true);
    const rnd = stats.evidenceFor(ROUTE, 'response', '/c4' as FieldPath, 'PHONE_NUMBER');
    expect(rnd?.weight).toBeGreaterThan(0);
  });

  test('values of a bounded range (days, months, years) are not sequential ids', () => {
    const stats = new FieldStats();
    const dob = [[14, 4, 1995], [22, 6, 1953], [2, 11, 1976], [12, 4, 1974], [16, 4, 1969], [8, 5, 1965], [3, 5, 1960], [2, 5, 1993]];
    feed(stats, dob.map(([day, month, year]) => ({ dob: { day, month, year } })));
    for (const part of ['day', 'month', 'year']) expect(stats.summary(ROUTE, 'response', `/dob/${part}` as FieldPath)?.sequential).toBe(false);
  });

  test('a field that keeps holding names is decided by history, not by its unknown key', () => {
    const names = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊'];
    const docs = names.map((n, i) => ({ rows: [{ who: n, n: i }] }));
    const stats = new FieldStats();
    feed(stats, docs);
    const withHistory = createClassifier({ fieldEvidence: stats });
    let found = 0;
    walkLeaves({ rows: [{ who: '赵敏' }] }, (leaf) => {
      expect(c.classify(leaf, 'response', NO_FIELDS)).toBeNull();
      found += withHistory.classify(leaf, 'response', { ...NO_FIELDS, route: ROUTE })?.length ?? 0;
    });
    expect(found).toBe(1);
  });

  test('hints() labels fields the classifier flagged in most samples, not below minSamples', () => {
    const stats = new FieldStats({ minSamples: 3 });
    feed(stats, [{ m: '13812345678' }, { m: '13912345678' }]);
    expect(stats.hints(ROUTE, 'response').size).toBe(0);
    feed(stats, [{ m: '13712345678' }]);
    expect(stats.hints(ROUTE, 'response').get('/m' as FieldPath)).toEqual({ type: 'PHONE_NUMBER', confidence: 0.95, source: 'statistics' });
  });

  test('bounded: fields beyond maxFields are ignored', () => {
    const stats = new FieldStats({ maxFields: 2 });
    feed(stats, [{ a: 'x1', b: 'x2', c: 'x3' }]);
    expect(stats.summary(ROUTE, 'response', '/c' as FieldPath)).toBeUndefined();
    expect(() => new FieldStats({ minSamples: 0 })).toThrow();
  });
});
