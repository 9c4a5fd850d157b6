// The hand-off between the data path and the profiler worker. offer() never
// blocks and never grows past the capacity: when the worker falls behind, new
// samples are refused (the caller counts the drop) and old ones keep their turn.

export class BoundedQueue<T> {
  private readonly items: (T | undefined)[];
  private head = 0;
  private count = 0;
  private waiter: (() => void) | undefined;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`queue capacity must be a positive integer, got ${capacity}`);
    this.items = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** False when full. */
  offer(item: T): boolean {
    if (this.count === this.capacity) return false;
    this.items[(this.head + this.count) % this.capacity] = item;
    this.count++;
    const wake = this.waiter;
    this.waiter = undefined;
    wake?.();
    return true;
  }

  take(): T | undefined {
    if (this.count === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.count--;
    return item;
  }

  /** Resolves once an item is there (at once if one already is). One waiter at a time: the worker. */
  ready(): Promise<void> {
    if (this.count > 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  /** Releases a pending ready() so that a stopping worker can exit. */
  wake(): void {
    const wake = this.waiter;
    this.waiter = undefined;
    wake?.();
  }
}
