import { StrategyResolver, type MaskingRules } from '../../src/mask/resolver';
import type { AgentContext, FieldPath, RouteTemplate, SensitiveType, StrategyName } from '../../src/types';

const USERS = 'GET /api/users/{id}' as RouteTemplate;
const OTHER = 'GET /api/orders' as RouteTemplate;

const rules: MaskingRules = {
  defaults: { EMAIL_ADDRESS: 'hash', IP_ADDRESS: 'reveal' },
  routes: [
    { match: (r) => r.startsWith('GET /api/users'), strategies: { PHONE_NUMBER: 'redact' }, fields: { '/data/*/note': 'remove', '/public/phone': 'reveal' } },
    { match: () => true, strategies: { PHONE_NUMBER: 'hash', PERSON_NAME: 'redact' } },
  ],
};

interface AgentSpec {
  reveal?: SensitiveType[];
  strategies?: [SensitiveType, StrategyName][];
  maskAll?: boolean;
}
const agent = (a: AgentSpec = {}): AgentContext => ({
  id: null, known: true, reveal: new Set(a.reveal), strategies: new Map(a.strategies), maskAll: a.maskAll ?? false,
});

describe('StrategyResolver precedence', () => {
  const resolver = new StrategyResolver(rules);
  it.each<[string, RouteTemplate, SensitiveType, string, AgentSpec, StrategyName]>([
    ['first matching route wins', USERS, 'PHONE_NUMBER', '/x', {}, 'redact'],
    ['a later route applies when earlier ones do not match', OTHER, 'PHONE_NUMBER', '/x', {}, 'hash'],
    ['a later route fills types the earlier one leaves out', USERS, 'PERSON_NAME', '/x', {}, 'redact'],
    ['config defaults come after routes', USERS, 'EMAIL_ADDRESS', '/x', {}, 'hash'],
    ['built-in: partial for most types', USERS, 'CN_RESIDENT_ID', '/x', {}, 'partial'],
    ['built-in: redact for credentials', USERS, 'CREDENTIAL', '/x', {}, 'redact'],
    ['a field rule beats type rules', USERS, 'PHONE_NUMBER', '/data/*/note', {}, 'remove'],
    ['field rules stay on their route', OTHER, 'PHONE_NUMBER', '/data/*/note', {}, 'hash'],
    ['an agent strategy beats field rules', USERS, 'PHONE_NUMBER', '/data/*/note', { strategies: [['PHONE_NUMBER', 'token']] }, 'token'],
    ['an agent reveal beats its strategies', USERS, 'PHONE_NUMBER', '/x', { reveal: ['PHONE_NUMBER'], strategies: [['PHONE_NUMBER', 'token']] }, 'reveal'],
    ['a config field rule can reveal', USERS, 'PHONE_NUMBER', '/public/phone', {}, 'reveal'],
    ['maskAll beats the agent reveal', USERS, 'PHONE_NUMBER', '/x', { maskAll: true, reveal: ['PHONE_NUMBER'] }, 'redact'],
    ['maskAll ignores agent strategies', USERS, 'PHONE_NUMBER', '/x', { maskAll: true, strategies: [['PHONE_NUMBER', 'token']] }, 'redact'],
    ['maskAll skips a revealing field rule', USERS, 'PHONE_NUMBER', '/public/phone', { maskAll: true }, 'redact'],
    ['maskAll keeps a masking field rule', USERS, 'PHONE_NUMBER', '/data/*/note', { maskAll: true }, 'remove'],
    ['maskAll turns a revealing default into the built-in', USERS, 'IP_ADDRESS', '/x', { maskAll: true }, 'partial'],
    ['a revealing default applies otherwise', USERS, 'IP_ADDRESS', '/x', {}, 'reveal'],
  ])('%s', (_why, route, type, field, a, expected) => {
    expect(resolver.forRoute(route).resolve(type, field as FieldPath, agent(a))).toBe(expected);
  });

  it('works with no rules at all', () => {
    const r = new StrategyResolver().forRoute(OTHER);
    expect(r.resolve('PHONE_NUMBER', '/p' as FieldPath, agent())).toBe('partial');
    expect(r.resolve('CREDENTIAL', '/p' as FieldPath, agent())).toBe('redact');
  });

  it('lists every strategy the rules can produce', () => {
    expect([...resolver.strategiesUsed].sort()).toEqual(['hash', 'partial', 'redact', 'remove', 'reveal']);
  });
});

describe('StrategyResolver validation', () => {
  it.each<[string, unknown, RegExp]>([
    ['an unknown type', { defaults: { PHONE: 'partial' } }, /defaults: unknown sensitive type "PHONE"/],
    ['an unknown strategy', { defaults: { PHONE_NUMBER: 'blur' } }, /defaults\.PHONE_NUMBER: unknown strategy "blur"/],
    ['a route type rule with an unknown strategy', { routes: [{ match: () => true, strategies: { EMAIL_ADDRESS: 1 } }] }, /routes\[0\]\.strategies\.EMAIL_ADDRESS: unknown strategy 1/],
    ['a field that is not a path', { routes: [{ match: () => true, fields: { 'data/x': 'redact' } }] }, /"data\/x" is not a field path/],
    ['a field with an unknown strategy', { routes: [{ match: () => true, fields: { '/x': 'mask' } }] }, /fields\["\/x"\]: unknown strategy "mask"/],
    ['a route without a match function', { routes: [{ match: 'GET /x' }] }, /routes\[0\]\.match must be a function/],
  ])('rejects %s when constructed', (_what, bad, message) => {
    expect(() => new StrategyResolver(bad as MaskingRules)).toThrow(message);
  });
});
