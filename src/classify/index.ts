import type { Detector } from '../detect/detector';
import { DETECTORS } from '../detect/registry';
import type { CompiledFieldMap, Direction, LeafClassifier, LeafView, SensitiveType, Span } from '../types';
import type { ExplainedSpan, FieldEvidence } from './classifier';
import { ContextClassifier } from './classifier';
import { THRESHOLDS } from './thresholds';

export type { ExplainedSpan, FieldEvidence } from './classifier';
export type { Evidence } from '../detect/detector';
export { THRESHOLDS } from './thresholds';
export { isMasked } from './masked';
export { ParsedLeaf, walkLeaves } from './leaf';
export { FieldStats, shapeOf } from './stats';
export type { FieldStatsOptions, FieldSummary } from './stats';

export interface ClassifierOptions {
  /** Restrict to these types (default: all built-in detectors). */
  readonly types?: readonly SensitiveType[];
  /** Extra or replacement detectors (same `type` replaces the built-in one). */
  readonly detectors?: readonly Detector[];
  /** Per-type threshold overrides, validated to (0, 1]. */
  readonly thresholds?: Partial<Record<SensitiveType, number>>;
  /** Route statistics consulted for ambiguous leaves (e.g. a FieldStats). */
  readonly fieldEvidence?: FieldEvidence;
}

export interface ExplainingClassifier extends LeafClassifier {
  /** The spans classify() would return, each with the evidence that decided it. */
  explain(leaf: LeafView, direction: Direction, fieldMap: CompiledFieldMap): readonly ExplainedSpan[];
}

export function createClassifier(opts: ClassifierOptions = {}): ExplainingClassifier {
  const replaced = new Map((opts.detectors ?? []).map((d) => [d.type, d] as const));
  let detectors = DETECTORS.map((d) => replaced.get(d.type) ?? d);
  for (const d of opts.detectors ?? []) if (!detectors.includes(d)) detectors.push(d);
  if (opts.types !== undefined) {
    const keep = new Set(opts.types);
    detectors = detectors.filter((d) => keep.has(d.type));
  }
  const thresholds = { ...THRESHOLDS };
  for (const [t, v] of Object.entries(opts.thresholds ?? {})) {
    if (!(t in THRESHOLDS)) throw new Error(`classifier: unknown type in thresholds: ${t}`);
    if (typeof v !== 'number' || !(v > 0 && v <= 1)) throw new Error(`classifier: threshold for ${t} must be in (0, 1], got ${String(v)}`);
    thresholds[t as SensitiveType] = v;
  }
  return new ContextClassifier({ detectors, thresholds, fieldEvidence: opts.fieldEvidence });
}

/** For `scan --explain`: spans plus the evidence list behind each. */
export function classifyWithEvidence(
  classifier: ExplainingClassifier, leaf: LeafView, direction: Direction, fieldMap: CompiledFieldMap,
): { spans: readonly Span[]; evidence: readonly ExplainedSpan[] } {
  const evidence = classifier.explain(leaf, direction, fieldMap);
  return { spans: evidence.map(({ start, end, type, confidence, source }) => ({ start, end, type, confidence, source })), evidence };
}
