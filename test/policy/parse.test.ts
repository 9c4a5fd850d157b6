import { PolicyError, parsePolicy } from '../../src/policy/parse';

const DESIGN_EXAMPLE = `
identity:
  header: x-agent-id
unknownAgent: mask
agents:
  support-bot:
    routes: ["GET /api/customers/**"]
    reveal: [EMAIL_ADDRESS]
    quota: {sensitiveValuesPerMinute: 500}
  billing-bot:
    routes: ["GET /api/payments/**", "MCP tools/call crm.*"]
    reveal: [PHONE_NUMBER]
    strategies: {BANK_ACCOUNT: token}
    detokenize: ["POST /api/sms/send"]
`;

function issues(text: string): readonly string[] {
  try {
    parsePolicy(text, 'p.yaml');
  } catch (e) {
    if (e instanceof PolicyError) return e.issues;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

describe('parsePolicy', () => {
  it('accepts the DESIGN §6 example and fills defaults', () => {
    const p = parsePolicy(DESIGN_EXAMPLE, 'p.yaml');
    expect(p.agents['billing-bot']).toMatchObject({ reveal: ['PHONE_NUMBER'], strategies: { BANK_ACCOUNT: 'token' }, detokenize: ['POST /api/sms/send'] });
    expect(p.agents['support-bot'].quota).toEqual({ sensitiveValuesPerMinute: 500 });
    expect(p.uncategorized).toBe('mask');
    expect(p.risk.bulkExfiltration.action).toBe('block');
  });

  it('an empty file is the default policy', () => {
    expect(parsePolicy('', 'p.yaml')).toMatchObject({ identity: { header: 'x-agent-id' }, unknownAgent: 'mask', agents: {} });
  });

  it('accepts the extensions: categories, requestsPerMinute, tokenRequired, jwt, envoy, risk', () => {
    const p = parsePolicy(`
identity: {jwt: {jwks: keys.json, issuer: https://idp, audience: [apiward]}, envoy: {}, tokenRequired: true}
uncategorized: deny
agents:
  profile-bot: {categories: [user_profile], quota: {requestsPerMinute: 60}, tokenRequired: false}
risk: {cooldownSeconds: 60, enumeration: {action: block, sequentialRun: 5}}
`, 'p.yaml');
    expect(p.identity.jwt).toMatchObject({ header: 'authorization', claim: 'sub', issuer: ['https://idp'], audience: ['apiward'] });
    expect(p.identity.envoy).toEqual({ namespace: 'envoy.filters.http.jwt_authn', payloadKey: 'jwt_payload', claim: 'sub' });
    expect(p.risk.enumeration).toEqual({ action: 'block', sequentialRun: 5, distinctRoutesPerMinute: 60 });
  });

  const bad: Array<[what: string, yaml: string, expected: string]> = [
    ['typo in a top-level key', 'unknowAgent: deny\n', 'p.yaml:1:14 (root): Unrecognized key: "unknowAgent"'],
    ['bad unknownAgent', 'unknownAgent: allow\n', 'p.yaml:1:15 unknownAgent: Invalid option'],
    ['bad route pattern', 'agents:\n  a:\n    routes: ["GET /a/**b"]\n', 'p.yaml:3:14 agents.a.routes[0]: route pattern "GET /a/**b": "**" must be a whole segment'],
    ['unknown sensitive type', 'agents:\n  a:\n    routes: ["**"]\n    reveal: [EMAIL]\n', 'p.yaml:4:14 agents.a.reveal[0]: Invalid option'],
    ['unknown strategy', 'agents:\n  a:\n    routes: ["**"]\n    strategies: {PHONE_NUMBER: scramble}\n', 'p.yaml:4:32 agents.a.strategies.PHONE_NUMBER: Invalid option'],
    ['unknown category', 'agents:\n  a:\n    categories: [payments]\n', 'p.yaml:3:18 agents.a.categories[0]: Invalid option'],
    ['agent with no routes or categories', 'agents:\n  a:\n    reveal: []\n', 'p.yaml:3:5 agents.a: give routes and/or categories'],
    ['negative quota', 'agents:\n  a:\n    routes: ["**"]\n    quota: {sensitiveValuesPerMinute: -1}\n', 'agents.a.quota.sensitiveValuesPerMinute: Too small'],
    ['jwt without key material', 'identity:\n  jwt: {}\n', 'p.yaml:2:8 identity.jwt: give jwks: FILE and/or secret: ENV_VAR'],
    ['secret is a value, not an env name', 'identity:\n  jwt: {secret: "s3cr3t value"}\n', 'identity.jwt.secret: the NAME of an environment variable'],
    ['tokenRequired with only a header', 'identity: {header: x-agent-id, tokenRequired: true}\n', 'identity: tokenRequired needs jwt or envoy'],
    ['bad risk action', 'risk: {bulkExfiltration: {action: nuke}}\n', 'risk.bulkExfiltration.action: Invalid option'],
    ['duplicate key', 'agents:\n  a: {routes: ["**"]}\n  a: {routes: ["**"]}\n', 'p.yaml:3:3 Map keys must be unique'],
    ['YAML syntax error', 'agents: [\n', 'p.yaml:'],
    ['a list at the root', '- a\n', 'p.yaml:1:1 (root): expected a mapping, found a list'],
  ];
  it.each(bad)('rejects %s with a located message', (_what, yaml, expected) => {
    const found = issues(yaml);
    expect(found.some((i) => i.includes(expected))).toBe(true);
  });

  it('reports every problem at once', () => {
    expect(issues('unknownAgent: x\nagents:\n  a: {reveal: [NOPE]}\n').length).toBeGreaterThanOrEqual(2);
  });
});
