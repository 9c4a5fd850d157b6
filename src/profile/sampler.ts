import type { Metrics } from '../metrics/metrics';
import type { Direction, LeafView, RouteTemplate, Span } from '../types';
import type { BoundedQueue } from './queue';
import type { RouteState } from './route-book';
import { SampleBuilder, type RedactedSample, type SampleOptions } from './sample';

// Which bodies are sampled: every body of a new route until it has a warm-up
// set, then one in 1/sampleRate; all of it under a per-route token bucket so a
// hot route cannot flood the worker. A sampled body gets a collector that the
// JSON masker feeds leaf by leaf; done() hands the redacted sample to the
// queue, or drops it (counted) when the worker is behind.

export interface SamplingPolicy {
  warmupSamples: number;
  /** Share of bodies sampled after warm-up. */
  sampleRate: number;
  /** Token bucket per route: sustained samples per second, and burst. */
  perSecond: number;
  burst: number;
}

export interface SampleCollector {
  /** The JSON masker's observeLeaf callback: valid only during the call, as the LeafView is. */
  readonly observe: (leaf: LeafView, spans: readonly Span[] | null) => void;
  /** End of body: enqueue the sample. Call at most once; never blocks. */
  done(): void;
}

export function shouldSample(state: RouteState, policy: SamplingPolicy, now: number): boolean {
  state.offered++;
  if (state.sampled >= policy.warmupSamples) {
    const every = policy.sampleRate > 0 ? Math.max(1, Math.round(1 / policy.sampleRate)) : 0;
    if (every === 0 || state.offered % every !== 0) return false;
  }
  state.tokens = Math.min(policy.burst, state.tokens + ((now - state.refilledAt) / 1000) * policy.perSecond);
  state.refilledAt = now;
  if (state.tokens < 1) return false;
  state.tokens--;
  state.sampled++;
  return true;
}

export class PendingSample implements SampleCollector {
  private readonly builder: SampleBuilder;
  private finished = false;

  constructor(
    private readonly route: RouteTemplate,
    private readonly direction: Direction,
    private readonly at: number,
    opts: SampleOptions,
    private readonly queue: BoundedQueue<RedactedSample>,
    private readonly metrics: Metrics,
  ) {
    this.builder = new SampleBuilder(opts);
    this.observe = this.builder.observe;
  }

  readonly observe: SampleCollector['observe'];

  done(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.queue.offer(this.builder.build(this.route, this.direction, this.at))) this.metrics.samplesEnqueued.inc();
    else this.metrics.samplesDropped.inc({ reason: 'queue_full' });
  }
}
