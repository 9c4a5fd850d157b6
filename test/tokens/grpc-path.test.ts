import { main as auditCli } from '../../src/cli/audit';
import { call, startAgentApp, TEST_ENV, type AgentApp } from '../framing/app';

// Per-agent reversible tokens end to end: handed out in a response, handed
// back in a request, restored only where the agent's policy allows.

const POLICY = `
identity: {header: x-agent-id}
agents:
  billing-bot:
    routes: ["GET /api/customers/**", "POST /api/sms/send", "POST /api/notes"]
    strategies: {PHONE_NUMBER: token}
    detokenize: ["POST /api/sms/send"]
  support-bot:
    routes: ["GET /api/customers/**", "POST /api/sms/send"]
    strategies: {PHONE_NUMBER: token}
    detokenize: ["POST /api/sms/send"]
`;
const PHONE = '13800138000';

describe('per-agent tokens over the real gRPC path', () => {
  let h: AgentApp;
  const tokens: Record<string, string> = {};
  const as = (agent: string): ReadonlyArray<readonly [string, string]> => [['x-agent-id', agent], ['content-type', 'application/json']];
  const send = async (agent: string, path: string, body: unknown) => {
    const o = await call(h.envoy, { method: 'POST', path, headers: as(agent), requestBody: JSON.stringify(body) });
    if (o.upstream === undefined) throw new Error(`request refused: ${o.immediate?.body}`);
    return { path: o.upstream.path, body: JSON.parse(o.upstream.body.toString()) as Record<string, string> };
  };
  beforeAll(async () => {
    h = await startAgentApp(POLICY);
    for (const agent of ['billing-bot', 'support-bot']) {
      const o = await call(h.envoy, {
        path: '/api/customers/42', headers: as(agent),
        response: { contentType: 'application/json', body: Buffer.from(JSON.stringify({ name: '张伟', phone: PHONE })), mode: 'STREAMED' },
      });
      tokens[agent] = (JSON.parse(o.downstream!.body.toString()) as { phone: string }).phone;
    }
  });
  afterAll(() => h.stop());

  it('hands each agent its own token, type visible, value hidden', () => {
    expect(tokens['billing-bot']).toMatch(/^tok_phone_[A-Za-z0-9_-]+$/);
    expect(tokens['support-bot']).toMatch(/^tok_phone_[A-Za-z0-9_-]+$/);
    expect(tokens['billing-bot']).not.toBe(tokens['support-bot']);
  });

  it('restores the token on a detokenize route before the upstream sees the request', async () => {
    expect((await send('billing-bot', '/api/sms/send', { to: tokens['billing-bot'], text: '您的订单已发货' })).body).toEqual({ to: PHONE, text: '您的订单已发货' });
  });

  it('restores a token in the query string too', async () => {
    expect((await send('billing-bot', `/api/sms/send?to=${tokens['billing-bot']}&lang=zh`, {})).path).toBe(`/api/sms/send?to=${PHONE}&lang=zh`);
  });

  it.each([
    ['on a route the policy does not list', 'billing-bot', '/api/notes', () => tokens['billing-bot']!],
    ['for another agent presenting it', 'support-bot', '/api/sms/send', () => tokens['billing-bot']!],
    ['when tampered with', 'billing-bot', '/api/sms/send', () => tokens['billing-bot']!.slice(0, -2) + (tokens['billing-bot']!.endsWith('AA') ? 'BB' : 'AA')],
  ])('leaves the token a token %s', async (_name, agent, path, token) => {
    expect((await send(agent, path, { to: token() })).body.to).toBe(token());
  });

  it('audits every restore (who, which route, request side) and counts refusals', async () => {
    h.app.audit.flush();
    const out: string[] = [];
    const saved = process.env.APIWARD_AUDIT_KEY;
    process.env.APIWARD_AUDIT_KEY = TEST_ENV.APIWARD_AUDIT_KEY;
    try {
      expect(await auditCli(['trace', '--value', PHONE, '--state-dir', h.stateDir, '--json'], { out: (s) => out.push(s), err: (s) => out.push(s) })).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.APIWARD_AUDIT_KEY;
      else process.env.APIWARD_AUDIT_KEY = saved;
    }
    const trace = JSON.parse(out.join('\n')) as { recipients: Array<{ agent: string; route: string; direction: string; released: string }> };
    expect(trace.recipients).toEqual([expect.objectContaining({ agent: 'billing-bot', route: 'POST /api/sms/send', direction: 'request', released: 'clear' })]);
    const metrics = await h.admin('/metrics');
    expect(metrics).toMatch(/apiward_tokens_restored_total\{outcome="restored"\} 2/);
    expect(metrics).toMatch(/apiward_tokens_restored_total\{outcome="refused"\} [1-9]/);
  });
});
