import { PassThrough, Writable } from 'node:stream';
import { Fingerprinter } from '../../src/audit/fingerprint';
import { JsonlAuditSink } from '../../src/audit/jsonl';
import { Metrics } from '../../src/metrics/metrics';
import type { RouteTemplate } from '../../src/types';
import { report, tick, until } from './reports';

const fp = new Fingerprinter(Buffer.alloc(32, 2));
const PHONE = '13800138000';

describe('JsonlAuditSink', () => {
  it('writes one JSON line per body and per event, with fingerprints and never the value', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const sink = new JsonlAuditSink({ out, metrics: new Metrics({ defaultMetrics: false }), actionOf: () => 'mask-all' });
    sink.onBody(report(fp, 'support-bot', 'GET /api/customers/{id}', [
      { type: 'PHONE_NUMBER', value: PHONE, released: 'partial' },
      { type: 'PHONE_NUMBER', value: '13900139000', released: 'none' },
    ], Date.UTC(2026, 10, 28, 12)));
    sink.onEvent({ at: Date.UTC(2026, 10, 28, 12, 0, 1), kind: 'anomaly', agent: null, route: 'GET /x' as RouteTemplate, action: 'block', reason: 'bulk_exfiltration', detail: '60 values' });
    expect(text).toBe(''); // nothing on the calling tick
    await until(() => text.split('\n').length === 3);
    const [body, event] = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(body).toEqual({
      kind: 'body', at: '2026-11-28T12:00:00.000Z', agent: 'support-bot', route: 'GET /api/customers/{id}', direction: 'response', action: 'mask-all',
      found: 2, counts: { PHONE_NUMBER: { found: 2, clear: 0, partial: 1 } },
      releases: [{ type: 'PHONE_NUMBER', released: 'partial', fingerprint: fp.fingerprint(PHONE), field: '/data/*/v' }],
    });
    expect(event).toEqual({ kind: 'anomaly', at: '2026-11-28T12:00:01.000Z', agent: null, route: 'GET /x', action: 'block', reason: 'bulk_exfiltration', detail: '60 values' });
    expect(text).not.toContain(PHONE);
  });

  it('writes what arrives within its batch delay in one write, and flush() writes at once', async () => {
    const writes: string[] = [];
    const out = new Writable({ write: (c, _e, cb) => { writes.push(String(c)); cb(); } });
    const sink = new JsonlAuditSink({ out, metrics: new Metrics({ defaultMetrics: false }), batchDelayMs: 30 });
    for (let i = 0; i < 3; i++) {
      sink.onBody(report(fp, 'a', 'GET /x', []));
      await tick();
    }
    expect(writes).toEqual([]);
    await until(() => writes.length > 0);
    expect(writes.map((w) => w.trim().split('\n').length)).toEqual([3]);
    sink.onBody(report(fp, 'a', 'GET /x', []));
    sink.flush();
    expect(writes).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(writes).toHaveLength(2); // the cancelled timer writes nothing more
  });

  it('stops writing under back-pressure, drops beyond its bound (counted), and resumes on drain', async () => {
    const chunks: string[] = [];
    let release: (() => void) | undefined;
    const out = new Writable({ highWaterMark: 16, write: (c, _e, cb) => { chunks.push(String(c)); release = cb; } });
    const metrics = new Metrics({ defaultMetrics: false });
    const sink = new JsonlAuditSink({ out, metrics, maxQueue: 5, batchDelayMs: 0 }); // a write per tick: steps below are ticks
    sink.onBody(report(fp, 'a', 'GET /x', []));
    await tick();
    expect(chunks).toHaveLength(1); // the stream is now over its high-water mark
    for (let i = 0; i < 8; i++) sink.onBody(report(fp, 'a', 'GET /x', []));
    await tick();
    expect(chunks).toHaveLength(1);
    const dropped = (await metrics.auditDropped.get()).values.find((v) => v.labels.reason === 'jsonl_backpressure');
    expect(dropped?.value).toBe(3);
    release!();
    await until(() => chunks.length === 2);
    expect(chunks[1].trim().split('\n')).toHaveLength(5);
  });
});
