import fc from 'fast-check';
import { createClassifier, walkLeaves } from '../../src/classify';
import { drivePathStack } from '../json/support';
import { decide, streamedTypes } from './helpers';

// walkLeaves (offline tools, JSON inside a string) and the streaming PathStack must read every leaf
// under the same key, column names of table rows included, or scan and the sidecar would disagree.

type Seen = [pointer: string, key: string | undefined, siblings: string];

function streamedKeys(doc: string): Seen[] {
  const out: Seen[] = [];
  drivePathStack(doc, [doc.length || 1], (path) => out.push([path.pointer(), path.key, path.siblingKeys.join('|')]));
  return out;
}

/** Sibling keys of array items differ by design (walkLeaves gives none); everything else must agree. */
function walkedKeys(doc: string, streamed: Seen[]): Seen[] {
  const out: Seen[] = [];
  walkLeaves(JSON.parse(doc), (leaf) => {
    const s = streamed[out.length];
    const itemOfArray = typeof leaf.segment(leaf.depth - 1) === 'number' && leaf.siblingKeys.length === 0;
    out.push([leaf.pointer(), leaf.key, itemOfArray && s !== undefined ? s[2] : leaf.siblingKeys.join('|')]);
  });
  return out;
}

const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }));
const column = fc.oneof(fc.string({ maxLength: 8 }), fc.record({ name: fc.string({ maxLength: 8 }), type: fc.constant('text') }), fc.record({ type: fc.constant('int') }));
/** Objects with a header key and rows, in either order, among other keys. */
const table = fc.record({
  headerKey: fc.constantFrom('header', 'Columns', 'fields', '表头', 'notHeader'),
  header: fc.array(column, { maxLength: 5 }),
  rows: fc.array(fc.oneof(fc.array(cell, { maxLength: 6 }), fc.dictionary(fc.string({ maxLength: 3 }), cell)), { maxLength: 4 }),
  rowsFirst: fc.boolean(),
  extra: fc.json(),
}).map(({ headerKey, header, rows, rowsFirst, extra }) => {
  const entries: Array<[string, unknown]> = [[headerKey, header], ['rows', rows]];
  if (rowsFirst) entries.reverse();
  return JSON.stringify({ x: JSON.parse(extra) as unknown, ...Object.fromEntries(entries) });
});
/** Objects with a legend of coded columns and rows keyed by the codes, in either order. */
const legend = fc.record({
  legendKey: fc.constantFrom('colDesc', 'FieldDescriptions', 'legend', '字段说明', 'fields'),
  legend: fc.dictionary(fc.constantFrom('C01', 'C02', 'C03', 'x'), fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.string({ minLength: 65, maxLength: 70 }))),
  rows: fc.array(fc.oneof(fc.dictionary(fc.constantFrom('C01', 'C02', 'C03', 'y'), cell), fc.array(cell, { maxLength: 3 })), { maxLength: 4 }),
  rowsFirst: fc.boolean(),
}).map(({ legendKey, legend: l, rows, rowsFirst }) => {
  const entries: Array<[string, unknown]> = [[legendKey, l], ['rows', rows]];
  if (rowsFirst) entries.reverse();
  return JSON.stringify({ deep: { ...Object.fromEntries(entries) } });
});

/** Arrays of rows whose first row may name the columns (short strings) or be data (digits, numbers, nested arrays). */
const firstRowTable = fc.record({
  first: fc.array(fc.oneof(fc.constantFrom('姓名', 'phone', 'E-mail', 'addr2', '13812345678', ''), fc.string({ maxLength: 6 }), cell), { maxLength: 5 }),
  rows: fc.array(fc.oneof(fc.array(cell, { maxLength: 6 }), cell), { maxLength: 4 }),
  wrap: fc.boolean(),
}).map(({ first, rows, wrap }) => JSON.stringify(wrap ? { values: [first, ...rows] } : [first, ...rows]));

describe('walkLeaves and PathStack', () => {
  it('read every leaf under the same key', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), table, legend, firstRowTable), (doc) => {
      const streamed = streamedKeys(doc);
      expect(walkedKeys(doc, streamed)).toEqual(streamed);
    }), { numRuns: 300 });
  });
});

/** Records of people and things, their members in any order: what decides a leaf may come after it. */
const record = fc.shuffledSubarray([
  ['name', fc.constantFrom('Chloe Anderson', '张伟', 'Apple Watch', '自如')],
  ['who', fc.constantFrom('李娜', 'Ann Lee')],
  ['email', fc.constantFrom('c.anderson@lawfirm.com')],
  ['phone', fc.constantFrom('13812345678', '614-774-8270')],
  ['price', fc.constantFrom(2999, '12.50')],
  ['sku', fc.constantFrom('AW-9-41')],
  ['type', fc.constantFrom('mobile', 'passport', 'note')],
  ['value', fc.constantFrom('E12345678', '13900001111', 'ok')],
  ['username', fc.constantFrom('li.wei')],
  ['zugang', fc.constantFrom('Dragon#439')],
] as const, { minLength: 1 }).chain((members) => fc.tuple(...members.map(([k, v]) => v.map((x) => [k, x] as const))))
  .map((pairs) => Object.fromEntries(pairs));

describe('streamed and walked documents', () => {
  const c = createClassifier();
  it('decide every leaf alike, whatever the order of its siblings', () => {
    fc.assert(fc.property(fc.array(record, { minLength: 1, maxLength: 3 }), (records) => {
      const doc = { items: records, owner: records[0] };
      const walked = new Map<string, string>();
      walkLeaves(doc, (leaf) => {
        const spans = decide(c, leaf);
        if (spans !== null && spans.length > 0) walked.set(leaf.pointer(), spans[0]!.type);
      });
      expect(streamedTypes(c, JSON.stringify(doc), [5])).toEqual(walked);
    }), { numRuns: 200 });
  });
});
