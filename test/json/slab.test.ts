import { ByteSlab } from '../../src/json/slab';
import { JsonMasker } from '../../src/json/masker';
import { ByteSplicer } from '../../src/json/splice';

describe('ByteSlab', () => {
  it('hands out space once: reservations never overlap, the scratch after one is the next one', () => {
    const slab = new ByteSlab(1024);
    const a = slab.reserve(100, 50);
    const b = slab.reserve(60, 10);
    expect(a).toBe(0);
    expect(b).toBe(100);
  });

  it('starts a new slab when one is full, leaving views into the old one intact', () => {
    const slab = new ByteSlab(1024);
    const at = slab.reserve(200, 0);
    const first = slab.buf;
    first.fill(7, at, at + 200);
    const view = first.subarray(at, at + 200);
    for (let i = 0; i < 4; i++) slab.reserve(200, 50);
    expect(slab.buf).not.toBe(first);
    expect(view.every((b) => b === 7)).toBe(true);
  });

  it('refuses requests over a quarter of a slab (the caller allocates its own)', () => {
    const slab = new ByteSlab(1024);
    expect(slab.reserve(200, 57)).toBe(-1);
    expect(slab.reserve(200, 56)).toBe(0);
  });
});

describe('ByteSplicer output', () => {
  const splice = (body: string, reps: Array<[number, number, string]>): Buffer => {
    const s = new ByteSplicer();
    const buf = Buffer.from(body);
    s.begin(buf);
    for (const [a, b, t] of reps) s.replace(a, b, t);
    return Buffer.from(s.finish(buf.length));
  };

  it('leaves no unmasked bytes in the slab past the output it hands out', () => {
    const s = new ByteSplicer();
    const body = Buffer.from('{"phone":"13812345678","note":"secret-13812345678"}');
    s.begin(body);
    s.replace(9, 22, '"138****5678"');
    s.replace(30, 50, '"x"');
    const out = s.finish(body.length) as Buffer;
    expect(out.toString()).toBe('{"phone":"138****5678","note":"x"}');
    const after = Buffer.from(out.buffer, out.byteOffset + out.length, body.length);
    expect(after.every((b) => b === 0)).toBe(true);
  });

  it('keeps earlier outputs intact while later bodies are masked', () => {
    const first = new ByteSplicer();
    const body = Buffer.from('{"a":"1234567","b":2}');
    first.begin(body);
    first.replace(5, 14, '"***"');
    const out = first.finish(body.length);
    const copy = Buffer.from(out);
    for (let i = 0; i < 2000; i++) splice('{"a":"1234567","b":2}', [[5, 14, `"${i}"`]]);
    expect(Buffer.from(out).equals(copy)).toBe(true);
  });

  it('gives large outputs a buffer of their own, with the same bytes', () => {
    const big = `{"v":"${'x'.repeat(200_000)}","k":"abc"}`;
    const at = big.indexOf('"abc"');
    const out = splice(big, [[5, 5 + 200_002, '"y"'], [at, at + 5, '"zz"']]);
    expect(out.toString()).toBe('{"v":"y","k":"zz"}');
  });

  it('replaces with multi-byte text and keeps the pieces between replacements in order', () => {
    const body = '{"n":"王芳","m":"李伟","x":[1,2,3]}';
    const b = Buffer.from(body);
    const n = b.indexOf('"王芳"');
    const m = b.indexOf('"李伟"');
    const out = splice(body, [[n, n + Buffer.byteLength('"王芳"'), '"王*"'], [m, m + Buffer.byteLength('"李伟"'), '"李*"']]);
    expect(out.toString()).toBe('{"n":"王*","m":"李*","x":[1,2,3]}');
  });
});

describe('JsonMasker over the slab', () => {
  it('masks bodies back to back without one output changing another', () => {
    const outs: Uint8Array[] = [];
    const want: string[] = [];
    for (let i = 0; i < 300; i++) {
      const m = new JsonMasker({
        classifier: { classify: (leaf) => (leaf.key === 'p' ? [{ start: 0, end: leaf.value.length, type: 'PHONE_NUMBER', confidence: 1, source: 'config' }] : null) },
        fieldMap: { route: 'GET /x' as never, version: 0, isEmpty: true, lookup: () => undefined },
        direction: 'response',
        onFinding: () => undefined,
        mask: { mask: (_leaf, _spans) => ({ replacement: `m${i}`, findings: [] }) },
      });
      const body = Buffer.from(`{"i":${i},"p":"1380000${String(i).padStart(4, '0')}","pad":"${'.'.repeat(i * 7)}"}`);
      outs.push(m.push(body)); // the views themselves, not copies: a later body must not write into them
      expect(m.end().length).toBe(0);
      want.push(`{"i":${i},"p":"m${i}","pad":"${'.'.repeat(i * 7)}"}`);
    }
    expect(outs.map((o) => Buffer.from(o).toString())).toEqual(want);
  });
});
