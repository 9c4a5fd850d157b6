import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LLM_DEFAULTS, type LlmConfig } from '../../src/llm/config';
import { Metrics } from '../../src/metrics/metrics';
import { Profiler, type ProfilerLimits } from '../../src/profile/profiler';
import type { FieldPath, RouteTemplate } from '../../src/types';
import { cnMobile, cnName, exchange } from '../profile/support';
import { answering, OpenAiTestServer, profileFor } from './openai-server';

// The LLM worker end to end at the profiler level: real OpenAI-protocol server,
// real classifier and JSON masker. (The same over live gRPC is in the app tests.)

const ROUTE = 'GET /api/v3/members/{id}' as RouteTemplate;
const ID_CARD = '11010519491231002X';
const LIMITS: Partial<ProfilerLimits> = { profileAfter: 10, perSecond: 1000, burst: 1000, persistDebounceMs: 10, reprofileAfterMs: 0 };

function body(i: number): string {
  return JSON.stringify({ code: 0, data: { uid: 1000 + i, c7: cnName(i), mobile: cnMobile(i), c3: ID_CARD, lvl: 'gold' } });
}

const C7_IS_A_NAME = answering((req) => profileFor(req, [{ pointer: '/data/c7', type: 'PERSON_NAME', confidence: 0.93 }], 'user_profile', 'high'));

describe('Profiler with an LLM endpoint', () => {
  let server: OpenAiTestServer;
  let dir: string;
  let metrics: Metrics;
  const open: Profiler[] = [];
  const llmConfig = (over: Partial<LlmConfig> = {}): LlmConfig => ({
    ...LLM_DEFAULTS, baseURL: server.baseURL, apiKey: 'k', model: 'm', timeoutMs: 2_000, backoffMs: 10, ...over,
  });
  const make = (over: Partial<LlmConfig> = {}) => {
    const p = new Profiler({ metrics, logger: { warn: () => undefined }, stateDir: dir, llm: llmConfig(over), limits: LIMITS });
    p.start();
    open.push(p);
    return p;
  };

  beforeEach(async () => {
    server = await OpenAiTestServer.start(C7_IS_A_NAME);
    dir = mkdtempSync(join(tmpdir(), 'apiward-llm-'));
    metrics = new Metrics({ defaultMetrics: false });
  });
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('labels an obscure field from the LLM answer; from then on it is masked', async () => {
    const p = make();
    const first = exchange(p, 'GET', '/api/v3/members/1', body(1));
    expect(first.body).toContain(cnName(1)); // nothing local knows what c7 is

    for (let i = 2; i <= 12; i++) exchange(p, 'GET', `/api/v3/members/${i}`, body(i));
    await p.settle();
    expect(server.requests).toHaveLength(1);
    expect(server.shown(0).route).toBe(ROUTE);
    expect(server.shown(0).fields.find((f) => f.pointer === '/data/c7')).toMatchObject({ key: 'c7', shapes: expect.arrayContaining([expect.stringMatching(/^cjk[23]$/)]) });

    const after = exchange(p, 'GET', '/api/v3/members/99', body(99));
    expect(after.body).not.toContain(cnName(99));
    expect(after.findings.find((f) => f.fieldPath === '/data/c7')).toMatchObject({ type: 'PERSON_NAME', source: 'llm' });
    expect(p.fieldMapFor(ROUTE).lookup('response', '/data/c7' as FieldPath)).toEqual({ type: 'PERSON_NAME', confidence: 0.93, source: 'llm' });

    const inv = p.routes().routes.find((r) => r.route === ROUTE);
    expect(inv).toMatchObject({ category: 'user_profile', risk: 'high' });
    expect(inv?.fields).toContainEqual({ pointer: '/data/c7', type: 'PERSON_NAME', confidence: 0.93, source: 'llm' });
    expect((await metrics.profilesBuilt.get()).values).toContainEqual(expect.objectContaining({ labels: { source: 'llm' }, value: 1 }));
  });

  it('never sends the LLM a raw value a detector flagged (nor, by default, any other raw value)', async () => {
    const p = make();
    const sent: string[] = [];
    for (let i = 1; i <= 12; i++) {
      exchange(p, 'GET', `/api/v3/members/${i}`, body(i));
      sent.push(cnMobile(i), cnName(i));
    }
    await p.settle();
    const wire = JSON.stringify(server.requests.map((r) => r.body));
    expect(server.requests.length).toBeGreaterThan(0);
    for (const raw of [ID_CARD, ...sent]) expect(wire).not.toContain(raw);
    // What it does see: the masked form of flagged values.
    expect(wire).toContain('110105********002X');
  });

  it('does not ask again about an unchanged schema, not even after a restart', async () => {
    const p = make();
    for (let i = 1; i <= 30; i++) exchange(p, 'GET', `/api/v3/members/${i}`, body(i));
    await p.settle();
    expect(server.requests).toHaveLength(1);
    await p.close();

    const again = make();
    for (let i = 31; i <= 60; i++) exchange(again, 'GET', `/api/v3/members/${i}`, body(i));
    await again.settle();
    expect(server.requests).toHaveLength(1);
    expect(exchange(again, 'GET', '/api/v3/members/61', body(61)).body).not.toContain(cnName(61));

    // A new field is a new schema: asked again.
    for (let i = 62; i <= 64; i++) exchange(again, 'GET', `/api/v3/members/${i}`, body(i).replace('"lvl"', '"x9":"A1","lvl"'));
    await again.settle();
    expect(server.requests).toHaveLength(2);
  });
});
