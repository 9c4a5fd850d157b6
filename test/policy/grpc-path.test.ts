import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeKey, nowSec, signJwt } from '../identity/sign';
import { agent, bearer, outcome, startApp, type AppHarness } from './app-harness';

const CUSTOMER = { data: { name: '张伟', phone: '13800138000', email: 'zhang.wei@example.com' } };

const POLICY = `
identity: {header: x-agent-id}
unknownAgent: mask
agents:
  support-bot:
    routes: ["GET /api/customers/**"]
    reveal: [EMAIL_ADDRESS]
  phone-bot:
    routes: ["GET /api/customers/**"]
    reveal: [PHONE_NUMBER]
`;

describe('access over the real gRPC path', () => {
  let h: AppHarness;
  beforeAll(async () => (h = await startApp(POLICY)));
  afterAll(() => h.stop());

  it('an agent denied a route gets 403 at request headers; the upstream is never called', async () => {
    const r = await h.call(agent('support-bot'), '/api/payments/7', { card: '6222021234567890123' });
    expect(outcome(r)).toEqual({ status: 403, upstreamCalled: false, body: { error: 'route_denied', message: expect.stringContaining('support-bot may not call GET /api/payments') } });
    expect(r.immediate!.headers.get('content-type')).toBe('application/json');
  });

  it('reveal works per type and per agent', async () => {
    const support = outcome(await h.call(agent('support-bot'), '/api/customers/1', CUSTOMER)).body as typeof CUSTOMER;
    const phone = outcome(await h.call(agent('phone-bot'), '/api/customers/1', CUSTOMER)).body as typeof CUSTOMER;
    const unknown = outcome(await h.call(agent('someone-else'), '/api/customers/1', CUSTOMER)).body as typeof CUSTOMER;
    expect(support.data.email).toBe('zhang.wei@example.com');
    expect(support.data.phone).not.toBe('13800138000');
    expect(phone.data.phone).toBe('13800138000');
    expect(phone.data.email).not.toBe('zhang.wei@example.com');
    expect(unknown.data.phone).not.toBe('13800138000');
    expect(unknown.data.email).not.toBe('zhang.wei@example.com');
  });
});

describe('JWT identity over the real gRPC path', () => {
  const SECRET = 's'.repeat(48);
  const key = makeKey('RS256', 'idp-1');
  const stranger = makeKey('RS256', 'idp-1');
  let h: AppHarness;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jwt-policy-'));
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [key.jwk] }));
    writeFileSync(join(dir, 'policy.yaml'), `
identity: {jwt: {jwks: jwks.json, secret: AGENT_HS_SECRET, issuer: https://idp, audience: apiward}, tokenRequired: true}
unknownAgent: deny
agents:
  support-bot: {routes: ["GET /api/customers/**"], reveal: [EMAIL_ADDRESS]}
`);
    h = await startApp('', { policyFile: join(dir, 'policy.yaml'), env: { AGENT_HS_SECRET: SECRET } });
  });
  afterAll(() => h.stop());

  const claims = { sub: 'support-bot', iss: 'https://idp', aud: 'apiward', exp: nowSec() + 600 };
  it.each(([
    ['RS256 from the JWKS', () => signJwt(claims, { key }), 200],
    ['HS256 with the shared secret', () => signJwt(claims, { alg: 'HS256', secret: SECRET }), 200],
    ['forged: signed by another key with the same kid', () => signJwt(claims, { key: stranger }), 401],
    ['expired', () => signJwt({ ...claims, exp: nowSec() - 3600 }, { key }), 401],
    ['alg none', () => signJwt(claims, { alg: 'none' }), 401],
    ['wrong HS256 secret', () => signJwt(claims, { alg: 'HS256', secret: 'w'.repeat(48) }), 401],
    ['unknown kid', () => signJwt(claims, { key, kid: 'idp-9' }), 401],
    ['wrong audience', () => signJwt({ ...claims, aud: 'other' }, { key }), 401],
  ] as Array<[string, () => string, number]>).map(([n, t, s]) => [n, s, t] as [string, number, () => string]))('%s → %i', async (_name, status, token) => {
    const o = outcome(await h.call(bearer(token()), '/api/customers/1', CUSTOMER));
    expect(o.status).toBe(status);
    if (status === 401) expect(o).toMatchObject({ upstreamCalled: false, body: { error: 'invalid_token' } });
    else expect((o.body as typeof CUSTOMER).data.email).toBe('zhang.wei@example.com');
  });

  it('a bare x-agent-id claim is not enough when a token is required', async () => {
    expect(outcome(await h.call(agent('support-bot'), '/api/customers/1', CUSTOMER))).toMatchObject({ status: 403, body: { error: 'unknown_agent' } });
  });
});

describe('policy hot reload over the real gRPC path', () => {
  const v1 = 'agents:\n  support-bot: {routes: ["GET /api/customers/**"]}\n';
  const v2 = 'agents:\n  support-bot: {routes: ["GET /api/customers/**", "GET /api/orders/**"]}\n';
  const broken = 'agents:\n  support-bot: {routes: ["GET /api/**x"]}\n';

  async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('not reloaded in time');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const orders = async (h: AppHarness) => outcome(await h.call(agent('support-bot'), '/api/orders/1', { id: 1 })).status;

  it('an edited file takes effect without restart; an invalid one is kept out', async () => {
    const h = await startApp(v1);
    try {
      expect(await orders(h)).toBe(403);
      writeFileSync(h.policyFile, v2);
      await eventually(async () => (await orders(h)) === 200);
      writeFileSync(h.policyFile, broken);
      await eventually(async () => h.logs.some((l) => l.includes('policy reload rejected')));
      expect(await orders(h)).toBe(200); // the last good policy stays
      expect(h.logs.find((l) => l.includes('rejected'))).toContain('agents.support-bot.routes[0]');
    } finally {
      await h.stop();
    }
  });

  it('follows a ConfigMap ..data symlink swap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'configmap-'));
    const version = (name: string, text: string) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'policy.yaml'), text);
    };
    const swap = (name: string) => {
      symlinkSync(name, join(dir, '..data_tmp'));
      renameSync(join(dir, '..data_tmp'), join(dir, '..data'));
    };
    version('..v1', v1);
    symlinkSync('..v1', join(dir, '..data'));
    symlinkSync('..data/policy.yaml', join(dir, 'policy.yaml'));
    const h = await startApp('', { policyFile: join(dir, 'policy.yaml') });
    try {
      expect(await orders(h)).toBe(403);
      version('..v2', v2);
      swap('..v2');
      await eventually(async () => (await orders(h)) === 200);
      version('..v3', broken);
      swap('..v3');
      await eventually(async () => h.logs.some((l) => l.includes('policy reload rejected')));
      expect(await orders(h)).toBe(200);
    } finally {
      await h.stop();
    }
  });
});
