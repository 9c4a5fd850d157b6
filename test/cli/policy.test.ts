import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/policy';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('apiward policy check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-cli-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('accepts a valid file and summarises it', async () => {
    const r = await run('check', file('ok.yaml', 'agents:\n  support-bot: {routes: ["GET /api/customers/**"], reveal: [EMAIL_ADDRESS], quota: {sensitiveValuesPerMinute: 500}}\n'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('OK — 1 agent(s); identity: header x-agent-id; unknown agents: mask');
    expect(r.out).toContain('support-bot: reveal EMAIL_ADDRESS; quota sensitiveValuesPerMinute=500');
  });

  it('lists every problem with file:line:col and exits 1', async () => {
    const f = file('bad.yaml', 'unknownAgent: maybe\nagents:\n  a:\n    routes: ["GET /x/**y"]\n');
    const r = await run('check', f);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${f}:1:15 unknownAgent: Invalid option`);
    expect(r.err).toContain(`${f}:4:14 agents.a.routes[0]: route pattern "GET /x/**y"`);
    expect(r.err).toContain('INVALID (2 problems)');
  });

  it('checks referenced key material too', async () => {
    const r = await run('check', file('jwt.yaml', 'identity: {jwt: {jwks: missing.json}}\n'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('identity.jwt.jwks:');
  });

  it.each([[[]], [['check']], [['lint', 'x']], [['check', 'a', 'b']], [['--bogus']]])('usage error for %j', async (args) => {
    expect((await run(...args)).code).toBe(2);
  });

  it('names a missing file', async () => {
    const r = await run('check', join(dir, 'nope.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('ENOENT');
  });
});
