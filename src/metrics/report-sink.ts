import type { AgentId, BodyReport, BodyReportSink } from '../types';
import { Metrics } from './metrics';

/**
 * Turns each BodyReport into finding, masking and release counters. A plain
 * sink like audit and risk: the data path does not know metrics exist.
 * Each finding goes straight into the counters' tallies (see CounterTally),
 * which sum per label set: prom-client hashes the label object on every
 * inc(), and every body repeats the same few label sets.
 */
export class MetricsReportSink implements BodyReportSink {
  constructor(
    private readonly metrics: Metrics,
    /** Whether an agent id is policy-listed (only those become label values). */
    private readonly isKnown: (agent: AgentId) => boolean,
  ) {}

  onBody(report: BodyReport): void {
    if (report.findings.length === 0) return;
    const m = this.metrics;
    const { route, direction } = report;
    const found = m.findingCounts[direction];
    const response = direction === 'response';
    const agent = response ? Metrics.agentLabel(report.agent, report.agent !== null && this.isKnown(report.agent)) : '';
    for (const f of report.findings) {
      found.inc(route, f.type);
      if (f.strategy !== 'reveal') m.maskedCounts.inc(f.strategy, f.type);
      if (response) m.releasedCounts[f.released].inc(agent, f.type);
    }
  }
}

/** Hands every report to each sink in order; one failing sink never starves the others. */
export function fanOut(sinks: readonly BodyReportSink[], onError: (e: Error) => void): BodyReportSink {
  return {
    onBody(report) {
      for (const s of sinks) {
        try {
          s.onBody(report);
        } catch (e) {
          onError(e as Error);
        }
      }
    },
  };
}
