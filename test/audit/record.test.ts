import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Fingerprinter } from '../../src/audit/fingerprint';
import { JsonlAuditSink } from '../../src/audit/jsonl';
import { AuditReader } from '../../src/audit/queries';
import { QueuedBody, auditSinks, toAuditRecord, type QueuedBodySink } from '../../src/audit/record';
import { AuditStore, auditDbPath } from '../../src/audit/store';
import { AuditTrail } from '../../src/audit/trail';
import { Metrics } from '../../src/metrics/metrics';
import type { BodyReport } from '../../src/types';
import { report, until } from './reports';

const fp = new Fingerprinter(Buffer.alloc(32, 3));
const PHONE = '13800138000';
const AT = Date.UTC(2026, 10, 28, 12);

const bodies: Array<[string, BodyReport]> = [
  ['released values', report(fp, 'support-bot', 'GET /api/customers/{id}', [
    { type: 'PHONE_NUMBER', value: PHONE, released: 'partial' },
    { type: 'PHONE_NUMBER', value: PHONE, released: 'partial' },
    { type: 'EMAIL_ADDRESS', value: 'a@example.com', released: 'clear' },
    { type: 'CN_RESIDENT_ID', value: '11010519491231002X', released: 'none' },
  ], AT)],
  ['no findings, unknown agent', report(fp, null, 'GET /x', [], AT + 1)],
  ['a failed body', { ...report(fp, 'a', 'GET /x', [], AT + 2), failure: 'malformed_json' }],
];

describe('QueuedBody', () => {
  it.each(bodies)('%s: its JSON is the record as JSON.stringify writes it, `at` first', (_name, r) => {
    const body = new QueuedBody(r, 'mask-all');
    expect(body.json).toBe(JSON.stringify(toAuditRecord(r, 'mask-all')));
    expect(body.json.startsWith(`{"at":${r.at},`)).toBe(true);
    expect(body.at).toBe(r.at);
  });
});

describe('auditSinks', () => {
  it('hands every sink the same QueuedBody, with the action decided when the body is reported', () => {
    const seen: QueuedBody[][] = [[], []];
    const sinks: QueuedBodySink[] = seen.map((list) => ({ onQueued: (b) => list.push(b) }));
    let mode = 'allow';
    const out = auditSinks(() => mode, sinks);
    out.onBody(bodies[0]![1]);
    mode = 'block';
    out.onBody(bodies[1]![1]);
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]![0]).toBe(seen[1]![0]);
    expect(seen[0]!.map((b) => JSON.parse(b.json).action)).toEqual(['allow', 'block']);
  });

  it.each(bodies)('%s: the JSONL line and the SQLite trail carry the same record as each sink alone would', async (_name, r) => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-rec-'));
    const metrics = new Metrics({ defaultMetrics: false });
    const trail = new AuditTrail({ store: new AuditStore(auditDbPath(dir), fp.keyId), metrics, batchDelayMs: 0 });
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += d));
    const jsonl = new JsonlAuditSink({ out, metrics });
    auditSinks(() => 'mask-all', [trail, jsonl]).onBody(r);
    await until(() => text.endsWith('\n') && trail.queued === 0);
    trail.close();
    const record = toAuditRecord(r, 'mask-all');
    expect(text).toBe(JSON.stringify({ kind: 'body', ...record, at: new Date(AT + bodies.findIndex(([, b]) => b === r)).toISOString() }) + '\n');
    const released = record.releases.map((x) => x.fingerprint);
    for (const f of released) expect(new AuditReader(auditDbPath(dir)).trace(f).map((t) => t.agent)).toEqual([r.agent]);
    expect(text).not.toContain(PHONE);
  });
});
