import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Metrics } from '../metrics/metrics';
import { HourlyBudget } from './budget';
import { CircuitBreaker } from './breaker';
import type { LlmConfig } from './config';
import { checkAnswer, RESPONSE_FORMAT, type LlmProfile } from './contract';
import { buildMessages, estimateTokens, type ProfileRequest } from './prompt';
import { Slots } from './slots';

// One profiling call to an OpenAI-compatible endpoint, with every guard a
// background worker needs: a concurrency limit, an hourly call/token budget, a
// circuit breaker, retries with exponential backoff (a 429's retry-after is
// honoured), and strict validation of the answer. Never throws: a failed call
// is counted and answers null, and the caller carries on with what it has.

export type LlmOutcome = 'ok' | 'invalid' | 'error' | 'timeout' | 'rate_limited' | 'budget' | 'circuit_open';

export interface LlmLogger {
  warn(message: string): void;
}

export interface LlmProfilerDeps {
  config: LlmConfig;
  metrics: Metrics;
  logger: LlmLogger;
  now?: () => number;
  random?: () => number;
}

interface Failure {
  outcome: LlmOutcome;
  retryable: boolean;
  retryAfterMs?: number;
}

export class LlmProfiler {
  private readonly client: OpenAI;
  private readonly slots: Slots;
  private readonly budget: HourlyBudget;
  private readonly breaker: CircuitBreaker;
  private readonly aborter = new AbortController();
  private readonly now: () => number;

  constructor(private readonly deps: LlmProfilerDeps) {
    const { config, metrics } = deps;
    this.now = deps.now ?? Date.now;
    // Retries and timeouts are ours (counted, budgeted, breaker-aware); the SDK's
    // timeout is only a backstop behind the per-attempt abort signal.
    this.client = new OpenAI({ baseURL: config.baseURL, apiKey: config.apiKey, maxRetries: 0, timeout: config.timeoutMs * 2 });
    this.slots = new Slots(config.concurrency);
    this.budget = new HourlyBudget({ callsPerHour: config.callsPerHour, tokensPerHour: config.tokensPerHour, now: this.now });
    this.breaker = new CircuitBreaker({
      threshold: config.breakerThreshold,
      cooldownMs: config.breakerCooldownMs,
      now: this.now,
      onChange: (open) => metrics.llmCircuitOpen.set(open ? 1 : 0),
    });
  }

  get circuitOpen(): boolean {
    return this.breaker.isOpen;
  }

  /** The validated profile, or null (refused, failed or rejected: already counted). */
  async profile(req: ProfileRequest): Promise<LlmProfile | null> {
    if (!(await this.slots.acquire())) return null;
    try {
      if (!this.breaker.allow()) {
        this.count('circuit_open');
        return null;
      }
      const result = await this.attempts(req);
      if (result === null) this.breaker.failure();
      else this.breaker.success();
      return result;
    } finally {
      this.slots.release();
    }
  }

  /** Stops retries and in-flight calls; later calls answer null at once. */
  close(): void {
    this.slots.close();
    this.aborter.abort();
  }

  private async attempts(req: ProfileRequest): Promise<LlmProfile | null> {
    const { config } = this.deps;
    const messages = buildMessages(req);
    const estimate = estimateTokens(messages) + config.maxOutputTokens;
    for (let attempt = 1; attempt <= config.maxAttempts; attempt++) {
      if (this.aborter.signal.aborted) return null;
      if (!this.budget.tryTake(estimate)) {
        this.count('budget');
        return null;
      }
      const started = this.now();
      const deadline = AbortSignal.timeout(config.timeoutMs);
      try {
        const completion = await this.client.chat.completions.create(
          { model: config.model, messages, response_format: RESPONSE_FORMAT, temperature: 0, max_tokens: config.maxOutputTokens },
          { signal: AbortSignal.any([this.aborter.signal, deadline]) },
        );
        this.observe(started);
        this.chargeUsage(completion.usage);
        // Garbage servers answer 200 with anything: nothing in the body is taken for granted.
        const check = checkAnswer(completion?.choices?.[0]?.message?.content, req.route);
        if (!check.ok) {
          this.count('invalid');
          this.deps.logger.warn(`LLM profile for ${req.route} (${req.direction}) rejected: ${check.reason}`);
          return null;
        }
        this.count('ok');
        return check.profile;
      } catch (e) {
        this.observe(started);
        if (this.aborter.signal.aborted) return null;
        const f: Failure = deadline.aborted ? { outcome: 'timeout', retryable: true } : classify(e);
        this.count(f.outcome);
        const wait = f.retryAfterMs ?? config.backoffMs * 2 ** (attempt - 1) * (0.5 + (this.deps.random ?? Math.random)());
        if (!f.retryable || attempt === config.maxAttempts || wait > config.maxRetryAfterMs) {
          this.deps.logger.warn(`LLM profile for ${req.route} (${req.direction}) failed: ${f.outcome}: ${(e as Error).message}`);
          return null;
        }
        await sleep(wait, this.aborter.signal);
      }
    }
    return null;
  }

  private chargeUsage(usage: { prompt_tokens?: number; completion_tokens?: number } | undefined): void {
    const prompt = usage?.prompt_tokens ?? 0;
    const completion = usage?.completion_tokens ?? 0;
    this.deps.metrics.llmTokens.inc({ kind: 'prompt' }, prompt);
    this.deps.metrics.llmTokens.inc({ kind: 'completion' }, completion);
    this.budget.charge(prompt + completion);
  }

  private observe(started: number): void {
    this.deps.metrics.llmSeconds.observe((this.now() - started) / 1000);
  }

  private count(outcome: LlmOutcome): void {
    this.deps.metrics.llmRequests.inc({ outcome });
  }
}

function classify(e: unknown): Failure {
  if (e instanceof APIConnectionTimeoutError) return { outcome: 'timeout', retryable: true };
  if (e instanceof APIConnectionError || e instanceof APIUserAbortError) return { outcome: 'error', retryable: true };
  if (e instanceof APIError) {
    const status = e.status ?? 0;
    if (status === 429) return { outcome: 'rate_limited', retryable: true, retryAfterMs: retryAfter(e.headers) };
    return { outcome: 'error', retryable: status >= 500 || status === 408 || status === 409 };
  }
  return { outcome: 'error', retryable: false };
}

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date. */
function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const v = headers?.get('retry-after');
  if (v === null || v === undefined) return undefined;
  const seconds = Number(v);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
