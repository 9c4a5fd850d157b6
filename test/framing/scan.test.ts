import { scanCases } from '../../src/scan/scan';
import { FORM_BODY, NDJSON_BODY, SSE_BODY, containsRaw } from './fixtures';

// `scan` runs the data path's framings too: the same bodies, the same masks,
// pointers per record.

const scan = (contentType: string, body: Buffer, explain = false) =>
  scanCases([{ id: 'c1', method: 'GET', path: '/api/customers', direction: 'response', contentType, body: body.toString('utf8') }], { explain })[0]!;

describe('scan of framed bodies', () => {
  it.each([
    ['text/event-stream', SSE_BODY, ['/~record/0/name', '/~record/0/phone', '/~record/0/idNumber', '/~record/1', '/~record/2/card', '/~record/2/memo']],
    ['application/x-ndjson; charset=utf-8', NDJSON_BODY, ['/~record/0/phone', '/~record/0/name', '/~record/1/idNumber', '/~record/1/email', '/~record/2/card', '/~record/2/memo']],
    ['application/x-www-form-urlencoded', FORM_BODY, ['/to', '/email', '/card']],
  ])('%s: masked like the data path, findings per record', (contentType, body, pointers) => {
    const r = scan(contentType, body);
    expect(r.skipped).toBeUndefined();
    expect(r.findings.map((f) => f.pointer)).toEqual(pointers);
    expect(containsRaw(decodeURIComponent(r.body!.replace(/\+/g, ' ')))).toBeUndefined();
  });

  it('explains findings inside records', () => {
    const r = scan('text/event-stream', SSE_BODY, true);
    expect(r.findings.every((f) => (f.evidence ?? []).length > 0)).toBe(true);
  });

  it('withholds an NDJSON body with a line that is not JSON', () => {
    expect(scan('application/x-ndjson', Buffer.from('{"a":1}\nnot json\n'))).toMatchObject({ body: null, error: expect.stringContaining('malformed_json') });
  });
});
