import type { Detector } from '../../src/detect/detector';
import { Shape } from '../../src/detect/shape';
import type { LeafKind } from '../../src/types';

/**
 * strong: the value alone decides (weight ≥ 3); weak: plausible, context must decide; against: the value's
 * format says it is something else, more than a key naming the type can outweigh (≤ -5); null: cannot be this type.
 */
export type Verdict = 'strong' | 'weak' | 'against' | null;

export function verdict(d: Detector, value: string, kind: LeafKind = 'string'): Verdict {
  const ev = d.assess(value, kind, new Shape().fill(value));
  if (ev === null) return null;
  return ev.weight >= 3 ? 'strong' : ev.weight <= -5 ? 'against' : 'weak';
}

/** What find() reports in a text; a text it finds anything in must also pass the detector's textClasses and textGate. */
export function found(d: Detector, text: string): string[] {
  const out: string[] = [];
  const shape = new Shape().fill(text);
  d.find?.(text, (s, e) => out.push(text.slice(s, e)), shape);
  if (out.length > 0 && d.textGate !== undefined && !d.textGate(shape)) throw new Error(`${d.type}: textGate rejects ${JSON.stringify(text)}, where find() matches`);
  if (out.length > 0 && d.textClasses !== undefined && (shape.classes & d.textClasses) === 0) throw new Error(`${d.type}: textClasses rejects ${JSON.stringify(text)}, where find() matches`);
  return out;
}

/** The standard specification of one detector: a table of values and a table of texts. */
export function specify(d: Detector, values: Array<[string, Verdict] | [string, Verdict, LeafKind]>, texts: Array<[string, string[]]>): void {
  describe(`${d.type} detector`, () => {
    // Rows are padded to one arity: jest treats a missing trailing argument as a `done` callback.
    const rows = values.map(([v, w, k]) => [v, w, k ?? 'string'] as [string, Verdict, LeafKind]);
    test.each(rows)('assess %j → %s (%s)', (value, want, kind) => {
      expect(verdict(d, value, kind)).toBe(want);
    });
    if (texts.length > 0) {
      test.each(texts)('find in %j', (text, want) => {
        expect(found(d, text)).toEqual(want);
      });
    }
  });
}
