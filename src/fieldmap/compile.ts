import type { CompiledFieldMap, Direction, FieldHint, FieldPath, FieldSource, RouteTemplate } from '../types';
import type { ConfigFieldRule, FieldMap, MergedLabel } from './types';

// Merge rule: the higher source wins outright (config > llm > statistics >
// detector); within one source the more confident label wins. A learned label
// below MIN_CONFIDENCE is not an opinion worth acting on and is left out, so a
// hesitant LLM cannot override a confident lower source by rank alone.

export const MIN_CONFIDENCE = 0.5;
const RANK: Readonly<Record<FieldSource, number>> = { detector: 0, statistics: 1, llm: 2, config: 3 };
const DIRECTIONS: readonly Direction[] = ['request', 'response'];

export function mergeLabels(route: RouteTemplate, maps: Iterable<FieldMap>, rules: readonly ConfigFieldRule[]): MergedLabel[] {
  const best = new Map<string, MergedLabel>();
  const offer = (l: MergedLabel): void => {
    const key = `${l.direction} ${l.path}`;
    const cur = best.get(key);
    if (cur === undefined || RANK[l.source] > RANK[cur.source] || (l.source === cur.source && l.confidence > cur.confidence)) {
      best.set(key, l);
    }
  };
  for (const m of maps) {
    for (const f of m.fields) {
      if (f.confidence >= MIN_CONFIDENCE) offer({ direction: m.direction, path: f.path, type: f.type, confidence: f.confidence, source: m.source });
    }
  }
  for (const rule of rules) {
    if (!rule.match(route)) continue;
    for (const [path, type] of Object.entries(rule.fields)) {
      for (const direction of rule.direction === undefined ? DIRECTIONS : [rule.direction]) {
        offer({ direction, path: path as FieldPath, type, confidence: 1, source: 'config' });
      }
    }
  }
  return [...best.values()];
}

class FrozenFieldMap implements CompiledFieldMap {
  readonly isEmpty: boolean;
  constructor(
    readonly route: RouteTemplate,
    readonly version: number,
    private readonly request: ReadonlyMap<string, FieldHint>,
    private readonly response: ReadonlyMap<string, FieldHint>,
  ) {
    this.isEmpty = request.size === 0 && response.size === 0;
    Object.freeze(this);
  }

  lookup(direction: Direction, path: FieldPath): FieldHint | undefined {
    return (direction === 'response' ? this.response : this.request).get(path);
  }
}

/** The hot-path form: two Maps behind a frozen object, never mutated after construction. */
export function compileFieldMap(route: RouteTemplate, labels: readonly MergedLabel[], version: number): CompiledFieldMap {
  const request = new Map<string, FieldHint>();
  const response = new Map<string, FieldHint>();
  for (const l of labels) {
    const hint: FieldHint = Object.freeze({ type: l.type, confidence: l.confidence, source: l.source });
    (l.direction === 'response' ? response : request).set(l.path, hint);
  }
  return new FrozenFieldMap(route, version, request, response);
}
