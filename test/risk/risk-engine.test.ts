import type { AccessEvent } from '../../src/audit/events';
import { Metrics } from '../../src/metrics/metrics';
import { compilePolicyText } from '../../src/policy/compile';
import { staticPolicy } from '../../src/policy/store';
import { RiskEngine } from '../../src/risk/risk-engine';
import type { AgentId, BodyReport, Category, LeafFinding, RequestInfo, RouteTemplate } from '../../src/types';

const POLICY = `
agents:
  quota-bot: {routes: ["**"], quota: {sensitiveValuesPerMinute: 10}}
  rate-bot: {routes: ["**"], quota: {requestsPerMinute: 3}}
  bulk-bot: {routes: ["**"]}
  other-bot: {routes: ["**"]}
  alert-bot: {routes: ["**"]}
risk:
  cooldownSeconds: 120
  bulkExfiltration: {warmupResponses: 5, minValuesPerResponse: 20, perResponseFactor: 5, maxValuesPerResponse: 500}
  enumeration: {action: mask-all, sequentialRun: 5, distinctRoutesPerMinute: 20}
  credentialStuffing: {action: block, authRequestsPerMinute: 4}
`;

const route = (s: string) => s as RouteTemplate;
const finding: LeafFinding = { pointer: '/x' as never, fieldPath: '/x' as never, type: 'PHONE_NUMBER', confidence: 1, source: 'detector', strategy: 'partial', released: 'partial' };

function setup(policyText = POLICY) {
  let t = 1_000_000;
  const events: AccessEvent[] = [];
  const metrics = new Metrics({ defaultMetrics: false });
  const policy = compilePolicyText(policyText, 'p.yaml', '/');
  const risk = new RiskEngine({ metrics, policy: staticPolicy(policy), events: { onEvent: (e) => events.push(e) }, now: () => t });
  const check = (agent: string | null, r = 'GET /api/customers/{id}', path = '/api/customers/x', category?: Category) => {
    const req: RequestInfo = { method: 'GET', path, query: '', authority: 'a', headers: new Map(), metadata: {} };
    return risk.check(agent === null ? undefined : policy.agents.get(agent), agent as AgentId | null, route(r), category, req);
  };
  const body = (agent: string | null, values: number, r = 'GET /api/customers/{id}') => {
    const report: BodyReport = { streamId: 's', at: t, route: route(r), direction: 'response', agent: agent as AgentId | null, contentType: 'application/json', bytesIn: 1, bytesOut: 1, findings: Array(values).fill(finding) };
    risk.onBody(report);
  };
  return { risk, check, body, events, metrics, advance: (ms: number) => (t += ms) };
}

describe('RiskEngine quotas', () => {
  it('blocks at the sensitive-value quota with retry-after, and releases once the window frees', () => {
    const { check, body, advance } = setup();
    for (let i = 0; i < 3; i++) {
      expect(check('quota-bot').kind).toBe('allow');
      body('quota-bot', 3); // 3, 6, 9: still under 10
      advance(1000);
    }
    expect(check('quota-bot').kind).toBe('allow');
    body('quota-bot', 3); // 12 ≥ 10
    const v = check('quota-bot');
    expect(v).toMatchObject({ kind: 'block', reason: 'quota_sensitive_values' });
    expect(v.kind === 'block' && v.retryAfterSec).toBeGreaterThan(50);
    expect(v.kind === 'block' && v.retryAfterSec).toBeLessThanOrEqual(60);
    advance(((v.kind === 'block' && v.retryAfterSec) || 0) * 1000);
    expect(check('quota-bot').kind).toBe('allow');
  });

  it('counts masked values too (found, not only released)', () => {
    const { check, risk } = setup();
    risk.onBody({ streamId: 's', at: 0, route: route('GET /x'), direction: 'response', agent: 'quota-bot' as AgentId, contentType: 'application/json', bytesIn: 1, bytesOut: 1, findings: Array(10).fill({ ...finding, released: 'none' }) });
    expect(check('quota-bot').kind).toBe('block');
  });

  it('request quota: the (N+1)th request in a minute gets 429; blocked requests do not extend it', () => {
    const { check, advance } = setup();
    expect([check('rate-bot'), check('rate-bot'), check('rate-bot')].map((v) => v.kind)).toEqual(['allow', 'allow', 'allow']);
    for (let i = 0; i < 5; i++) expect(check('rate-bot')).toMatchObject({ kind: 'block', reason: 'quota_requests' });
    advance(60_000);
    expect(check('rate-bot').kind).toBe('allow');
  });

  it('exports quota usage', async () => {
    const { body, metrics } = setup();
    body('quota-bot', 4);
    const g = (await metrics.quotaUsage.get()).values.find((x) => x.labels.agent === 'quota-bot');
    expect(g?.value).toBeCloseTo(0.4);
  });
});

describe('RiskEngine anomaly rules', () => {
  it('bulk exfiltration: a burst after a normal baseline blocks this agent only, and is audited once', async () => {
    const { check, body, events, metrics, advance } = setup();
    for (let i = 0; i < 10; i++) {
      expect(check('bulk-bot').kind).toBe('allow');
      body('bulk-bot', 2);
      check('other-bot');
      body('other-bot', 2);
      advance(500);
    }
    expect(check('bulk-bot').kind).toBe('allow');
    body('bulk-bot', 60); // > 5 × usual 2, ≥ 20
    expect(check('bulk-bot')).toMatchObject({ kind: 'block', reason: 'risk_bulk_exfiltration', retryAfterSec: 120 });
    expect(check('other-bot').kind).toBe('allow');
    body('bulk-bot', 60);
    expect(events).toEqual([expect.objectContaining({ kind: 'anomaly', agent: 'bulk-bot', action: 'block', reason: 'bulk_exfiltration' })]);
    expect(events[0].detail).toContain('60 sensitive values in one response');
    const a = (await metrics.anomalies.get()).values.find((x) => x.labels.rule === 'bulk_exfiltration');
    expect(a?.value).toBe(1);
    advance(120_000);
    expect(check('bulk-bot').kind).toBe('allow');
  });

  it('bulk exfiltration: no baseline needed above the hard ceiling', () => {
    const { check, body } = setup();
    body('bulk-bot', 501);
    expect(check('bulk-bot').kind).toBe('block');
  });

  it('bulk exfiltration: a per-minute surge of many normal-sized responses', () => {
    const { check, body, advance } = setup('agents:\n  b: {routes: ["**"]}\nrisk: {bulkExfiltration: {minValuesPerMinute: 100, perMinuteFactor: 5}}\n');
    for (let m = 0; m < 4; m++) {
      body('b', 10);
      advance(60_000);
    }
    for (let i = 0; i < 9; i++) body('b', 10);
    expect(check('b').kind).toBe('allow'); // 90 < 100
    body('b', 10);
    expect(check('b')).toMatchObject({ kind: 'block', reason: 'risk_bulk_exfiltration' });
  });

  it('enumeration: sequential ids on one route switch the agent to mask-all', () => {
    const { check, events } = setup();
    const kinds = [101, 102, 103, 104, 105].map((id) => check('bulk-bot', 'GET /api/customers/{id}', `/api/customers/${id}`).kind);
    expect(kinds).toEqual(['allow', 'allow', 'allow', 'allow', 'mask-all']);
    expect(check('bulk-bot', 'GET /api/orders', '/api/orders')).toEqual({ kind: 'mask-all', reason: 'risk_enumeration_sequential' });
    expect(events.map((e) => e.reason)).toEqual(['enumeration_sequential']);
  });

  it('enumeration: scattered ids do not trigger', () => {
    const { check } = setup();
    for (const id of [5, 91, 17, 4, 230, 18, 77]) expect(check('bulk-bot', 'GET /api/customers/{id}', `/api/customers/${id}`).kind).toBe('allow');
  });

  it('enumeration: fan-out over many distinct routes in a minute', () => {
    const { check } = setup();
    const kinds = Array.from({ length: 30 }, (_, i) => check('bulk-bot', `GET /api/r${i}`, `/api/r${i}`).kind);
    expect(kinds.slice(0, 15).every((k) => k === 'allow')).toBe(true);
    expect(kinds[29]).toBe('mask-all');
  });

  it('credential stuffing on authentication routes only, shared by all unknown callers', () => {
    const { check } = setup();
    for (let i = 0; i < 10; i++) expect(check(null, 'GET /api/catalog', '/api/catalog', 'search').kind).toBe('allow');
    const kinds = Array.from({ length: 5 }, () => check(null, 'POST /login', '/login', 'authentication').kind);
    expect(kinds).toEqual(['allow', 'allow', 'allow', 'allow', 'block']);
    expect(check('other-bot', 'POST /login', '/login', 'authentication').kind).toBe('allow');
  });

  it('alert only records: no change to what the agent gets', () => {
    const { check, body, events } = setup('agents:\n  a: {routes: ["**"]}\nrisk: {bulkExfiltration: {action: alert, maxValuesPerResponse: 5}}\n');
    body('a', 6);
    expect(check('a').kind).toBe('allow');
    expect(events).toEqual([expect.objectContaining({ action: 'alert', reason: 'bulk_exfiltration' })]);
  });
});

describe('RiskEngine memory', () => {
  it('tracks unknown callers in one bucket, whatever ids they claim', () => {
    const { check, body, risk } = setup();
    for (let i = 0; i < 1000; i++) {
      check(null);
      body(`made-up-${i}`, 1);
    }
    expect(risk.trackedAgents).toBe(1);
  });
});
