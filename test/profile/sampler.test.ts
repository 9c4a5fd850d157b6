import { Metrics } from '../../src/metrics/metrics';
import { BoundedQueue } from '../../src/profile/queue';
import { RouteBook } from '../../src/profile/route-book';
import { DEFAULT_SAMPLE_LIMITS, type RedactedSample } from '../../src/profile/sample';
import { PendingSample, shouldSample, type SamplingPolicy } from '../../src/profile/sampler';
import type { RouteTemplate } from '../../src/types';
import { maskBody } from './support';

const ROUTE = 'GET /api/items/{id}' as RouteTemplate;

function freshState() {
  return new RouteBook({ maxRoutes: 10, maxFieldsPerRoute: 100, maxFieldsTotal: 1000 }, { removed: () => undefined }).touch(ROUTE, 0);
}

/** How many of `bodies` bodies, arriving `gapMs` apart, get sampled. */
function sampledOf(policy: SamplingPolicy, bodies: number, gapMs: number): number {
  const state = freshState();
  let n = 0;
  for (let i = 0; i < bodies; i++) if (shouldSample(state, policy, i * gapMs)) n++;
  return n;
}

describe('shouldSample', () => {
  const base: SamplingPolicy = { warmupSamples: 10, sampleRate: 0.1, perSecond: 1000, burst: 1000 };
  const cases: Array<[string, SamplingPolicy, number, number, number]> = [
    ['a new route: every body until warm-up, then one in ten', base, 110, 1, 10 + 10],
    ['sample rate 0: warm-up only', { ...base, sampleRate: 0 }, 500, 1, 10],
    ['sample rate 1: every body', { ...base, sampleRate: 1 }, 50, 1, 50],
    ['a burst on a hot route is capped by the bucket', { ...base, sampleRate: 1, perSecond: 5, burst: 20 }, 1000, 0, 20],
    ['the bucket refills with time', { ...base, sampleRate: 1, perSecond: 5, burst: 20 }, 100, 1000, 100],
  ];
  it.each(cases)('%s', (_n, policy, bodies, gapMs, want) => expect(sampledOf(policy, bodies, gapMs)).toBe(want));
});

describe('PendingSample', () => {
  function pending(queue: BoundedQueue<RedactedSample>, metrics: Metrics) {
    return new PendingSample(ROUTE, 'response', 5, { limits: DEFAULT_SAMPLE_LIMITS, rawSamples: false }, queue, metrics);
  }

  it('enqueues the redacted sample once, at done()', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    const queue = new BoundedQueue<RedactedSample>(4);
    const p = pending(queue, metrics);
    maskBody('{"phone":"13812345678"}', { route: ROUTE, observe: p.observe });
    expect(queue.size).toBe(0);
    p.done();
    p.done();
    expect(queue.size).toBe(1);
    expect(queue.take()).toMatchObject({ route: ROUTE, direction: 'response', at: 5 });
    expect((await metrics.samplesEnqueued.get()).values[0].value).toBe(1);
  });

  it('drops (and counts) a sample the full queue refuses, without blocking', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    const queue = new BoundedQueue<RedactedSample>(2);
    for (let i = 0; i < 5; i++) pending(queue, metrics).done();
    expect(queue.size).toBe(2);
    expect((await metrics.samplesDropped.get()).values).toEqual([expect.objectContaining({ value: 3, labels: { reason: 'queue_full' } })]);
  });
});

describe('BoundedQueue', () => {
  it('is first in, first out across wrap-around, and refuses past capacity', () => {
    const q = new BoundedQueue<number>(3);
    const out: number[] = [];
    for (let i = 0; i < 10; i++) {
      expect(q.offer(i)).toBe(true);
      if (i % 2 === 1) out.push(q.take()!, q.take()!);
    }
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([q.offer(1), q.offer(2), q.offer(3), q.offer(4)]).toEqual([true, true, true, false]);
  });

  it('wakes a waiting consumer on offer', async () => {
    const q = new BoundedQueue<string>(1);
    const ready = q.ready().then(() => q.take());
    q.offer('x');
    await expect(ready).resolves.toBe('x');
  });

  it('rejects a nonsensical capacity', () => {
    expect(() => new BoundedQueue(0)).toThrow(/positive integer/);
  });
});
