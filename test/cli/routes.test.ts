import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdminServer, type AdminServer } from '../../src/admin/server';
import { main } from '../../src/cli/routes';
import { Metrics } from '../../src/metrics/metrics';
import { Profiler } from '../../src/profile/profiler';
import { STATE_FILE_NAME } from '../../src/profile/state';
import { cnMobile, exchange } from '../profile/support';

// `apiward routes` against a real admin HTTP server fronting a real profiler,
// and against the state file that profiler wrote.

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('apiward routes', () => {
  let dir: string;
  let profiler: Profiler;
  let admin: AdminServer;
  let addr: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'apiward-routes-cli-'));
    const metrics = new Metrics({ defaultMetrics: false });
    profiler = new Profiler({ metrics, logger: { warn: () => undefined }, stateDir: dir, limits: { profileAfter: 5, persistDebounceMs: 10 } });
    profiler.start();
    for (let i = 0; i < 8; i++) {
      exchange(profiler, 'GET', `/api/members/${i}`, JSON.stringify({ data: { contact: cnMobile(i), level: 'gold' } }));
      exchange(profiler, 'POST', '/api/v1/auth/login', JSON.stringify({ ok: true }));
    }
    await profiler.settle();
    admin = createAdminServer({ registry: metrics.registry, routes: () => profiler.routes(), tools: () => ({ tools: [] }), ready: () => true });
    addr = `127.0.0.1:${await admin.listen('127.0.0.1:0')}`;
  });
  afterAll(async () => {
    await admin.close();
    await profiler.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a readable table from a running sidecar', async () => {
    const { code, out } = await run(['--admin-addr', addr]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ROUTE\s+CATEGORY\s+RISK\s+SAMPLES\s+LAST SEEN$/);
    expect(lines[1]).toMatch(/^GET \/api\/members\/\{id\}\s+user_profile\s+medium\s+8\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(lines[2]).toMatch(/^ {4}\/data\/contact\s+PHONE_NUMBER\s+0\.\d\d\s+statistics$/);
    expect(lines[3]).toMatch(/^POST \/api\/v1\/auth\/login\s+authentication\s+high\s+8\s/);
    expect(lines.at(-1)).toBe('2 route(s), 1 sensitive field(s)');
  });

  it('--json prints the /v1/routes document itself', async () => {
    const { code, out } = await run(['--admin-addr', addr, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(profiler.routes());
  });

  it('reads the persisted state from --state-dir, the same inventory', async () => {
    await profiler.close();
    const { code, out } = await run(['--state-dir', dir, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(profiler.routes());
  });

  it('says so, without touching the file, when the state file is corrupt', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'apiward-routes-bad-'));
    writeFileSync(join(bad, STATE_FILE_NAME), '{"version":1,"routes":[');
    const { code, err } = await run(['--state-dir', bad]);
    expect(code).toBe(1);
    expect(err).toMatch(/profiles\.json is not a valid state file/);
    expect(readFileSync(join(bad, STATE_FILE_NAME), 'utf8')).toBe('{"version":1,"routes":[');
    rmSync(bad, { recursive: true, force: true });
  });

  it.each([
    [['--state-dir', '/nonexistent/apiward'], 1, /no learned state in \/nonexistent\/apiward/],
    [['--admin-addr', '127.0.0.1:1'], 1, /cannot reach the admin server at 127\.0\.0\.1:1/],
    [['--bogus'], 2, /Unknown option/],
  ])('%j exits %i with a clear message', async (args, want, msg) => {
    const { code, err } = await run(args);
    expect(code).toBe(want);
    expect(err).toMatch(msg);
  });

  it('--help explains the options', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/--state-dir DIR/);
  });
});
