import type { AgentId, BodyReport, BodyReportSink } from '../types';
import { Metrics } from './metrics';

/**
 * Turns each BodyReport into finding, masking and release counters. A plain
 * sink like audit and risk: the data path does not know metrics exist.
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
    const agent = Metrics.agentLabel(report.agent, report.agent !== null && this.isKnown(report.agent));
    for (const f of report.findings) {
      m.findings.inc({ type: f.type, route: report.route, direction: report.direction });
      if (f.strategy !== 'reveal') m.fieldsMasked.inc({ strategy: f.strategy, type: f.type });
      if (report.direction === 'response') m.released.inc({ type: f.type, agent, release: f.released });
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
