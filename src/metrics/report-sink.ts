import type { AgentId, BodyReport, BodyReportSink, Release, SensitiveType, StrategyName } from '../types';
import { Metrics } from './metrics';

/** One type's findings in one body. */
interface Tally {
  found: number;
  /** Rewritten values per strategy (a type usually has one strategy per body). */
  readonly masked: Map<StrategyName, number>;
  readonly released: Record<Release, number>;
}

const RELEASES: readonly Release[] = ['none', 'partial', 'clear'];

/**
 * Turns each BodyReport into finding, masking and release counters. A plain
 * sink like audit and risk: the data path does not know metrics exist.
 * Counts are summed per type first, in maps keyed by the (interned) type and
 * strategy names, then into the counters' tallies (see CounterTally):
 * prom-client hashes the label object on every inc(), and every body repeats
 * the same few label sets.
 */
export class MetricsReportSink implements BodyReportSink {
  constructor(
    private readonly metrics: Metrics,
    /** Whether an agent id is policy-listed (only those become label values). */
    private readonly isKnown: (agent: AgentId) => boolean,
  ) {}

  onBody(report: BodyReport): void {
    if (report.findings.length === 0) return;
    const tallies = new Map<SensitiveType, Tally>();
    for (const f of report.findings) {
      let t = tallies.get(f.type);
      if (t === undefined) tallies.set(f.type, (t = { found: 0, masked: new Map(), released: { none: 0, partial: 0, clear: 0 } }));
      t.found++;
      if (f.strategy !== 'reveal') t.masked.set(f.strategy, (t.masked.get(f.strategy) ?? 0) + 1);
      t.released[f.released]++;
    }
    const m = this.metrics;
    const { route, direction } = report;
    const agent = Metrics.agentLabel(report.agent, report.agent !== null && this.isKnown(report.agent));
    const found = m.findingCounts[direction];
    for (const [type, t] of tallies) {
      found.inc(route, type, t.found);
      for (const [strategy, n] of t.masked) m.maskedCounts.inc(strategy, type, n);
      if (direction !== 'response') continue;
      for (const release of RELEASES) if (t.released[release] > 0) m.releasedCounts[release].inc(agent, type, t.released[release]);
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
