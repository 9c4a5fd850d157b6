import { LlmProfiler } from '../../src/llm/client';
import { LLM_DEFAULTS, type LlmConfig } from '../../src/llm/config';
import type { ProfileRequest } from '../../src/llm/prompt';
import { Metrics } from '../../src/metrics/metrics';
import type { RouteTemplate } from '../../src/types';
import { answering, completion, OpenAiTestServer, profileFor, sendJson, type Behaviour } from './openai-server';

const REQ: ProfileRequest = {
  route: 'GET /api/v3/members/{id}' as RouteTemplate,
  method: 'GET',
  direction: 'response',
  samples: 20,
  fields: [{ pointer: '/data/c7', key: 'c7', kinds: ['string'], presence: 1, shapes: ['cjk2'], examples: [], detected: {} }],
};
const GOOD: Behaviour = answering((req) => profileFor(req, [{ pointer: '/data/c7', type: 'PERSON_NAME', confidence: 0.93 }]));

function config(baseURL: string, over: Partial<LlmConfig> = {}): LlmConfig {
  return {
    ...LLM_DEFAULTS,
    baseURL,
    apiKey: 'sk-test-key',
    model: 'qwen-test',
    timeoutMs: 400,
    backoffMs: 10,
    breakerThreshold: 3,
    breakerCooldownMs: 300,
    ...over,
  };
}

async function outcomes(metrics: Metrics): Promise<Record<string, number>> {
  return Object.fromEntries((await metrics.llmRequests.get()).values.map((v) => [v.labels.outcome as string, v.value]));
}

describe('LlmProfiler against a real OpenAI-protocol server', () => {
  let server: OpenAiTestServer;
  let metrics: Metrics;
  let warnings: string[];
  let llm: LlmProfiler;
  const make = (over: Partial<LlmConfig> = {}, baseURL = server.baseURL) => {
    llm = new LlmProfiler({ config: config(baseURL, over), metrics, logger: { warn: (m) => warnings.push(m) }, random: () => 0.5 });
    return llm;
  };

  beforeEach(async () => {
    server = await OpenAiTestServer.start(GOOD);
    metrics = new Metrics({ defaultMetrics: false });
    warnings = [];
  });
  afterEach(async () => {
    llm?.close();
    await server.close();
  });

  it('sends the contract request and returns the validated profile', async () => {
    const p = await make().profile(REQ);
    expect(p).toEqual({ route: REQ.route, category: 'user_profile', risk: 'high', fields: [{ pointer: '/data/c7', type: 'PERSON_NAME', confidence: 0.93 }] });
    const [seen] = server.requests;
    expect(seen.path).toBe('/v1/chat/completions');
    expect(seen.headers.authorization).toBe('Bearer sk-test-key');
    expect(seen.body.model).toBe('qwen-test');
    expect(seen.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: true, name: expect.any(String) } });
    expect(seen.body.response_format.json_schema.schema.required).toEqual(['route', 'category', 'risk', 'fields']);
    expect(seen.body.tools).toBeUndefined();
    expect(server.shown(0)).toMatchObject({ route: REQ.route, direction: 'response', fields: [{ pointer: '/data/c7', shapes: ['cjk2'] }] });
    expect(await outcomes(metrics)).toEqual({ ok: 1 });
    const tokens = Object.fromEntries((await metrics.llmTokens.get()).values.map((v) => [v.labels.kind, v.value]));
    expect(tokens).toEqual({ prompt: 120, completion: 30 });
  });

  const rejected: Array<[string, string]> = [
    ['prose instead of JSON', 'The field c7 looks like a name.'],
    ['a markdown-fenced answer', '```json\n{"route":"GET /api/v3/members/{id}","category":"user_profile","risk":"high","fields":[]}\n```'],
    ['an unknown category', JSON.stringify({ route: REQ.route, category: 'finance', risk: 'high', fields: [] })],
    ['an unknown type id', JSON.stringify({ route: REQ.route, category: 'other', risk: 'low', fields: [{ pointer: '/a', type: 'NAME', confidence: 0.9 }] })],
    ['a confidence above 1', JSON.stringify({ route: REQ.route, category: 'other', risk: 'low', fields: [{ pointer: '/a', type: 'PERSON_NAME', confidence: 1.5 }] })],
    ['a pointer that is not a pointer', JSON.stringify({ route: REQ.route, category: 'other', risk: 'low', fields: [{ pointer: 'data.c7', type: 'PERSON_NAME', confidence: 0.9 }] })],
    ['an extra key', JSON.stringify({ route: REQ.route, category: 'other', risk: 'low', fields: [], note: 'hi' })],
    ['a missing key', JSON.stringify({ route: REQ.route, category: 'other', fields: [] })],
    ['another route', JSON.stringify({ route: 'GET /other', category: 'other', risk: 'low', fields: [] })],
    ['an empty message', ''],
  ];
  it.each(rejected)('rejects and counts %s, without retrying', async (_n, content) => {
    server.behaviour = answering(() => content);
    await expect(make().profile(REQ)).resolves.toBeNull();
    expect(await outcomes(metrics)).toEqual({ invalid: 1 });
    expect(server.requests).toHaveLength(1);
    expect(warnings[0]).toMatch(/rejected/);
  });

  it('treats a 200 that is not a chat completion at all as a failure, not a crash', async () => {
    server.behaviour = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>gateway</html>');
    };
    await expect(make().profile(REQ)).resolves.toBeNull();
    const o = await outcomes(metrics);
    expect((o.invalid ?? 0) + (o.error ?? 0)).toBe(1);
  });

  it('retries a server error with backoff and then succeeds', async () => {
    let n = 0;
    server.behaviour = (req, res) => (n++ === 0 ? sendJson(res, 503, { error: { message: 'overloaded' } }) : GOOD(req, res));
    await expect(make().profile(REQ)).resolves.not.toBeNull();
    expect(await outcomes(metrics)).toEqual({ error: 1, ok: 1 });
  });

  it('honours a 429 retry-after before retrying', async () => {
    let n = 0;
    server.behaviour = (req, res) => (n++ === 0 ? sendJson(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '1' }) : GOOD(req, res));
    const t0 = Date.now();
    await expect(make().profile(REQ)).resolves.not.toBeNull();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(await outcomes(metrics)).toEqual({ rate_limited: 1, ok: 1 });
  });

  it('gives up at once when retry-after asks for longer than it will wait', async () => {
    server.behaviour = (_req, res) => sendJson(res, 429, { error: { message: 'quota' } }, { 'retry-after': '3600' });
    const t0 = Date.now();
    await expect(make().profile(REQ)).resolves.toBeNull();
    expect(Date.now() - t0).toBeLessThan(500);
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a client error (bad key)', async () => {
    server.behaviour = (_req, res) => sendJson(res, 401, { error: { message: 'bad key' } });
    await expect(make().profile(REQ)).resolves.toBeNull();
    expect(server.requests).toHaveLength(1);
    expect(await outcomes(metrics)).toEqual({ error: 1 });
  });

  it('times out a server that takes 10 s, every attempt, well before it answers', async () => {
    server.behaviour = (req, res) => {
      const t = setTimeout(() => GOOD(req, res), 10_000);
      res.on('close', () => clearTimeout(t));
    };
    const t0 = Date.now();
    await expect(make({ maxAttempts: 2 }).profile(REQ)).resolves.toBeNull();
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(await outcomes(metrics)).toEqual({ timeout: 2 });
  });

  it('counts a server that is down', async () => {
    await expect(make({}, await OpenAiTestServer.deadURL()).profile(REQ)).resolves.toBeNull();
    expect(await outcomes(metrics)).toEqual({ error: 3 });
  });

  it('opens the circuit after repeated failures, refuses calls, then recovers through one trial', async () => {
    server.behaviour = (_req, res) => sendJson(res, 500, { error: { message: 'down' } });
    const p = make({ maxAttempts: 1 });
    for (let i = 0; i < 3; i++) await p.profile(REQ);
    expect(p.circuitOpen).toBe(true);
    expect((await metrics.llmCircuitOpen.get()).values[0].value).toBe(1);
    const before = server.requests.length;
    await expect(p.profile(REQ)).resolves.toBeNull();
    expect(server.requests.length).toBe(before);
    expect((await outcomes(metrics)).circuit_open).toBe(1);

    server.behaviour = GOOD;
    await new Promise((r) => setTimeout(r, 350));
    await expect(p.profile(REQ)).resolves.not.toBeNull();
    expect(p.circuitOpen).toBe(false);
    expect((await metrics.llmCircuitOpen.get()).values[0].value).toBe(0);
  });

  it('re-opens the circuit when the half-open trial fails', async () => {
    server.behaviour = (_req, res) => sendJson(res, 500, {});
    const p = make({ maxAttempts: 1 });
    for (let i = 0; i < 3; i++) await p.profile(REQ);
    await new Promise((r) => setTimeout(r, 350));
    await p.profile(REQ);
    expect(p.circuitOpen).toBe(true);
    expect(server.requests).toHaveLength(4);
  });

  it('stops at the hourly call budget', async () => {
    const p = make({ callsPerHour: 2 });
    for (let i = 0; i < 4; i++) await p.profile(REQ);
    expect(server.requests).toHaveLength(2);
    expect(await outcomes(metrics)).toEqual({ ok: 2, budget: 2 });
  });

  it('stops at the hourly token budget, charged with what the server reported', async () => {
    server.behaviour = (req, res) => sendJson(res, 200, completion(profileFor(req, []), { prompt_tokens: 5_000, completion_tokens: 0 }));
    const p = make({ tokensPerHour: 10_001, maxOutputTokens: 100 });
    for (let i = 0; i < 4; i++) await p.profile(REQ);
    expect(server.requests).toHaveLength(2);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    server.behaviour = (req, res) => setTimeout(() => GOOD(req, res), 80);
    const p = make({ concurrency: 2 });
    const all = await Promise.all(Array.from({ length: 6 }, () => p.profile(REQ)));
    expect(all.every((x) => x !== null)).toBe(true);
    expect(server.maxConcurrent).toBe(2);
  });

  it('close() abandons waiting and in-flight calls promptly', async () => {
    server.behaviour = () => undefined; // never answers
    const p = make({ concurrency: 1, timeoutMs: 60_000 });
    const calls = [p.profile(REQ), p.profile(REQ)];
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    p.close();
    await expect(Promise.all(calls)).resolves.toEqual([null, null]);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});
