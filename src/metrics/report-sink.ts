import type { AgentId, BodyReport, BodyReportSink } from '../types';
import { Metrics } from './metrics';

/**
 * Turns each BodyReport into finding, masking and release counters. A plain
 * sink like audit and risk: the data path does not know metrics exist.
 * Counts are summed per label set first: prom-client hashes the labels on
 * every inc(), and a list response repeats the same few label sets many times.
 */
export class MetricsReportSink implements BodyReportSink {
  constructor(
    private readonly metrics: Metrics,
    /** Whether an agent id is policy-listed (only those become label values). */
    private readonly isKnown: (agent: AgentId) => boolean,
  ) {}

  onBody(report: BodyReport): void {
    if (report.findings.length === 0) return;
    const found = new Map<string, number>();
    const masked = new Map<string, number>();
    const released = new Map<string, number>();
    for (const f of report.findings) {
      bump(found, f.type);
      if (f.strategy !== 'reveal') bump(masked, `${f.strategy}\u0000${f.type}`);
      if (report.direction === 'response') bump(released, `${f.type}\u0000${f.released}`);
    }
    const m = this.metrics;
    const agent = Metrics.agentLabel(report.agent, report.agent !== null && this.isKnown(report.agent));
    for (const [type, n] of found) m.findings.inc({ type, route: report.route, direction: report.direction }, n);
    for (const [k, n] of masked) {
      const [strategy, type] = k.split('\u0000');
      m.fieldsMasked.inc({ strategy, type }, n);
    }
    for (const [k, n] of released) {
      const [type, release] = k.split('\u0000');
      m.released.inc({ type, agent, release }, n);
    }
  }
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
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
