import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compilePolicyFile, compilePolicyText, defaultPolicy } from '../../src/policy/compile';
import { PolicyError } from '../../src/policy/parse';
import type { RequestInfo, RouteTemplate } from '../../src/types';
import { makeKey, nowSec, signJwt } from '../identity/sign';

const r = (s: string) => s as RouteTemplate;
const req = (headers: Record<string, string>): RequestInfo => ({ method: 'GET', path: '/', query: '', authority: 'a', headers: new Map(Object.entries(headers)), metadata: {} });

describe('compilePolicyText', () => {
  const p = compilePolicyText(`
agents:
  billing-bot:
    routes: ["GET /api/payments/**", "MCP tools/call crm.*"]
    reveal: [PHONE_NUMBER]
    strategies: {BANK_ACCOUNT: token, EMAIL_ADDRESS: reveal}
    detokenize: ["POST /api/sms/send"]
  profile-bot:
    categories: [user_profile]
`, 'p.yaml', '/');

  it('prebuilds the agent context the masker reads', () => {
    const a = p.agents.get('billing-bot')!;
    expect(a.context.id).toBe('billing-bot');
    expect(a.context.known).toBe(true);
    expect([...a.context.reveal].sort()).toEqual(['EMAIL_ADDRESS', 'PHONE_NUMBER']);
    expect(a.context.strategies.get('BANK_ACCOUNT')).toBe('token');
    expect(a.context.maskAll).toBe(false);
    expect(a.maskAllContext).toMatchObject({ id: 'billing-bot', known: true, maskAll: true });
    expect(a.maskAllContext.reveal.size).toBe(0);
  });

  it.each([
    ['billing-bot', 'GET /api/payments/{id}', true],
    ['billing-bot', 'MCP tools/call crm.lookup', true],
    ['billing-bot', 'GET /api/customers/{id}', false],
    ['profile-bot', 'DELETE /anything', true], // limited by category only
  ])('%s may call %s: %s', (agent, route, allowed) => {
    expect(p.agents.get(agent)!.routeAllowed(r(route))).toBe(allowed);
    expect(p.agents.get(agent)!.routeAllowed(r(route))).toBe(allowed); // memoised answer is the same
  });

  it('knows detokenize routes and categories', () => {
    expect(p.agents.get('billing-bot')!.detokenizes(r('POST /api/sms/send'))).toBe(true);
    expect(p.agents.get('billing-bot')!.detokenizes(r('POST /api/other'))).toBe(false);
    expect(p.agents.get('billing-bot')!.categories).toBeNull();
    expect([...p.agents.get('profile-bot')!.categories!]).toEqual(['user_profile']);
  });

  it('the default policy names agents by x-agent-id and masks unknown ones', () => {
    const d = defaultPolicy();
    expect(d.unknownAgent).toBe('mask');
    expect(d.identity.resolve(req({ 'x-agent-id': 'x' })).id).toBe('x');
  });

  it('audits values agents send unless a rule says mask or block (a request body is the service\'s input)', () => {
    expect(defaultPolicy().outboundAction(r('POST /api/auth/login'))).toBe('audit');
    const q = compilePolicyText('outbound: {routes: [{routes: ["POST /api/partners/**"], action: mask}]}', 'p.yaml', '/tmp');
    expect(q.outboundAction(r('POST /api/partners/export'))).toBe('mask');
    expect(q.outboundAction(r('POST /api/auth/login'))).toBe('audit');
  });
});

describe('identity key material', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-'));
  const key = makeKey('ES256', 'k1');
  writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [key.jwk] }));

  it('resolves the JWKS path next to the policy file and verifies with it', () => {
    writeFileSync(join(dir, 'policy.yaml'), 'identity: {jwt: {jwks: jwks.json, audience: apiward}}\n');
    const p = compilePolicyFile(join(dir, 'policy.yaml'), {});
    const tok = signJwt({ sub: 'bot', aud: 'apiward', exp: nowSec() + 60 }, { key });
    expect(p.identity.resolve(req({ authorization: `Bearer ${tok}` }))).toMatchObject({ id: 'bot', verified: true });
  });

  it('reads the HS256 secret from the named environment variable', () => {
    const secret = 'k'.repeat(40);
    const p = compilePolicyText('identity: {jwt: {secret: AGENT_JWT_SECRET}}', 'p.yaml', dir, { AGENT_JWT_SECRET: secret });
    const tok = signJwt({ sub: 'bot', exp: nowSec() + 60 }, { alg: 'HS256', secret });
    expect(p.identity.resolve(req({ authorization: `Bearer ${tok}` })).id).toBe('bot');
  });

  it.each([
    ['identity: {jwt: {secret: MISSING}}', 'environment variable MISSING must hold an HS256 secret'],
    ['identity: {jwt: {jwks: nope.json}}', 'identity.jwt.jwks:'],
  ])('fails loudly on %s', (yaml, message) => {
    expect(() => compilePolicyText(yaml, 'p.yaml', dir, {})).toThrow(PolicyError);
    expect(() => compilePolicyText(yaml, 'p.yaml', dir, {})).toThrow(message);
  });

  it('names an unreadable file', () => {
    expect(() => compilePolicyFile(join(dir, 'absent.yaml'))).toThrow(/absent\.yaml: ENOENT/);
  });
});
