import { call, startAgentApp, type AgentApp } from './app';

// What an agent SENDS, through App and the Envoy stand-in (request bodies
// BUFFERED as in envoy.yaml): outbound policy per route.

const POLICY = `
identity: {header: x-agent-id}
agents:
  bot: {routes: ["**"]}
outbound:
  default: mask
  routes:
    - {routes: ["POST /api/partners/**", "GET /api/partners/**"], action: block}
    - {routes: ["POST /api/internal/**"], action: audit}
`;
const ID = '110101199003071233';
const PHONE = '13800138000';

describe('request-side inspection over the real gRPC path', () => {
  let h: AgentApp;
  const headers = (contentType: string): ReadonlyArray<readonly [string, string]> => [['x-agent-id', 'bot'], ['content-type', contentType]];
  const post = (path: string, contentType: string, body: string) => call(h.envoy, { method: 'POST', path, headers: headers(contentType), requestBody: body });
  beforeAll(async () => (h = await startAgentApp(POLICY)));
  afterAll(() => h.stop());

  it.each([
    ['a JSON body', 'application/json', JSON.stringify({ customer: { idNumber: ID, phone: PHONE } })],
    ['a form body', 'application/x-www-form-urlencoded', `idcard=${ID}&phone=${PHONE}`],
    ['an NDJSON body', 'application/x-ndjson', `{"idNumber":"${ID}"}\n{"phone":"${PHONE}"}\n`],
  ])('mask (default): %s reaches the upstream masked', async (_name, contentType, body) => {
    const o = await post('/api/tickets', contentType, body);
    const sent = o.upstream!.body.toString();
    expect(sent).not.toContain(ID);
    expect(sent).not.toContain(PHONE);
    expect(sent).toContain('138****8000');
  });

  it('mask: a query string reaches the upstream masked', async () => {
    const o = await call(h.envoy, { path: `/api/tickets?phone=${PHONE}&page=1`, headers: headers('application/json') });
    expect(o.upstream!.path).toBe('/api/tickets?phone=138****8000&page=1');
  });

  it.each([
    ['a body', () => post('/api/partners/share', 'application/json', JSON.stringify({ idNumber: ID }))],
    ['a query string', () => call(h.envoy, { path: `/api/partners/lookup?idcard=${ID}`, headers: headers('application/json') })],
  ])('block: %s carrying a sensitive value is refused with 403 before the upstream', async (_name, send) => {
    const o = await send();
    expect(o.upstream).toBeUndefined();
    expect(o.immediate).toMatchObject({ status: 403 });
    expect(JSON.parse(o.immediate!.body)).toEqual({ error: 'request_blocked', reason: 'outbound_blocked' });
  });

  it('block: a request with nothing sensitive goes through', async () => {
    expect((await post('/api/partners/share', 'application/json', '{"note":"hello"}')).upstream!.body.toString()).toBe('{"note":"hello"}');
  });

  it('audit: the value goes through unchanged and is counted as sent', async () => {
    const o = await post('/api/internal/sync', 'application/json', JSON.stringify({ idNumber: ID }));
    expect(JSON.parse(o.upstream!.body.toString())).toEqual({ idNumber: ID });
    expect(await h.admin('/metrics')).toMatch(/apiward_findings_total\{type="CN_RESIDENT_ID",route="POST \/api\/internal\/sync",direction="request"\} 1/);
  });
});
