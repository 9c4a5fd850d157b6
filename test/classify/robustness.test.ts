import { createClassifier, walkLeaves } from '../../src/classify';
import { NO_FIELDS } from './helpers';

// Hostile leaves (up to the tokenizer's token limit) must cost time linear in
// their size: measured as a ratio to JSON round-tripping the same string in
// the same run, never as an absolute time.

const c = createClassifier();
const N = 100_000;
const HOSTILE: Array<[string, string]> = [
  ['digits', '1'.repeat(N)],
  ['digits and spaces', '1 '.repeat(N / 2)],
  ['CJK', '张'.repeat(N)],
  ['at signs', 'a@'.repeat(N / 2)],
  ['dots', '1.'.repeat(N / 2)],
  ['colons', '1:'.repeat(N / 2)],
  ['percent', '%4'.repeat(N / 2)],
  ['query pairs', 'a=1&'.repeat(N / 4)],
  ['base64', 'QUJD'.repeat(N / 4)],
  ['cue words', '电话'.repeat(N / 2)],
  ['password cues', 'password: '.repeat(N / 10)],
  ['sentences with values', '客户张三电话13812345678 '.repeat(N / 20)],
];

function leafOf(v: string) {
  let leaf: Parameters<typeof c.classify>[0] | undefined;
  walkLeaves({ remark: v }, (l) => (leaf = l));
  return leaf!;
}

function best(f: () => void): number {
  let t = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    f();
    t = Math.min(t, Number(process.hrtime.bigint() - t0));
  }
  return t;
}

describe('classifier: hostile leaves', () => {
  test.each(HOSTILE)('%s: linear time (≤ 300× a JSON round trip of the same string)', (_d, v) => {
    const leaf = leafOf(v);
    const spent = best(() => c.classify(leaf, 'response', NO_FIELDS));
    const reference = best(() => JSON.parse(JSON.stringify(v)));
    expect(spent / reference).toBeLessThan(300);
  });

  test('a JSON-in-string nested deeper than the stack is scanned as text, not thrown', () => {
    const deep = '['.repeat(200_000) + '"13812345678"' + ']'.repeat(200_000);
    expect(() => c.classify(leafOf(deep), 'response', NO_FIELDS)).not.toThrow();
  });
});
