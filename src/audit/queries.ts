import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { RouteTemplate } from '../types';

export interface TraceRow {
  readonly agent: string | null;
  readonly route: string;
  readonly direction: string;
  readonly type: string;
  /** How much of the value the agent saw: clear or partial. */
  readonly released: string;
  readonly times: number;
  readonly first: number;
  readonly last: number;
}

export interface ExposureRow {
  readonly agent: string | null;
  readonly type: string;
  /** Distinct values (by fingerprint) released to this agent. */
  readonly distinctValues: number;
  /** Every release, repeats included. */
  readonly releases: number;
  readonly clear: number;
  readonly partial: number;
}

export interface ExposureFilter {
  readonly agent?: string;
  readonly since?: number;
  readonly route?: (route: RouteTemplate) => boolean;
  /** false: one row per type over all agents (agent is null). */
  readonly byAgent?: boolean;
}

/**
 * Read-only view of the audit database for the CLI. Opened read-only and
 * alongside a running server: WAL lets it read every committed batch without
 * blocking the writer.
 */
export class AuditReader {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (!existsSync(file)) throw new Error(`no audit database at ${file} (has serve run with this --state-dir?)`);
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    this.db.pragma('busy_timeout = 5000');
  }

  keyId(): string | undefined {
    return this.db.prepare("SELECT value FROM meta WHERE key = 'key_id'").pluck().get() as string | undefined;
  }

  /** Who received the value with this fingerprint, through which routes, when. */
  trace(fingerprintHex: string): TraceRow[] {
    return this.db.prepare(`
      SELECT b.agent AS agent, b.route AS route, b.direction AS direction, r.type AS type, r.released AS released,
             COUNT(*) AS times, MIN(b.at) AS first, MAX(b.at) AS last
      FROM releases r JOIN bodies b ON b.id = r.body_id
      WHERE r.fingerprint = ?
      GROUP BY b.agent, b.route, b.direction, r.type, r.released
      ORDER BY first`).all(Buffer.from(fingerprintHex, 'hex')) as TraceRow[];
  }

  /** Distinct values released per agent and type, in responses. */
  exposure(filter: ExposureFilter = {}): ExposureRow[] {
    const where = ["b.direction = 'response'"];
    const args: unknown[] = [];
    if (filter.agent !== undefined) {
      where.push('b.agent = ?');
      args.push(filter.agent);
    }
    if (filter.since !== undefined) {
      where.push('b.at >= ?');
      args.push(filter.since);
    }
    if (filter.route !== undefined) {
      const match = filter.route;
      this.db.function('route_matches', { deterministic: true }, (r: unknown) => (match(r as RouteTemplate) ? 1 : 0));
      where.push('route_matches(b.route) = 1');
    }
    const byAgent = filter.byAgent ?? true;
    return this.db.prepare(`
      SELECT ${byAgent ? 'b.agent' : 'NULL'} AS agent, r.type AS type, COUNT(DISTINCT r.fingerprint) AS distinctValues, COUNT(*) AS releases,
             SUM(r.released = 'clear') AS clear, SUM(r.released = 'partial') AS partial
      FROM releases r JOIN bodies b ON b.id = r.body_id
      WHERE ${where.join(' AND ')}
      GROUP BY ${byAgent ? 'b.agent, ' : ''}r.type
      ORDER BY ${byAgent ? 'b.agent, ' : ''}distinctValues DESC, r.type`).all(...args) as ExposureRow[];
  }

  close(): void {
    this.db.close();
  }
}
