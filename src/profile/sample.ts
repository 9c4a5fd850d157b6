import { partialMask } from '../mask/partial';
import type { Direction, FieldPath, LeafKind, LeafView, RouteTemplate, SensitiveType, Span } from '../types';
import { valueShape } from './shape';

// A redacted sample of one body: per field path, its key, JSON kinds, value
// shapes and a few examples. A value a detector flagged only ever appears
// masked; any other value only as its shape, unless the operator opted in to
// raw samples. Built only for the bodies the sampler picked.

const SHAPE_LOOKS = 8;

export const KIND_BITS: Readonly<Record<LeafKind, number>> = { string: 1, number: 2, boolean: 4, null: 8 };

export interface SampleField {
  readonly path: FieldPath;
  readonly key: string | undefined;
  /** KIND_BITS of every kind seen. */
  kinds: number;
  /** Leaves seen at this path in the body (array items each count). */
  seen: number;
  readonly shapes: string[];
  readonly examples: string[];
  /** Leaves a detector flagged, by type. */
  readonly detected: Map<SensitiveType, number>;
}

export interface RedactedSample {
  readonly route: RouteTemplate;
  readonly direction: Direction;
  readonly at: number;
  readonly fields: readonly SampleField[];
  /** More distinct paths than a sample keeps. */
  readonly truncated: boolean;
}

export interface SampleLimits {
  maxFields: number;
  shapesPerField: number;
  examplesPerField: number;
  maxExampleChars: number;
}

export const DEFAULT_SAMPLE_LIMITS: SampleLimits = { maxFields: 256, shapesPerField: 3, examplesPerField: 2, maxExampleChars: 64 };

export interface SampleOptions {
  limits: SampleLimits;
  /** Keep unflagged values in clear (operator opt-in). Flagged values are masked regardless. */
  rawSamples: boolean;
}

/** Collects one body's leaves (the JSON masker's observeLeaf callback) into a RedactedSample. */
export class SampleBuilder {
  private readonly fields = new Map<string, SampleField>();
  private truncated = false;

  constructor(private readonly opts: SampleOptions) {}

  readonly observe = (leaf: LeafView, spans: readonly Span[] | null): void => {
    const path = leaf.fieldPath();
    let f = this.fields.get(path);
    if (f === undefined) {
      if (this.fields.size >= this.opts.limits.maxFields) {
        this.truncated = true;
        return;
      }
      f = { path, key: leaf.key, kinds: 0, seen: 0, shapes: [], examples: [], detected: new Map() };
      this.fields.set(path, f);
    }
    f.kinds |= KIND_BITS[leaf.kind];
    f.seen++;
    const { limits } = this.opts;
    // The first few items of an array say what its shapes are; the rest only count.
    if (f.seen <= SHAPE_LOOKS && f.shapes.length < limits.shapesPerField) addDistinct(f.shapes, valueShape(leaf.kind, leaf.value));
    if (spans !== null && spans.length > 0) {
      for (const s of spans) f.detected.set(s.type, (f.detected.get(s.type) ?? 0) + 1);
      if (f.examples.length < limits.examplesPerField) addDistinct(f.examples, maskedExample(leaf, spans, this.opts.rawSamples).slice(0, limits.maxExampleChars));
    } else if (this.opts.rawSamples && leaf.kind === 'string' && f.examples.length < limits.examplesPerField) {
      addDistinct(f.examples, leaf.value.slice(0, limits.maxExampleChars));
    }
  };

  build(route: RouteTemplate, direction: Direction, at: number): RedactedSample {
    return { route, direction, at, fields: [...this.fields.values()], truncated: this.truncated };
  }
}

/** Flagged spans through the partial mask; the text between them as its shape (or raw on opt-in). */
function maskedExample(leaf: LeafView, spans: readonly Span[], raw: boolean): string {
  const v = leaf.value;
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out += raw ? v.slice(at, s.start) : valueShape('string', v.slice(at, s.start));
    out += partialMask(v.slice(s.start, s.end), s.type);
    at = s.end;
  }
  if (at < v.length) out += raw ? v.slice(at) : valueShape('string', v.slice(at));
  return out;
}

function addDistinct(list: string[], s: string): void {
  if (!list.includes(s)) list.push(s);
}
