import type { Metrics } from '../metrics/metrics';
import type { AgentId, BodyReport, BodyReportSink } from '../types';
import type { AccessEvent, AccessEventSink } from './events';
import { toAuditRecord, type AuditRecord } from './record';
import type { AuditStore, Housekeeping } from './store';

export interface AuditTrailOptions {
  readonly store: AuditStore;
  readonly metrics: Metrics;
  /** What was decided for the agent's traffic at the time (e.g. RiskEngine.modeOf); evaluated when the body is queued. */
  readonly actionOf?: (agent: AgentId | null) => string;
  readonly now?: () => number;
  /** Bodies + events held in memory at most; beyond it new ones are dropped and counted. */
  readonly maxQueue?: number;
  /** Records per transaction: bounds how long one write holds the event loop (~1 ms). */
  readonly batchSize?: number;
  readonly housekeeping?: Partial<Housekeeping> & { readonly everyMs?: number };
  readonly log?: (message: string) => void;
}

type Item = { report: BodyReport; action: string } | AccessEvent;
const DAY = 86_400_000;

/**
 * The audit trail's data-path face. onBody/onEvent only append to an
 * in-memory queue and return; a setImmediate-driven writer drains it in
 * bounded transactions, yielding to the event loop between them so ext_proc
 * messages are never stuck behind a long write. A full queue drops (counted),
 * it never blocks or grows without bound.
 */
export class AuditTrail implements BodyReportSink, AccessEventSink {
  private pending: Item[] = [];
  private draining: Item[] = [];
  private cursor = 0;
  private scheduled = false;
  private closed = false;
  private readonly maxQueue: number;
  private readonly batchSize: number;
  private readonly now: () => number;
  private readonly limits: Housekeeping;
  private readonly housekeeper: NodeJS.Timeout;
  private readonly dropQueueFull;
  private readonly dropWriteError;

  constructor(private readonly opts: AuditTrailOptions) {
    this.maxQueue = opts.maxQueue ?? 100_000;
    this.batchSize = opts.batchSize ?? 256;
    this.now = opts.now ?? Date.now;
    this.limits = { retentionMs: opts.housekeeping?.retentionMs ?? 30 * DAY, maxBytes: opts.housekeeping?.maxBytes ?? 1024 ** 3 };
    this.dropQueueFull = opts.metrics.auditDropped.labels('queue_full');
    this.dropWriteError = opts.metrics.auditDropped.labels('write_error');
    this.housekeeper = setInterval(() => this.housekeep(), opts.housekeeping?.everyMs ?? 60_000);
    this.housekeeper.unref();
  }

  /** Records waiting to be written. */
  get queued(): number {
    return this.pending.length + this.draining.length - this.cursor;
  }

  onBody(report: BodyReport): void {
    this.enqueue({ report, action: this.opts.actionOf?.(report.agent) ?? 'allow' });
  }

  onEvent(event: AccessEvent): void {
    this.enqueue(event);
  }

  /** Age of the oldest record not yet committed, in ms (0 when all are written). */
  lagMs(): number {
    const oldest = this.cursor < this.draining.length ? this.draining[this.cursor] : this.pending[0];
    return oldest === undefined ? 0 : Math.max(0, this.now() - itemAt(oldest));
  }

  /** Write everything queued now, synchronously (shutdown, tests). */
  flush(): void {
    while (this.queued > 0) this.writeOne();
  }

  close(): void {
    this.flush();
    this.closed = true;
    clearInterval(this.housekeeper);
    this.opts.store.close();
  }

  /** One bounded retention/size-cap step at a time, yielding in between. */
  housekeep(): void {
    try {
      if (this.opts.store.prune(this.now(), this.limits)) setImmediate(() => this.closed || this.housekeep());
    } catch (e) {
      this.opts.log?.(`audit housekeeping failed: ${(e as Error).message}`);
    }
  }

  private enqueue(item: Item): void {
    if (this.closed || this.queued >= this.maxQueue) {
      this.dropQueueFull.inc();
      return;
    }
    this.pending.push(item);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  }

  private readonly drain = (): void => {
    this.scheduled = false;
    if (this.closed) return;
    this.writeOne();
    if (this.queued > 0) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  };

  private writeOne(): void {
    if (this.cursor >= this.draining.length) {
      this.draining = this.pending;
      this.pending = [];
      this.cursor = 0;
    }
    const end = Math.min(this.cursor + this.batchSize, this.draining.length);
    const records: AuditRecord[] = [];
    const events: AccessEvent[] = [];
    for (let i = this.cursor; i < end; i++) {
      const it = this.draining[i];
      if ('report' in it) records.push(toAuditRecord(it.report, it.action));
      else events.push(it);
    }
    try {
      this.opts.store.write(records, events);
      this.opts.metrics.auditWritten.inc(end - this.cursor);
    } catch (e) {
      this.dropWriteError.inc(end - this.cursor);
      this.opts.log?.(`audit write failed, ${end - this.cursor} records dropped: ${(e as Error).message}`);
    }
    this.cursor = end;
    if (this.cursor >= this.draining.length) {
      this.draining = [];
      this.cursor = 0;
    }
    this.opts.metrics.auditLagSeconds.set(this.lagMs() / 1000);
  }
}

function itemAt(it: Item): number {
  return 'report' in it ? it.report.at : it.at;
}
