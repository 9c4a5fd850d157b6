import { Metrics } from '../../src/metrics/metrics';
import { Profiler, type ProfilerLimits } from '../../src/profile/profiler';
import { cnMobile, cnName, exchange } from './support';

// Profiling cost, as ratios against the data path in the same run: the worker
// must absorb a sample faster than the data path masks the body it came from
// (so a sidecar at any load keeps up with the samples it takes), and sampling
// a body must not cost a multiple of masking it.
//   APIWARD_FIGURES=1 npx jest test/profile/throughput   prints the figures.

const BODIES = 600;
const ROUTES = 15;

function body(i: number): string {
  const items = Array.from({ length: 10 }, (_, k) => ({
    id: i * 10 + k, c7: cnName(i + k), contact: cnMobile(i + k), sku: `SKU-${k}`, price: 12.5 + k, tags: ['a', 'b'], ok: k % 2 === 0,
  }));
  return JSON.stringify({ code: 0, page: { n: i, size: 10 }, data: items });
}

function profiler(over: Partial<ProfilerLimits>): Profiler {
  const p = new Profiler({ metrics: new Metrics({ defaultMetrics: false }), logger: { warn: () => undefined }, limits: { queueCapacity: BODIES, ...over } });
  p.start();
  return p;
}

function drive(p: Profiler): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < BODIES; i++) exchange(p, 'GET', `/api/shop${i % ROUTES}/orders/${i}`, body(i));
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

describe('profiling throughput', () => {
  it('absorbs samples faster than the data path produces them, and sampling is cheap', async () => {
    const always = { warmupSamples: BODIES, sampleRate: 1, perSecond: 1e9, burst: 1e9, profileAfter: 20, reprofileAfterMs: 0 };
    const never = { warmupSamples: 0, sampleRate: 0 };
    const sampledP = profiler(always);
    const plainP = profiler(never);
    const warmup = profiler(never);
    try {
      drive(warmup); // warm the JIT on the same code path
      const plainMs = drive(plainP);
      const sampledMs = drive(sampledP);
      expect(sampledP.sizes().queued).toBe(BODIES);
      const t0 = process.hrtime.bigint();
      await sampledP.settle();
      const workerMs = Number(process.hrtime.bigint() - t0) / 1e6;
      expect(sampledP.routes().routes.every((r) => r.fields.some((f) => f.pointer === '/data/*/contact'))).toBe(true);

      if (process.env.APIWARD_FIGURES) {
        process.stdout.write(
          `profiling: ${BODIES} samples (${Buffer.byteLength(body(1))} B bodies, ${ROUTES} routes) absorbed in ${workerMs.toFixed(0)} ms ` +
            `= ${((BODIES / workerMs) * 1000).toFixed(0)} samples/s; worker/data-path time ${(workerMs / plainMs).toFixed(2)}; ` +
            `sampled/unsampled body ${(sampledMs / plainMs).toFixed(2)}\n`,
        );
      }
      expect(workerMs / plainMs).toBeLessThan(1);
      expect(sampledMs / plainMs).toBeLessThan(2);
    } finally {
      for (const p of [sampledP, plainP, warmup]) await p.close();
    }
  });
});
