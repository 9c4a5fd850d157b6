import { call, startAgentApp, type AgentApp, type Outcome } from '../framing/app';

// One MCP session (Streamable HTTP: JSON-RPC POSTs answered with JSON or SSE)
// through App and the Envoy stand-in, as an agent's MCP client drives it.

const POLICY = `
identity: {header: x-agent-id}
unknownAgent: deny
agents:
  crm-bot:
    routes: ["MCP tools/call crm.*"]
    strategies: {PHONE_NUMBER: token}
`;
const PHONE = '13800138000';
const ID = '110101199003071233';
const CUSTOMER = { name: '张伟', phone: PHONE, idNumber: ID };
const TOOLS = [
  { name: 'crm.lookup_customer', description: 'Look up a customer by id', inputSchema: { type: 'object', properties: { customerId: { type: 'string' } } } },
  { name: 'crm.send_sms', description: 'Send an SMS to a customer', inputSchema: { type: 'object', properties: { to: { type: 'string' }, text: { type: 'string' } } } },
  { name: 'admin.export_all', description: 'Export every customer', inputSchema: { type: 'object' } },
];

const headers = (agent: string): ReadonlyArray<readonly [string, string]> => [
  ['x-agent-id', agent], ['content-type', 'application/json'], ['accept', 'application/json, text/event-stream'], ['mcp-protocol-version', '2025-06-18'],
];
const rpc = (id: number | undefined, method: string, params?: unknown) => ({ jsonrpc: '2.0', ...(id === undefined ? {} : { id }), method, ...(params === undefined ? {} : { params }) });
const toolCall = (id: number, name: string) => rpc(id, 'tools/call', { name, arguments: { customerId: 'c-42' } });
const json = (v: unknown) => Buffer.from(JSON.stringify(v));
const sseEvent = (v: unknown, id?: string) => `${id === undefined ? '' : `id: ${id}\n`}event: message\ndata: ${JSON.stringify(v)}\n\n`;
const RAW = [PHONE, ID, '张伟'];
const leaked = (o: Outcome) => RAW.filter((v) => o.downstream!.body.toString('utf8').includes(v));

describe('an MCP session over the ext_proc path', () => {
  let h: AgentApp;
  const post = (agent: string, body: unknown, response?: { contentType: string; body: Buffer; cuts?: number[] }) =>
    call(h.envoy, { method: 'POST', path: '/mcp', headers: headers(agent), requestBody: JSON.stringify(body), response: response && { ...response, mode: 'STREAMED' } });
  beforeAll(async () => (h = await startAgentApp(POLICY)));
  afterAll(() => h.stop());

  it('initialize and notifications/initialized pass for an agent allowed any MCP tool', async () => {
    const init = rpc(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'agent', version: '1' } });
    const result = { jsonrpc: '2.0', id: 1, result: { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'crm', version: '1' } } };
    const o = await post('crm-bot', init, { contentType: 'application/json', body: json(result) });
    expect(JSON.parse(o.upstream!.body.toString())).toEqual(init);
    expect(JSON.parse(o.downstream!.body.toString())).toEqual(result);
    const note = await post('crm-bot', rpc(undefined, 'notifications/initialized'), { contentType: 'application/json', body: Buffer.alloc(0) });
    expect(note.immediate).toBeUndefined();
  });

  it('tools/list feeds the tool inventory and the per-tool routes of /v1/routes', async () => {
    const o = await post('crm-bot', rpc(2, 'tools/list'), { contentType: 'application/json', body: json({ jsonrpc: '2.0', id: 2, result: { tools: TOOLS } }) });
    expect(JSON.parse(o.downstream!.body.toString()).result.tools).toEqual(TOOLS);
    await new Promise((r) => setImmediate(r));
    expect(h.app.tools.tools()).toEqual([
      expect.objectContaining({ name: 'admin.export_all', route: 'MCP tools/call admin.export_all' }),
      expect.objectContaining({ name: 'crm.lookup_customer', description: 'Look up a customer by id', inputSchema: TOOLS[0]!.inputSchema }),
      expect.objectContaining({ name: 'crm.send_sms' }),
    ]);
    const crmBot = h.app.policy.current().agents.get('crm-bot')!;
    expect(h.app.tools.tools((r) => crmBot.routeAllowed(r)).map((t) => t.name)).toEqual(['crm.lookup_customer', 'crm.send_sms']);
    const routes = (JSON.parse(await h.admin('/v1/routes')) as { routes: Array<{ route: string }> }).routes.map((r) => r.route);
    expect(routes).toEqual(expect.arrayContaining(['MCP tools/call crm.lookup_customer', 'MCP tools/call crm.send_sms', 'MCP tools/call admin.export_all', 'MCP tools/list']));
  });

  it('a tool result in JSON is masked: content[].text holding JSON, and structuredContent', async () => {
    const result = { jsonrpc: '2.0', id: 3, result: { content: [{ type: 'text', text: JSON.stringify(CUSTOMER) }], structuredContent: CUSTOMER, isError: false } };
    const o = await post('crm-bot', toolCall(3, 'crm.lookup_customer'), { contentType: 'application/json', body: json(result) });
    expect(leaked(o)).toEqual([]);
    const got = JSON.parse(o.downstream!.body.toString());
    expect(got.result.structuredContent.phone).toMatch(/^tok_phone_/);
    expect(JSON.parse(got.result.content[0].text).phone).toMatch(/^tok_phone_/);
    expect(got.result.structuredContent.idNumber).toBe('110101********1233');
  });

  it('a tool result streamed as SSE (progress notification, then the answer) is masked event by event', async () => {
    const body = Buffer.from(
      sseEvent({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 't', progress: 1, message: `looking up ${PHONE}` } }, 'e1') +
        sseEvent({ jsonrpc: '2.0', id: 4, result: { content: [{ type: 'text', text: `客户 张伟，手机 ${PHONE}，身份证 ${ID}` }], structuredContent: CUSTOMER } }, 'e2'),
    );
    const o = await post('crm-bot', toolCall(4, 'crm.lookup_customer'), { contentType: 'text/event-stream', body, cuts: [7, 40, 41, 120, 200, body.length - 3] });
    expect(leaked(o)).toEqual([]);
    const events = o.downstream!.body.toString().split('\n\n').filter((e) => e !== '');
    expect(events.map((e) => e.split('\n').slice(0, 2))).toEqual([['id: e1', 'event: message'], ['id: e2', 'event: message']]);
    const answer = JSON.parse(events[1]!.split('\n')[2]!.slice('data: '.length));
    expect(answer).toMatchObject({ id: 4, result: { structuredContent: { phone: expect.stringMatching(/^tok_phone_/) } } });
  });

  it.each([
    ['a tool outside the agent’s policy', 'crm-bot', toolCall(5, 'admin.export_all'), { jsonrpc: '2.0', id: 5, error: { code: -32001, data: { reason: 'route_denied', status: 403 } } }],
    ['an unknown agent', 'stranger', toolCall(6, 'crm.lookup_customer'), { jsonrpc: '2.0', id: 6, error: { code: -32001, data: { reason: 'unknown_agent' } } }],
  ])('%s gets a JSON-RPC error for its id, and the upstream is never called', async (_name, agent, body, expected) => {
    const o = await post(agent, body, { contentType: 'application/json', body: json({ never: 'sent' }) });
    expect(o.upstream).toBeUndefined();
    expect(o.immediate!.status).toBe(200);
    expect(o.immediate!.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(o.immediate!.body)).toMatchObject(expected);
  });

  it('a batch with one denied call is refused call by call', async () => {
    const o = await post('crm-bot', [toolCall(8, 'crm.lookup_customer'), toolCall(9, 'admin.export_all')]);
    expect(o.upstream).toBeUndefined();
    expect(JSON.parse(o.immediate!.body)).toEqual([
      expect.objectContaining({ id: 8, error: expect.objectContaining({ code: -32001 }) }),
      expect.objectContaining({ id: 9, error: expect.objectContaining({ code: -32001 }) }),
    ]);
  });

  it('counts findings and decisions per tool route', async () => {
    const metrics = await h.admin('/metrics');
    expect(metrics).toMatch(/apiward_findings_total\{type="PHONE_NUMBER",route="MCP tools\/call crm.lookup_customer",direction="response"\} [1-9]/);
    expect(metrics).toMatch(/apiward_decisions_total\{action="deny",agent="crm-bot",reason="route_denied"\} [1-9]/);
    const routes = (JSON.parse(await h.admin('/v1/routes')) as { routes: Array<{ route: string; samples: number }> }).routes;
    expect(routes.find((r) => r.route === 'MCP tools/call crm.lookup_customer')!.samples).toBeGreaterThanOrEqual(2);
  });
});
