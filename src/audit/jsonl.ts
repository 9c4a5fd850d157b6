import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Metrics } from '../metrics/metrics';
import type { AgentId, BodyReport, BodyReportSink } from '../types';
import type { AccessEvent, AccessEventSink } from './events';
import { QueuedBody, type QueuedBodySink } from './record';

export interface JsonlAuditSinkOptions {
  readonly out: Writable;
  readonly metrics: Metrics;
  readonly actionOf?: (agent: AgentId | null) => string;
  readonly maxQueue?: number;
  /**
   * How long queued lines wait for more before one write (ms; 0: the next
   * tick). Each write is a syscall and a pass through the stream, and under
   * ext_proc load an event-loop turn holds only a body or two.
   */
  readonly batchDelayMs?: number;
}

type Item = QueuedBody | AccessEvent;

const DEFAULT_BATCH_DELAY_MS = 20;

/**
 * The audit trail as JSON lines for log pipelines (stdout or a file), one
 * line per body (`"kind":"body"`) or decision/anomaly. Same non-blocking
 * contract as AuditTrail: queue, format and write a batch later, respect the
 * stream's back-pressure, drop (counted) rather than grow without bound.
 */
export class JsonlAuditSink implements BodyReportSink, AccessEventSink, QueuedBodySink {
  private queue: Item[] = [];
  private timer: NodeJS.Timeout | undefined;
  private scheduled = false;
  private waitingForDrain = false;
  private readonly maxQueue: number;
  private readonly dropped;

  constructor(private readonly opts: JsonlAuditSinkOptions) {
    this.maxQueue = opts.maxQueue ?? 10_000;
    this.dropped = opts.metrics.auditDropped.labels('jsonl_backpressure');
    opts.out.on('drain', () => {
      this.waitingForDrain = false;
      this.schedule();
    });
  }

  static toFile(path: string, opts: Omit<JsonlAuditSinkOptions, 'out'>): JsonlAuditSink {
    return new JsonlAuditSink({ ...opts, out: createWriteStream(path, { flags: 'a', mode: 0o600 }) });
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

  /** Format and hand everything queued to the stream now. */
  flush(): void {
    this.scheduled = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.queue.length === 0) return;
    const items = this.queue;
    this.queue = [];
    let text = '';
    for (const it of items) text += line(it) + '\n';
    if (!this.opts.out.write(text)) this.waitingForDrain = true;
  }

  private enqueue(item: Item): void {
    if (this.queue.length >= this.maxQueue) {
      this.dropped.inc();
      return;
    }
    this.queue.push(item);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.waitingForDrain) return;
    this.scheduled = true;
    const delay = this.opts.batchDelayMs ?? DEFAULT_BATCH_DELAY_MS;
    if (delay === 0) setImmediate(() => this.flush());
    else (this.timer = setTimeout(() => this.flush(), delay)).unref(); // App.stop() flushes what it would have written
  }

}

/**
 * `{"kind":"body", ...record, "at": ISO time}` for a body, spliced from the
 * record's shared JSON (whose first member is the numeric `at`).
 */
function line(it: Item): string {
  if (it instanceof QueuedBody) {
    const json = it.json;
    return `{"kind":"body","at":"${new Date(it.at).toISOString()}"${json.slice(json.indexOf(','))}`;
  }
  return JSON.stringify({ ...it, at: new Date(it.at).toISOString() });
}
