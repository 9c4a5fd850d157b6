import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SENSITIVE_TYPES, STRATEGIES } from '../types';

// The sidecar's own configuration (not the policy: that is per-agent and hot
// reloaded). Read once at start-up; anything invalid stops the process with a
// message naming the offending key, instead of surfacing per request.

const typeEnum = z.enum(SENSITIVE_TYPES);
const strategyEnum = z.enum(STRATEGIES);
const addr = z.string().regex(/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'expected HOST:PORT');
const fieldPath = z.string().regex(/^(\/([^/]*))+$/, 'expected a JSON Pointer such as /data/*/phone');

const fieldRule = z.union([
  strategyEnum.transform((strategy) => ({ strategy, type: undefined })),
  z.strictObject({ type: typeEnum.optional(), strategy: strategyEnum.optional() }),
]);

const routeRule = z.strictObject({
  /** Route pattern, same syntax as the policy file: `GET /api/users/**`, `* /v1/{id}`. */
  route: z.string().min(1),
  direction: z.enum(['request', 'response']).optional(),
  strategies: z.partialRecord(typeEnum, strategyEnum).optional(),
  /** Pins a field to a type (source `config`, wins over every learned label) and/or a strategy. */
  fields: z.record(fieldPath, fieldRule).optional(),
});

const failure = z.enum(['reject', 'pass']);

export const configSchema = z.strictObject({
  grpcAddr: addr.default('0.0.0.0:50051'),
  adminAddr: addr.default('0.0.0.0:9090'),
  stateDir: z.string().min(1).default('./.state'),
  policy: z.string().min(1).optional(),
  /**
   * What happens to a body that cannot be inspected (malformed, too deep, too
   * large). Responses default to `reject`: nothing unmasked is released, the
   * client gets a 502. Requests default to `pass`: they go to the service the
   * caller was already allowed to reach.
   */
  failureMode: z.strictObject({ request: failure.default('pass'), response: failure.default('reject') }).prefault({}),
  limits: z
    .strictObject({
      maxDepth: z.number().int().min(8).max(10_000).default(512),
      maxTokenBytes: z.number().int().min(1024).default(1 << 20),
      /** Largest body accepted in BUFFERED modes (Envoy's buffer limit should be no larger). */
      maxBufferedBodyBytes: z.number().int().min(1024).default(16 << 20),
    })
    .prefault({}),
  masking: z
    .strictObject({
      defaults: z.partialRecord(typeEnum, strategyEnum).default({}),
      routes: z.array(routeRule).default([]),
    })
    .prefault({}),
  profiling: z
    .strictObject({
      maxRoutes: z.number().int().min(10).default(5000),
      /** Share of bodies per route handed to the profiler once a route is well known. */
      sampleRate: z.number().min(0).max(1).default(0.05),
      /** Send raw (unredacted) samples to the LLM. Off unless an operator opts in. */
      rawSamplesToLlm: z.boolean().default(false),
    })
    .prefault({}),
  audit: z
    .strictObject({
      retentionDays: z.number().int().min(1).default(30),
      maxBytes: z.number().int().min(1 << 20).default(1 << 30),
      /** JSONL audit sink for log pipelines: `stdout`, a file path, or off. */
      jsonl: z.string().min(1).optional(),
    })
    .prefault({}),
});

export type Config = z.infer<typeof configSchema>;
export type RouteMaskingRule = z.infer<typeof routeRule>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Validates a parsed config object; throws ConfigError listing every problem with its key path. */
export function parseConfig(raw: unknown, origin = 'config'): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  throw new ConfigError(`${origin} is invalid:\n${lines.join('\n')}`);
}

/** Reads a YAML (or JSON) config file; no file means the embedded defaults. */
export function loadConfig(file: string | undefined, overrides: Partial<Config> = {}): Config {
  let raw: Record<string, unknown> = {};
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read config ${file}: ${(e as Error).message}`);
    }
    try {
      raw = (parseYaml(text) as Record<string, unknown> | null) ?? {};
    } catch (e) {
      throw new ConfigError(`config ${file} is not valid YAML: ${(e as Error).message}`);
    }
  }
  return parseConfig({ ...raw, ...stripUndefined(overrides) }, file ?? 'config');
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
