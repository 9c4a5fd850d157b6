import { MAX_FINDINGS_PER_REPORT } from '../../src/extproc/body';
import type { BodySendMode } from '../../src/extproc/messages';
import { replay } from '../support/envoy-exchange';
import { startExtProc, useExtProc } from '../support/extproc-harness';

// Every body mode, as Envoy drives it: the client must receive the masked body,
// the upstream the masked request, and every request message gets exactly one
// answer (FULL_DUPLEX_STREAMED streams its own).

const PHONE = '13812345678';
const RESPONSE = JSON.stringify({ data: [{ name: 'a', phone: PHONE, note: `call ${PHONE} now` }, { id: 7, ok: true }] });
const MASKED_RESPONSE = JSON.stringify({ data: [{ name: 'a', phone: '138****5678', note: 'call 138****5678 now' }, { id: 7, ok: true }] });
const REQUEST = JSON.stringify({ to: PHONE, text: 'hi' });
const JSON_HEADERS = [['content-type', 'application/json; charset=utf-8']] as const;

const t = useExtProc();

const MODES: BodySendMode[] = ['BUFFERED', 'STREAMED', 'BUFFERED_PARTIAL', 'FULL_DUPLEX_STREAMED'];
const CASES = MODES.flatMap((mode) => [5, 4096].flatMap((chunkSize) => [true, false].map((protocolConfig) => ({ mode, chunkSize, protocolConfig }))));

describe.each(CASES)('$mode, chunks of $chunkSize, protocol_config $protocolConfig', ({ mode, chunkSize, protocolConfig }) => {
  // Without protocol_config the server can only know the mode from its configuration.
  const run = async () => {
    const server = protocolConfig ? t.h : await startExtProc(t.deps, { request: mode, response: mode });
    try {
      return await replay(server.envoy, {
        method: 'POST',
        path: '/api/sms?x=1',
        requestHeaders: [...JSON_HEADERS, ['content-length', String(REQUEST.length)], ['accept-encoding', 'gzip, br']],
        requestBody: REQUEST,
        responseHeaders: [...JSON_HEADERS, ['content-length', String(RESPONSE.length)]],
        responseBody: RESPONSE,
        chunkSize,
        modes: { request: mode, response: mode },
        protocolConfig,
      });
    } finally {
      if (server !== t.h) await server.stop();
    }
  };

  it('masks both directions and fixes the headers', async () => {
    const r = await run();
    expect(r.immediate).toBeUndefined();
    expect(r.downstream!.body.toString()).toBe(MASKED_RESPONSE);
    expect(r.upstream!.body.toString()).toBe(JSON.stringify({ to: '138****5678', text: 'hi' }));
    expect(r.upstream!.headers.has('accept-encoding')).toBe(false);
    expect(r.upstream!.headers.has('content-length')).toBe(false);
    expect(r.downstream!.headers.has('content-length')).toBe(false);
    expect(r.downstream!.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('answers every message exactly once (streamed mode: at most once per chunk)', async () => {
    const r = await run();
    if (mode === 'FULL_DUPLEX_STREAMED') expect(r.answers.length).toBeLessThanOrEqual(r.sent);
    else expect(r.answers.length).toBe(r.sent);
  });
});

it('never lets a chunk answer carry part of a phone number split across chunks', async () => {
  const chunkSize = 3;
  const r = await replay(t.h.envoy, {
    responseHeaders: JSON_HEADERS,
    responseBody: RESPONSE,
    chunkSize,
    modes: { request: 'NONE', response: 'STREAMED' },
  });
  // What Envoy forwards for chunk i: the replacement, or the original chunk when there is none.
  const bodyAnswers = r.answers.filter((a) => a.response_body);
  const pieces = bodyAnswers.map((a, i) => {
    const m = a.response_body?.response?.body_mutation;
    return m?.clear_body ? '' : m?.body ? Buffer.from(m.body).toString() : RESPONSE.slice(i * chunkSize, (i + 1) * chunkSize);
  });
  expect(pieces.join('')).toBe(MASKED_RESPONSE);
  // Digit runs of the phone that its masked form (138****5678) does not show.
  const hidden = ['381', '812', '123', '234', '345', '456'];
  for (const piece of pieces) for (const digits of hidden) expect(piece).not.toContain(digits);
});

it('holds a name that only the siblings after it reveal until they arrive, in every streamed mode', async () => {
  // `name` comes first: the email and phone that make the record a person's are still to come when it streams past.
  const person = JSON.stringify({ items: [{ name: 'Chloe Anderson', email: 'c.anderson@lawfirm.com', phone: '614-774-8270' }, { sku: 'AW-9', name: 'Apple Watch', price: 2999 }] });
  for (const mode of ['STREAMED', 'FULL_DUPLEX_STREAMED'] as const) {
    const r = await replay(t.h.envoy, { responseHeaders: JSON_HEADERS, responseBody: person, chunkSize: 4, modes: { request: 'NONE', response: mode } });
    // What Envoy forwarded, chunk by chunk as the stand-in plays it: no piece of the name, cut at a chunk edge or not.
    const delivered = r.downstream!.body.toString();
    for (const piece of ['Chlo', 'hloe', 'Ande', 'rson']) expect(delivered).not.toContain(piece);
    expect((JSON.parse(delivered) as { items: Array<Record<string, unknown>> }).items[1]!.name).toBe('Apple Watch');
  }
});

it('reports each inspected body once, with findings and byte counts, never the raw value', async () => {
  t.deps.reports.length = 0;
  await replay(t.h.envoy, {
    method: 'POST',
    path: '/api/sms',
    requestHeaders: JSON_HEADERS,
    requestBody: REQUEST,
    responseHeaders: JSON_HEADERS,
    responseBody: RESPONSE,
    modes: { request: 'BUFFERED', response: 'STREAMED' },
  });
  expect(t.deps.reports.map((r) => [r.direction, r.route, r.findings.length, r.bytesIn, r.failure])).toEqual([
    ['request', 'POST /api/sms', 1, REQUEST.length, undefined],
    ['response', 'POST /api/sms', 2, RESPONSE.length, undefined],
  ]);
  expect(JSON.stringify(t.deps.reports)).not.toContain(PHONE);
});

it('keeps at most MAX_FINDINGS_PER_REPORT findings per report and counts the rest', async () => {
  t.deps.reports.length = 0;
  const n = MAX_FINDINGS_PER_REPORT + 250;
  const body = JSON.stringify(Array.from({ length: n }, () => ({ phone: PHONE })));
  const r = await replay(t.h.envoy, { responseHeaders: JSON_HEADERS, responseBody: body, chunkSize: 64 * 1024, modes: { request: 'NONE', response: 'STREAMED' } });
  expect(r.downstream!.body.toString()).not.toContain(PHONE);
  expect(t.deps.reports).toHaveLength(1);
  expect(t.deps.reports[0]!.findings).toHaveLength(MAX_FINDINGS_PER_REPORT);
  expect(t.deps.reports[0]!.findingsDropped).toBe(250);
});
