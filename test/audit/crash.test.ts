import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Fingerprinter } from '../../src/audit/fingerprint';
import { AuditStore, auditDbPath } from '../../src/audit/store';

// A real `serve`-like writer in a child process, killed with SIGKILL while it
// commits batches as fast as it can; the database must reopen intact with
// every batch either fully present or absent.

const SRC = resolve(__dirname, '../../src');
const CHILD = `
require(${JSON.stringify(join(__dirname, 'ts-hook.js'))});
const { AuditStore, auditDbPath } = require(${JSON.stringify(join(SRC, 'audit/store.ts'))});
const { AuditTrail } = require(${JSON.stringify(join(SRC, 'audit/trail.ts'))});
const { Fingerprinter } = require(${JSON.stringify(join(SRC, 'audit/fingerprint.ts'))});
const { Metrics } = require(${JSON.stringify(join(SRC, 'metrics/metrics.ts'))});
const [dir] = process.argv.slice(1);
const fp = Fingerprinter.load(dir);
const trail = new AuditTrail({ store: new AuditStore(auditDbPath(dir), fp.keyId), metrics: new Metrics({ defaultMetrics: false }), batchSize: 500 });
let n = 0;
const finding = (i) => ({ pointer: '/p', fieldPath: '/p', type: 'PHONE_NUMBER', confidence: 1, source: 'detector', strategy: 'reveal', released: 'clear', fingerprint: fp.fingerprint(String(13000000000 + i)) });
let announced = false;
(function loop() {
  for (let i = 0; i < 500; i++, n++) trail.onBody({ streamId: 's', at: Date.now(), route: 'GET /x', direction: 'response', agent: 'a', contentType: 'application/json', bytesIn: 1, bytesOut: 1, findings: [finding(n), finding(n + 1), finding(n + 2)] });
  trail.flush();
  if (!announced) { announced = true; process.stdout.write('writing\\n'); }
  setImmediate(loop);
})();
`;

function runAndKill(dir: string, afterMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', CHILD, dir], { stdio: ['ignore', 'pipe', 'pipe'], cwd: resolve(__dirname, '../..') });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`child exited without being killed: ${err}`))));
  });
}

describe('audit database under a crash', () => {
  it('survives SIGKILL mid-batch: integrity ok, batches all-or-nothing, writable again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-crash-'));
    let bodies = 0;
    for (const ms of [150, 260, 90]) {
      await runAndKill(dir, ms);
      const db = new Database(auditDbPath(dir));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const torn = db.prepare('SELECT COUNT(*) FROM bodies b WHERE b.released != (SELECT COUNT(*) FROM releases r WHERE r.body_id = b.id)').pluck().get();
      expect(torn).toBe(0);
      const now = db.prepare('SELECT COUNT(*) FROM bodies').pluck().get() as number;
      expect(now % 500).toBe(0); // whole batches only
      expect(now).toBeGreaterThan(bodies); // each run committed something before dying
      bodies = now;
      db.close();
    }
    const store = new AuditStore(auditDbPath(dir), Fingerprinter.load(dir).keyId); // the next serve reopens it
    store.write([{ at: 1, agent: 'a', route: 'GET /x', direction: 'response', action: 'allow', found: 0, counts: {}, releases: [] }], []);
    store.close();
  });
});
