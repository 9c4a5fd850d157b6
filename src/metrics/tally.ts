import type { Counter } from 'prom-client';

type Labels<L extends string> = Partial<Record<L, string>>;

interface Row<L extends string> {
  readonly labels: Labels<L>;
  n: number;
}

/**
 * Rows before the table starts over (after handing its counts on). The label
 * sets are bounded already (route templates are capped); this bounds the table.
 */
const MAX_ROWS = 4096;

/**
 * One counter's increments summed per label set in plain numbers, handed to
 * prom-client when the counter is read (scrape, get(): see Metrics). prom-client
 * validates and hashes the label object on every inc(), and the data path
 * increments the same few label sets on every message. A row is found by two
 * string keys (e.g. route, then event) without building a composite key.
 */
export class CounterTally<L extends string> {
  private rows = new Map<string, Map<string, Row<L>>>();
  private size = 0;

  constructor(
    private readonly counter: Counter<L>,
    private readonly labelsOf: (outer: string, inner: string) => Labels<L>,
  ) {}

  inc(outer: string, inner: string, n = 1): void {
    let byInner = this.rows.get(outer);
    let row = byInner?.get(inner);
    if (row === undefined) {
      if (this.size >= MAX_ROWS) this.restart();
      if (byInner === undefined || this.size === 0) this.rows.set(outer, (byInner = new Map()));
      byInner.set(inner, (row = { labels: this.labelsOf(outer, inner), n: 0 }));
      this.size++;
    }
    row.n += n;
  }

  /** Hands the counts summed since the last flush to the counter. */
  flush(): void {
    for (const byInner of this.rows.values()) {
      for (const row of byInner.values()) {
        if (row.n === 0) continue;
        this.counter.inc(row.labels, row.n);
        row.n = 0;
      }
    }
  }

  private restart(): void {
    this.flush();
    this.rows = new Map();
    this.size = 0;
  }
}

/** One tally per value of a label the caller already knows (a direction, a release), all feeding one counter. */
export function talliesBy<K extends string, L extends string>(
  counter: Counter<L>, keys: readonly K[], labelsOf: (key: K, outer: string, inner: string) => Labels<L>,
): Readonly<Record<K, CounterTally<L>>> {
  return Object.fromEntries(keys.map((k) => [k, new CounterTally(counter, (outer, inner) => labelsOf(k, outer, inner))])) as Record<K, CounterTally<L>>;
}

export function flushEach(tallies: Readonly<Record<string, CounterTally<string>>>): void {
  for (const t of Object.values(tallies)) t.flush();
}
