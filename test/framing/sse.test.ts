import fc from 'fast-check';
import { BodyError } from '../../src/json/errors';
import { SseFraming } from '../../src/framing/sse';
import { containsRaw, SSE_BODY } from './fixtures';
import { processorFor, run } from './support';

const SSE = 'text/event-stream';
const buffered = run(SSE, SSE_BODY);
const text = buffered.out.toString('utf8');

describe('text/event-stream', () => {
  it('masks JSON data field by field and text data as text; nothing raw is left', () => {
    expect(containsRaw(buffered.out)).toBeUndefined();
    expect(text).toContain('data: {"name": "张*", "phone": "138****8000",\r\ndata:  "idNumber": "110101********1233"}\r\n\r\n');
    expect(text).toContain('data:联系人邮箱 z***@example.com 已核实\n\n');
    expect(text).toMatch(/data: \{"card": "[^"]*\*+[^"]*", "memo": "[^"]*139\*\*\*\*5678", "ok": true\}\r\r/);
  });

  it.each([
    ['BOM and comment', '\uFEFF: stream opened\r\n'],
    ['retry field', 'retry: 3000\r\n\r\n'],
    ['id/event lines with CRLF', 'id: 1\r\nevent: customer\r\n'],
    ['LF-only event head', 'id: 2\nevent: note\n'],
    ['CR-only event', 'id: 3\rdata: {"card": '],
    ['keep-alive comment', ': keep-alive\n\n'],
    ['empty data line', 'data\n\n'],
    ['untouched event', 'event: done\ndata: [DONE]\n\n'],
  ])('keeps the %s byte for byte', (_name, fragment) => {
    expect(buffered.out.includes(Buffer.from(fragment, 'utf8'))).toBe(true);
  });

  it('reports pointers per record: /~record/N/<pointer in the event data>', () => {
    expect(buffered.findings.map((f) => [f.pointer, f.type])).toEqual([
      ['/~record/0/name', 'PERSON_NAME'],
      ['/~record/0/phone', 'PHONE_NUMBER'],
      ['/~record/0/idNumber', 'CN_RESIDENT_ID'],
      ['/~record/1', 'EMAIL_ADDRESS'],
      ['/~record/2/card', 'PAYMENT_CARD'],
      ['/~record/2/memo', 'PHONE_NUMBER'],
    ]);
    // FieldPaths stay those of the record's own document, so route FieldMaps apply per record.
    expect(buffered.findings[1]!.fieldPath).toBe('/phone');
  });

  it('gives the buffered output for a cut at every byte position', () => {
    for (let cut = 1; cut < SSE_BODY.length; cut++) {
      const r = run(SSE, SSE_BODY, [cut]);
      if (!r.out.equals(buffered.out)) throw new Error(`cut at ${cut} changed the output`);
    }
  });

  it('never releases a byte it would later change, for random chunkings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: SSE_BODY.length - 1 }), { maxLength: 40 }), (cuts) => {
        const { processor } = processorFor(SSE);
        let released = Buffer.alloc(0);
        let at = 0;
        for (const c of [...cuts.sort((a, b) => a - b), SSE_BODY.length]) {
          released = Buffer.concat([released, processor.push(SSE_BODY.subarray(at, c))]);
          at = c;
          // Everything released so far is final: a prefix of the buffered result.
          expect(buffered.out.subarray(0, released.length).equals(released)).toBe(true);
        }
        released = Buffer.concat([released, processor.end()]);
        expect(released.equals(buffered.out)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('holds an unfinished event back entirely', () => {
    const { processor } = processorFor(SSE);
    expect(processor.push(Buffer.from('data: {"phone": "13800138000"}\n')).length).toBe(0);
    expect(processor.push(Buffer.from(': still the same event\n')).length).toBe(0);
    expect(processor.push(Buffer.from('\n')).toString()).toBe('data: {"phone": "138****8000"}\n: still the same event\n\n');
  });

  it('masks a last event that never got its blank line', () => {
    expect(run(SSE, Buffer.from('data: {"phone": "13800138000"}')).out.toString()).toBe('data: {"phone": "138****8000"}');
  });

  it.each([
    ['more lines', 'a\nb\nc', 'id: 7\r\ndata: a\r\ndata: b\r\ndata: c\r\nevent: x\r\n\r\n'],
    ['fewer lines', 'ab', 'id: 7\r\ndata: ab\r\nevent: x\r\n\r\n'],
  ])('writes a text mask with %s than data lines into data lines where the first was', (_name, masked, expected) => {
    const framing = new SseFraming({ mask: () => Buffer.from(masked) });
    const event = Buffer.from('id: 7\r\ndata: one\r\nevent: x\r\ndata: two\r\n\r\n');
    expect(Buffer.from(framing.record(event, false)).toString()).toBe(expected);
  });

  it.each([
    ['an event longer than the limit, streamed', [100, 200]],
    ['an event longer than the limit, buffered', []],
  ])('fails %s (max_token_bytes) instead of holding it', (_name, cuts) => {
    const body = Buffer.from(`data: {"note": "${'x'.repeat(600)}"}\n\ndata: {}\n\n`);
    expect(() => run(SSE, body, cuts, { maxRecordBytes: 512 })).toThrow(expect.objectContaining({ reason: 'max_token_bytes' }));
  });

  it('fails invalid UTF-8 in text data, and stays failed', () => {
    const { processor } = processorFor(SSE);
    const bad = Buffer.concat([Buffer.from('data: caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n\n')]);
    expect(() => processor.push(bad)).toThrow(BodyError);
    expect(() => processor.push(Buffer.from('data: x\n\n'))).toThrow(expect.objectContaining({ reason: 'invalid_utf8' }));
  });

  it('scans JSON-looking data that is not JSON as text', () => {
    const r = run(SSE, Buffer.from('data: {"phone": 13800138000\n\n'));
    expect(r.out.toString()).toBe('data: {"phone": 138****8000\n\n');
    expect(r.findings.map((f) => f.pointer)).toEqual(['/~record/0']);
  });
});
