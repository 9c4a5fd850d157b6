import { OutboundBlocked } from '../../src/framing/outbound';
import type { BodyReport, RouteTemplate } from '../../src/types';
import { agentContext, cipher, inspection, run, type PolicyAnswers } from './support';

const SMS = 'POST /api/sms/send' as RouteTemplate;
const OTHER = 'POST /api/notes' as RouteTemplate;
const bot = agentContext('billing-bot');
const other = agentContext('support-bot');
const mine = cipher.seal(bot.id, 'PHONE_NUMBER', '13800138000')!;
const theirs = cipher.seal(other.id, 'PHONE_NUMBER', '13800138000')!;
const JSON_CT = 'application/json';
const request = (route: RouteTemplate, policy: PolicyAnswers = {}, agent = bot) => ({ direction: 'request' as const, route, agent, policy });
const send = (body: unknown, opts: ReturnType<typeof request>) => run(JSON_CT, Buffer.from(JSON.stringify(body)), [], opts);

describe('outbound policy on request bodies', () => {
  it.each([
    ['mask', { to: '138****8000' }, 'partial', 'partial'],
    ['audit', { to: '13800138000' }, 'reveal', 'clear'],
  ] as const)('%s: body %j, finding %s/%s', (action, body, strategy, released) => {
    const r = send({ to: '13800138000' }, request(OTHER, { outbound: action }));
    expect(JSON.parse(r.out.toString())).toEqual(body);
    expect(r.findings).toEqual([expect.objectContaining({ pointer: '/to', type: 'PHONE_NUMBER', strategy, released, fingerprint: 'fp:13800138000' })]);
  });

  it('block: a sensitive value fails the body with outbound_blocked', () => {
    expect(() => send({ note: 'call 13800138000' }, request(OTHER, { outbound: 'block' }))).toThrow(OutboundBlocked);
    expect(send({ note: 'nothing here' }, request(OTHER, { outbound: 'block' })).out.toString()).toBe('{"note":"nothing here"}');
  });
});

describe('detokenization on the request path', () => {
  const allowed = { detokenize: [SMS] };

  it("restores the agent's own token where its policy allows, and audits the restore", () => {
    const r = send({ to: mine, text: 'hi' }, request(SMS, allowed));
    expect(JSON.parse(r.out.toString())).toEqual({ to: '13800138000', text: 'hi' });
    expect(r.findings).toEqual([
      { pointer: '/to', fieldPath: '/to', type: 'PHONE_NUMBER', confidence: 1, source: 'config', strategy: 'token', released: 'clear', fingerprint: 'fp:13800138000' },
    ]);
  });

  it.each([
    ['on a route not listed', request(OTHER, allowed), mine],
    ['for another agent', request(SMS, allowed, other), mine],
    ["for another agent's token", request(SMS, allowed), theirs],
    ['for a tampered token', request(SMS, allowed), mine.slice(0, -3) + (mine.endsWith('AAA') ? 'BBB' : 'AAA')],
  ])('leaves the token as it is %s', (_name, opts, token) => {
    const r = send({ to: token }, opts);
    expect(JSON.parse(r.out.toString())).toEqual({ to: token });
    expect(r.findings).toEqual([]);
  });

  it('restores inside free text and still masks a raw value beside the token', () => {
    const r = send({ text: `短信发给 ${mine}，抄送 13912345678` }, request(SMS, allowed));
    expect(JSON.parse(r.out.toString())).toEqual({ text: '短信发给 13800138000，抄送 139****5678' });
    expect(r.findings.map((f) => [f.strategy, f.released])).toEqual([['partial', 'partial'], ['token', 'clear']]);
  });

  it('a restored value is not blocked on a block route; a raw one is', () => {
    expect(JSON.parse(send({ to: mine }, request(SMS, { ...allowed, outbound: 'block' })).out.toString())).toEqual({ to: '13800138000' });
    expect(() => send({ to: mine, cc: '13912345678' }, request(SMS, { ...allowed, outbound: 'block' }))).toThrow(OutboundBlocked);
  });

  it('restores in form bodies too', () => {
    const r = run('application/x-www-form-urlencoded', Buffer.from(`to=${mine}&text=hi`), [], request(SMS, allowed));
    expect(r.out.toString()).toBe('to=13800138000&text=hi');
  });
});

describe('tokens in responses', () => {
  it('the token strategy hands out the agent’s token, which is not masked again on the way back', () => {
    const withToken = { direction: 'response' as const, agent: agentContext('billing-bot', { strategies: [['PHONE_NUMBER', 'token']] }) };
    const first = run(JSON_CT, Buffer.from('{"phone":"13800138000"}'), [], withToken);
    expect(JSON.parse(first.out.toString())).toEqual({ phone: mine });
    expect(first.findings[0]).toMatchObject({ strategy: 'token', released: 'none' });
    // An upstream echoing the token back (it stored what the agent sent): not a finding, left alone.
    const echoed = run(JSON_CT, first.out, [], { direction: 'response' });
    expect(echoed.out.equals(first.out)).toBe(true);
    expect(echoed.findings).toEqual([]);
  });
});

describe('query strings', () => {
  const req = (query: string) => ({ method: 'GET', path: '/api/lookup', query, authority: 'x', headers: new Map(), metadata: {} });
  const route = 'GET /api/lookup' as RouteTemplate;

  it('rewrites sensitive parameters and reports them as a request-side body', () => {
    const reports: BodyReport[] = [];
    const path = inspection({}, reports).query(req('phone=13800138000&page=2'), route, bot, 's1');
    expect(path).toBe('/api/lookup?phone=138****8000&page=2');
    expect(reports).toEqual([expect.objectContaining({ route, direction: 'request', agent: 'billing-bot', findings: [expect.objectContaining({ pointer: '/phone' })] })]);
  });

  it.each([
    ['nothing sensitive', {}, 'page=2&sort=name'],
    ['audit only', { outbound: 'audit' as const }, 'phone=13800138000'],
  ])('leaves the path alone with %s', (_name, policy, query) => {
    expect(inspection(policy).query(req(query), route, bot, 's1')).toBeUndefined();
  });

  it('blocks on a block route', () => {
    expect(() => inspection({ outbound: 'block' }).query(req('idcard=110101199003071233'), route, bot, 's1')).toThrow(OutboundBlocked);
  });

  it('restores a token in a parameter on an allowed route', () => {
    expect(inspection({ detokenize: [route] }).query(req(`to=${mine}`), route, bot, 's1')).toBe('/api/lookup?to=13800138000');
  });
});
