import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Metrics } from '../metrics/metrics';
import type { AgentId, BodyReport, BodyReportSink } from '../types';
import type { AccessEvent, AccessEventSink } from './events';
import { QueuedBody, type QueuedBodySink } from './record';
import type { AuditStore, Housekeeping } from './store';
import { SLOT, SLOTS, type FromWriter, type ToWriter, type WireItem, type WriteItem, type WriterData } from './writer-protocol';

export interface AuditTrailOptions {
  /** Opened (schema created, key checked) by the caller; the trail takes it over and writes through its own thread. */
  readonly store: AuditStore;
  readonly metrics: Metrics;
  /** What was decided for the agent's traffic at the time (e.g. RiskEngine.modeOf); evaluated when the body is queued. */
  readonly actionOf?: (agent: AgentId | null) => string;
  readonly now?: () => number;
  /** Bodies + events held in memory at most; beyond it new ones are dropped and counted. */
  readonly maxQueue?: number;
  /** Records per transaction. */
  readonly batchSize?: number;
  /**
   * How long a batch smaller than batchSize waits for more records (ms). A
   * commit costs the writer several times the inserts of a few records, and
   * each batch wakes the writer thread, which on a busy node preempts the
   * ext_proc thread: one commit per ~100 ms instead of per 1–2 records.
   */
  readonly batchDelayMs?: number;
  readonly housekeeping?: Partial<Housekeeping> & { readonly everyMs?: number };
  readonly log?: (message: string) => void;
}

const DAY = 86_400_000;
const FLUSH_TIMEOUT_MS = 30_000;

// Under jest or a ts hook this module runs from its .ts source, which a bare
// worker cannot load: the worker then registers the same swc transform first.
// Built code (dist/*.js) takes the plain path.
function startWriter(data: WriterData): Worker {
  const entry = join(__dirname, `writer-thread${extname(__filename)}`);
  if (extname(__filename) !== '.ts') return new Worker(entry, { workerData: data });
  const bootstrap = `
    const swc = require(${JSON.stringify(require.resolve('@swc/core'))});
    const fs = require('fs');
    require.extensions['.ts'] = (m, f) => m._compile(swc.transformSync(fs.readFileSync(f, 'utf8'), { filename: f, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }).code, f);
    require(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/**
 * The audit trail's data-path face. onBody/onEvent append to an in-memory
 * queue and return. Batches go to a writer thread that owns the SQLite
 * connection, one batch in flight at a time: the ext_proc event loop never
 * runs a SQLite statement. A full queue drops (counted) rather than block or
 * grow without bound.
 */
export class AuditTrail implements BodyReportSink, AccessEventSink, QueuedBodySink {
  private pending: WriteItem[] = [];
  private inFlight: WriteItem[] = [];
  private sentBatches = 0;
  private seenWritten = 0;
  private seenFailed = 0;
  private scheduled = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly counters: Int32Array;
  private readonly worker: Worker;
  private readonly maxQueue: number;
  private readonly batchSize: number;
  private readonly batchDelayMs: number;
  private readonly now: () => number;
  private readonly dropQueueFull;
  private readonly dropWriteError;

  constructor(private readonly opts: AuditTrailOptions) {
    this.maxQueue = opts.maxQueue ?? 100_000;
    this.batchSize = opts.batchSize ?? 512;
    this.batchDelayMs = opts.batchDelayMs ?? 100;
    this.now = opts.now ?? Date.now;
    this.dropQueueFull = opts.metrics.auditDropped.labels('queue_full');
    this.dropWriteError = opts.metrics.auditDropped.labels('write_error');
    const shared = new SharedArrayBuffer(SLOTS * 4);
    this.counters = new Int32Array(shared);
    const { file, keyId } = opts.store;
    opts.store.close();
    this.worker = startWriter({
      file,
      keyId,
      counters: shared,
      limits: { retentionMs: opts.housekeeping?.retentionMs ?? 30 * DAY, maxBytes: opts.housekeeping?.maxBytes ?? 1024 ** 3 },
      housekeepEveryMs: opts.housekeeping?.everyMs ?? 60_000,
    });
    this.worker.unref();
    this.worker.on('message', (m: FromWriter) => (m.type === 'log' ? opts.log?.(m.message) : this.schedule()));
    this.worker.on('error', (e) => opts.log?.(`audit writer thread failed: ${e.message}`));
    this.worker.on('exit', () => this.writerGone());
  }

  /** Records not yet committed (queued or being written). */
  get queued(): number {
    this.collect();
    return this.pending.length + this.inFlight.length;
  }

  onBody(report: BodyReport): void {
    this.enqueue(new QueuedBody(report, this.opts.actionOf?.(report.agent) ?? 'allow'));
  }

  onQueued(body: QueuedBody): void {
    this.enqueue(body);
  }

  onEvent(event: AccessEvent): void {
    this.enqueue(event);
  }

  /** Age of the oldest record not yet committed, in ms (0 when all are written). */
  lagMs(): number {
    this.collect();
    const oldest = this.inFlight[0] ?? this.pending[0];
    return oldest === undefined ? 0 : Math.max(0, this.now() - oldest.at);
  }

  /** Write everything queued, blocking until the writer has committed it (shutdown, tests). */
  flush(): void {
    const deadline = Date.now() + FLUSH_TIMEOUT_MS;
    for (;;) {
      this.collect();
      if (this.inFlight.length === 0 && this.pending.length === 0) return;
      if (this.inFlight.length === 0) this.send();
      const done = Atomics.load(this.counters, SLOT.batchesDone);
      if (done < this.sentBatches && Atomics.wait(this.counters, SLOT.batchesDone, done, deadline - Date.now()) === 'timed-out') {
        this.opts.log?.(`audit flush timed out with ${this.queued} records unwritten`);
        return;
      }
    }
  }

  /** Writes what is queued, then closes the database; returns once it is closed (bounded wait). */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    clearTimeout(this.timer);
    this.worker.postMessage({ type: 'close' } satisfies ToWriter);
    Atomics.wait(this.counters, SLOT.closed, 0, FLUSH_TIMEOUT_MS);
  }

  /** Run retention and the size cap now (they also run on a timer in the writer). */
  housekeep(): void {
    this.worker.postMessage({ type: 'housekeep' } satisfies ToWriter);
  }

  /** Retention/size-cap runs finished so far (for tests and diagnostics). */
  get housekeepRuns(): number {
    return Atomics.load(this.counters, SLOT.housekeepsDone);
  }

  private enqueue(item: WriteItem): void {
    if (this.closed || this.pending.length + this.inFlight.length >= this.maxQueue) {
      (this.closed ? this.dropWriteError : this.dropQueueFull).inc();
      return;
    }
    this.pending.push(item);
    this.schedule();
  }

  private schedule(): void {
    const now = this.pending.length >= this.batchSize || this.batchDelayMs === 0;
    // A batch that filled up while its timer waits goes at once.
    if (this.scheduled && !(now && this.timer !== undefined)) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.scheduled = true;
    if (now) setImmediate(this.pump);
    else (this.timer = setTimeout(this.pump, this.batchDelayMs)).unref(); // close() flushes what it would have sent
  }

  // Sends the next batch once the previous one is committed; the writer's batch-done message calls it again.
  private readonly pump = (): void => {
    this.scheduled = false;
    this.timer = undefined;
    if (this.closed) return;
    this.collect();
    if (this.inFlight.length === 0 && this.pending.length > 0) this.send();
    this.opts.metrics.auditLagSeconds.set(this.lagMs() / 1000);
  };

  private writerGone(): void {
    if (this.closed) return;
    this.closed = true;
    const lost = this.pending.length + this.inFlight.length;
    this.dropWriteError.inc(lost);
    this.pending = [];
    this.inFlight = [];
    this.opts.log?.(`audit writer thread exited; ${lost} queued records lost, auditing stopped`);
  }

  private send(): void {
    const batch = this.pending.length <= this.batchSize ? this.pending : this.pending.slice(0, this.batchSize);
    this.pending = batch === this.pending ? [] : this.pending.slice(this.batchSize);
    this.inFlight = batch;
    this.sentBatches++;
    this.worker.postMessage({ type: 'write', items: batch.map(wire) } satisfies ToWriter);
  }

  /** Reads the writer's progress from shared memory and settles the batch it finished. */
  private collect(): void {
    if (this.inFlight.length > 0 && Atomics.load(this.counters, SLOT.batchesDone) === this.sentBatches) this.inFlight = [];
    const written = Atomics.load(this.counters, SLOT.written);
    const failed = Atomics.load(this.counters, SLOT.failed);
    if (written > this.seenWritten) this.opts.metrics.auditWritten.inc(written - this.seenWritten);
    if (failed > this.seenFailed) this.dropWriteError.inc(failed - this.seenFailed);
    this.seenWritten = written;
    this.seenFailed = failed;
  }
}

/** JSON of a WireItem; a body's record JSON is the one the JSONL sink also uses. */
function wire(it: WriteItem): string {
  if (it instanceof QueuedBody) return `{"record":${it.json}}`;
  return JSON.stringify({ event: it } satisfies WireItem);
}
