import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AccessEvent } from './events';
import type { AuditRecord } from './record';

export const AUDIT_DB_FILE = 'audit.sqlite';
export const auditDbPath = (stateDir: string) => join(stateDir, AUDIT_DB_FILE);

// WAL: readers (the `audit` CLI) never block the writer (`serve`) and see each
// committed batch at once; a batch is one transaction, so a crash mid-batch
// loses that batch and nothing else. synchronous=NORMAL gives up durability of
// the last transactions on power loss (not on process death), never integrity.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bodies (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  agent TEXT,
  route TEXT NOT NULL,
  direction TEXT NOT NULL,
  action TEXT NOT NULL,
  found INTEGER NOT NULL,
  released INTEGER NOT NULL,
  counts TEXT NOT NULL,
  failure TEXT
);
CREATE INDEX IF NOT EXISTS bodies_at ON bodies (at);
CREATE TABLE IF NOT EXISTS releases (
  body_id INTEGER NOT NULL,
  fingerprint BLOB NOT NULL,
  type TEXT NOT NULL,
  released TEXT NOT NULL,
  field TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS releases_fingerprint ON releases (fingerprint);
CREATE INDEX IF NOT EXISTS releases_body ON releases (body_id);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  agent TEXT,
  route TEXT NOT NULL,
  action TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX IF NOT EXISTS events_at ON events (at);
`;

export interface Housekeeping {
  readonly retentionMs: number;
  readonly maxBytes: number;
}

const PRUNE_CHUNK = 5000;

/** The writer's handle on the audit database (one per state dir). */
export class AuditStore {
  private readonly db: Database.Database;
  private readonly insertBody: Database.Statement;
  private readonly insertRelease: Database.Statement;
  private readonly insertEvent: Database.Statement;
  private readonly writeBatch: (records: readonly AuditRecord[], events: readonly AccessEvent[]) => void;

  /** Opens (creating if needed) the database; refuses one written with a different fingerprint key. */
  constructor(readonly file: string, readonly keyId: string) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    this.db = new Database(file);
    this.db.pragma('auto_vacuum = INCREMENTAL'); // only effective on a new file: lets the size cap give pages back
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('journal_size_limit = 67108864');
    this.db.pragma('busy_timeout = 100'); // short: this connection runs on the event loop
    this.db.exec(SCHEMA);
    const stored = this.db.prepare("SELECT value FROM meta WHERE key = 'key_id'").pluck().get() as string | undefined;
    if (stored === undefined) this.db.prepare("INSERT INTO meta (key, value) VALUES ('key_id', ?)").run(keyId);
    else if (stored !== keyId) {
      this.db.close();
      throw new Error(`${file} was written with another audit key (key id ${stored}, ours ${keyId}): its fingerprints would never match`);
    }
    this.insertBody = this.db.prepare('INSERT INTO bodies (at, agent, route, direction, action, found, released, counts, failure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertRelease = this.db.prepare('INSERT INTO releases (body_id, fingerprint, type, released, field) VALUES (?, ?, ?, ?, ?)');
    this.insertEvent = this.db.prepare('INSERT INTO events (at, kind, agent, route, action, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.writeBatch = this.db.transaction((records: readonly AuditRecord[], events: readonly AccessEvent[]) => {
      for (const r of records) {
        const id = this.insertBody.run(r.at, r.agent, r.route, r.direction, r.action, r.found, r.releases.length, JSON.stringify(r.counts), r.failure ?? null).lastInsertRowid;
        for (const v of r.releases) this.insertRelease.run(id, Buffer.from(v.fingerprint, 'hex'), v.type, v.released, v.field);
      }
      for (const e of events) this.insertEvent.run(e.at, e.kind, e.agent, e.route, e.action, e.reason, e.detail ?? null);
    });
  }

  /** One transaction: all of the batch or none of it. */
  write(records: readonly AuditRecord[], events: readonly AccessEvent[]): void {
    this.writeBatch(records, events);
  }

  /**
   * Drops the oldest bodies past retention or over the size cap, at most one
   * chunk per call (the caller repeats while it returns true), so no single
   * call holds the event loop for long.
   */
  prune(now: number, limits: Housekeeping): boolean {
    const cutoff = now - limits.retentionMs;
    let upTo = this.db.prepare('SELECT MAX(id) FROM (SELECT id FROM bodies WHERE at < ? ORDER BY id LIMIT ?)').pluck().get(cutoff, PRUNE_CHUNK) as number | null;
    if (upTo === null && this.usedBytes() > limits.maxBytes) {
      upTo = this.db.prepare('SELECT MAX(id) FROM (SELECT id FROM bodies ORDER BY id LIMIT ?)').pluck().get(PRUNE_CHUNK) as number | null;
    }
    const events = this.db.prepare('DELETE FROM events WHERE id IN (SELECT id FROM events WHERE at < ? ORDER BY id LIMIT ?)').run(cutoff, PRUNE_CHUNK).changes;
    if (upTo === null) {
      this.db.pragma('incremental_vacuum(1000)');
      return events === PRUNE_CHUNK;
    }
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM releases WHERE body_id <= ?').run(upTo);
      this.db.prepare('DELETE FROM bodies WHERE id <= ?').run(upTo);
    })();
    return true;
  }

  /** Bytes in pages that hold data (the file may be larger until vacuumed). */
  usedBytes(): number {
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const free = this.db.pragma('freelist_count', { simple: true }) as number;
    return (pages - free) * pageSize;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
