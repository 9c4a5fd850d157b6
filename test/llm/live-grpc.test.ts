import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../../src/app';
import { parseConfig } from '../../src/config/config';
import type { RoutesDocument } from '../../src/profile/inventory';
import { replay } from '../support/envoy-exchange';
import { EnvoyStandin } from '../support/envoy-standin';
import { cnMobile, cnName } from '../profile/support';
import { answering, OpenAiTestServer, profileFor } from './openai-server';

// The whole sidecar (App, as `serve` builds it) with the Envoy stand-in in
// front and a real OpenAI-protocol server behind the profiler: the LLM's answer
// reaches the live gRPC path without a restart.

const ID_CARD = '11010519491231002X';

function member(i: number): unknown {
  return { code: 0, data: { uid: 5000 + i, c7: cnName(i), mobile: cnMobile(i), c3: ID_CARD, lvl: 'gold' } };
}

describe('LLM profile on the live gRPC path', () => {
  let server: OpenAiTestServer;
  let stateDir: string;
  let app: App;
  let envoy: EnvoyStandin;
  let adminPort: number;

  beforeEach(async () => {
    server = await OpenAiTestServer.start(answering((req) => profileFor(req, [{ pointer: '/data/c7', type: 'PERSON_NAME', confidence: 0.93 }], 'user_profile', 'high')));
    stateDir = mkdtempSync(join(tmpdir(), 'apiward-live-'));
    const config = parseConfig({ stateDir, grpcAddr: '127.0.0.1:0', adminAddr: '127.0.0.1:0' });
    app = new App(config, {
      env: { APIWARD_AUDIT_KEY: 'k'.repeat(40), OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: 'sk-live', APIWARD_LLM_MODEL: 'qwen-test' },
      log: () => undefined,
      profilerLimits: { profileAfter: 10, perSecond: 1000, burst: 1000, reprofileAfterMs: 0 },
    });
    const ports = await app.start();
    adminPort = ports.adminPort;
    envoy = new EnvoyStandin(`127.0.0.1:${ports.grpcPort}`);
  });
  afterEach(async () => {
    envoy.close();
    await app.stop(500);
    await server.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  const get = async (i: number): Promise<string> => {
    const r = await replay(envoy, {
      method: 'GET',
      path: `/api/v3/members/${9000 + i}`,
      requestHeaders: [['x-agent-id', 'crm-bot']],
      status: 200,
      responseHeaders: [['content-type', 'application/json']],
      responseBody: JSON.stringify(member(i)),
      modes: { request: 'NONE', response: 'BUFFERED' },
    });
    return r.downstream!.body.toString('utf8');
  };

  it('after N sampled responses the LLM labels an obscure field; from then on it is masked on the wire', async () => {
    expect(await get(0)).toContain(cnName(0));
    for (let i = 1; i <= 12; i++) await get(i);
    await app.profiler.settle();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].headers.authorization).toBe('Bearer sk-live');

    const after = await get(77);
    expect(after).not.toContain(cnName(77));
    expect(JSON.parse(after).data.c7).toMatch(/^.\*+$/);

    const routes = (await (await fetch(`http://127.0.0.1:${adminPort}/v1/routes`)).json()) as RoutesDocument;
    const r = routes.routes.find((x) => x.route === 'GET /api/v3/members/{id}');
    expect(r).toMatchObject({ category: 'user_profile', risk: 'high', samples: 14 });
    expect(r?.fields).toContainEqual({ pointer: '/data/c7', type: 'PERSON_NAME', confidence: 0.93, source: 'llm' });

    // What the model was shown, on the wire: no raw value a detector flagged.
    const wire = JSON.stringify(server.requests.map((q) => q.body));
    expect(wire).not.toContain(ID_CARD);
    for (let i = 0; i <= 12; i++) expect(wire).not.toContain(cnName(i));

    const metrics = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
    expect(metrics).toMatch(/apiward_profiles_built_total\{source="llm"\} 1/);
    expect(metrics).toMatch(/apiward_llm_requests_total\{outcome="ok"\} 1/);
  });
});
