import type { ProfileRequest, PromptField } from '../llm/prompt';
import type { Direction, LeafKind, RouteTemplate } from '../types';
import { KIND_BITS } from './sample';
import type { FieldSchema, RouteSchema } from './schema';

// What the LLM is shown of a route: the schema as the sampler redacted it.
// Fields with detector hits go first, so that a large schema cut to the limit
// keeps what matters most; the obscure rest follows in order of appearance.

const KIND_NAMES = Object.entries(KIND_BITS) as Array<[LeafKind, number]>;

export function llmRequest(route: RouteTemplate, direction: Direction, schema: RouteSchema, maxFields: number): ProfileRequest {
  const fields = [...schema.fields.values()];
  fields.sort((a, b) => Number(b.detected.size > 0) - Number(a.detected.size > 0));
  return {
    route,
    method: route.slice(0, route.indexOf(' ')),
    direction,
    samples: schema.samples,
    fields: fields.slice(0, maxFields).map((f) => promptField(f, schema.samples)),
  };
}

function promptField(f: FieldSchema, samples: number): PromptField {
  const detected: Record<string, number> = {};
  for (const [type, n] of f.detected) detected[type] = round2(Math.min(1, n / Math.max(1, f.count)));
  return {
    pointer: f.path,
    ...(f.key === undefined ? {} : { key: f.key }),
    kinds: KIND_NAMES.filter(([, bit]) => (f.kinds & bit) !== 0).map(([name]) => name),
    presence: round2(f.samples / Math.max(1, samples)),
    shapes: f.shapes,
    examples: f.examples,
    detected,
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
