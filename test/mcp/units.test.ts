import { McpAdmission, isMcpRequest } from '../../src/mcp/admission';
import { McpToolCatalog } from '../../src/mcp/catalog';
import { jsonRpcRefusal } from '../../src/mcp/deny';
import { parseCalls, type McpCall } from '../../src/mcp/jsonrpc';
import { mcpRoute, uriTemplate, withMcpSession } from '../../src/mcp/routes';
import { McpSessions } from '../../src/mcp/sessions';
import { sseMessages } from '../../src/mcp/sse-messages';
import { compileRoutePattern } from '../../src/policy/route-pattern';
import type { AgentContext, AgentId, ImmediateAnswer, RequestInfo, RouteTemplate } from '../../src/types';

const call = (method: string, params?: Record<string, unknown>, id = 1): McpCall => ({ id, method, params });
const note = (method: string): McpCall => ({ id: undefined, method, params: undefined });
const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));

describe('MCP routes', () => {
  it.each([
    [call('tools/call', { name: 'crm.lookup_customer' }), 'MCP tools/call crm.lookup_customer'],
    [call('tools/call', { name: '  send sms ' }), 'MCP tools/call send_sms'],
    [call('tools/call', {}), 'MCP tools/call'],
    [call('prompts/get', { name: 'summarise' }), 'MCP prompts/get summarise'],
    [call('resources/read', { uri: 'crm://customers/12345/orders?page=2' }), 'MCP resources/read crm://customers/{id}/orders'],
    [call('initialize'), 'MCP initialize'],
    [note('notifications/initialized'), 'MCP notifications/initialized'],
  ])('%j → %s', (c, route) => {
    expect(mcpRoute(c)).toBe(route);
  });

  it.each([
    ['file:///srv/data/2024/report-7.pdf', 'file:///srv/data/{id}/{id}'],
    ['https://api.example.com/v2/users/u_991', 'https://api.example.com/v2/users/{id}'],
    ['notes/today', 'notes/today'],
  ])('uri template %s → %s', (uri, t) => expect(uriTemplate(uri)).toBe(t));

  it('policy patterns match tool routes, and MCP agents get the session plumbing', () => {
    const allowed = withMcpSession(['MCP tools/call crm.*']).map(compileRoutePattern);
    const ok = (r: string) => allowed.some((m) => m(r as RouteTemplate));
    expect(['MCP tools/call crm.lookup', 'MCP initialize', 'MCP tools/list', 'MCP notifications/initialized', 'MCP ping'].every(ok)).toBe(true);
    expect(ok('MCP tools/call admin.export')).toBe(false);
    expect(ok('MCP resources/read crm://x')).toBe(false);
    expect(withMcpSession(['GET /api/**'])).toEqual(['GET /api/**']);
  });
});

describe('JSON-RPC parsing', () => {
  it.each([
    ['a request', { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 't' } }, [{ id: 7, method: 'tools/call', params: { name: 't' } }]],
    ['a notification', { jsonrpc: '2.0', method: 'notifications/initialized' }, [{ id: undefined, method: 'notifications/initialized', params: undefined }]],
    ['a batch', [{ jsonrpc: '2.0', id: 'a', method: 'ping' }, { jsonrpc: '2.0', id: 'b', method: 'tools/list' }], [expect.objectContaining({ id: 'a' }), expect.objectContaining({ id: 'b' })]],
    ['a client response to a server request', { jsonrpc: '2.0', id: 3, result: {} }, []],
    ['plain JSON', { customerId: 1 }, null],
    ['JSON-RPC 1.0', { id: 1, method: 'x' }, null],
    ['an object id', { jsonrpc: '2.0', id: { x: 1 }, method: 'x' }, null],
    ['not JSON', 'name=x', null],
  ])('%s', (_name, body, expected) => {
    expect(parseCalls(bytes(body))).toEqual(expected);
  });
});

describe('JSON-RPC refusals', () => {
  const denied: ImmediateAnswer = { status: 403, reason: 'route_denied', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'route_denied', message: 'agent a may not call X' }) };
  const quota: ImmediateAnswer = { status: 429, reason: 'quota', headers: { 'retry-after': '30' }, body: JSON.stringify({ error: 'quota', message: 'quota exceeded', retryAfterSeconds: 30 }) };
  const badToken: ImmediateAnswer = { status: 401, reason: 'invalid_token', headers: { 'www-authenticate': 'Bearer error="invalid_token"' }, body: '{}' };

  it.each([
    ['one request', [call('tools/call', {}, 5)], denied, 200, { jsonrpc: '2.0', id: 5, error: { code: -32001, message: 'agent a may not call X', data: { reason: 'route_denied', status: 403 } } }],
    ['a batch', [call('ping', {}, 1), call('tools/call', {}, 2), note('notifications/x')], denied, 200, [expect.objectContaining({ id: 1 }), expect.objectContaining({ id: 2 })]],
    ['a quota refusal', [call('tools/call', {}, 5)], quota, 200, expect.objectContaining({ error: expect.objectContaining({ data: { reason: 'quota', status: 429, retryAfterSeconds: 30 } }) })],
    ['notifications only', [note('notifications/x')], denied, 403, expect.objectContaining({ id: null })],
    ['an invalid token', [call('tools/call', {}, 5)], badToken, 401, expect.objectContaining({ id: 5 })],
  ])('%s', (_name, calls, answer, status, body) => {
    const r = jsonRpcRefusal(calls, answer);
    expect(r.status).toBe(status);
    expect(JSON.parse(r.body)).toEqual(body);
    expect(r).toMatchObject({ reason: answer.reason, headers: { ...answer.headers, 'content-type': 'application/json' } });
  });
});

describe('McpAdmission', () => {
  const ctx = (id: string, maskAll = false): AgentContext => ({ id: id as AgentId, known: true, reveal: new Set(), strategies: new Map(), maskAll });
  const req = (headers: Record<string, string>, method = 'POST', path = '/mcp'): RequestInfo => ({ method, path, query: '', authority: 'x', headers: new Map(Object.entries(headers)), metadata: {} });
  const mcpReq = req({ accept: 'application/json, text/event-stream' });

  it.each([
    ['the Accept pair', req({ accept: 'application/json, text/event-stream' }), true],
    ['an MCP session header', req({ 'mcp-session-id': 'abc' }), true],
    ['an MCP protocol header', req({ 'mcp-protocol-version': '2025-06-18' }), true],
    ['an operator-listed path', req({}, 'POST', '/tools'), true],
    ['a plain JSON POST', req({ accept: 'application/json' }), false],
    ['a GET (the SSE listening stream)', req({ 'mcp-session-id': 'abc' }, 'GET'), false],
  ])('recognises %s: %s', (_name, r, expected) => {
    expect(isMcpRequest(r, ['/tools'])).toBe(expected);
  });

  it('admits every distinct route of a batch, takes the first as the stream route and the most restrictive context', () => {
    const asked: string[] = [];
    const sessions = new McpSessions();
    const a = new McpAdmission({ sessions, admit: (_r, route) => (asked.push(route), ctx('bot', route.endsWith('b'))) });
    const body = bytes([{ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'a' } }, { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'b' } }, { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'a' } }]);
    expect(a.admit(mcpReq, 'POST /mcp' as RouteTemplate, body, 's1')).toEqual({ route: 'MCP tools/call a', agent: ctx('bot', true) });
    expect(asked).toEqual(['MCP tools/call a', 'MCP tools/call b']);
    expect(sessions.take('s1')!.map((c) => c.id)).toEqual([1, 2, 3]);
  });

  it('admits a body that is not JSON-RPC with the HTTP route', () => {
    const a = new McpAdmission({ sessions: new McpSessions(), admit: (_r, route) => (route === 'POST /mcp' ? ctx('bot') : { status: 403, reason: 'x', headers: {}, body: '{}' }) });
    expect(a.admit(mcpReq, 'POST /mcp' as RouteTemplate, bytes('not json'), 's1')).toEqual({ route: 'POST /mcp', agent: ctx('bot') });
  });
});

describe('McpSessions and the tool catalog', () => {
  it('forgets the oldest stream past its bound', () => {
    const s = new McpSessions(2);
    for (const id of ['a', 'b', 'c']) s.asked(id, [{ id: 1, method: 'tools/list', params: undefined }]);
    expect([s.take('a'), s.take('b')?.length, s.take('c')?.length, s.size]).toEqual([undefined, 1, 1, 0]);
  });

  it('learns tools only from the answer whose id matches the tools/list request, off the data path', async () => {
    const sessions = new McpSessions();
    const fed: string[] = [];
    const catalog = new McpToolCatalog({ sessions, onTool: (r) => fed.push(r), now: () => 0 });
    sessions.asked('s1', [{ id: 9, method: 'tools/list', params: undefined }]);
    const sse = [
      `data: ${JSON.stringify({ jsonrpc: '2.0', id: 8, result: { tools: [{ name: 'wrong.answer' }] } })}\n\n`,
      `data: ${JSON.stringify({ jsonrpc: '2.0', id: 9, result: { tools: [{ name: 'crm.lookup', description: 'd', inputSchema: { type: 'object' } }, { name: 'big', inputSchema: { x: 'y'.repeat(20_000) } }] } })}\n\n`,
    ].join('');
    const inner = { push: (c: Uint8Array) => c, end: () => Buffer.alloc(0) };
    const p = catalog.observe({ streamId: 's1', direction: 'response', contentType: 'text/event-stream' }, inner);
    expect(p).not.toBe(inner);
    p.push(Buffer.from(sse));
    p.end();
    expect(catalog.tools()).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(catalog.tools()).toEqual([
      { name: 'big', route: 'MCP tools/call big', description: '', firstSeen: '1970-01-01T00:00:00.000Z', lastSeen: '1970-01-01T00:00:00.000Z' },
      { name: 'crm.lookup', route: 'MCP tools/call crm.lookup', description: 'd', inputSchema: { type: 'object' }, firstSeen: '1970-01-01T00:00:00.000Z', lastSeen: '1970-01-01T00:00:00.000Z' },
    ]);
    expect(fed).toEqual(['MCP tools/call crm.lookup', 'MCP tools/call big']);
    expect(catalog.observe({ streamId: 'other', direction: 'response', contentType: 'application/json' }, inner)).toBe(inner);
  });

  it('reads SSE data payloads as a client does', () => {
    expect(sseMessages('id: 1\r\ndata: {"a":\r\ndata:1}\r\n\r\n: c\n\ndata\n\ndata:x')).toEqual(['{"a":\n1}', '', 'x']);
  });
});
