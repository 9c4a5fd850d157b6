import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fingerprinter } from '../../src/audit/fingerprint';
import { AuditReader } from '../../src/audit/queries';
import { AuditStore, auditDbPath } from '../../src/audit/store';
import { AuditTrail } from '../../src/audit/trail';
import { Metrics } from '../../src/metrics/metrics';
import { compileRoutePattern } from '../../src/policy/route-pattern';
import type { RouteTemplate } from '../../src/types';
import { report, tick, until } from './reports';

const fp = new Fingerprinter(Buffer.alloc(32, 1));
const PHONE_A = '13800138000';
const PHONE_B = '13900139000';
const ID_A = '11010519491231002X';
const EMAIL = 'zhang.wei@example.com';

function open(opts: Partial<ConstructorParameters<typeof AuditTrail>[0]> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'audit-'));
  const metrics = new Metrics({ defaultMetrics: false });
  const store = new AuditStore(auditDbPath(dir), fp.keyId);
  const trail = new AuditTrail({ store, metrics, ...opts });
  return { dir, metrics, trail, reader: () => new AuditReader(auditDbPath(dir)) };
}

/** Nice value of each thread of this process (Linux: /proc/self/task/<tid>/stat, field 19). */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return out;
}

describe('AuditTrail', () => {
  (existsSync('/proc/thread-self') ? it : it.skip)('runs its writer thread at a lower priority than the data path (Linux)', async () => {
    const { trail } = open();
    try {
      trail.onBody(report(fp, 'support-bot', 'GET /api/customers/{id}', [{ type: 'PHONE_NUMBER', value: PHONE_A, released: 'clear' }]));
      await until(() => trail.queued === 0); // the writer has started and committed
      const nices = threadNices();
      const self = Number(readlinkSync('/proc/thread-self').split('/').pop());
      expect(nices.get(self)).toBe(0);
      expect([...nices.values()]).toContain(10);
    } finally {
      trail.close();
    }
  });

  it('queues on the data path and writes on a later tick', async () => {
    const { trail, reader } = open();
    trail.onBody(report(fp, 'support-bot', 'GET /api/customers/{id}', [{ type: 'PHONE_NUMBER', value: PHONE_A, released: 'clear' }]));
    expect(trail.queued).toBe(1); // nothing written synchronously
    await until(() => trail.queued === 0);
    expect(reader().trace(fp.fingerprint(PHONE_A))).toHaveLength(1);
    trail.close();
  });

  it('trace finds exactly the agents that received a value, and no others', async () => {
    const { trail, reader } = open();
    const t0 = Date.UTC(2026, 10, 28, 12);
    trail.onBody(report(fp, 'support-bot', 'GET /api/customers/{id}', [{ type: 'PHONE_NUMBER', value: PHONE_A, released: 'partial' }], t0));
    trail.onBody(report(fp, 'support-bot', 'GET /api/customers/{id}', [{ type: 'PHONE_NUMBER', value: '138 0013 8000', released: 'partial' }], t0 + 1000));
    trail.onBody(report(fp, 'billing-bot', 'MCP tools/call crm.lookup', [{ type: 'PHONE_NUMBER', value: PHONE_A, released: 'clear' }], t0 + 2000));
    trail.onBody(report(fp, 'crawler', 'GET /api/customers/{id}', [{ type: 'PHONE_NUMBER', value: PHONE_A, released: 'none' }], t0 + 3000)); // masked: not released
    trail.onBody(report(fp, 'other-bot', 'GET /api/customers/{id}', [{ type: 'PHONE_NUMBER', value: PHONE_B, released: 'clear' }], t0 + 4000));
    trail.flush();
    const rows = reader().trace(fp.fingerprint(PHONE_A));
    expect(rows).toEqual([
      { agent: 'support-bot', route: 'GET /api/customers/{id}', direction: 'response', type: 'PHONE_NUMBER', released: 'partial', times: 2, first: t0, last: t0 + 1000 },
      { agent: 'billing-bot', route: 'MCP tools/call crm.lookup', direction: 'response', type: 'PHONE_NUMBER', released: 'clear', times: 1, first: t0 + 2000, last: t0 + 2000 },
    ]);
    expect(reader().trace(fp.fingerprint('10000000000'))).toEqual([]);
    trail.close();
  });

  it('exposure counts distinct values per agent and type, with filters', async () => {
    const { trail, reader } = open();
    const t0 = Date.UTC(2026, 10, 28, 12);
    const leaves = (...v: string[]) => v.map((value) => ({ type: value.includes('@') ? 'EMAIL_ADDRESS' as const : value.length === 18 ? 'CN_RESIDENT_ID' as const : 'PHONE_NUMBER' as const, value, released: 'partial' as const }));
    trail.onBody(report(fp, 'a', 'GET /api/customers/{id}', leaves(PHONE_A, PHONE_B, ID_A), t0));
    trail.onBody(report(fp, 'a', 'GET /api/customers/{id}', leaves(PHONE_A, PHONE_A, EMAIL), t0 + 60_000)); // repeats within and across bodies
    trail.onBody(report(fp, 'b', 'GET /api/orders/{id}', leaves(PHONE_A), t0 + 120_000));
    trail.flush();
    const r = reader();
    expect(r.exposure()).toEqual([
      { agent: 'a', type: 'PHONE_NUMBER', distinctValues: 2, releases: 3, clear: 0, partial: 3 },
      { agent: 'a', type: 'CN_RESIDENT_ID', distinctValues: 1, releases: 1, clear: 0, partial: 1 },
      { agent: 'a', type: 'EMAIL_ADDRESS', distinctValues: 1, releases: 1, clear: 0, partial: 1 },
      { agent: 'b', type: 'PHONE_NUMBER', distinctValues: 1, releases: 1, clear: 0, partial: 1 },
    ]);
    expect(r.exposure({ agent: 'b' }).map((x) => x.agent)).toEqual(['b']);
    expect(r.exposure({ since: t0 + 60_000 }).map((x) => `${x.agent}:${x.type}:${x.distinctValues}`)).toEqual(['a:EMAIL_ADDRESS:1', 'a:PHONE_NUMBER:1', 'b:PHONE_NUMBER:1']);
    expect(r.exposure({ route: compileRoutePattern('GET /api/orders/**') })).toHaveLength(1);
    expect(r.exposure({ byAgent: false }).find((x) => x.type === 'PHONE_NUMBER')).toMatchObject({ agent: null, distinctValues: 2, releases: 4 });
    trail.close();
  });

  it('records decisions and anomalies, and the action in force for each body', async () => {
    const { trail, dir } = open({ actionOf: (a) => (a === 'hot-bot' ? 'mask-all' : 'allow') });
    trail.onEvent({ at: 1, kind: 'decision', agent: null, route: 'GET /x' as RouteTemplate, action: 'deny', reason: 'unknown_agent' });
    trail.onBody(report(fp, 'hot-bot', 'GET /x', []));
    trail.flush();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(auditDbPath(dir), { readonly: true });
    expect(db.prepare('SELECT action, reason FROM events').all()).toEqual([{ action: 'deny', reason: 'unknown_agent' }]);
    expect(db.prepare('SELECT agent, action, found FROM bodies').all()).toEqual([{ agent: 'hot-bot', action: 'mask-all', found: 0 }]);
    db.close();
    trail.close();
  });

  it('drops (and counts) beyond the queue bound instead of growing', async () => {
    const { trail, metrics } = open({ maxQueue: 10 });
    for (let i = 0; i < 25; i++) trail.onBody(report(fp, 'a', 'GET /x', []));
    expect(trail.queued).toBe(10);
    const dropped = (await metrics.auditDropped.get()).values.find((v) => v.labels.reason === 'queue_full');
    expect(dropped?.value).toBe(15);
    await until(() => trail.queued === 0);
    expect((await metrics.auditWritten.get()).values[0].value).toBe(10);
    trail.close();
  });

  it('commits in batches of batchSize on the writer thread while the event loop keeps turning', async () => {
    const { trail, metrics } = open({ batchSize: 50 });
    for (let i = 0; i < 500; i++) trail.onBody(report(fp, 'a', 'GET /x', [{ type: 'PHONE_NUMBER', value: `1380000${i}`, released: 'partial' }]));
    const seen = new Set<number>();
    let turns = 0;
    while (trail.queued > 0) {
      seen.add((await metrics.auditWritten.get()).values[0]?.value ?? 0);
      turns++;
      await tick();
    }
    expect([...seen].every((n) => n % 50 === 0)).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(10);
    expect(trail.lagMs()).toBe(0);
    trail.close();
  });

  it('holds a batch smaller than batchSize for batchDelayMs; a full batch goes at once', async () => {
    const held = open({ batchSize: 4, batchDelayMs: 400 });
    for (let i = 0; i < 3; i++) held.trail.onBody(report(fp, 'a', 'GET /x', []));
    await new Promise((r) => setTimeout(r, 150));
    expect(held.trail.queued).toBe(3); // the timer cannot have fired yet
    await until(() => held.trail.queued === 0);
    expect((await held.metrics.auditWritten.get()).values[0].value).toBe(3);
    held.trail.close();

    const full = open({ batchSize: 4, batchDelayMs: 600_000 });
    for (let i = 0; i < 4; i++) full.trail.onBody(report(fp, 'a', 'GET /x', []));
    await until(() => full.trail.queued === 0);
    full.trail.close();
  });

  it('never stores a raw sensitive value (scan every file of the state dir)', async () => {
    const { trail, dir } = open();
    const raw = [PHONE_A, ID_A, EMAIL, '6222021234567890123', 'Zhang Wei'];
    for (let i = 0; i < 50; i++) {
      trail.onBody(report(fp, 'a', 'GET /api/customers/{id}', [
        { type: 'PHONE_NUMBER', value: PHONE_A, released: 'clear' },
        { type: 'CN_RESIDENT_ID', value: ID_A, released: 'partial' },
        { type: 'EMAIL_ADDRESS', value: EMAIL, released: 'clear' },
        { type: 'PAYMENT_CARD', value: raw[3], released: 'partial' },
        { type: 'PERSON_NAME', value: raw[4], released: 'clear' },
      ]));
    }
    trail.close();
    const files = readdirSync(dir);
    expect(files).toContain('audit.sqlite');
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      for (const v of raw) {
        expect(bytes.includes(Buffer.from(v))).toBe(false);
        expect(bytes.includes(Buffer.from(v, 'utf16le'))).toBe(false);
      }
    }
  });

  it('refuses a database written with another key', () => {
    const { dir, trail } = open();
    trail.close();
    expect(() => new AuditStore(auditDbPath(dir), new Fingerprinter(Buffer.alloc(32, 9)).keyId)).toThrow('another audit key');
  });

  it('retention removes bodies older than the retention period', async () => {
    const { trail, reader } = open({ housekeeping: { retentionMs: 86_400_000, everyMs: 1e9 } });
    const now = Date.now();
    trail.onBody(report(fp, 'old', 'GET /x', [{ type: 'PHONE_NUMBER', value: PHONE_A, released: 'clear' }], now - 2 * 86_400_000));
    trail.onBody(report(fp, 'new', 'GET /x', [{ type: 'PHONE_NUMBER', value: PHONE_A, released: 'clear' }], now));
    trail.flush();
    expect(reader().trace(fp.fingerprint(PHONE_A))).toHaveLength(2);
    trail.housekeep();
    await until(() => trail.housekeepRuns === 1);
    expect(reader().trace(fp.fingerprint(PHONE_A)).map((r) => r.agent)).toEqual(['new']);
    trail.close();
  });

  it('the size cap prunes oldest first until under the cap', async () => {
    const first = open();
    for (let i = 0; i < 20_000; i++) first.trail.onBody(report(fp, i < 10_000 ? 'early' : 'late', 'GET /x', [{ type: 'PHONE_NUMBER', value: String(13_000_000_000 + i), released: 'clear' }], Date.now()));
    first.trail.close();
    const probe = new AuditStore(auditDbPath(first.dir), fp.keyId);
    const cap = Math.round(probe.usedBytes() * 0.6);
    const trail = new AuditTrail({ store: new AuditStore(auditDbPath(first.dir), fp.keyId), metrics: first.metrics, housekeeping: { maxBytes: cap, everyMs: 1e9 } });
    trail.housekeep();
    await until(() => trail.housekeepRuns === 1);
    expect(probe.usedBytes()).toBeLessThanOrEqual(cap);
    // Index pages freed by deletion are reused, not returned: the cap errs on deleting more, never on keeping newer over older.
    const left = first.reader().exposure();
    expect(left.map((r) => r.agent)).toEqual(['late']);
    expect(left[0].distinctValues).toBeGreaterThan(0);
    probe.close();
    trail.close();
  });
});
