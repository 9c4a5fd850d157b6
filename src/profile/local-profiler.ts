import type { FieldLabel, FieldMap } from '../fieldmap/types';
import type { Direction, RouteTemplate, SensitiveType } from '../types';
import { assessRisk, categorise } from './category';
import type { RouteSchema } from './schema';

// The profiler that needs nothing outside the process: a field whose sampled
// values the detectors keep flagging as one type is labelled with that type for
// the whole field (so the values they miss are covered too), and the route gets
// a category and risk from the keyword model. It fills the same FieldMap an LLM
// would, so the embedded default is complete on its own.

export interface LocalProfilerOptions {
  /** Leaves a field must have shown before its hit rate means anything. */
  minObservations: number;
  /** Share of a field's leaves flagged as one type for the field to be labelled. */
  minHitRate: number;
}

export const DEFAULT_LOCAL_PROFILER: LocalProfilerOptions = { minObservations: 3, minHitRate: 0.6 };

export function localProfile(
  route: RouteTemplate,
  direction: Direction,
  schema: RouteSchema,
  builtAt: number,
  opts: LocalProfilerOptions = DEFAULT_LOCAL_PROFILER,
): FieldMap {
  const fields: FieldLabel[] = [];
  const found = new Set<SensitiveType>();
  const keys: string[] = [];
  for (const f of schema.fields.values()) {
    if (f.key !== undefined) keys.push(f.key);
    let top: SensitiveType | undefined;
    let hits = 0;
    for (const [type, n] of f.detected) {
      found.add(type);
      if (n > hits) {
        top = type;
        hits = n;
      }
    }
    if (top === undefined || f.count < opts.minObservations) continue;
    const rate = Math.min(1, hits / f.count);
    if (rate < opts.minHitRate) continue;
    // Confidence grows with the hit rate and with evidence, never to certainty.
    const evidence = Math.min(1, f.count / 50);
    fields.push({ path: f.path, type: top, confidence: round2(0.5 + 0.3 * rate + 0.15 * evidence) });
  }
  const category = categorise(route, keys, found);
  return { route, direction, source: 'statistics', category, risk: assessRisk(category, found), fields, builtAt };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
