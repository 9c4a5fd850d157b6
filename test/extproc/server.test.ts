import * as grpc from '@grpc/grpc-js';
import { loadProtos } from '../../src/extproc/proto';
import type { RequestInfo } from '../../src/types';
import { replay } from '../support/envoy-exchange';
import { startExtProc } from '../support/extproc-harness';
import { ANONYMOUS, counterValue, createTestDeps } from '../support/deps';

// The gRPC server around the exchanges: what it hands to admit, its metrics,
// the health service and graceful drain.

function healthClient(address: string) {
  const { HealthClient } = loadProtos();
  return new HealthClient(address, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
    Check(req: { service: string }, cb: (err: grpc.ServiceError | null, res?: { status: string }) => void): void;
    Watch(req: { service: string }): grpc.ClientReadableStream<{ status: string }>;
  };
}

const check = (c: ReturnType<typeof healthClient>, service: string) =>
  new Promise<string>((resolve) => c.Check({ service }, (err, res) => resolve(err ? `error ${grpc.status[err.code]}` : res!.status)));

describe.each([false, true])('request headers (older Envoy value field: %s)', (legacyValues) => {
  it('reach admit as RequestInfo: pseudo-headers, query split, repeated headers joined, jwt_authn metadata', async () => {
    const seen: RequestInfo[] = [];
    const deps = createTestDeps({ admit: (req) => (seen.push(req), ANONYMOUS) });
    const h = await startExtProc(deps);
    try {
      await replay(h.envoy, {
        method: 'GET',
        path: '/api/v2/users/42?fields=name&x=1',
        requestHeaders: [['x-agent-id', 'support-bot'], ['accept', 'application/json'], ['accept', 'text/plain']],
        metadata: { 'envoy.filters.http.jwt_authn': { payload: { sub: 'agent-7', scopes: ['read'] } } },
        modes: { request: 'NONE', response: 'NONE' },
        stream: { legacyValues },
      });
      expect(seen).toHaveLength(1);
      const req = seen[0]!;
      expect([req.method, req.path, req.query, req.authority]).toEqual(['GET', '/api/v2/users/42', 'fields=name&x=1', 'api.example.test']);
      expect(req.headers.get('x-agent-id')).toBe('support-bot');
      expect(req.headers.get('accept')).toBe('application/json, text/plain');
      expect(req.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(req.metadata).toEqual({ 'envoy.filters.http.jwt_authn': { payload: { sub: 'agent-7', scopes: ['read'] } } });
    } finally {
      await h.stop();
    }
  });
});

it('counts messages, per-message time and streams', async () => {
  const deps = createTestDeps();
  const h = await startExtProc(deps);
  try {
    const r = await replay(h.envoy, { path: '/m', responseHeaders: [['content-type', 'application/json']], responseBody: '{"a":1}', modes: { request: 'NONE', response: 'BUFFERED' } });
    expect(r.answers).toHaveLength(3);
    expect(await counterValue(deps.metrics.messages, { route: 'GET /m' })).toBe(3);
    expect(await counterValue(deps.metrics.messages, { event: 'response_body' })).toBe(1);
    const timing = await deps.metrics.messageSeconds.get();
    expect(timing.values.find((v) => v.metricName?.endsWith('_count') && v.labels.event === 'request_headers')?.value).toBe(1);
    expect(await counterValue(deps.metrics.streams)).toBe(1);
    expect(await counterValue(deps.metrics.bytesInspected, { direction: 'response' })).toBe(7);
  } finally {
    await h.stop();
  }
});

describe('health and drain', () => {
  it('serves grpc.health.v1 and turns NOT_SERVING on drain; open streams may finish; new ones are refused', async () => {
    const h = await startExtProc(createTestDeps());
    const health = healthClient(h.address);
    try {
      expect(await check(health, '')).toBe('SERVING');
      expect(await check(health, 'envoy.service.ext_proc.v3.ExternalProcessor')).toBe('SERVING');
      expect(await check(health, 'nope')).toBe('error NOT_FOUND');
      const watched: string[] = [];
      const watch = health.Watch({ service: '' });
      watch.on('data', (m: { status: string }) => watched.push(m.status));
      watch.on('error', () => undefined);

      const open = h.envoy.open({ protocol: { request: 'NONE', response: 'STREAMED' } });
      open.requestHeaders('GET', '/slow', [], true);
      await open.waitFor(1);
      const drained = h.server.drain(2000);
      await new Promise((r) => setTimeout(r, 50));
      expect(watched).toEqual(['SERVING', 'NOT_SERVING']);
      // The open stream still gets answers while draining.
      open.responseHeaders(200, [['content-type', 'application/json']], false);
      open.body('response', Buffer.from('{"a":"13812345678"}'), true);
      await open.waitFor(3);
      open.end();
      await drained;
      expect(h.server.activeStreams).toBe(0);
      const late = h.envoy.open();
      late.requestHeaders('GET', '/late', [], true);
      expect((await late.done).code).not.toBe(grpc.status.OK);
    } finally {
      health.close();
      h.envoy.close();
    }
  });

  it('cancels streams still open at the drain deadline', async () => {
    const h = await startExtProc(createTestDeps());
    try {
      const stuck = h.envoy.open({ protocol: { request: 'NONE', response: 'STREAMED' } });
      stuck.requestHeaders('GET', '/stuck', [], true);
      await stuck.waitFor(1);
      const t0 = Date.now();
      await h.server.drain(100);
      expect(Date.now() - t0).toBeLessThan(1000);
      expect((await stuck.done).code).toBe(grpc.status.CANCELLED);
    } finally {
      h.envoy.close();
    }
  });
});
