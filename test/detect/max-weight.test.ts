// Detector.maxWeight lets the classifier skip assess() when even the strongest
// answer could not lift a leaf over the bar; an understated bound would silently
// drop findings. Every assess() answer over the shared leaf corpus (bench fixtures,
// recorded traffic, every test-table literal, random values) must stay within it.
import { walkLeaves } from '../../src/classify';
import { DETECTORS } from '../../src/detect/registry';
import { Shape } from '../../src/detect/shape';
import { corpusDocs } from '../classify/leaf-corpus';

describe('detector maxWeight bounds every assess() answer', () => {
  const shape = new Shape();
  const leaves: Array<[kind: 'string' | 'number', value: string]> = [];
  beforeAll(() => {
    for (const doc of corpusDocs(2000)) {
      walkLeaves(doc, (leaf) => {
        if (leaf.kind === 'string' || leaf.kind === 'number') leaves.push([leaf.kind, leaf.value]);
      });
    }
  });

  test.each(DETECTORS.map((d) => [d.type, d] as const))('%s', (_type, d) => {
    expect(d.maxWeight).toBeDefined();
    let best = -Infinity;
    for (const [kind, value] of leaves) {
      const ev = d.assess(value, kind, shape.fill(value));
      if (ev !== null) best = Math.max(best, ev.weight);
    }
    expect(best).toBeLessThanOrEqual(d.maxWeight!);
    // The bound is reached on real values: a stale, too-generous bound prunes nothing.
    expect(best).toBe(d.maxWeight);
  });

  const gated = DETECTORS.filter((d) => d.positiveShape !== undefined);
  test.each(gated.map((d) => [d.type, d] as const))('%s: positiveShape admits every value assess() gives positive evidence', (_type, d) => {
    let pruned = 0;
    for (const [kind, value] of leaves) {
      const s = shape.fill(value);
      const open = d.positiveShape!(s);
      if (!open) pruned++;
      const ev = d.assess(value, kind, s);
      if (ev !== null && ev.weight > 0 && !open) throw new Error(`${d.type}: positiveShape rejects ${JSON.stringify(value)}, which assess() weighs ${ev.weight}`);
    }
    // A gate that admits everything prunes nothing: it should not be there.
    expect(pruned).toBeGreaterThan(0);
  });
});
