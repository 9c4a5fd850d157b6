import { z } from 'zod';

// LLM settings from the environment (DESIGN §5). No APIWARD_LLM_MODEL means no
// LLM: the local profiler alone. Anything present but invalid is an error at
// start-up, not a silent fallback.

export interface LlmConfig {
  baseURL: string | undefined;
  apiKey: string;
  model: string;
  /** Per attempt. */
  timeoutMs: number;
  maxAttempts: number;
  /** First retry delay; doubles each attempt (with jitter). */
  backoffMs: number;
  /** A 429's retry-after above this gives up the call instead of waiting. */
  maxRetryAfterMs: number;
  concurrency: number;
  callsPerHour: number;
  tokensPerHour: number;
  /** Completion tokens asked for per call. */
  maxOutputTokens: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
}

export const LLM_DEFAULTS: Omit<LlmConfig, 'baseURL' | 'apiKey' | 'model'> = {
  timeoutMs: 30_000,
  maxAttempts: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 60_000,
  concurrency: 2,
  callsPerHour: 120,
  tokensPerHour: 400_000,
  maxOutputTokens: 2_000,
  breakerThreshold: 5,
  breakerCooldownMs: 60_000,
};

const positiveInt = z.coerce.number().int().positive();

const envSchema = z.object({
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  APIWARD_LLM_MODEL: z.string().min(1).optional(),
  APIWARD_LLM_TIMEOUT_MS: positiveInt.optional(),
  APIWARD_LLM_CONCURRENCY: positiveInt.optional(),
  APIWARD_LLM_CALLS_PER_HOUR: positiveInt.optional(),
  APIWARD_LLM_TOKENS_PER_HOUR: positiveInt.optional(),
});

/** The LLM config, or undefined when none is configured. Throws naming the bad variable. */
export function llmConfigFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): LlmConfig | undefined {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in envSchema.shape && v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`LLM environment invalid: ${i.path.join('.')}: ${i.message}`);
  }
  const e = parsed.data;
  if (e.APIWARD_LLM_MODEL === undefined) return undefined;
  return {
    ...LLM_DEFAULTS,
    baseURL: e.OPENAI_BASE_URL,
    // Local servers (vLLM, Ollama) take no key, but the SDK insists on one.
    apiKey: e.OPENAI_API_KEY ?? 'none',
    model: e.APIWARD_LLM_MODEL,
    timeoutMs: e.APIWARD_LLM_TIMEOUT_MS ?? LLM_DEFAULTS.timeoutMs,
    concurrency: e.APIWARD_LLM_CONCURRENCY ?? LLM_DEFAULTS.concurrency,
    callsPerHour: e.APIWARD_LLM_CALLS_PER_HOUR ?? LLM_DEFAULTS.callsPerHour,
    tokensPerHour: e.APIWARD_LLM_TOKENS_PER_HOUR ?? LLM_DEFAULTS.tokensPerHour,
  };
}
