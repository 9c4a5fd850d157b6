// Small, bounded-memory behaviour signals the risk rules read.

/** Exponentially weighted mean: a baseline that forgets, in two numbers. */
export class Ewma {
  mean = 0;
  samples = 0;
  constructor(private readonly alpha: number) {}

  add(x: number): void {
    this.mean = this.samples === 0 ? x : this.mean + this.alpha * (x - this.mean);
    this.samples++;
  }

  /** Fold in `k` periods in which nothing happened. */
  decay(k: number): void {
    if (k > 0 && this.samples > 0) this.mean *= Math.pow(1 - this.alpha, k);
  }
}

/**
 * Sensitive values per completed minute, as a baseline for "a sudden jump".
 * Fixed minutes keep it cheap; the live minute is compared by the caller.
 */
export class MinuteBaseline {
  readonly ewma = new Ewma(0.2);
  private minuteStart = -1;
  private count = 0;

  add(now: number, n: number): void {
    const minute = Math.floor(now / 60_000);
    if (minute !== this.minuteStart) {
      if (this.minuteStart >= 0) {
        this.ewma.add(this.count);
        this.ewma.decay(Math.min(minute - this.minuteStart - 1, 60));
      }
      this.minuteStart = minute;
      this.count = 0;
    }
    this.count += n;
  }
}

/** Distinct routes per fixed minute by linear counting over a 256-bit map: 32 bytes, ±10% around 60. */
export class FanOut {
  private readonly bits = new Uint32Array(8);
  private set = 0;
  private minute = -1;

  /** Record a route; returns the estimated number of distinct routes this minute. */
  add(now: number, route: string): number {
    const minute = Math.floor(now / 60_000);
    if (minute !== this.minute) {
      this.bits.fill(0);
      this.set = 0;
      this.minute = minute;
    }
    const h = fnv1a(route) & 255;
    const word = h >>> 5;
    const bit = 1 << (h & 31);
    if ((this.bits[word] & bit) === 0) {
      this.bits[word] |= bit;
      this.set++;
    }
    return this.set >= 256 ? Infinity : -256 * Math.log((256 - this.set) / 256);
  }
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The numeric id a request addresses: the last all-digit path segment, else
 * the first all-digit query value. Scans without splitting (no allocation
 * unless an id is found). Returns NaN when there is none.
 */
export function numericId(path: string, query: string): number {
  const fromPath = lastDigitRun(path, '/');
  return Number.isNaN(fromPath) ? firstDigitValue(query) : fromPath;
}

function lastDigitRun(s: string, sep: string): number {
  let end = s.length;
  while (end > 0) {
    const start = s.lastIndexOf(sep, end - 1) + 1;
    if (isDigits(s, start, end)) return Number(s.slice(start, end));
    end = start - 1;
  }
  return NaN;
}

function firstDigitValue(q: string): number {
  let i = 0;
  while (i < q.length) {
    const amp = q.indexOf('&', i);
    const end = amp < 0 ? q.length : amp;
    const eq = q.indexOf('=', i);
    if (eq >= 0 && eq < end && isDigits(q, eq + 1, end)) return Number(q.slice(eq + 1, end));
    i = end + 1;
  }
  return NaN;
}

function isDigits(s: string, start: number, end: number): boolean {
  if (end <= start || end - start > 15) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Length of the current run of requests whose id steps by exactly one in the same direction. */
export class SequenceRun {
  private last = NaN;
  private step = 0;
  run = 0;

  add(id: number): number {
    const d = id - this.last;
    if (d === 1 || d === -1) {
      if (d === this.step) this.run++;
      else {
        this.step = d;
        this.run = 2;
      }
    } else if (d !== 0) {
      this.step = 0;
      this.run = 1;
    }
    this.last = id;
    return this.run;
  }
}
