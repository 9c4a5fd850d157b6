import fc from 'fast-check';
import { walkLeaves } from '../../src/classify';
import { drivePathStack } from '../json/support';

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

describe('walkLeaves and PathStack', () => {
  it('read every leaf under the same key', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), table, legend), (doc) => {
      const streamed = streamedKeys(doc);
      expect(walkedKeys(doc, streamed)).toEqual(streamed);
    }), { numRuns: 300 });
  });
});
