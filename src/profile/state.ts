import { z } from 'zod';
import type { FieldMap } from '../fieldmap/types';
import { CATEGORIES, RISK_LEVELS, SENSITIVE_TYPES, type FieldPath, type RouteTemplate } from '../types';

// The profiler's state file: per route, its FieldMaps from every learned
// source, its schemas (so drift detection and the LLM cache survive a restart)
// and its counters. Everything read back is validated; see StateFile for what
// happens to a file that does not pass.

export const STATE_FILE_NAME = 'profiles.json';

const fieldMapSchema = z.object({
  route: z.string().min(1),
  direction: z.enum(['request', 'response']),
  source: z.enum(['detector', 'statistics', 'llm']),
  category: z.enum(CATEGORIES).optional(),
  risk: z.enum(RISK_LEVELS).optional(),
  fields: z.array(z.object({ path: z.string().startsWith('/'), type: z.enum(SENSITIVE_TYPES), confidence: z.number().min(0).max(1) })),
  builtAt: z.number(),
});

const count = z.number().int().min(0);

const directionSchema = z.object({
  schema: z.object({
    samples: count,
    fields: z.array(z.object({ path: z.string(), key: z.string().optional(), kinds: count, count, samples: count })),
  }),
  localAt: z.number(),
  llmHash: z.string().optional(),
});

const routeSchema = z.object({
  route: z.string().min(1),
  bodies: count,
  lastSeen: z.number(),
  maps: z.array(fieldMapSchema),
  directions: z.object({ request: directionSchema.optional(), response: directionSchema.optional() }),
});

const stateSchema = z.object({
  version: z.literal(1),
  savedAt: z.number(),
  routes: z.array(routeSchema),
});

export type PersistedDirection = z.infer<typeof directionSchema>;
export type PersistedRoute = z.infer<typeof routeSchema>;
export type StateDocument = z.infer<typeof stateSchema>;

export function parseState(raw: unknown): StateDocument {
  return stateSchema.parse(raw);
}

/** The persisted map with its brands restored (validated by parseState). */
export function fieldMapOf(m: PersistedRoute['maps'][number]): FieldMap {
  return { ...m, route: m.route as RouteTemplate, fields: m.fields.map((f) => ({ ...f, path: f.path as FieldPath })) };
}
