import { Metrics } from '../../src/metrics/metrics';
import { monitoringExpressions } from './monitoring-files';
import { exposedFamilies, familyOf, selectors, type MetricType } from './promql';

// Every metric the dashboard and the alert rules query must be one apiward
// exports, and every label they match on must be one of its labels, so renaming
// a metric or a label in src/metrics/metrics.ts breaks this test instead of
// silently blanking a panel or muting an alert.

/** Series Prometheus itself attaches to every scrape target. */
const PROMETHEUS_SERIES = new Set(['up']);
/** Labels Prometheus Operator's PodMonitor adds to every series. */
const TARGET_LABELS = new Set(['namespace', 'pod', 'container', 'job', 'instance', 'endpoint']);

async function exported(): Promise<{ families: Map<string, MetricType>; labels: Map<string, Set<string>> }> {
  const metrics = new Metrics();
  const families = exposedFamilies(await metrics.registry.metrics());
  const labels = new Map<string, Set<string>>();
  for (const m of metrics.registry.getMetricsAsArray()) {
    labels.set((m as unknown as { name: string }).name, new Set((m as unknown as { labelNames?: string[] }).labelNames ?? []));
  }
  return { families, labels };
}

describe('dashboard and alert rules query only what apiward exports', () => {
  const expressions = monitoringExpressions();

  test('there is something to check', () => {
    expect(expressions.length).toBeGreaterThan(40);
  });

  test('every metric name exists (histograms via _bucket/_sum/_count)', async () => {
    const { families } = await exported();
    const missing = expressions.flatMap(({ where, expr }) =>
      selectors(expr)
        .filter((s) => !PROMETHEUS_SERIES.has(s.metric) && familyOf(s.metric, families) === undefined)
        .map((s) => `${where}: ${s.metric}`),
    );
    expect(missing).toEqual([]);
  });

  test('every label matcher names a label of that metric', async () => {
    const { families, labels } = await exported();
    const wrong = expressions.flatMap(({ where, expr }) =>
      selectors(expr).flatMap((s) => {
        if (PROMETHEUS_SERIES.has(s.metric)) return [];
        const family = familyOf(s.metric, families);
        const own = family === undefined ? undefined : labels.get(family);
        return s.labels
          .filter((l) => !TARGET_LABELS.has(l) && !(l === 'le' && s.metric.endsWith('_bucket')) && !own?.has(l))
          .map((l) => `${where}: ${s.metric} has no label ${l}`);
      }),
    );
    expect(wrong).toEqual([]);
  });
});
