import { Metrics } from '../../src/metrics/metrics';
import { MetricsReportSink, fanOut } from '../../src/metrics/report-sink';
import type { AgentId, BodyReport, FieldPath, JsonPointer, LeafFinding, Release, RouteTemplate, SensitiveType, StrategyName } from '../../src/types';
import { counterValue } from '../support/deps';

const finding = (type: SensitiveType, strategy: StrategyName, released: Release): LeafFinding => ({
  pointer: '/x' as JsonPointer, fieldPath: '/x' as FieldPath, type, confidence: 0.9, source: 'detector', strategy, released,
});
const report = (agent: string | null, direction: 'request' | 'response', findings: LeafFinding[]): BodyReport => ({
  streamId: 's', at: 0, route: 'GET /c/{id}' as RouteTemplate, direction, agent: agent as AgentId | null, contentType: 'application/json', bytesIn: 1, bytesOut: 1, findings,
});

describe('MetricsReportSink', () => {
  it('counts findings per type and route, masking per strategy, releases per agent', async () => {
    const m = new Metrics({ defaultMetrics: false });
    const sink = new MetricsReportSink(m, (a) => a === 'bot');
    sink.onBody(report('bot', 'response', [
      finding('PHONE_NUMBER', 'partial', 'partial'), finding('PHONE_NUMBER', 'partial', 'partial'), finding('EMAIL_ADDRESS', 'reveal', 'clear'),
    ]));
    sink.onBody(report('stranger', 'response', [finding('PHONE_NUMBER', 'redact', 'none')]));
    expect(await counterValue(m.findings, { type: 'PHONE_NUMBER', route: 'GET /c/{id}' })).toBe(3);
    expect(await counterValue(m.fieldsMasked, { strategy: 'partial', type: 'PHONE_NUMBER' })).toBe(2);
    expect(await counterValue(m.fieldsMasked, { type: 'EMAIL_ADDRESS' })).toBe(0);
    expect(await counterValue(m.released, { agent: 'bot', release: 'clear', type: 'EMAIL_ADDRESS' })).toBe(1);
    expect(await counterValue(m.released, { agent: 'bot', release: 'partial' })).toBe(2);
    // An id the policy does not list never becomes a label value.
    expect(await counterValue(m.released, { agent: 'stranger' })).toBe(0);
    expect(await counterValue(m.released, { agent: 'unknown', release: 'none' })).toBe(1);
  });

  it('sums one body per label set, however its findings interleave types, strategies and releases', async () => {
    const m = new Metrics({ defaultMetrics: false });
    const body = [
      finding('PHONE_NUMBER', 'partial', 'partial'), finding('EMAIL_ADDRESS', 'redact', 'none'), finding('PHONE_NUMBER', 'token', 'none'),
      finding('PHONE_NUMBER', 'partial', 'partial'), finding('EMAIL_ADDRESS', 'reveal', 'clear'), finding('PHONE_NUMBER', 'reveal', 'clear'),
    ];
    new MetricsReportSink(m, () => true).onBody(report('bot', 'response', body));
    const cases: Array<[typeof m.findings, Record<string, string>, number]> = [
      [m.findings, { type: 'PHONE_NUMBER', direction: 'response' }, 4],
      [m.findings, { type: 'EMAIL_ADDRESS' }, 2],
      [m.fieldsMasked, { strategy: 'partial', type: 'PHONE_NUMBER' }, 2],
      [m.fieldsMasked, { strategy: 'token', type: 'PHONE_NUMBER' }, 1],
      [m.fieldsMasked, { strategy: 'redact', type: 'EMAIL_ADDRESS' }, 1],
      [m.fieldsMasked, { strategy: 'reveal' }, 0],
      [m.released, { type: 'PHONE_NUMBER', agent: 'bot', release: 'partial' }, 2],
      [m.released, { type: 'PHONE_NUMBER', release: 'none' }, 1],
      [m.released, { type: 'PHONE_NUMBER', release: 'clear' }, 1],
      [m.released, { type: 'EMAIL_ADDRESS', release: 'none' }, 1],
      [m.released, { type: 'EMAIL_ADDRESS', release: 'clear' }, 1],
    ];
    for (const [metric, labels, n] of cases) expect([labels, await counterValue(metric, labels)]).toEqual([labels, n]);
  });

  it('does not count what agents send as released to them', async () => {
    const m = new Metrics({ defaultMetrics: false });
    new MetricsReportSink(m, () => true).onBody(report('bot', 'request', [finding('PHONE_NUMBER', 'reveal', 'clear')]));
    expect(await counterValue(m.findings, { direction: 'request' })).toBe(1);
    expect(await counterValue(m.released)).toBe(0);
  });
});

describe('fanOut', () => {
  it('keeps feeding the other sinks when one throws', () => {
    const seen: string[] = [];
    const errors: string[] = [];
    const out = fanOut([{ onBody: () => { throw new Error('boom'); } }, { onBody: (r) => seen.push(r.streamId) }], (e) => errors.push(e.message));
    out.onBody(report(null, 'response', []));
    expect(seen).toEqual(['s']);
    expect(errors).toEqual(['boom']);
  });
});
