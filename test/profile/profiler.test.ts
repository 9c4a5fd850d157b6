import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Metrics } from '../../src/metrics/metrics';
import { Profiler, type ProfilerOptions } from '../../src/profile/profiler';
import { STATE_FILE_NAME } from '../../src/profile/state';
import type { FieldPath, RouteTemplate } from '../../src/types';
import { cnMobile, exchange, request } from './support';

const FAST = { profileAfter: 10, warmupSamples: 40, perSecond: 1000, burst: 1000, persistDebounceMs: 10, reprofileAfterMs: 0 };

function member(i: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ code: 0, data: { uid: 1000 + i, contact: cnMobile(i), level: 'gold', ...extra } });
}

describe('Profiler (local profiler only, the embedded default)', () => {
  let dir: string;
  let warnings: string[];
  let metrics: Metrics;
  const open: Profiler[] = [];
  const make = (over: Partial<ProfilerOptions> = {}) => {
    const p = new Profiler({ metrics, logger: { warn: (m) => warnings.push(m) }, stateDir: dir, limits: FAST, ...over });
    p.start();
    open.push(p);
    return p;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'apiward-profiler-'));
    warnings = [];
    metrics = new Metrics({ defaultMetrics: false });
  });
  afterEach(async () => {
    for (const p of open.splice(0)) await p.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('learns a route from traffic: template, field labels, category, inventory', async () => {
    const p = make();
    const before = p.fieldMapFor(p.resolveRoute(request('GET', '/api/members/1')));
    for (let i = 0; i < 12; i++) exchange(p, 'GET', `/api/members/${i}`, member(i));
    await p.settle();
    const route = 'GET /api/members/{id}' as RouteTemplate;
    const fm = p.fieldMapFor(route);
    expect(fm).not.toBe(before);
    expect(fm.lookup('response', '/data/contact' as FieldPath)).toMatchObject({ type: 'PHONE_NUMBER', source: 'statistics' });
    expect(p.categoryOf(route)).toBe('user_profile');
    const doc = p.routes();
    expect(doc.routes).toEqual([
      {
        route,
        category: 'user_profile',
        risk: 'medium',
        samples: 12,
        lastSeen: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        fields: [{ pointer: '/data/contact', type: 'PHONE_NUMBER', confidence: expect.any(Number), source: 'statistics' }],
      },
    ]);
    expect((await metrics.profilesBuilt.get()).values).toEqual([expect.objectContaining({ labels: { source: 'local' }, value: 1 })]);
    expect((await metrics.routesKnown.get()).values[0].value).toBe(1);
  });

  it('detects drift on a profiled route, counts it and profiles again', async () => {
    const p = make();
    for (let i = 0; i < 12; i++) exchange(p, 'GET', `/api/members/${i}`, member(i));
    await p.settle();
    for (let i = 0; i < 3; i++) exchange(p, 'GET', `/api/members/${i}`, member(i, { idNo: '11010519491231002X', uid: 'u-1' }));
    await p.settle();
    const drift = Object.fromEntries((await metrics.schemaDrift.get()).values.map((v) => [v.labels.kind, v.value]));
    expect(drift).toEqual({ new_field: 1, type_change: 1 });
    expect((await metrics.profilesBuilt.get()).values[0].value).toBe(2);
  });

  it('config-pinned fields win and show as source config', async () => {
    const p = make({ configFields: [{ match: (r) => r.startsWith('GET /api/members/'), fields: { '/data/contact': 'CN_RESIDENT_ID', '/data/nick': 'PERSON_NAME' } }] });
    for (let i = 0; i < 12; i++) exchange(p, 'GET', `/api/members/${i}`, member(i));
    await p.settle();
    const fields = p.routes().routes[0].fields;
    expect(fields.map((f) => [f.pointer, f.type, f.source])).toEqual([
      ['/data/contact', 'CN_RESIDENT_ID', 'config'],
      ['/data/nick', 'PERSON_NAME', 'config'],
    ]);
  });

  it('survives a restart: FieldMaps, templates and counters come back from the state dir', async () => {
    const p = make();
    // Coupon codes no static rule reads as ids: the segment becomes {param} by cardinality.
    const code = (i: number) => `Q${String.fromCharCode(65 + (i % 26))}x${String.fromCharCode(65 + ((i * 7) % 26))}`;
    for (let i = 0; i < 30; i++) exchange(p, 'GET', `/v1/coupons/${code(i)}/owner`, member(i));
    await p.settle();
    const learned = p.routes();
    await p.close();
    expect(readdirSync(dir)).toEqual([STATE_FILE_NAME]);

    const again = make();
    expect(again.routes()).toEqual(learned);
    const route = again.resolveRoute(request('GET', '/v1/coupons/NeverSeen/owner'));
    expect(route).toBe('GET /v1/coupons/{param}/owner');
    expect(again.fieldMapFor(route).lookup('response', '/data/contact' as FieldPath)?.type).toBe('PHONE_NUMBER');
    expect(warnings).toEqual([]);
  });

  it('reports a corrupt state file, ignores it and carries on learning', async () => {
    writeFileSync(join(dir, STATE_FILE_NAME), '{"version":1,"routes":[{"route":');
    const p = make();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/corrupt and was ignored/);
    for (let i = 0; i < 12; i++) exchange(p, 'GET', `/api/members/${i}`, member(i));
    await p.settle();
    expect(p.routes().routes).toHaveLength(1);
  });

  it('drops samples under back-pressure instead of blocking the data path', async () => {
    const p = make({ limits: { ...FAST, queueCapacity: 4 } });
    // A synchronous burst: the worker cannot run until it is over.
    for (let i = 0; i < 50; i++) exchange(p, 'GET', `/api/members/${i}`, member(i));
    expect(p.sizes().queued).toBe(4);
    const dropped = (await metrics.samplesDropped.get()).values[0];
    // 40 sampled (the warm-up): 4 fit, the rest were refused at once.
    expect(dropped).toMatchObject({ labels: { reason: 'queue_full' }, value: 36 });
    expect((await metrics.samplesEnqueued.get()).values[0].value).toBe(4);
  });

  it('keeps the route count under its cap and memory bounded under a random-path flood', async () => {
    const maxRoutes = 200;
    const p = make({ stateDir: undefined, limits: { ...FAST, maxRoutes } });
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >>> 8) % n;
    };
    // Name-like segments, 40 per level: too few for any node to turn variable,
    // 64 000 combinations: only the route cap can hold this.
    const word = (i: number) => `s${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
    const heapBefore = process.memoryUsage().heapUsed;
    let maxNodes = 0;
    for (let i = 0; i < 60_000; i++) {
      p.resolveRoute(request('GET', `/${word(rnd(40))}/${word(rnd(40))}/${word(rnd(40))}`));
      if (i % 500 === 0) maxNodes = Math.max(maxNodes, p.sizes().trieNodes);
    }
    // And pure noise, which cardinality folds into parameters.
    for (let i = 0; i < 20_000; i++) p.resolveRoute(request('POST', `/${rnd(1e9).toString(36).replace(/\d/g, 'q')}/x`));
    const s = p.sizes();
    expect(s.routes).toBeLessThanOrEqual(maxRoutes);
    // Every trie node lies on the path of a live route: at most depth + 1 per route.
    expect(Math.max(maxNodes, s.trieNodes)).toBeLessThanOrEqual(maxRoutes * 4);
    expect((await metrics.routesKnown.get()).values[0].value).toBeLessThanOrEqual(maxRoutes);
    expect((await metrics.routesEvicted.get()).values[0].value).toBeGreaterThan(10_000);
    // Generous: 80k distinct paths would take tens of MB if anything kept them.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(40 * 1024 * 1024);
    expect(p.routes().routes.length).toBe(s.routes);
    expect(p.routes().routes.some((r) => r.route === 'POST /{param}/x')).toBe(true);
  });

  it('keeps schema memory bounded when bodies carry random keys', async () => {
    const p = make({ stateDir: undefined, limits: { ...FAST, maxRoutes: 20, maxFieldsTotal: 500, queueCapacity: 4096 } });
    for (let i = 0; i < 400; i++) {
      const doc = Object.fromEntries(Array.from({ length: 20 }, (_, k) => [`k${(i * 20 + k).toString(36)}`, k]));
      exchange(p, 'POST', `/api/r${i % 40}/x`, JSON.stringify(doc));
      if (i % 50 === 0) await p.settle();
    }
    await p.settle();
    expect(p.sizes().fields).toBeLessThanOrEqual(500);
    expect(p.sizes().fields).toBeGreaterThan(0);
  });
});
