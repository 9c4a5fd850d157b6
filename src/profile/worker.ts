import { setImmediate as yieldToStreams } from 'node:timers/promises';
import type { FieldMapStore } from '../fieldmap/store';
import type { FieldMap } from '../fieldmap/types';
import type { LlmProfiler } from '../llm/client';
import type { LlmProfile } from '../llm/contract';
import type { Metrics } from '../metrics/metrics';
import type { Direction, FieldPath, RouteTemplate } from '../types';
import { localProfile, type LocalProfilerOptions } from './local-profiler';
import { llmRequest } from './llm-request';
import type { BoundedQueue } from './queue';
import type { DirectionState, RouteBook, RouteState } from './route-book';
import type { RedactedSample } from './sample';

// The background profiler. It drains the sample queue in small batches,
// yielding to the event loop between batches so streams never wait behind it;
// grows each route's schema (counting drift), builds the local profile when a
// route has enough samples (and again after drift), and asks the LLM, off the
// loop and at most once per schema hash, when one is configured.

export interface WorkerTiming {
  /** Samples in one direction before the first profile. */
  profileAfter: number;
  /** Least time between two profiles of one route and direction (drift, LLM retries). */
  reprofileAfterMs: number;
  /** Samples absorbed before yielding to the event loop. */
  batch: number;
  /** Fields described to the LLM per call. */
  llmMaxFields: number;
}

export interface WorkerDeps {
  queue: BoundedQueue<RedactedSample>;
  book: RouteBook;
  store: FieldMapStore;
  llm: LlmProfiler | undefined;
  metrics: Metrics;
  timing: WorkerTiming;
  local: LocalProfilerOptions;
  now: () => number;
}

export class ProfileWorker {
  private closed = false;
  private busy = false;
  private llmInFlight = 0;
  private loop: Promise<void> | undefined;

  constructor(private readonly deps: WorkerDeps) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Resolves when the queue is empty and no LLM call is in flight. */
  async settle(): Promise<void> {
    while (!this.closed && (this.deps.queue.size > 0 || this.busy || this.llmInFlight > 0)) await sleep(5);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.deps.llm?.close();
    this.deps.queue.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { queue, timing } = this.deps;
    while (!this.closed) {
      await queue.ready();
      this.busy = true;
      for (let n = 0; n < timing.batch && !this.closed; n++) {
        const sample = queue.take();
        if (sample === undefined) break;
        this.absorb(sample);
      }
      await yieldToStreams();
      this.busy = false;
    }
  }

  private absorb(sample: RedactedSample): void {
    const state = this.deps.book.peek(sample.route);
    if (state === undefined) return; // evicted while queued
    const dir = this.deps.book.direction(state, sample.direction);
    for (const kind of dir.schema.absorb(sample, dir.localAt > 0)) {
      this.deps.metrics.schemaDrift.inc({ kind });
      dir.drifted = true;
    }
    const now = this.deps.now();
    const { profileAfter, reprofileAfterMs } = this.deps.timing;
    if (dir.schema.samples < profileAfter) return;
    if (dir.localAt === 0 || (dir.drifted && now - dir.localAt >= reprofileAfterMs)) {
      dir.localAt = now;
      dir.drifted = false;
      this.deps.store.put(localProfile(state.route, sample.direction, dir.schema, now, this.deps.local));
      this.deps.metrics.profilesBuilt.inc({ source: 'local' });
    }
    if (this.deps.llm !== undefined && !dir.llmPending && now >= dir.llmNotBefore) {
      const hash = dir.schema.hash(state.route, sample.direction);
      if (hash !== dir.llmHash) this.askLlm(this.deps.llm, state, sample.direction, dir, hash);
    }
  }

  private askLlm(llm: LlmProfiler, state: RouteState, direction: Direction, dir: DirectionState, hash: string): void {
    dir.llmPending = true;
    this.llmInFlight++;
    const req = llmRequest(state.route, direction, dir.schema, this.deps.timing.llmMaxFields);
    void llm
      .profile(req)
      .then((answer) => {
        const now = this.deps.now();
        dir.llmNotBefore = now + this.deps.timing.reprofileAfterMs;
        // The route may have been evicted or merged while the model thought.
        if (answer === null || this.closed || this.deps.book.peek(state.route) !== state) return;
        dir.llmHash = hash;
        this.deps.store.put(toFieldMap(answer, state.route, direction, dir, now));
        this.deps.metrics.profilesBuilt.inc({ source: 'llm' });
      })
      .finally(() => {
        dir.llmPending = false;
        this.llmInFlight--;
      });
  }
}

function toFieldMap(answer: LlmProfile, route: RouteTemplate, direction: Direction, dir: DirectionState, builtAt: number): FieldMap {
  const fields = answer.fields.map((f) => ({ path: knownPath(f.pointer, dir), type: f.type, confidence: f.confidence }));
  return { route, direction, source: 'llm', category: answer.category, risk: answer.risk, fields, builtAt };
}

/** Models sometimes write a concrete index (`/data/0/c7`) where the schema has `*`. */
function knownPath(pointer: string, dir: DirectionState): FieldPath {
  if (dir.schema.fields.has(pointer as FieldPath)) return pointer as FieldPath;
  const generalised = pointer.replace(/\/\d+(?=\/|$)/g, '/*') as FieldPath;
  return dir.schema.fields.has(generalised) ? generalised : (pointer as FieldPath);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
