// Per-hour spending limits for the LLM: calls and tokens, in fixed one-hour
// windows. A call is admitted only if its estimated tokens still fit; the
// actual usage reported by the server is charged afterwards.

const HOUR_MS = 3_600_000;

export interface BudgetOptions {
  callsPerHour: number;
  tokensPerHour: number;
  now: () => number;
}

export class HourlyBudget {
  private windowStart = Number.NEGATIVE_INFINITY;
  private calls = 0;
  private tokens = 0;

  constructor(private readonly opts: BudgetOptions) {}

  /** Reserves one call if both limits allow `estimatedTokens` more. */
  tryTake(estimatedTokens: number): boolean {
    this.roll();
    if (this.calls >= this.opts.callsPerHour || this.tokens + estimatedTokens > this.opts.tokensPerHour) return false;
    this.calls++;
    return true;
  }

  charge(tokens: number): void {
    this.roll();
    this.tokens += tokens;
  }

  get used(): { calls: number; tokens: number } {
    this.roll();
    return { calls: this.calls, tokens: this.tokens };
  }

  private roll(): void {
    const now = this.opts.now();
    if (now - this.windowStart >= HOUR_MS) {
      this.windowStart = now;
      this.calls = 0;
      this.tokens = 0;
    }
  }
}
