import { join } from 'node:path';
import { setImmediate as yieldToStreams } from 'node:timers/promises';
import { StateFile, type StateLogger } from '../fieldmap/persist';
import { FieldMapStore } from '../fieldmap/store';
import type { ConfigFieldRule } from '../fieldmap/types';
import { LlmProfiler } from '../llm/client';
import type { LlmConfig } from '../llm/config';
import type { Metrics } from '../metrics/metrics';
import type { BodyReport, BodyReportSink, Category, CompiledFieldMap, Direction, RequestInfo, RouteTemplate } from '../types';
import { inventoryRoute, routesDocument, type RoutesDocument } from './inventory';
import { DEFAULT_LOCAL_PROFILER } from './local-profiler';
import { BoundedQueue } from './queue';
import { newDirection, RouteBook, type RouteState } from './route-book';
import { DEFAULT_SAMPLE_LIMITS, type RedactedSample } from './sample';
import { PendingSample, shouldSample, type SampleCollector, type SamplingPolicy } from './sampler';
import { fieldMapOf, parseState, STATE_FILE_NAME, type PersistedRoute, type StateDocument } from './state';
import { RouteTemplater } from './templater';
import { ProfileWorker, type WorkerTiming } from './worker';

// The profiling subsystem behind one object: route templating, the FieldMap
// snapshots and categories the data path reads, the sampler the JSON masker
// feeds, the background worker (local profiler, LLM), the inventory and the
// state file. Data-path methods are synchronous and do no I/O.

export interface ProfilerLimits extends SamplingPolicy, WorkerTiming {
  maxRoutes: number;
  queueCapacity: number;
  /** Distinct field paths remembered per route and direction, and over all routes. */
  maxFieldsPerRoute: number;
  maxFieldsTotal: number;
  persistDebounceMs: number;
}

/** Routes serialised per event-loop turn when writing the state file. */
const RENDER_SLICE = 100;

export const DEFAULT_PROFILER_LIMITS: ProfilerLimits = {
  maxRoutes: 5000,
  queueCapacity: 256,
  warmupSamples: 40,
  sampleRate: 0.05,
  perSecond: 5,
  burst: 20,
  profileAfter: 20,
  reprofileAfterMs: 60_000,
  batch: 16,
  llmMaxFields: 150,
  maxFieldsPerRoute: 512,
  maxFieldsTotal: 100_000,
  persistDebounceMs: 2_000,
};

export interface ProfilerOptions {
  metrics: Metrics;
  logger: StateLogger;
  /** Where the state file lives; nothing is persisted without it. */
  stateDir?: string;
  /** Operator-pinned field types; they win over every learned source. */
  configFields?: readonly ConfigFieldRule[];
  /** From llmConfigFromEnv(); undefined: local profiler only. */
  llm?: LlmConfig;
  /** Unflagged values in samples kept in clear (operator opt-in). */
  rawSamples?: boolean;
  limits?: Partial<ProfilerLimits>;
  now?: () => number;
}

export class Profiler implements BodyReportSink {
  readonly limits: ProfilerLimits;
  private readonly store: FieldMapStore;
  private readonly book: RouteBook;
  private readonly templater: RouteTemplater;
  private readonly queue: BoundedQueue<RedactedSample>;
  private readonly worker: ProfileWorker;
  private readonly file: StateFile<StateDocument> | undefined;
  private readonly now: () => number;
  private loading = false;

  constructor(private readonly opts: ProfilerOptions) {
    const { metrics } = opts;
    this.limits = { ...DEFAULT_PROFILER_LIMITS, ...opts.limits };
    this.now = opts.now ?? Date.now;
    this.file = opts.stateDir === undefined ? undefined : new StateFile({
      path: join(opts.stateDir, STATE_FILE_NAME),
      parse: parseState,
      logger: opts.logger,
      debounceMs: this.limits.persistDebounceMs,
    });
    this.store = new FieldMapStore({ metrics, configFields: opts.configFields, onChange: () => this.persistSoon() });
    this.templater = new RouteTemplater({
      added: (route) => this.touch(route, this.now()),
      merged: (route) => this.book.delete(route),
    });
    this.book = new RouteBook(this.limits, {
      removed: (route, reason) => {
        if (reason === 'evict') this.templater.forget(route);
        this.store.forget(route);
        metrics.routesEvicted.inc();
        metrics.routesKnown.set(this.book.size);
      },
    });
    this.queue = new BoundedQueue(this.limits.queueCapacity);
    this.worker = new ProfileWorker({
      queue: this.queue,
      book: this.book,
      store: this.store,
      llm: opts.llm === undefined ? undefined : new LlmProfiler({ config: opts.llm, metrics, logger: opts.logger }),
      metrics,
      timing: this.limits,
      local: DEFAULT_LOCAL_PROFILER,
      now: this.now,
    });
  }

  /** Loads the state file (if any) and starts the background worker. */
  start(): void {
    const doc = this.file?.load();
    if (doc !== undefined) this.restore(doc);
    this.worker.start();
  }

  // ---- data path -----------------------------------------------------------

  resolveRoute(req: RequestInfo): RouteTemplate {
    const now = this.now();
    const route = this.templater.resolve(req.method, req.path);
    this.touch(route, now).lastSeen = now;
    return route;
  }

  fieldMapFor(route: RouteTemplate): CompiledFieldMap {
    this.touch(route, this.now());
    return this.store.fieldMapFor(route);
  }

  /** Business category (LLM, else local profile, else a guess from the route's words); policy reads it. */
  categoryOf(route: RouteTemplate): Category | undefined {
    return this.store.categoryOf(route) ?? this.book.peek(route)?.guess;
  }

  /** A collector for this body when it is to be sampled; undefined (the common case) otherwise. */
  sampler(route: RouteTemplate, direction: Direction): SampleCollector | undefined {
    const now = this.now();
    const state = this.touch(route, now);
    if (!shouldSample(state, this.limits, now)) return undefined;
    // Not worth collecting what the queue would refuse.
    if (this.queue.size >= this.queue.capacity) {
      this.opts.metrics.samplesDropped.inc({ reason: 'queue_full' });
      return undefined;
    }
    const sampleOpts = { limits: DEFAULT_SAMPLE_LIMITS, rawSamples: this.opts.rawSamples === true };
    return new PendingSample(route, direction, now, sampleOpts, this.queue, this.opts.metrics);
  }

  onBody(report: BodyReport): void {
    const state = this.touch(report.route, report.at);
    state.bodies++;
    if (report.at > state.lastSeen) state.lastSeen = report.at;
  }

  // ---- background, admin ---------------------------------------------------

  /** The `/v1/routes` document (DESIGN §3). */
  routes(): RoutesDocument {
    const entries = [...this.book.values()].map((s) =>
      inventoryRoute({ route: s.route, samples: s.bodies, lastSeen: s.lastSeen, guess: s.guess }, this.store),
    );
    return routesDocument(entries);
  }

  /** How much the profiler holds now: the figures its memory bound is stated in. */
  sizes(): { routes: number; trieNodes: number; queued: number; fields: number } {
    return { routes: this.book.size, trieNodes: this.templater.size, queued: this.queue.size, fields: this.book.fieldBudget.used };
  }

  setConfigFields(rules: readonly ConfigFieldRule[]): void {
    this.store.setConfigFields(rules);
  }

  /** Resolves once every queued sample is absorbed and no LLM call is in flight. */
  settle(): Promise<void> {
    return this.worker.settle();
  }

  /** Stops the worker (in-flight LLM calls are abandoned) and writes the state file. */
  async close(): Promise<void> {
    await this.worker.close();
    this.persistSoon();
    await this.file?.flush();
  }

  private touch(route: RouteTemplate, now: number): RouteState {
    const before = this.book.size;
    const state = this.book.touch(route, now);
    if (this.book.size !== before) this.opts.metrics.routesKnown.set(this.book.size);
    return state;
  }

  private persistSoon(): void {
    if (!this.loading) this.file?.schedule(() => this.render());
  }

  /** The state document as JSON text, serialised a slice of routes at a time between streams. */
  private async render(): Promise<string> {
    const parts: string[] = [];
    let n = 0;
    for (const state of [...this.book.values()]) {
      if (++n % RENDER_SLICE === 0) await yieldToStreams();
      // Evicted while we yielded: its memory is gone, so is its place in the file.
      if (this.book.peek(state.route) === state) parts.push(JSON.stringify(this.persisted(state)));
    }
    return `{"version":1,"savedAt":${this.now()},"routes":[${parts.join(',')}]}`;
  }

  private persisted(s: RouteState): PersistedRoute {
    const directions: PersistedRoute['directions'] = {};
    for (const d of ['request', 'response'] as const) {
      const dir = s.directions[d];
      if (dir !== undefined) directions[d] = { schema: dir.schema.toJSON(), localAt: dir.localAt, ...(dir.llmHash === undefined ? {} : { llmHash: dir.llmHash }) };
    }
    return { route: s.route, bodies: s.bodies, lastSeen: s.lastSeen, maps: this.store.maps(s.route).map((m) => ({ ...m, fields: [...m.fields] })), directions };
  }

  private restore(doc: StateDocument): void {
    this.loading = true;
    try {
      // Oldest first, so that the most recently seen routes are the last the LRU would evict.
      for (const r of [...doc.routes].sort((a, b) => a.lastSeen - b.lastSeen)) {
        const route = r.route as RouteTemplate;
        this.templater.seed(route);
        const state = this.touch(route, r.lastSeen);
        state.bodies = r.bodies;
        for (const d of ['request', 'response'] as const) {
          const p = r.directions[d];
          if (p === undefined) continue;
          const dir = newDirection(this.book.restoreSchema(p.schema));
          dir.localAt = p.localAt;
          dir.llmHash = p.llmHash;
          state.directions[d] = dir;
        }
        for (const m of r.maps) this.store.put(fieldMapOf(m));
      }
    } finally {
      this.loading = false;
    }
  }
}
