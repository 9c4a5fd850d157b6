// A counting semaphore: at most `size` LLM calls in flight; the others wait
// their turn in arrival order. close() turns every waiter (and later caller)
// away so that shutdown does not wait for a queue of profiling calls.

export class Slots {
  private busy = 0;
  private closed = false;
  private readonly waiters: Array<(ok: boolean) => void> = [];

  constructor(private readonly size: number) {}

  get inFlight(): number {
    return this.busy;
  }

  /** True once a slot is held (release it); false when closed. */
  async acquire(): Promise<boolean> {
    if (this.closed) return false;
    if (this.busy < this.size) {
      this.busy++;
      return true;
    }
    return new Promise<boolean>((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    // The slot passes straight to the next waiter: busy stays as it is.
    if (next !== undefined) next(true);
    else this.busy--;
  }

  close(): void {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w(false);
  }
}
