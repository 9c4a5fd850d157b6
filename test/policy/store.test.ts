import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metrics } from '../../src/metrics/metrics';
import { PolicyError } from '../../src/policy/parse';
import { PolicyStore } from '../../src/policy/store';

const V1 = 'agents:\n  bot-a: {routes: ["GET /a/**"]}\n';
const V2 = 'agents:\n  bot-a: {routes: ["GET /a/**"]}\n  bot-b: {routes: ["**"]}\n';
const BROKEN = 'agents:\n  bot-a: {routes: ["GET /a/**b"]}\n';

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function reloads(m: Metrics, outcome: string): Promise<number> {
  const v = (await m.policyReloads.get()).values.find((x) => x.labels.outcome === outcome);
  return v?.value ?? 0;
}

describe('PolicyStore', () => {
  let store: PolicyStore | undefined;
  afterEach(() => store?.close());

  it('refuses to start on an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pstore-'));
    writeFileSync(join(dir, 'policy.yaml'), BROKEN);
    expect(() => new PolicyStore(join(dir, 'policy.yaml'), { metrics: new Metrics({ defaultMetrics: false }), log: () => {} })).toThrow(PolicyError);
  });

  it('reloads an edited file, keeps the last good policy on a broken edit, and counts both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pstore-'));
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, V1);
    const metrics = new Metrics({ defaultMetrics: false });
    const logs: string[] = [];
    store = new PolicyStore(file, { metrics, log: (m) => logs.push(m), pollMs: 60_000 });
    store.start();
    expect([...store.current().agents.keys()]).toEqual(['bot-a']);

    writeFileSync(file, V2);
    await until(() => store!.current().agents.has('bot-b'));
    expect(await reloads(metrics, 'applied')).toBe(1);

    const good = store.current();
    writeFileSync(file, BROKEN);
    await until(() => logs.some((l) => l.includes('rejected')));
    expect(store.current()).toBe(good);
    expect(await reloads(metrics, 'rejected')).toBeGreaterThanOrEqual(1);
    expect(logs.find((l) => l.includes('rejected'))).toContain('agents.bot-a.routes[0]');

    rmSync(file);
    expect(store.reload()).toBe('rejected');
    expect(store.current()).toBe(good);
  });

  it('follows a Kubernetes ConfigMap style ..data symlink swap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pstore-cm-'));
    const version = (name: string, text: string) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'policy.yaml'), text);
    };
    version('..2026_11_28_v1', V1);
    symlinkSync('..2026_11_28_v1', join(dir, '..data'));
    symlinkSync('..data/policy.yaml', join(dir, 'policy.yaml'));
    const metrics = new Metrics({ defaultMetrics: false });
    store = new PolicyStore(join(dir, 'policy.yaml'), { metrics, log: () => {}, pollMs: 60_000 });
    const outcomes: string[] = [];
    store.onReload((o) => outcomes.push(o));
    store.start();
    const swap = (name: string) => {
      symlinkSync(name, join(dir, '..data_tmp'));
      renameSync(join(dir, '..data_tmp'), join(dir, '..data')); // the kubelet's atomic swap
    };

    version('..2026_11_28_v2', V2);
    swap('..2026_11_28_v2');
    await until(() => store!.current().agents.has('bot-b'));

    const good = store.current();
    version('..2026_11_28_v3', BROKEN);
    swap('..2026_11_28_v3');
    await until(() => outcomes.includes('rejected'));
    expect(store.current()).toBe(good);
    expect(await reloads(metrics, 'rejected')).toBeGreaterThanOrEqual(1);
  });

  it('a poll that reads unchanged bytes keeps the policy object and does not recompile it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pstore-same-'));
    const file = join(dir, 'policy.yaml');
    const agents = (n: number, reveal: string) => ['agents:', ...Array.from({ length: n }, (_, i) => `  bot-${i}: {routes: ["GET /api/**"], reveal: [${reveal}]}`)].join('\n') + '\n';
    const [A, B] = [agents(100, 'EMAIL_ADDRESS'), agents(100, 'PHONE_NUMBER')];
    writeFileSync(file, A);
    store = new PolicyStore(file, { metrics: new Metrics({ defaultMetrics: false }), log: () => {} });
    const timed = (f: () => void) => {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < 10; i++) f();
      return Number(process.hrtime.bigint() - t0);
    };
    const first = store.current();
    const same = timed(() => expect(store!.reload()).toBe('unchanged'));
    expect(store.current()).toBe(first);
    let flip = false;
    const edited = timed(() => {
      writeFileSync(file, (flip = !flip) ? B : A);
      expect(store!.reload()).toBe('applied');
    });
    expect(store.current()).not.toBe(first);
    expect(same).toBeLessThan(edited / 5);
  });

  it('polling catches a change the watcher did not report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pstore-poll-'));
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, V1);
    store = new PolicyStore(file, { metrics: new Metrics({ defaultMetrics: false }), log: () => {}, pollMs: 50, debounceMs: 60_000 });
    store.start(); // the long debounce keeps the watcher path from acting in time
    writeFileSync(file, V2);
    await until(() => store!.current().agents.has('bot-b'), 2000);
  });
});
