import { Metrics } from '../../src/metrics/metrics';

describe('Metrics', () => {
  it('exports every metric under the apiward_ prefix from its own registry', async () => {
    const m = new Metrics({ defaultMetrics: false });
    m.findings.inc({ type: 'PHONE_NUMBER', route: 'GET /x', direction: 'response' });
    const text = await m.registry.metrics();
    expect(text).toContain('apiward_findings_total{type="PHONE_NUMBER",route="GET /x",direction="response"} 1');
    const names = (await m.registry.getMetricsAsJSON()).map((x) => x.name);
    expect(names.every((n) => n.startsWith('apiward_'))).toBe(true);
  });

  it('keeps agent label cardinality to known agents', () => {
    expect(Metrics.agentLabel('bot-1', true)).toBe('bot-1');
    expect(Metrics.agentLabel('claimed', false)).toBe('unknown');
    expect(Metrics.agentLabel(null, false)).toBe('unknown');
  });
});
