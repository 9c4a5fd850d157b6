import type { Detector, Evidence } from '../detect/detector';
import { evidence } from '../detect/detector';
import { DETECTORS } from '../detect/registry';
import { Shape } from '../detect/shape';
import type { Direction, FieldHint, FieldPath, LeafView, RouteTemplate, SensitiveType, Span } from '../types';
import type { FieldEvidence } from './classifier';

// Route history per field: a single ambiguous sample is decided by what the
// same field held in earlier samples. Order numbers are unique and
// sequential, phones are not; a field whose values keep passing a validator
// is that type even under a name nobody configured.

export interface FieldSummary {
  readonly samples: number;
  /** distinct values / samples (distinct counted up to a cap). */
  readonly uniqueness: number;
  /** Successive numeric values mostly a small step apart, or monotonic. */
  readonly sequential: boolean;
  /** Share of samples whose value passes each type's validator with positive evidence. */
  readonly passRate: Partial<Record<SensitiveType, number>>;
  /** Share of samples the classifier flagged as each type (whole leaf). */
  readonly foundRate: Partial<Record<SensitiveType, number>>;
  /** Most frequent value shapes (`d11`, `A1d8`, `c3`…) with counts. */
  readonly shapes: ReadonlyArray<readonly [string, number]>;
}

export interface FieldStatsOptions {
  readonly detectors?: readonly Detector[];
  /** Samples a field needs before its history counts (default 5). */
  readonly minSamples?: number;
  /** Fields tracked per route and direction; later ones are ignored (default 2000). */
  readonly maxFields?: number;
}

const DISTINCT_CAP = 512;
const EV_SEQUENTIAL = evidence('route history: values of this field are sequential (an identifier)', -4);
const EV_NOT_UNIQUE = evidence('route history: few distinct values in this field (an enumeration)', -2.5);
const EV_CONSISTENT = evidence('route history: values of this field keep passing this type\'s validator', 2.5);
const EV_FLAGGED = evidence('route history: this field was this type in earlier samples', 1.5);

class Field {
  n = 0;
  readonly distinct = new Set<string>();
  readonly pass = new Map<SensitiveType, number>();
  readonly plausible = new Map<SensitiveType, number>();
  readonly found = new Map<SensitiveType, number>();
  readonly shapes = new Map<string, number>();
  prev = NaN;
  numeric = 0;
  small = 0;
  up = 0;
  down = 0;
}

/** Value shape: runs of character classes (`d` digit, `A` upper, `a` lower, `c` CJK, `s` other) with lengths. */
export function shapeOf(v: string): string {
  let out = '';
  let cls = '';
  let run = 0;
  for (let i = 0; i < v.length && out.length < 24; i++) {
    const c = v.charCodeAt(i);
    const k = c >= 48 && c <= 57 ? 'd' : c >= 65 && c <= 90 ? 'A' : c >= 97 && c <= 122 ? 'a' : c >= 0x4e00 && c <= 0x9fff ? 'c' : 's';
    if (k === cls) run++;
    else {
      if (run > 0) out += cls + run;
      cls = k;
      run = 1;
    }
  }
  return run > 0 ? out + cls + run : out;
}

export class FieldStats implements FieldEvidence {
  readonly maxWeight = Math.max(EV_SEQUENTIAL.weight, EV_NOT_UNIQUE.weight, EV_CONSISTENT.weight, EV_FLAGGED.weight);
  private readonly routes = new Map<string, Map<FieldPath, Field>>();
  private readonly detectors: readonly Detector[];
  private readonly minSamples: number;
  private readonly maxFields: number;
  private readonly shape = new Shape();

  constructor(opts: FieldStatsOptions = {}) {
    this.detectors = opts.detectors ?? DETECTORS;
    this.minSamples = opts.minSamples ?? 5;
    this.maxFields = opts.maxFields ?? 2000;
    if (!(this.minSamples >= 1) || !(this.maxFields >= 1)) throw new Error('FieldStats: minSamples and maxFields must be ≥ 1');
  }

  /** One leaf of one sampled body, with what the classifier found in it (null: nothing). */
  observe(route: RouteTemplate, direction: Direction, leaf: LeafView, spans: readonly Span[] | null): void {
    if (leaf.kind !== 'string' && leaf.kind !== 'number') return;
    const key = `${direction} ${route}`;
    let fields = this.routes.get(key);
    if (fields === undefined) this.routes.set(key, (fields = new Map()));
    const path = leaf.fieldPath();
    let f = fields.get(path);
    if (f === undefined) {
      if (fields.size >= this.maxFields) return;
      fields.set(path, (f = new Field()));
    }
    const v = leaf.value;
    f.n++;
    if (f.distinct.size < DISTINCT_CAP) f.distinct.add(v);
    const sh = shapeOf(v);
    if (f.shapes.size < 64 || f.shapes.has(sh)) f.shapes.set(sh, (f.shapes.get(sh) ?? 0) + 1);
    const s = this.shape.fill(v);
    for (const d of this.detectors) {
      const ev = d.assess(v, leaf.kind, s);
      if (ev === null) continue;
      f.plausible.set(d.type, (f.plausible.get(d.type) ?? 0) + 1);
      if (ev.weight > 0) f.pass.set(d.type, (f.pass.get(d.type) ?? 0) + 1);
    }
    if (spans !== null && spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === v.length) {
      f.found.set(spans[0]!.type, (f.found.get(spans[0]!.type) ?? 0) + 1);
    }
    if (s.digits === s.len && s.len > 0 && s.len <= 24) {
      const num = Number(v.length > 15 ? v.slice(-15) : v);
      if (!Number.isNaN(f.prev)) {
        const diff = num - f.prev;
        // A step small against the value itself: ids counting up (100231 → 100244), not a bounded
        // range such as days, months, years or ages, whose values are all close to each other anyway.
        if (diff !== 0 && Math.abs(diff) <= 1000 && Math.abs(diff) * 100 <= Math.abs(num)) f.small++;
        if (diff > 0) f.up++;
        else if (diff < 0) f.down++;
      }
      f.prev = num;
      f.numeric++;
    }
  }

  summary(route: RouteTemplate, direction: Direction, path: FieldPath): FieldSummary | undefined {
    const f = this.routes.get(`${direction} ${route}`)?.get(path);
    if (f === undefined) return undefined;
    const rate = (m: Map<SensitiveType, number>) => Object.fromEntries([...m].map(([t, c]) => [t, c / f.n]));
    return {
      samples: f.n,
      uniqueness: f.distinct.size / Math.min(f.n, DISTINCT_CAP),
      sequential: sequential(f),
      passRate: rate(f.pass),
      foundRate: rate(f.found),
      shapes: [...f.shapes].sort((a, b) => b[1] - a[1]).slice(0, 5),
    };
  }

  /** Labels this route's history supports, as FieldMap hints with source `statistics`. */
  hints(route: RouteTemplate, direction: Direction): Map<FieldPath, FieldHint> {
    const out = new Map<FieldPath, FieldHint>();
    for (const [path, f] of this.routes.get(`${direction} ${route}`) ?? []) {
      if (f.n < this.minSamples || sequential(f)) continue;
      let best: SensitiveType | null = null;
      let rate = 0;
      for (const [t, c] of f.found) if (c / f.n > rate) [best, rate] = [t, c / f.n];
      if (best !== null && rate >= 0.6) out.set(path, { type: best, confidence: Math.round(Math.min(0.95, rate) * 100) / 100, source: 'statistics' });
    }
    return out;
  }

  evidenceFor(route: RouteTemplate, direction: Direction, path: FieldPath, type: SensitiveType): Evidence | null {
    const f = this.routes.get(`${direction} ${route}`)?.get(path);
    if (f === undefined || f.n < this.minSamples) return null;
    if (sequential(f)) return EV_SEQUENTIAL;
    if (f.distinct.size / Math.min(f.n, DISTINCT_CAP) < 0.3) return EV_NOT_UNIQUE;
    // Most values pass the validator, or a good share pass while every value fits the format and
    // none repeats (a passport column mixing CN E-series with generic foreign numbers).
    const pass = (f.pass.get(type) ?? 0) / f.n;
    const unique = f.distinct.size / Math.min(f.n, DISTINCT_CAP);
    if (pass >= 0.8 || (pass >= 0.3 && unique >= 0.9 && (f.plausible.get(type) ?? 0) / f.n >= 0.95)) return EV_CONSISTENT;
    if ((f.found.get(type) ?? 0) / f.n >= 0.6) return EV_FLAGGED;
    return null;
  }
}

function sequential(f: Field): boolean {
  const steps = f.numeric - 1;
  if (f.numeric < 5 || f.numeric < f.n * 0.8) return false;
  // Monotonic order is only meaningful over many samples (6 random values are sorted 1 time in 360).
  // Counting means one direction: small steps up and down are a bounded range (years of birth), not ids.
  const oneWay = Math.max(f.up, f.down) / steps;
  return (f.small / steps >= 0.5 && oneWay >= 0.8) || (steps >= 15 && oneWay >= 0.95);
}
