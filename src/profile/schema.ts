import { createHash } from 'node:crypto';
import type { Direction, FieldPath, RouteTemplate, SensitiveType } from '../types';
import { KIND_BITS, type RedactedSample } from './sample';

// What a route's bodies look like in one direction, accumulated from samples:
// field paths, JSON kinds, how often each appears, a few shapes and masked
// examples, and detector hits. Once a route has been profiled the schema is a
// baseline: a new field or a new kind on a known field is drift.

export type DriftKind = 'new_field' | 'type_change';

export interface FieldSchema {
  readonly path: FieldPath;
  readonly key: string | undefined;
  kinds: number;
  /** Leaves seen. */
  count: number;
  /** Samples the field appeared in. */
  samples: number;
  readonly shapes: string[];
  readonly examples: string[];
  readonly detected: Map<SensitiveType, number>;
}

export interface PersistedSchema {
  samples: number;
  fields: Array<{ path: string; key?: string; kinds: number; count: number; samples: number }>;
}

/** Fields remembered across all routes: what bounds schema memory (and the state file) under random keys. */
export class FieldBudget {
  used = 0;
  constructor(readonly max: number) {}
}

const SHAPES_KEPT = 6;
const EXAMPLES_KEPT = 3;
// A field that is sometimes null has not changed type.
const NULL_BIT = KIND_BITS.null;

export class RouteSchema {
  samples = 0;
  readonly fields = new Map<FieldPath, FieldSchema>();
  /** Bumped whenever the structure (paths, kinds) changes; the hash is cached per version. */
  private version = 0;
  private hashed: { version: number; of: string; hash: string } | undefined;

  constructor(
    private readonly maxFields: number,
    private readonly budget: FieldBudget,
  ) {}

  /** Gives this schema's fields back to the budget (its route is gone). */
  release(): void {
    this.budget.used -= this.fields.size;
    this.fields.clear();
  }

  /** Adds a sample; with `baseline` set, reports how it departs from what was known. */
  absorb(sample: RedactedSample, baseline: boolean): DriftKind[] {
    const drift: DriftKind[] = [];
    this.samples++;
    for (const sf of sample.fields) {
      let f = this.fields.get(sf.path);
      if (f === undefined) {
        if (this.fields.size >= this.maxFields || this.budget.used >= this.budget.max) continue;
        this.budget.used++;
        f = { path: sf.path, key: sf.key, kinds: 0, count: 0, samples: 0, shapes: [], examples: [], detected: new Map() };
        this.fields.set(sf.path, f);
        this.version++;
        if (baseline) drift.push('new_field');
      } else if ((sf.kinds & ~f.kinds & ~NULL_BIT) !== 0) {
        this.version++;
        if (baseline) drift.push('type_change');
      }
      f.kinds |= sf.kinds;
      f.count += sf.seen;
      f.samples++;
      for (const s of sf.shapes) if (f.shapes.length < SHAPES_KEPT && !f.shapes.includes(s)) f.shapes.push(s);
      for (const e of sf.examples) if (f.examples.length < EXAMPLES_KEPT && !f.examples.includes(e)) f.examples.push(e);
      for (const [type, n] of sf.detected) f.detected.set(type, (f.detected.get(type) ?? 0) + n);
    }
    return drift;
  }

  /** Identity of the structure (paths and kinds), not of the values: an unchanged API hashes the same. */
  hash(route: RouteTemplate, direction: Direction): string {
    const of = `${route}\n${direction}`;
    if (this.hashed?.version !== this.version || this.hashed.of !== of) {
      const lines = [...this.fields.values()].map((f) => `${f.path}\t${f.kinds & ~NULL_BIT}`).sort();
      const hash = createHash('sha256').update(`${of}\n${lines.join('\n')}`).digest('hex').slice(0, 32);
      this.hashed = { version: this.version, of, hash };
    }
    return this.hashed.hash;
  }

  toJSON(): PersistedSchema {
    return {
      samples: this.samples,
      fields: [...this.fields.values()].map((f) => ({ path: f.path, ...(f.key === undefined ? {} : { key: f.key }), kinds: f.kinds, count: f.count, samples: f.samples })),
    };
  }

  static from(p: PersistedSchema, maxFields: number, budget: FieldBudget): RouteSchema {
    const s = new RouteSchema(maxFields, budget);
    s.samples = p.samples;
    for (const f of p.fields.slice(0, Math.min(maxFields, Math.max(0, budget.max - budget.used)))) {
      budget.used++;
      s.fields.set(f.path as FieldPath, { path: f.path as FieldPath, key: f.key, kinds: f.kinds, count: f.count, samples: f.samples, shapes: [], examples: [], detected: new Map() });
    }
    return s;
  }
}
