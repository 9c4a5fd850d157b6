import fc from 'fast-check';
import { walkLeaves } from '../../src/classify';
import { drivePathStack } from '../json/support';

// walkLeaves (offline tools, JSON inside a string) and the streaming PathStack must read every leaf
// under the same key, column names of table rows included, or scan and the sidecar would disagree.

function streamedKeys(doc: string): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  drivePathStack(doc, [doc.length || 1], (path) => out.push([path.pointer(), path.key]));
  return out;
}

function walkedKeys(doc: string): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  walkLeaves(JSON.parse(doc), (leaf) => out.push([leaf.pointer(), leaf.key]));
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

describe('walkLeaves and PathStack', () => {
  it('read every leaf under the same key', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), table), (doc) => {
      expect(walkedKeys(doc)).toEqual(streamedKeys(doc));
    }), { numRuns: 300 });
  });
});
