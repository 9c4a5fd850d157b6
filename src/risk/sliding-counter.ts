/**
 * A count over the last `windowMs`, kept in a ring of fixed buckets: O(1)
 * memory per counter whatever the rate, and exact to one bucket's width.
 * Time is passed in by the caller so that one clock reading serves a whole
 * decision and tests can drive time.
 */
export class SlidingCounter {
  private readonly buckets: Uint32Array;
  private readonly bucketMs: number;
  private head = 0;
  private headStart = -Infinity;
  private total = 0;

  constructor(windowMs = 60_000, bucketCount = 12) {
    this.buckets = new Uint32Array(bucketCount);
    this.bucketMs = windowMs / bucketCount;
  }

  add(now: number, n = 1): void {
    this.advance(now);
    this.buckets[this.head] += n;
    this.total += n;
  }

  sum(now: number): number {
    this.advance(now);
    return this.total;
  }

  /** Milliseconds until the windowed sum drops below `limit` (0 if it already is). */
  msUntilBelow(now: number, limit: number): number {
    this.advance(now);
    let s = this.total;
    if (s < limit) return 0;
    const n = this.buckets.length;
    for (let j = 0; j < n; j++) {
      s -= this.buckets[(this.head + 1 + j) % n];
      // the j-th oldest bucket leaves the window when the head has moved j+1 times
      if (s < limit) return Math.max(0, this.headStart + (j + 1) * this.bucketMs - now);
    }
    return this.headStart + n * this.bucketMs - now;
  }

  private advance(now: number): void {
    if (now < this.headStart + this.bucketMs) return;
    const n = this.buckets.length;
    const aligned = Math.floor(now / this.bucketMs) * this.bucketMs;
    const steps = this.headStart === -Infinity ? n : Math.round((aligned - this.headStart) / this.bucketMs);
    if (steps >= n) {
      this.buckets.fill(0);
      this.total = 0;
    } else {
      for (let i = 0; i < steps; i++) {
        this.head = (this.head + 1) % n;
        this.total -= this.buckets[this.head];
        this.buckets[this.head] = 0;
      }
    }
    this.headStart = aligned;
  }
}
