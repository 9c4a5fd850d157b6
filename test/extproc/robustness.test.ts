import type { BodySendMode } from '../../src/extproc/messages';
import { replay } from '../support/envoy-exchange';
import { startExtProc, useExtProc } from '../support/extproc-harness';
import { counterValue, createTestDeps } from '../support/deps';

// Bad input never crashes or hangs a stream: each message still gets its one
// answer, the failure mode decides (responses: 502, nothing released), a metric
// counts it, and the server keeps serving.

const JSON_TYPE = [['content-type', 'application/json']] as const;
const TEN_MB_STRING = `{"a":"${'x'.repeat(10 * 1024 * 1024)}"}`;

const t = useExtProc();

async function stillServes(): Promise<void> {
  const r = await replay(t.h.envoy, { responseHeaders: JSON_TYPE, responseBody: '{"tel":"13812345678"}', modes: { request: 'NONE', response: 'STREAMED' } });
  expect(r.downstream!.body.toString()).toBe('{"tel":"138****5678"}');
}

const BAD: Array<[string, string | Buffer, string]> = [
  ['truncated JSON', '{"data":[{"phone":"13812345678"', 'malformed_json'],
  ['garbage', '<html>oops</html>', 'malformed_json'],
  ['invalid UTF-8', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]), 'invalid_utf8'],
  ['100k-deep nesting', '['.repeat(100_000) + ']'.repeat(100_000), 'max_depth'],
  ['a 10 MB string', TEN_MB_STRING, 'max_token_bytes'],
];
const MODES: BodySendMode[] = ['BUFFERED', 'STREAMED', 'FULL_DUPLEX_STREAMED'];

describe.each(MODES)('%s response body', (mode) => {
  it.each(BAD)('%s: 502, counted, reported, one answer per message', async (_name, body, reason) => {
    const failuresBefore = await counterValue(t.deps.metrics.failures, { reason, direction: 'response' });
    t.deps.reports.length = 0;
    const r = await replay(t.h.envoy, { responseHeaders: JSON_TYPE, responseBody: body, chunkSize: 64 * 1024, modes: { request: 'NONE', response: mode } });
    expect(r.immediate?.status).toBe(502);
    expect(JSON.parse(r.immediate!.body)).toEqual({ error: 'response_blocked', reason });
    expect(await counterValue(t.deps.metrics.failures, { reason, direction: 'response' })).toBe(failuresBefore + 1);
    expect(t.deps.reports.map((x) => x.failure)).toEqual([reason]);
    // Envoy stops sending after the immediate response; everything before it was answered once.
    if (mode !== 'FULL_DUPLEX_STREAMED') expect(r.answers.length).toBeLessThanOrEqual(r.sent);
    await stillServes();
  });
});

it('a malformed request body under failure mode pass reaches the upstream unchanged', async () => {
  const body = '{"to":"13812345678",';
  const r = await replay(t.h.envoy, { method: 'POST', requestHeaders: JSON_TYPE, requestBody: body, modes: { request: 'BUFFERED', response: 'NONE' } });
  expect(r.immediate).toBeUndefined();
  expect(r.upstream!.body.toString()).toBe(body);
  expect(await counterValue(t.deps.metrics.failureActions, { action: 'pass' })).toBeGreaterThanOrEqual(1);
});

it('a body larger than maxBufferedBodyBytes in BUFFERED mode fails closed', async () => {
  const d = createTestDeps({ maxBufferedBodyBytes: 1024 });
  const s = await startExtProc(d);
  try {
    const r = await replay(s.envoy, { responseHeaders: JSON_TYPE, responseBody: JSON.stringify({ a: 'y'.repeat(2000) }), modes: { request: 'NONE', response: 'BUFFERED' } });
    expect(r.immediate?.status).toBe(502);
    expect(JSON.parse(r.immediate!.body).reason).toBe('max_body_bytes');
  } finally {
    await s.stop();
  }
});

it('BUFFERED_PARTIAL with a partial body (the rest would pass uninspected) fails closed', async () => {
  const s = t.h.envoy.open({ protocol: { request: 'NONE', response: 'BUFFERED_PARTIAL' } });
  s.requestHeaders('GET', '/big', [], true);
  s.responseHeaders(200, JSON_TYPE, false);
  s.body('response', Buffer.from('{"a":[1,2,'), false);
  const answers = await s.waitFor(3);
  expect(answers[2]!.immediate_response?.status?.code).toBe('BadGateway');
  s.end();
});

it('a body that never ends (Envoy resets the stream) frees the stream and reports what was seen', async () => {
  t.deps.reports.length = 0;
  const s = t.h.envoy.open({ protocol: { request: 'NONE', response: 'STREAMED' } });
  s.requestHeaders('GET', '/forever', [], true);
  s.responseHeaders(200, JSON_TYPE, false);
  for (let i = 0; i < 50; i++) s.body('response', Buffer.from(i === 0 ? '[' : '"13812345678",'), false);
  await s.waitFor(52);
  expect(t.h.server.activeStreams).toBeGreaterThanOrEqual(1);
  s.cancel();
  await s.done;
  for (let i = 0; i < 50 && t.h.server.activeStreams > 0; i++) await new Promise((r) => setTimeout(r, 10));
  expect(t.h.server.activeStreams).toBe(0);
  expect(t.deps.reports).toHaveLength(1);
  expect(t.deps.reports[0]).toMatchObject({ route: 'GET /forever', failure: 'malformed_json' });
  expect(t.deps.reports[0]!.findings).toHaveLength(49);
  await stillServes();
});

it('a message with no request set gets no answer and leaves the stream usable', async () => {
  const s = t.h.envoy.open();
  s.send({});
  s.requestHeaders('GET', '/after-empty', [], true);
  const [a] = await s.waitFor(1);
  expect(a!.request_headers).toBeDefined();
  expect(await s.quietFor(50)).toBe(false);
  s.end();
});

describe('trailers', () => {
  it('STREAMED: a body ended by trailers is answered chunk by chunk, then the trailers', async () => {
    const s = t.h.envoy.open({ protocol: { request: 'NONE', response: 'STREAMED' } });
    s.requestHeaders('GET', '/t', [], true);
    s.responseHeaders(200, JSON_TYPE, false);
    s.body('response', Buffer.from('{"p":"1381234'), false);
    s.body('response', Buffer.from('5678"}'), false);
    s.trailers('response', [['grpc-status', '0']]);
    const answers = await s.waitFor(5);
    expect(answers.map((a) => a.response)).toEqual(['request_headers', 'response_headers', 'response_body', 'response_body', 'response_trailers']);
    const bodies = answers.slice(2, 4).map((a) => Buffer.from(a.response_body!.response!.body_mutation?.body ?? []).toString());
    expect(bodies.join('')).toBe('{"p":"138****5678"}');
    s.end();
  });

  it('FULL_DUPLEX_STREAMED: trailers flush what was held back, then are answered', async () => {
    const s = t.h.envoy.open({ protocol: { request: 'NONE', response: 'FULL_DUPLEX_STREAMED' } });
    s.requestHeaders('GET', '/t', [], true);
    s.responseHeaders(200, JSON_TYPE, false);
    s.body('response', Buffer.from('{"p":"1381234'), false);
    s.body('response', Buffer.from('5678"} '), false);
    s.trailers('response', [['x-checksum', 'abc']]);
    await s.waitFor(4);
    await s.quietFor(100);
    const streamed = s.received.filter((a) => a.response_body).map((a) => Buffer.from(a.response_body!.response!.body_mutation!.streamed_response!.body ?? []).toString());
    expect(streamed.join('')).toBe('{"p":"138****5678"} ');
    expect(s.received.at(-1)!.response).toBe('response_trailers');
    s.end();
  });
});
