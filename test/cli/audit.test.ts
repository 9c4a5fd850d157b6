import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fingerprinter } from '../../src/audit/fingerprint';
import { AuditStore, auditDbPath } from '../../src/audit/store';
import { AuditTrail } from '../../src/audit/trail';
import { main, parseSince } from '../../src/cli/audit';
import { Metrics } from '../../src/metrics/metrics';
import { report, until } from '../audit/reports';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const PHONE = '13800138000';
const T0 = Date.UTC(2026, 10, 28, 12);

describe('apiward audit (against a live writer on the same state dir)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
  const fp = Fingerprinter.load(dir, { env: {} }); // what serve does: creates DIR/audit.key
  const trail = new AuditTrail({ store: new AuditStore(auditDbPath(dir), fp.keyId), metrics: new Metrics({ defaultMetrics: false }) });
  const saved = process.env.APIWARD_AUDIT_KEY;
  beforeAll(() => delete process.env.APIWARD_AUDIT_KEY);
  afterAll(() => {
    trail.close();
    if (saved !== undefined) process.env.APIWARD_AUDIT_KEY = saved;
  });

  it('trace sees records within moments of the server writing them, while the server keeps the database open', async () => {
    trail.onBody(report(fp, 'support-bot', 'GET /api/customers/{id}', [{ type: 'PHONE_NUMBER', value: PHONE, released: 'partial' }], T0));
    trail.onBody(report(fp, 'other-bot', 'GET /api/customers/{id}', [{ type: 'PHONE_NUMBER', value: '13900139000', released: 'clear' }], T0));
    await until(() => trail.queued === 0);
    let r = await run('trace', '--value', '138-0013-8000', '--state-dir', dir);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      expect.stringMatching(/^AGENT\s+ROUTE\s+DIRECTION\s+TYPE\s+RELEASED\s+TIMES\s+FIRST\s+LAST$/),
      expect.stringMatching(/^support-bot\s+GET \/api\/customers\/\{id\}\s+response\s+PHONE_NUMBER\s+partial\s+1\s+2026-11-28T12:00:00.000Z/),
    ]);
    expect(r.out).not.toContain(PHONE);

    trail.onBody(report(fp, 'billing-bot', 'MCP tools/call crm.lookup', [{ type: 'PHONE_NUMBER', value: PHONE, released: 'clear' }], T0 + 5000));
    await until(() => trail.queued === 0);
    r = await run('trace', '--value', PHONE, '--state-dir', dir, '--json');
    expect(JSON.parse(r.out).agents).toEqual(['support-bot', 'billing-bot']);
  });

  it('trace of a value nobody received says so', async () => {
    const r = await run('trace', '--value', '10000000000', '--state-dir', dir);
    expect(r).toMatchObject({ code: 0, out: 'no agent received this value (in the retained audit trail)' });
  });

  it('exposure: distinct values per agent and type, totals, filters, JSON', async () => {
    const r = await run('exposure', '--state-dir', dir);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').map((l) => l.split(/\s{2,}/));
    expect(lines).toEqual([
      ['AGENT', 'TYPE', 'DISTINCT VALUES', 'RELEASES', 'CLEAR', 'PARTIAL'],
      ['billing-bot', 'PHONE_NUMBER', '1', '1', '1', '0'],
      ['other-bot', 'PHONE_NUMBER', '1', '1', '1', '0'],
      ['support-bot', 'PHONE_NUMBER', '1', '1', '0', '1'],
      ['(all agents)', 'PHONE_NUMBER', '2', '3', '2', '1'],
    ]);
    const j = JSON.parse((await run('exposure', '--state-dir', dir, '--json', '--route', 'MCP tools/call crm.*')).out);
    expect(j).toEqual({ byAgent: [{ agent: 'billing-bot', type: 'PHONE_NUMBER', distinctValues: 1, releases: 1, clear: 1, partial: 0 }], total: [{ type: 'PHONE_NUMBER', distinctValues: 1, releases: 1, clear: 1, partial: 0 }] });
    expect(JSON.parse((await run('exposure', '--state-dir', dir, '--json', '--agent', 'other-bot')).out).byAgent).toHaveLength(1);
    expect(JSON.parse((await run('exposure', '--state-dir', dir, '--json', '--since', new Date(T0 + 1000).toISOString())).out).byAgent.map((x: { agent: string }) => x.agent)).toEqual(['billing-bot']);
  });

  it('refuses to trace with a key other than the writer\'s', async () => {
    process.env.APIWARD_AUDIT_KEY = 'z'.repeat(40);
    try {
      const r = await run('trace', '--value', PHONE, '--state-dir', dir);
      expect(r.code).toBe(1);
      expect(r.err).toContain('is not the one that wrote');
    } finally {
      delete process.env.APIWARD_AUDIT_KEY;
    }
  });

  it.each([
    [['trace', '--state-dir', '/nonexistent'], 2],
    [['frobnicate'], 2],
    [['exposure', '--since', 'yesterday-ish', '--state-dir', '/x'], 2],
    [['exposure', '--route', 'GET /a/**b'], 2],
    [['exposure', '--state-dir', '/nonexistent'], 1],
    [['exposure', '--unknown-flag'], 2],
    [['trace', '--value', 'x', '--state-dir', '/nonexistent'], 1],
  ])('%j exits %i', async (args, code) => {
    expect((await run(...args)).code).toBe(code);
  });

  it.each([
    ['30m', T0 - 30 * 60_000],
    ['24h', T0 - 86_400_000],
    ['7d', T0 - 7 * 86_400_000],
    ['2026-11-01T00:00:00Z', Date.UTC(2026, 10, 1)],
  ])('--since %s', (s, t) => {
    expect(parseSince(s, T0)).toBe(t);
  });
});
