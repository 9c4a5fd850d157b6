import { SlidingCounter } from '../../src/risk/sliding-counter';
import { Ewma, FanOut, MinuteBaseline, SequenceRun, numericId } from '../../src/risk/signals';

describe('SlidingCounter (60 s window, 12 × 5 s buckets)', () => {
  it('sums the last minute and forgets older counts bucket by bucket', () => {
    const c = new SlidingCounter();
    c.add(0, 5);
    c.add(12_000, 3);
    expect(c.sum(59_999)).toBe(8);
    expect(c.sum(60_000)).toBe(3); // the first bucket left the window
    expect(c.sum(72_000)).toBe(0);
    c.add(500_000, 2);
    expect(c.sum(500_001)).toBe(2); // a long idle gap clears everything
  });

  it('says how long until the sum drops below a limit', () => {
    const c = new SlidingCounter();
    c.add(1_000, 6);
    c.add(21_000, 4);
    expect(c.msUntilBelow(30_000, 11)).toBe(0);
    expect(c.msUntilBelow(30_000, 10)).toBe(30_000); // the 6 leave at 60 s
    expect(c.msUntilBelow(30_000, 4)).toBe(50_000); // the 4 leave at 80 s
    expect(c.sum(80_000)).toBe(0);
  });
});

describe('numericId', () => {
  it.each([
    ['/api/customers/1042', '', 1042],
    ['/api/customers/1042/orders', '', 1042],
    ['/api/customers/abc', 'page=7&x=y', 7],
    ['/api/customers/abc', 'q=x1', NaN],
    ['/api/customers/12345678901234567', '', NaN], // longer than a safe id
    ['/', '', NaN],
  ])('%s ? %s → %s', (path, query, id) => {
    expect(numericId(path, query)).toBe(id);
  });
});

describe('SequenceRun', () => {
  it.each([
    [[1, 2, 3, 4], 4],
    [[10, 9, 8], 3],
    [[1, 2, 2, 3], 3], // a repeat neither breaks nor extends the run
    [[1, 2, 3, 2], 2], // direction change starts over
    [[1, 2, 5, 6], 2],
    [[7, 40, 3, 91], 1],
  ])('%j → run %i', (ids, run) => {
    const s = new SequenceRun();
    let r = 0;
    for (const id of ids) r = s.add(id);
    expect(r).toBe(run);
  });
});

describe('baselines', () => {
  it('Ewma follows a level and decays over idle periods', () => {
    const e = new Ewma(0.5);
    for (const x of [4, 4, 4]) e.add(x);
    expect(e.mean).toBe(4);
    e.add(8);
    expect(e.mean).toBe(6);
    e.decay(1);
    expect(e.mean).toBe(3);
  });

  it('MinuteBaseline folds completed minutes only, idle minutes as zeros', () => {
    const m = new MinuteBaseline();
    m.add(0, 10);
    m.add(30_000, 10);
    expect(m.ewma.samples).toBe(0);
    m.add(60_000, 1);
    expect(m.ewma.mean).toBe(20);
    m.add(3 * 60_000, 0); // minute 1 had 1, minute 2 had nothing
    expect(m.ewma.mean).toBeCloseTo((20 + 0.2 * (1 - 20)) * 0.8, 6);
  });

  it('FanOut estimates distinct routes per minute within 15%', () => {
    const f = new FanOut();
    let est = 0;
    for (let i = 0; i < 60; i++) est = f.add(1000, `GET /api/r${i}`);
    for (let i = 0; i < 60; i++) est = f.add(2000, `GET /api/r${i}`); // repeats do not count
    expect(est).toBeGreaterThan(51);
    expect(est).toBeLessThan(69);
    expect(f.add(61_000, 'GET /api/r0')).toBeCloseTo(1, 0); // new minute
  });
});
