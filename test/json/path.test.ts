import fc from 'fast-check';
import { MAX_SIBLING_KEYS, type PathStack } from '../../src/json/path';
import { drivePathStack } from './support';

interface Seen {
  pointer: string;
  fieldPath: string;
  key: string | undefined;
  depth: number;
  segments: (string | number)[];
  siblingKeys: string[];
  value: string;
}

/** Drives a PathStack from the tokenizer and snapshots the LeafView of every leaf. */
function walk(doc: string, sizes: number[] = [doc.length || 1], probe?: (p: PathStack) => void): Seen[] {
  const seen: Seen[] = [];
  drivePathStack(doc, sizes, (path) => {
    probe?.(path);
    seen.push({
      pointer: path.pointer(), fieldPath: path.fieldPath(), key: path.key, depth: path.depth,
      segments: Array.from({ length: path.depth }, (_, i) => path.segment(i)), siblingKeys: [...path.siblingKeys], value: path.value,
    });
  });
  return seen;
}

const DOC = JSON.stringify({
  id: 7,
  user: { name: 'Li', tags: ['a', ['b']], 'a/b': { '~k': true } },
  list: [{ phone: '1', type: 'mobile' }, { type: 'home', phone: '2' }],
  long: 'x'.repeat(65),
  after: null,
});

describe('PathStack as LeafView', () => {
  const seen = walk(DOC);
  const at = (pointer: string): Seen => seen.find((s) => s.pointer === pointer)!;

  it.each([
    ['/id', '/id', 'id', ['id'], []],
    ['/user/name', '/user/name', 'name', ['user', 'name'], []],
    ['/user/tags/0', '/user/tags/*', 'tags', ['user', 'tags', 0], ['name']],
    ['/user/tags/1/0', '/user/tags/*/*', 'tags', ['user', 'tags', 1, 0], ['name']],
    ['/user/a~1b/~0k', '/user/a~1b/~0k', '~k', ['user', 'a/b', '~k'], []],
    ['/list/0/phone', '/list/*/phone', 'phone', ['list', 0, 'phone'], []],
    ['/list/0/type', '/list/*/type', 'type', ['list', 0, 'type'], ['phone']],
    ['/list/1/phone', '/list/*/phone', 'phone', ['list', 1, 'phone'], ['type']],
    ['/after', '/after', 'after', ['after'], ['id', 'user', 'list', 'long']],
  ])('%s: fieldPath %s, key %s, segments, sibling keys before it', (pointer, fieldPath, key, segments, siblingKeys) => {
    const s = at(pointer);
    expect(s).toMatchObject({ fieldPath, key, segments, siblingKeys, depth: segments.length });
  });

  it('remembers short scalar siblings that came before, only within the same object', () => {
    const values: Record<string, (string | undefined)[]> = {};
    walk(DOC, undefined, (p) => {
      values[p.pointer()] = ['name', 'phone', 'type', 'id', 'long'].map((k) => p.siblingValue(k));
    });
    expect(values['/user/tags/0']).toEqual(['Li', undefined, undefined, undefined, undefined]);
    expect(values['/list/0/phone']).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(values['/list/0/type']).toEqual([undefined, '1', undefined, undefined, undefined]);
    expect(values['/list/1/phone']).toEqual([undefined, undefined, 'home', undefined, undefined]);
    // 65 characters is past the 64-character cap; numbers are kept as their literal text.
    expect(values['/after']).toEqual([undefined, undefined, undefined, '7', undefined]);
  });

  it('gives a root scalar the empty pointer and no key', () => {
    expect(walk('"x"')[0]).toMatchObject({ pointer: '', fieldPath: '', key: undefined, depth: 0, siblingKeys: [] });
  });

  it('does not leak a cached field path into the next container at the same depth', () => {
    const doc = '{"a":[{"x":1}],"b":[{"x":2}],"c":{"x":3}}';
    expect(walk(doc).map((s) => s.fieldPath)).toEqual(['/a/*/x', '/b/*/x', '/c/x']);
    expect(walk(doc, []).map((s) => s.pointer)).toEqual(['/a/0/x', '/b/0/x', '/c/x']);
  });

  it(`keeps at most ${MAX_SIBLING_KEYS} sibling keys per object`, () => {
    const obj = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i]));
    const last = walk(JSON.stringify(obj)).at(-1)!;
    expect(last.siblingKeys).toHaveLength(MAX_SIBLING_KEYS);
    expect(last.siblingKeys[0]).toBe('k0');
  });

  describe('cells of rows beside a header are read under their column names', () => {
    const table = JSON.stringify({
      header: ['姓名', '手机号'],
      rows: [['张三', '13800000000'], ['李四']],
      n: 1,
    });
    it.each([[undefined], [[1]], [[3, 5]]])('whole and split (%j)', (sizes) => {
      const seen = walk(table, sizes);
      const at = (pointer: string): Seen => seen.find((s) => s.pointer === pointer)!;
      expect(at('/header/1')).toMatchObject({ key: 'header', siblingKeys: [] });
      expect(at('/rows/0/0')).toMatchObject({ key: '姓名', siblingKeys: ['姓名', '手机号'], fieldPath: '/rows/*/*' });
      expect(at('/rows/0/1')).toMatchObject({ key: '手机号' });
      expect(at('/rows/1/0')).toMatchObject({ key: '姓名' });
      expect(at('/n')).toMatchObject({ key: 'n', siblingKeys: ['header', 'rows'] });
    });

    it('takes one name per column object, so columns stay aligned', () => {
      const doc = JSON.stringify({ columns: [{ name: 'email', label: 'E-mail', type: 'text' }, { label: 'Phone' }, { type: 'int' }], data: [['a@b.c', '138', 7, 'x']] });
      expect(walk(doc).filter((s) => s.pointer.startsWith('/data/')).map((s) => s.key)).toEqual(['email', 'Phone', 'data', 'data']);
    });

    it('keeps an overlong column name as an empty one, not shifting the rest', () => {
      const doc = JSON.stringify({ fields: ['x'.repeat(300), 'phone'], values: [['1', '2']] });
      expect(walk(doc).filter((s) => s.pointer.startsWith('/values/')).map((s) => s.key)).toEqual(['', 'phone']);
    });

    it('reads a coded row member under its legend description, one array level down only', () => {
      const doc = JSON.stringify({ colDesc: { C01: '姓名', C02: 'x'.repeat(65) }, rows: [{ C01: '张三', C02: '1', C09: '2', sub: { C01: '李四' } }], deeper: [[{ C01: '王五' }]] });
      const keys = Object.fromEntries(walk(doc).map((s) => [s.pointer, s.key]));
      expect(keys).toMatchObject({ '/rows/0/C01': '姓名', '/rows/0/C02': 'C02', '/rows/0/C09': 'C09', '/rows/0/sub/C01': 'C01', '/deeper/0/0/C01': 'C01' });
      expect(walk(doc).find((s) => s.pointer === '/rows/0/C02')!.siblingKeys).toEqual(['C01']);
    });

    describe('a first row of names names the columns of the rows after it (spreadsheet values)', () => {
      const sheet = JSON.stringify({ values: [['姓名', '手机号', 'E-mail'], ['张三', '13800000000', 'z@x.cn', 'extra'], ['李四']], n: 1 });
      it.each([[undefined], [[1]], [[2, 7]]])('whole and split (%j)', (sizes) => {
        const seen = walk(sheet, sizes);
        const at = (pointer: string): Seen => seen.find((s) => s.pointer === pointer)!;
        expect(at('/values/0/1')).toMatchObject({ key: 'values', siblingKeys: ['values'].slice(1) });
        expect(at('/values/1/0')).toMatchObject({ key: '姓名', siblingKeys: ['姓名', '手机号', 'E-mail'], fieldPath: '/values/*/*' });
        expect(at('/values/1/1')).toMatchObject({ key: '手机号' });
        expect(at('/values/1/3')).toMatchObject({ key: 'values' }); // past the last column
        expect(at('/values/2/0')).toMatchObject({ key: '姓名' });
        expect(at('/n')).toMatchObject({ key: 'n', siblingKeys: ['values'] });
      });

      it.each([
        ['a lone name', [['姓名'], ['张三']]],
        ['a value with digits (a data row)', [['张三', '13800000000'], ['李四', '13900000000']]],
        ['a number', [['姓名', 7], ['张三', 8]]],
        ['a nested container', [['姓名', ['x']], ['张三', 'y']]],
        ['an empty string', [['姓名', ''], ['张三', 'y']]],
      ])('names nothing after a first row with %s', (_d, rows) => {
        expect(walk(JSON.stringify({ t: rows })).find((s) => s.pointer === '/t/1/0')!.key).toBe('t');
      });
    });

    it('names nothing when the rows come before the header, or for cells deeper than a row', () => {
      expect(walk(JSON.stringify({ rows: [['张三']], header: ['姓名'] })).find((s) => s.pointer === '/rows/0/0')!.key).toBe('rows');
      expect(walk(JSON.stringify({ header: ['姓名'], rows: [[['张三']]] })).find((s) => s.pointer === '/rows/0/0/0')!.key).toBe('rows');
      expect(walk(JSON.stringify({ header: ['姓名'], inner: { rows: [['张三']] } })).find((s) => s.pointer === '/inner/rows/0/0')!.key).toBe('rows');
    });
  });

  it('points every leaf at its value (RFC 6901) and generalises exactly the array indices', () => {
    const resolve = (root: unknown, pointer: string): unknown =>
      pointer === '' ? root : pointer.slice(1).split('/').reduce((v: any, seg) => v[seg.replace(/~1/g, '/').replace(/~0/g, '~')], root);
    fc.assert(
      fc.property(fc.json(), fc.integer({ min: 1, max: 7 }), (doc, size) => {
        const root = JSON.parse(doc);
        for (const s of walk(doc, [size])) {
          const v = resolve(root, s.pointer);
          expect(typeof v === 'string' ? v : JSON.stringify(v)).toBe(s.value);
          const generalised = s.segments.map((seg) => (typeof seg === 'number' ? '*' : seg.replace(/~/g, '~0').replace(/\//g, '~1')));
          expect(s.fieldPath).toBe(s.depth === 0 ? '' : '/' + generalised.join('/'));
        }
      }),
    );
  });
});
