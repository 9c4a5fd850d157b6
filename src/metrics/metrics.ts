import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { CounterTally, flushEach, talliesBy } from './tally';

// Every metric apiward exports, in one place, so that dashboards, alert rules and
// tests can check names against a single source. Names are part of the
// deployment contract (k8s/ dashboards and PrometheusRule): extend, never rename.
// Label values for `agent` are policy-listed agent ids or "unknown"; for `route`
// they are route templates, whose count the profiler caps.

const LATENCY_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5];

export class Metrics {
  readonly registry = new Registry();

  // data path
  readonly messages = this.counter('apiward_extproc_messages_total', 'ext_proc messages processed', ['event', 'route'], (): void => this.messageCounts.flush());
  /** Where the data path counts `messages`, by route then event (see CounterTally). */
  readonly messageCounts = new CounterTally(this.messages, (route, event) => ({ event, route }));
  readonly messageSeconds = this.histogram('apiward_extproc_message_duration_seconds', 'Time to process one ext_proc message', ['event'], LATENCY_BUCKETS);
  readonly activeStreams = this.gauge('apiward_extproc_active_streams', 'ext_proc streams open now', []);
  readonly streams = this.counter('apiward_extproc_streams_total', 'ext_proc streams opened', []);
  readonly bytesInspected = this.counter('apiward_bytes_inspected_total', 'Body bytes inspected', ['direction'], (): void => this.bytesCounts.flush());
  /** Where the data path counts `bytesInspected`, by direction (inner key unused). */
  readonly bytesCounts = new CounterTally(this.bytesInspected, (direction) => ({ direction }));
  readonly findings = this.counter('apiward_findings_total', 'Sensitive values found', ['type', 'route', 'direction'], (): void => flushEach(this.findingCounts));
  /** Where report sinks count `findings`: per direction, by route then type. */
  readonly findingCounts = talliesBy(this.findings, ['request', 'response'] as const, (direction, route, type) => ({ type, route, direction }));
  readonly fieldsMasked = this.counter('apiward_fields_masked_total', 'Sensitive values rewritten, by strategy', ['strategy', 'type'], (): void => this.maskedCounts.flush());
  /** Where report sinks count `fieldsMasked`, by strategy then type. */
  readonly maskedCounts = new CounterTally(this.fieldsMasked, (strategy, type) => ({ strategy, type }));
  readonly released = this.counter('apiward_sensitive_values_released_total', 'Sensitive values sent to an agent, by how much was left visible', ['type', 'agent', 'release'], (): void => flushEach(this.releasedCounts));
  /** Where report sinks count `released`: per release, by agent then type. */
  readonly releasedCounts = talliesBy(this.released, ['none', 'partial', 'clear'] as const, (release, agent, type) => ({ type, agent, release }));
  readonly failures = this.counter('apiward_failures_total', 'Bodies or messages that could not be processed normally', ['reason', 'direction']);
  readonly failureActions = this.counter('apiward_failure_mode_actions_total', 'What the failure mode did with a body that failed inspection', ['action']);
  readonly bodiesSkipped = this.counter('apiward_bodies_skipped_total', 'Bodies not inspected, by reason (content type, mode)', ['reason']);
  readonly compressedBodies = this.counter('apiward_compressed_bodies_total', 'Compressed bodies of inspected content types, by coding and what was done (decoded, rejected, passed)', ['encoding', 'action']);

  // profiling and LLM worker
  readonly routesKnown = this.gauge('apiward_routes_known', 'Route templates in the inventory', []);
  readonly routesEvicted = this.counter('apiward_routes_evicted_total', 'Route templates evicted or merged by the cap', []);
  readonly profilesBuilt = this.counter('apiward_profiles_built_total', 'Route profiles built, by source', ['source']);
  readonly fieldMapSwaps = this.counter('apiward_fieldmap_swaps_total', 'FieldMap snapshots swapped into the data path', []);
  readonly samplesEnqueued = this.counter('apiward_samples_enqueued_total', 'Redacted samples handed to the profiler queue', []);
  readonly samplesDropped = this.counter('apiward_samples_dropped_total', 'Samples dropped by back-pressure', ['reason']);
  readonly schemaDrift = this.counter('apiward_schema_drift_total', 'New fields or changed types seen on a profiled route', ['kind']);
  readonly llmRequests = this.counter('apiward_llm_requests_total', 'LLM profiling calls, by outcome', ['outcome']);
  readonly llmSeconds = this.histogram('apiward_llm_request_duration_seconds', 'LLM profiling call latency', [], [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60]);
  readonly llmTokens = this.counter('apiward_llm_tokens_total', 'LLM tokens used', ['kind']);
  readonly llmCircuitOpen = this.gauge('apiward_llm_circuit_open', '1 while the LLM circuit breaker is open', []);

  // identity, policy, risk
  readonly decisions = this.counter('apiward_decisions_total', 'Access and risk decisions', ['action', 'agent', 'reason']);
  readonly quotaUsage = this.gauge('apiward_quota_usage_ratio', 'Share of the per-minute sensitive-value quota used', ['agent']);
  readonly anomalies = this.counter('apiward_anomalies_total', 'Risk anomalies detected', ['rule', 'agent']);
  readonly policyReloads = this.counter('apiward_policy_reloads_total', 'Policy file reloads', ['outcome']);
  readonly tokensRestored = this.counter('apiward_tokens_restored_total', 'Reversible tokens restored on the request path', ['outcome']);

  // audit
  readonly auditWritten = this.counter('apiward_audit_records_written_total', 'Audit records committed', []);
  readonly auditDropped = this.counter('apiward_audit_records_dropped_total', 'Audit records dropped (queue full or write error)', ['reason']);
  readonly auditLagSeconds = this.gauge('apiward_audit_write_lag_seconds', 'Age of the oldest audit record not yet committed', []);

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'apiward_process_' });
  }

  /** Label value for an agent: keeps cardinality to policy-listed ids. */
  static agentLabel(id: string | null, known: boolean): string {
    return id !== null && known ? id : 'unknown';
  }

  /** `collect` runs before every read of the counter (scrape, get()). */
  private counter<L extends string>(name: string, help: string, labelNames: readonly L[], collect?: () => void): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry], ...(collect === undefined ? {} : { collect }) });
  }
  private gauge<L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }
  private histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }
}
