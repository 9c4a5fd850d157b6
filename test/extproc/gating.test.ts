import { gzipSync, deflateSync, brotliCompressSync, gunzipSync, inflateSync, brotliDecompressSync } from 'node:zlib';
import type { BodySendMode } from '../../src/extproc/messages';
import { replay } from '../support/envoy-exchange';
import { startExtProc, useExtProc } from '../support/extproc-harness';
import { counterValue, createTestDeps } from '../support/deps';

// Which bodies are inspected, mode_override, observability mode, compressed
// bodies and immediate responses.

const BODY = JSON.stringify({ user: { phone: '13812345678' } });
const MASKED = JSON.stringify({ user: { phone: '138****5678' } });

const t = useExtProc();

describe('content-type gating', () => {
  it.each([
    ['application/json', true],
    ['application/problem+json; charset=utf-8', true],
    ['Application/JSON', true],
    ['text/html', false],
    ['application/octet-stream', false],
    ['', false],
  ])('%s inspected: %s', async (type, inspected) => {
    const r = await replay(t.h.envoy, {
      responseHeaders: type ? [['content-type', type]] : [],
      responseBody: BODY,
      modes: { request: 'NONE', response: 'STREAMED' },
    });
    expect(r.downstream!.body.toString()).toBe(inspected ? MASKED : BODY);
  });
});

describe('mode_override', () => {
  it.each([true, false])('asks Envoy to skip a response body nobody inspects (Envoy honours it: %s)', async (honourModeOverride) => {
    const r = await replay(t.h.envoy, {
      responseHeaders: [['content-type', 'image/png'], ['content-length', String(BODY.length)]],
      responseBody: BODY,
      chunkSize: 8,
      modes: { request: 'NONE', response: 'STREAMED' },
      honourModeOverride,
    });
    const headersAnswer = r.answers.find((a) => a.response_headers)!;
    expect(headersAnswer.mode_override).toEqual({ response_body_mode: 'NONE' });
    expect(r.downstream!.headers.get('content-length')).toBe(String(BODY.length));
    expect(r.downstream!.body.toString()).toBe(BODY);
    expect(r.answers).toHaveLength(r.sent);
  });

  it.each<[BodySendMode, boolean]>([
    ['STREAMED', true],
    ['BUFFERED', true],
    ['FULL_DUPLEX_STREAMED', false],
  ])('skips an uninspected request body while keeping response mode %s (override sent: %s)', async (response, sent) => {
    const r = await replay(t.h.envoy, {
      method: 'PUT',
      requestHeaders: [['content-type', 'text/plain']],
      requestBody: 'plain text 13812345678',
      responseHeaders: [['content-type', 'application/json']],
      responseBody: BODY,
      modes: { request: 'STREAMED', response },
    });
    const override = r.answers.find((a) => a.request_headers)!.mode_override;
    if (sent) expect(override).toEqual({ request_body_mode: 'NONE', response_body_mode: response });
    else expect(override).toBeUndefined();
    expect(r.upstream!.body.toString()).toBe('plain text 13812345678');
    expect(r.downstream!.body.toString()).toBe(MASKED);
  });
});

describe('observability mode', () => {
  it('sends nothing back but still inspects and reports', async () => {
    t.deps.reports.length = 0;
    const s = t.h.envoy.open({ observability: true, protocol: { request: 'NONE', response: 'STREAMED' } });
    s.requestHeaders('GET', '/obs', [], true);
    s.responseHeaders(200, [['content-type', 'application/json']], false);
    s.body('response', Buffer.from(BODY.slice(0, 10)), false);
    s.body('response', Buffer.from(BODY.slice(10)), true);
    expect(await s.quietFor(150)).toBe(false);
    s.end();
    await s.done;
    expect(s.received).toEqual([]);
    expect(t.deps.reports.map((r) => [r.route, r.findings.length])).toEqual([['GET /obs', 1]]);
  });
});

describe('compressed bodies', () => {
  const codings: Array<[string, (b: Buffer) => Buffer, (b: Buffer) => Buffer]> = [
    ['gzip', gzipSync, gunzipSync],
    ['deflate', deflateSync, inflateSync],
    ['br', brotliCompressSync, brotliDecompressSync],
  ];
  it.each(codings.flatMap(([c, enc, dec]) => (['BUFFERED', 'STREAMED', 'FULL_DUPLEX_STREAMED'] as const).map((m) => [c, m, enc, dec] as const)))(
    '%s in %s mode is decoded, masked and re-encoded',
    async (coding, mode, encode, decode) => {
      const compressed = encode(Buffer.from(BODY));
      const before = await counterValue(t.deps.metrics.compressedBodies, { encoding: coding, action: 'decoded' });
      const r = await replay(t.h.envoy, {
        responseHeaders: [['content-type', 'application/json'], ['content-encoding', coding], ['content-length', String(compressed.length)]],
        responseBody: compressed,
        chunkSize: 8,
        modes: { request: 'NONE', response: mode },
      });
      expect(r.downstream!.headers.get('content-encoding')).toBe(coding);
      expect(r.downstream!.headers.has('content-length')).toBe(false);
      expect(decode(r.downstream!.body).toString()).toBe(MASKED);
      const after = await counterValue(t.deps.metrics.compressedBodies, { encoding: coding, action: 'decoded' });
      expect(after).toBe(before + 1);
    },
  );

  it('removes accept-encoding on the request path so upstreams answer in clear', async () => {
    const r = await replay(t.h.envoy, { requestHeaders: [['accept-encoding', 'gzip, deflate, br']], modes: { request: 'NONE', response: 'NONE' } });
    expect(r.upstream!.headers.has('accept-encoding')).toBe(false);
  });

  it.each([
    ['reject', true],
    ['pass', false],
  ] as const)('an undecodable coding under failure mode %s is blocked: %s', async (response, blocked) => {
    const d = createTestDeps({ failureMode: { request: 'pass', response } });
    const s = await startExtProc(d);
    try {
      const r = await replay(s.envoy, {
        responseHeaders: [['content-type', 'application/json'], ['content-encoding', 'zstd']],
        responseBody: 'opaque',
        modes: { request: 'NONE', response: 'STREAMED' },
      });
      if (blocked) expect(r.immediate?.status).toBe(502);
      else expect(r.downstream!.body.toString()).toBe('opaque');
      expect(await counterValue(d.metrics.failures, { reason: 'unsupported_encoding', direction: 'response' })).toBe(1);
      expect(await counterValue(d.metrics.failureActions, { action: response })).toBe(1);
    } finally {
      await s.stop();
    }
  });
});

describe('immediate response from the request-headers gate', () => {
  it('answers a denied request locally with a JSON body and headers; the upstream is never called', async () => {
    const d = createTestDeps({
      admit: (req) => ({ status: 403, body: JSON.stringify({ error: 'route_denied', route: req.path }), headers: { 'x-apiward-reason': 'route_denied' }, reason: 'route_denied' }),
    });
    const s = await startExtProc(d);
    try {
      const r = await replay(s.envoy, { method: 'DELETE', path: '/admin/users/1', requestBody: '{}', requestHeaders: [['content-type', 'application/json']], modes: { request: 'BUFFERED', response: 'STREAMED' } });
      expect(r.immediate).toEqual({
        status: 403,
        headers: new Map([['content-type', 'application/json'], ['x-apiward-reason', 'route_denied']]),
        body: '{"error":"route_denied","route":"/admin/users/1"}',
        details: 'apiward_route_denied',
      });
      expect(r.upstream).toBeUndefined();
      expect(r.answers).toHaveLength(1);
    } finally {
      await s.stop();
    }
  });
});
