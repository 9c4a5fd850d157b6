import fc from 'fast-check';
import { containsRaw, FORM_BODY, NDJSON_BODY } from './fixtures';
import { processorFor, run } from './support';

const NDJSON = 'application/x-ndjson';
const FORM = 'application/x-www-form-urlencoded';

/** Streamed with random cuts equals buffered, and every prefix released is final. */
function streamsLikeBuffered(contentType: string, body: Buffer, opts: Parameters<typeof run>[3] = {}): void {
  const whole = run(contentType, body, [], opts).out;
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: body.length - 1 }), { maxLength: 30 }), (cuts) => {
      const { processor } = processorFor(contentType, opts);
      let released = Buffer.alloc(0);
      let at = 0;
      for (const c of [...cuts.sort((a, b) => a - b), body.length]) {
        released = Buffer.concat([released, processor.push(body.subarray(at, c))]);
        at = c;
        expect(whole.subarray(0, released.length).equals(released)).toBe(true);
      }
      expect(Buffer.concat([released, processor.end()]).equals(whole)).toBe(true);
    }),
    { numRuns: 200 },
  );
}

describe('NDJSON (application/x-ndjson, application/jsonl)', () => {
  const buffered = run(NDJSON, NDJSON_BODY);

  it.each(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'])('masks every line of %s as its own document', (type) => {
    const r = run(type, NDJSON_BODY);
    expect(containsRaw(r.out)).toBeUndefined();
    expect(r.out.toString().split('\n')).toEqual([
      '{"id":1,"phone":"138****8000","name":"张*"}',
      '',
      '{"id":2,"idNumber":"110101********1233","email":"z***@example.com"}\r',
      expect.stringMatching(/^\{"id":3,"card":"[^"]*\*+[^"]*","memo":"[^"]*139\*\*\*\*5678"\}$/),
    ]);
  });

  it('counts blank lines out of the record numbers', () => {
    expect(buffered.findings.map((f) => f.pointer)).toEqual([
      '/~record/0/phone', '/~record/0/name', '/~record/1/idNumber', '/~record/1/email', '/~record/2/card', '/~record/2/memo',
    ]);
  });

  it('streams like buffered at every chunking', () => streamsLikeBuffered(NDJSON, NDJSON_BODY));

  it('holds an unfinished line back', () => {
    const { processor } = processorFor(NDJSON);
    expect(processor.push(Buffer.from('{"phone":"1380013')).length).toBe(0);
    expect(processor.push(Buffer.from('8000"}\n{"a"')).toString()).toBe('{"phone":"138****8000"}\n');
  });

  it('fails a line that is not JSON (malformed_json), unlike SSE text', () => {
    expect(() => run(NDJSON, Buffer.from('{"a":1}\nphone 13800138000\n'))).toThrow(expect.objectContaining({ reason: 'malformed_json' }));
  });

  it('fails a line longer than the limit, streamed or not', () => {
    const body = Buffer.from(`{"a":"${'x'.repeat(700)}"}\n`);
    for (const cuts of [[], [10, 300, 600]]) {
      expect(() => run(NDJSON, body, cuts, { maxRecordBytes: 512 })).toThrow(expect.objectContaining({ reason: 'max_token_bytes' }));
    }
  });
});

describe('form bodies (application/x-www-form-urlencoded)', () => {
  const buffered = run(FORM, FORM_BODY, [], { direction: 'request' });

  it('masks decoded values and re-encodes only the pairs that changed', () => {
    const out = buffered.out.toString();
    expect(containsRaw(decodeURIComponent(out.replace(/\+/g, ' ')))).toBeUndefined();
    const pairs = out.split('&');
    expect(pairs[0]).toBe('to=138****8000');
    expect(pairs[1]).toBe('text=%E4%BD%A0%E5%A5%BD+%E5%BC%A0%E4%BC%9F');
    expect(pairs[2]).toBe('email=z***%40example.com');
    expect(pairs[4]).toBe('lang=zh');
  });

  it('reports the parameter name as the pointer', () => {
    expect(buffered.findings.map((f) => [f.pointer, f.type])).toEqual([
      ['/to', 'PHONE_NUMBER'], ['/email', 'EMAIL_ADDRESS'], ['/card', 'PAYMENT_CARD'],
    ]);
  });

  it('streams like buffered at every chunking', () => streamsLikeBuffered(FORM, FORM_BODY, { direction: 'request' }));

  it('scans a value with a broken escape as it came', () => {
    expect(run(FORM, Buffer.from('q=%ZZ+13800138000'), [], { direction: 'request' }).out.toString()).toBe('q=%25ZZ+138****8000');
  });
});
