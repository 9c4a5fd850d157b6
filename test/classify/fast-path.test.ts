// classify() takes shortcuts explain() does not: gates that skip detectors a
// leaf's shape rules out. explain() is the reference (every detector, every
// regex); on a large varied corpus both must return exactly the same spans.
import { createClassifier, FieldStats, walkLeaves } from '../../src/classify';
import { JsonMasker } from '../../src/json/masker';
import { createLeafMasker } from '../../src/mask/leaf-masker';
import { createOperators } from '../../src/mask/operators';
import { StrategyResolver } from '../../src/mask/resolver';
import type { AgentContext, CompiledFieldMap, Direction, LeafView, RouteTemplate, SensitiveType, Span } from '../../src/types';
import { fieldMapOf, NO_FIELDS } from './helpers';
import { corpusDocs } from './leaf-corpus';

interface Mismatch {
  readonly pointer: string;
  readonly key: string | undefined;
  readonly value: string;
  readonly fast: readonly Span[];
  readonly reference: readonly Span[];
}

function same(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.type === y.type && x.start === y.start && x.end === y.end && x.source === y.source && Math.abs(x.confidence - y.confidence) < 1e-9;
  });
}

/** Compares both paths on one leaf; records what differs and which types the reference found. */
class Differ {
  readonly mismatches: Mismatch[] = [];
  /** Mismatching leaves per type involved, and the first of each: which shortcut is unsound shows at a glance. */
  readonly byType: Record<string, number> = {};
  readonly firstByType: Record<string, Mismatch> = {};
  readonly found = new Set<SensitiveType>();
  leaves = 0;

  constructor(private readonly c: ReturnType<typeof createClassifier>) {}

  check(leaf: LeafView, fast: readonly Span[] | null, direction: Direction, fm: CompiledFieldMap): void {
    this.leaves++;
    const reference = this.c.explain(leaf, direction, fm).map(({ start, end, type, confidence, source }) => ({ start, end, type, confidence, source }));
    for (const sp of reference) this.found.add(sp.type);
    if (!same(fast ?? [], reference)) {
      const m: Mismatch = { pointer: leaf.pointer(), key: leaf.key, value: leaf.value, fast: fast ?? [], reference };
      this.mismatches.push(m);
      for (const t of new Set([...m.fast, ...reference].map((sp) => sp.type))) {
        this.byType[t] = (this.byType[t] ?? 0) + 1;
        this.firstByType[t] ??= m;
      }
    }
  }
}

const docs = corpusDocs();

describe('fast path (classify) returns exactly the reference path (explain)', () => {
  test('every leaf of the corpus, parsed leaves', () => {
    const c = createClassifier();
    const d = new Differ(c);
    for (const doc of docs) walkLeaves(doc, (leaf) => d.check(leaf, c.classify(leaf, 'response', NO_FIELDS), 'response', NO_FIELDS));
    expect({ byType: d.byType, first: d.firstByType }).toEqual({ byType: {}, first: {} });
    expect(d.leaves).toBeGreaterThan(100_000);
    // The corpus must exercise every detector, or agreement proves little.
    expect([...d.found].sort()).toHaveLength(17);
  });

  test('streaming leaves (the JsonMasker path), with a route FieldMap and route statistics', () => {
    const route = 'GET /t' as RouteTemplate;
    const stats = new FieldStats({ minSamples: 2 });
    const c = createClassifier({ fieldEvidence: stats });
    const fm = fieldMapOf({ '/customer/c7': { type: 'PERSON_NAME', confidence: 0.9, source: 'llm' }, '/customer/x': { type: 'PHONE_NUMBER', confidence: 1, source: 'config' } });
    const d = new Differ(c);
    const agent: AgentContext = { id: null, known: false, reveal: new Set(), strategies: new Map(), maskAll: false };
    const mask = createLeafMasker({ operators: createOperators({ hashKey: Buffer.alloc(32, 1) }), resolver: new StrategyResolver(), agent, route, fingerprint: () => 'fp' });
    for (const doc of docs.slice(0, 20_000)) {
      const m = new JsonMasker({
        classifier: c, fieldMap: fm, direction: 'request', mask, onFinding: () => undefined,
        observeLeaf: (leaf, spans) => {
          if (leaf.kind !== 'string' && leaf.kind !== 'number') return;
          d.check(leaf, spans, 'request', fm);
          stats.observe(route, 'request', leaf, spans);
        },
      });
      m.push(Buffer.from(JSON.stringify(doc)));
      m.end();
    }
    expect({ byType: d.byType, first: d.firstByType }).toEqual({ byType: {}, first: {} });
    expect(d.leaves).toBeGreaterThan(50_000);
  });
});
