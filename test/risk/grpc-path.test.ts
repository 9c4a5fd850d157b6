import { agent, outcome, startApp, type AppHarness } from '../policy/app-harness';

// Time is moved by shifting Date.now (the risk engine reads it through its
// clock), so "released after the window" takes no real minute.
let offsetMs = 0;
const realNow = Date.now.bind(Date);
beforeAll(() => jest.spyOn(Date, 'now').mockImplementation(() => realNow() + offsetMs));
afterAll(() => jest.restoreAllMocks());

const phones = (n: number, base = 13910000000) => ({ data: Array.from({ length: n }, (_, i) => ({ phone: String(base + i) })) });

describe('quotas over the real gRPC path', () => {
  let h: AppHarness;
  beforeAll(async () => (h = await startApp(`
agents:
  quota-bot: {routes: ["**"], quota: {sensitiveValuesPerMinute: 6}}
  rate-bot: {routes: ["**"], quota: {requestsPerMinute: 3}}
`)));
  afterAll(() => h.stop());

  it('a sensitive-value quota is hit at the right count and released after the window', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push(outcome(await h.call(agent('quota-bot'), '/api/customers', phones(2))).status);
    expect(statuses).toEqual([200, 200, 200, 429]); // 2+2+2 = 6 values used: the quota is spent
    const r = await h.call(agent('quota-bot'), '/api/customers', phones(2));
    expect(outcome(r)).toMatchObject({ status: 429, upstreamCalled: false, body: { error: 'quota_sensitive_values' } });
    const retryAfter = Number(r.immediate!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    offsetMs += (retryAfter - 2) * 1000; // 2 s short: real time passes between calls too
    expect(outcome(await h.call(agent('quota-bot'), '/api/customers', phones(2))).status).toBe(429);
    offsetMs += 2000;
    expect(outcome(await h.call(agent('quota-bot'), '/api/customers', phones(2))).status).toBe(200);
  });

  it('a request quota lets exactly N requests through per minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(outcome(await h.call(agent('rate-bot'), '/api/x', { ok: true })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    offsetMs += 60_000;
    expect(outcome(await h.call(agent('rate-bot'), '/api/x', { ok: true })).status).toBe(200);
  });
});

describe('bulk exfiltration over the real gRPC path', () => {
  let h: AppHarness;
  beforeAll(async () => (h = await startApp(`
agents:
  bulk-bot: {routes: ["**"]}
  other-bot: {routes: ["**"]}
risk:
  cooldownSeconds: 300
  bulkExfiltration: {action: block, warmupResponses: 5, minValuesPerResponse: 20, perResponseFactor: 5}
`)));
  afterAll(() => h.stop());

  it('a burst is blocked for the agent that made it while other agents flow', async () => {
    for (let i = 0; i < 6; i++) {
      expect(outcome(await h.call(agent('bulk-bot'), '/api/customers', phones(2, 13800000000 + i * 10))).status).toBe(200);
      expect(outcome(await h.call(agent('other-bot'), '/api/customers', phones(2))).status).toBe(200);
    }
    const burst = await h.call(agent('bulk-bot'), '/api/customers', phones(40));
    expect(outcome(burst).status).toBe(200); // already answered when the burst is seen, and masked
    expect(burst.downstream!.body.toString()).not.toContain('13910000000');
    const next = await h.call(agent('bulk-bot'), '/api/customers', phones(2));
    expect(outcome(next)).toMatchObject({ status: 429, upstreamCalled: false, body: { error: 'risk_bulk_exfiltration' } });
    expect(Number(next.immediate!.headers.get('retry-after'))).toBeGreaterThan(290);
    for (let i = 0; i < 5; i++) expect(outcome(await h.call(agent('other-bot'), '/api/customers', phones(2))).status).toBe(200);
    const text = await h.app.metrics.registry.metrics();
    expect(text).toContain('apiward_anomalies_total{rule="bulk_exfiltration",agent="bulk-bot"} 1');
    expect(text).toMatch(/apiward_decisions_total\{action="block",agent="bulk-bot",reason="risk_bulk_exfiltration"\} 1/);
    offsetMs += 300_000;
    expect(outcome(await h.call(agent('bulk-bot'), '/api/customers', phones(2))).status).toBe(200);
  });
});
