import { C, Shape } from '../../src/detect/shape';

// Shape is the gate every detector reads before any regex: its counts decide what is asked at all.
describe('Shape.fill', () => {
  const rows: ReadonlyArray<[string, Partial<Shape>]> = [
    ['13800138000', { len: 11, digits: 11, other: 0, fullwidth: 0, classes: C.DIGIT }],
    ['https://cdn.example.com/a/1.png', { lower: 22, digits: 1, dot: 3, colon: 1, other: 4, fullwidth: 0 }],
    ['王伟 Li', { cjk: 2, space: 1, upper: 1, lower: 1, classes: C.CJK | C.SPACE | C.UPPER | C.LOWER }],
    ['138****5678', { star: 4, digits: 7 }],
    // Full-width digits and letters are `other` and also counted apart: only they make a value worth folding.
    ['１３８００１３８０００', { other: 11, fullwidth: 11, digits: 0 }],
    ['ＡＢ１２３', { other: 5, fullwidth: 5 }],
    // Full-width punctuation is not: it marks prose, and folding it would change how the value reads.
    ['你好，世界！', { cjk: 4, other: 2, fullwidth: 0 }],
    ['', { len: 0, first: 0, last: 0, classes: 0 }],
  ];
  it.each(rows)('%j', (value, expected) => {
    const s = new Shape().fill(value);
    for (const [k, v] of Object.entries(expected)) expect([k, s[k as keyof Shape]]).toEqual([k, v]);
  });

  it('is reused: a second fill forgets the first value', () => {
    const s = new Shape().fill('１２３ abc');
    expect(s.fill('abc')).toMatchObject({ len: 3, lower: 3, other: 0, fullwidth: 0, space: 0 });
  });
});
