import type { AccessEvent } from '../../src/audit/events';
import { Metrics } from '../../src/metrics/metrics';
import { AccessGate, isImmediateAnswer } from '../../src/policy/access-gate';
import { compilePolicyText } from '../../src/policy/compile';
import { staticPolicy } from '../../src/policy/store';
import { RiskEngine } from '../../src/risk/risk-engine';
import type { AgentContext, Category, ImmediateAnswer, RequestInfo, RouteTemplate } from '../../src/types';
import { nowSec, signJwt } from '../identity/sign';

const SECRET = 'x'.repeat(40);
const POLICY = `
identity: {header: x-agent-id, jwt: {secret: GATE_SECRET}}
unknownAgent: mask
uncategorized: mask
agents:
  support-bot: {routes: ["GET /api/customers/**"], reveal: [EMAIL_ADDRESS]}
  profile-bot: {categories: [user_profile]}
  strict-bot: {routes: ["**"], tokenRequired: true}
  quota-bot: {routes: ["**"], quota: {requestsPerMinute: 2}}
`;
const CATEGORIES: Record<string, Category> = { 'GET /api/customers/{id}': 'user_profile', 'GET /api/payments/{id}': 'payment' };

function gate(policyText = POLICY) {
  const metrics = new Metrics({ defaultMetrics: false });
  const events: AccessEvent[] = [];
  const policy = staticPolicy(compilePolicyText(policyText, 'p.yaml', '/', { GATE_SECRET: SECRET }));
  const sink = { onEvent: (e: AccessEvent) => events.push(e) };
  const risk = new RiskEngine({ metrics, policy, events: sink });
  const g = new AccessGate({ policy, risk, metrics, events: sink, categoryOf: (r) => CATEGORIES[r] });
  const admit = (route: string, headers: Record<string, string> = {}) => {
    const req: RequestInfo = { method: 'GET', path: '/p', query: '', authority: 'api', headers: new Map(Object.entries(headers)), metadata: {} };
    return g.admit(req, route as RouteTemplate);
  };
  return { admit, metrics, events };
}

const token = (sub: string, exp = nowSec() + 300) => `Bearer ${signJwt({ sub, exp }, { alg: 'HS256', secret: SECRET })}`;
const summary = (x: AgentContext | ImmediateAnswer) =>
  isImmediateAnswer(x) ? `${x.status} ${x.reason}` : `${x.id ?? '-'} ${x.known ? 'known' : 'unknown'}${x.maskAll ? ' mask-all' : ''}`;

describe('AccessGate.admit', () => {
  const cases: Array<[string, string, Record<string, string>, string]> = [
    ['listed agent, allowed route', 'GET /api/customers/{id}', { 'x-agent-id': 'support-bot' }, 'support-bot known'],
    ['listed agent, route not allowed', 'GET /api/payments/{id}', { 'x-agent-id': 'support-bot' }, '403 route_denied'],
    ['category allowed', 'GET /api/customers/{id}', { 'x-agent-id': 'profile-bot' }, 'profile-bot known'],
    ['category not allowed', 'GET /api/payments/{id}', { 'x-agent-id': 'profile-bot' }, '403 category_denied'],
    ['route not categorised yet → masked', 'GET /api/new', { 'x-agent-id': 'profile-bot' }, 'profile-bot known mask-all'],
    ['unlisted id is unknown, masked', 'GET /api/customers/{id}', { 'x-agent-id': 'who-knows' }, 'who-knows unknown'],
    ['no id at all', 'GET /api/customers/{id}', {}, '- unknown'],
    ['token required, header only → unknown without the claimed id', 'GET /x', { 'x-agent-id': 'strict-bot' }, '- unknown'],
    ['token required, valid token', 'GET /x', { authorization: token('strict-bot') }, 'strict-bot known'],
    ['expired token next to a header claim', 'GET /api/customers/{id}', { authorization: token('support-bot', nowSec() - 3600), 'x-agent-id': 'support-bot' }, '- unknown'],
  ];
  it.each(cases)('%s', (_name, route, headers, expected) => {
    expect(summary(gate().admit(route, headers))).toBe(expected);
  });

  it('returns the prebuilt context with reveal for an allowed agent', () => {
    const a = gate().admit('GET /api/customers/{id}', { 'x-agent-id': 'support-bot' }) as AgentContext;
    expect([...a.reveal]).toEqual(['EMAIL_ADDRESS']);
    const g = gate();
    expect(g.admit('GET /api/customers/{id}', { 'x-agent-id': 'support-bot' })).toBe(g.admit('GET /api/customers/{id}', { 'x-agent-id': 'support-bot' })); // no allocation per request
  });

  it('unknownAgent: deny → 403, or 401 with www-authenticate for a bad token', () => {
    const g = gate(POLICY.replace('unknownAgent: mask', 'unknownAgent: deny'));
    const denied = g.admit('GET /api/customers/{id}', { 'x-agent-id': 'who-knows' }) as ImmediateAnswer;
    expect(denied).toMatchObject({ status: 403, reason: 'unknown_agent', headers: { 'content-type': 'application/json' } });
    expect(JSON.parse(denied.body)).toEqual({ error: 'unknown_agent', message: 'this caller is not a known agent' });
    // Flip the signature's first character: it carries 6 whole bits (the last one may carry padding bits only).
    const forged = g.admit('GET /x', { authorization: token('strict-bot').replace(/\.([A-Za-z0-9_-])([^.]*)$/, (_, c: string, rest: string) => `.${c === 'A' ? 'B' : 'A'}${rest}`) }) as ImmediateAnswer;
    expect(forged).toMatchObject({ status: 401, reason: 'invalid_token', headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
  });

  it('quota → 429 with retry-after header and JSON body', () => {
    const g = gate();
    g.admit('GET /x', { 'x-agent-id': 'quota-bot' });
    g.admit('GET /x', { 'x-agent-id': 'quota-bot' });
    const a = g.admit('GET /x', { 'x-agent-id': 'quota-bot' }) as ImmediateAnswer;
    expect(a).toMatchObject({ status: 429, reason: 'quota_requests' });
    expect(Number(a.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(a.body)).toMatchObject({ error: 'quota_requests', retryAfterSeconds: Number(a.headers['retry-after']) });
  });

  it('counts decisions by action, agent and reason, and audits denials at most once a second per reason', async () => {
    const g = gate();
    for (let i = 0; i < 3; i++) g.admit('GET /api/customers/{id}', { 'x-agent-id': 'support-bot' });
    for (let i = 0; i < 5; i++) g.admit('GET /api/payments/{id}', { 'x-agent-id': 'support-bot' });
    g.admit('GET /api/customers/{id}', { 'x-agent-id': 'spoofed-id-123' });
    const values = (await g.metrics.decisions.get()).values.map((v) => `${v.labels.action}/${v.labels.agent}/${v.labels.reason}=${v.value}`);
    expect(values.sort()).toEqual(['allow/support-bot/policy=3', 'deny/support-bot/route_denied=5', 'mask/unknown/unknown_agent=1']);
    expect(g.events).toEqual([expect.objectContaining({ kind: 'decision', action: 'deny', reason: 'route_denied', agent: 'support-bot', route: 'GET /api/payments/{id}' })]);
  });
});
