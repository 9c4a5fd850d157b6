import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { main as auditCli } from '../../src/cli/audit';
import { agent, outcome, startApp, type AppHarness } from '../policy/app-harness';

const P = '13800138000';
const Q = '13900139000';
const EMAIL = 'zhang.wei@example.com';
const ID = '11010519491231002X';

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await auditCli(args, { out: (s) => out.push(s), err: (s) => out.push(s) });
  return { code, out: out.join('\n') };
}

describe('audit trail over the real gRPC path', () => {
  let h: AppHarness;
  const saved = process.env.APIWARD_AUDIT_KEY;
  beforeAll(async () => {
    h = await startApp(`
agents:
  reveal-bot: {routes: ["**"], reveal: [PHONE_NUMBER, EMAIL_ADDRESS]}
  partial-bot: {routes: ["**"]}
  redact-bot: {routes: ["**"], strategies: {PHONE_NUMBER: redact, EMAIL_ADDRESS: redact, CN_RESIDENT_ID: redact}}
  other-bot: {routes: ["**"], reveal: [PHONE_NUMBER]}
`);
    process.env.APIWARD_AUDIT_KEY = 'k'.repeat(40); // the key the harness gave serve: the CLI must use the same
  });
  afterAll(async () => {
    await h.stop();
    if (saved === undefined) delete process.env.APIWARD_AUDIT_KEY;
    else process.env.APIWARD_AUDIT_KEY = saved;
  });

  it('audit trace finds exactly the agents that received a value (clear or partial), and no others', async () => {
    const body = { customer: { phone: P, email: EMAIL, idNumber: ID } };
    for (const a of ['reveal-bot', 'partial-bot', 'redact-bot']) expect(outcome(await h.call(agent(a), '/api/customers/1', body)).status).toBe(200);
    await h.call(agent('other-bot'), '/api/customers/2', { customer: { phone: Q } });
    await h.call(agent('someone'), '/api/customers/3', { customer: { phone: Q } });

    let traced: { agents: string[]; recipients: Array<{ agent: string; released: string }> } = { agents: [], recipients: [] };
    const end = Date.now() + 5000;
    while (traced.agents.length < 2 && Date.now() < end) {
      const r = await cli('trace', '--value', P, '--state-dir', h.stateDir, '--json');
      if (r.code === 0) traced = JSON.parse(r.out);
      await new Promise((res) => setTimeout(res, 50));
    }
    expect(traced.agents.sort()).toEqual(['partial-bot', 'reveal-bot']);
    expect(traced.recipients.map((x) => `${x.agent}:${x.released}`).sort()).toEqual(['partial-bot:partial', 'reveal-bot:clear']);

    h.app.audit.flush(); // Q's bodies may be in a later batch than P's: the exact-set check needs all of them
    const q = JSON.parse((await cli('trace', '--value', Q, '--state-dir', h.stateDir, '--json')).out);
    expect(q.agents.sort()).toEqual(['other-bot', 'someone']);
  });

  it('audit exposure counts distinct released values per agent and type', async () => {
    const r = JSON.parse((await cli('exposure', '--state-dir', h.stateDir, '--json', '--agent', 'reveal-bot')).out);
    expect(r.byAgent.map((x: { type: string; distinctValues: number }) => `${x.type}:${x.distinctValues}`).sort()).toEqual(
      expect.arrayContaining(['EMAIL_ADDRESS:1', 'PHONE_NUMBER:1']),
    );
  });

  it('the audit database never contains a raw sensitive value', async () => {
    h.app.audit.flush();
    const files = readdirSync(h.stateDir).filter((f) => f.startsWith('audit.sqlite'));
    expect(files).toContain('audit.sqlite');
    for (const f of files) {
      const bytes = readFileSync(join(h.stateDir, f));
      for (const v of [P, Q, EMAIL, ID]) {
        expect({ f, v, found: bytes.includes(Buffer.from(v)) || bytes.includes(Buffer.from(v, 'utf16le')) }).toEqual({ f, v, found: false });
      }
    }
  });
});
