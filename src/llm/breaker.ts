// Circuit breaker around the LLM endpoint: after `threshold` consecutive failed
// calls it opens and refuses calls for `cooldownMs`; then one trial call is let
// through (half-open): success closes it, failure opens it for another cooldown.

export interface BreakerOptions {
  threshold: number;
  cooldownMs: number;
  now: () => number;
  /** Told about every open/close, e.g. to set a gauge. */
  onChange?: (open: boolean) => void;
}

type State = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private state: State = 'closed';
  private failures = 0;
  private openedAt = 0;

  constructor(private readonly opts: BreakerOptions) {}

  get isOpen(): boolean {
    return this.state !== 'closed';
  }

  /** Whether a call may go out now. In half-open state only the first caller gets true. */
  allow(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open' && this.opts.now() - this.openedAt >= this.opts.cooldownMs) {
      this.state = 'half-open';
      return true;
    }
    return false;
  }

  success(): void {
    const wasOpen = this.isOpen;
    this.state = 'closed';
    this.failures = 0;
    if (wasOpen) this.opts.onChange?.(false);
  }

  failure(): void {
    this.failures++;
    if (this.state === 'half-open' || (this.state === 'closed' && this.failures >= this.opts.threshold)) {
      const wasOpen = this.isOpen;
      this.state = 'open';
      this.openedAt = this.opts.now();
      if (!wasOpen) this.opts.onChange?.(true);
    }
  }
}
