import type { AgentId, BodyReport, BodyReportSink, SensitiveType } from '../types';

export interface TypeCounts {
  found: number;
  clear: number;
  partial: number;
}

export interface ReleasedValue {
  readonly type: SensitiveType;
  readonly released: 'clear' | 'partial';
  /** Hex HMAC-SHA256 (see Fingerprinter). */
  readonly fingerprint: string;
  readonly field: string;
}

/** What one body becomes in the audit trail: counts and fingerprints, never a value. */
export interface AuditRecord {
  readonly at: number;
  readonly agent: string | null;
  readonly route: string;
  readonly direction: 'request' | 'response';
  readonly action: string;
  readonly found: number;
  readonly counts: Partial<Record<SensitiveType, TypeCounts>>;
  /** One entry per distinct (value, type) released in this body. */
  readonly releases: readonly ReleasedValue[];
  readonly failure?: string;
}

/** Once per body, when it is queued for the audit sinks (QueuedBody). */
export function toAuditRecord(report: BodyReport, action: string): AuditRecord {
  const counts: Partial<Record<SensitiveType, TypeCounts>> = {};
  const releases: ReleasedValue[] = [];
  // Types already listed per fingerprint. A repeated value's fingerprint is the
  // same string each time (one per body), so lookups hash it once; a
  // `${type}:${fingerprint}` key would be built and hashed per finding.
  const seen = new Map<string, SensitiveType[]>();
  for (const f of report.findings) {
    const c = (counts[f.type] ??= { found: 0, clear: 0, partial: 0 });
    c.found++;
    if (f.released === 'none') continue;
    c[f.released]++;
    if (f.fingerprint === undefined) continue;
    const types = seen.get(f.fingerprint);
    if (types?.includes(f.type)) continue;
    if (types === undefined) seen.set(f.fingerprint, [f.type]);
    else types.push(f.type);
    releases.push({ type: f.type, released: f.released, fingerprint: f.fingerprint, field: f.fieldPath });
  }
  return {
    at: report.at,
    agent: report.agent,
    route: report.route,
    direction: report.direction,
    action,
    found: report.findings.length,
    counts,
    releases,
    ...(report.failure !== undefined ? { failure: report.failure } : {}),
  };
}

/**
 * A body on its way to the audit sinks (SQLite trail, JSONL), held as the JSON
 * of its audit record, built when it is queued and shared by every sink it is
 * handed to. Queued items wait up to the trail's batch delay (100 ms): a
 * report's graph of findings held that long outlives the young generation
 * and is copied and promoted by the GC (measured: more CPU than building the
 * record); one flat string is not traced.
 */
export class QueuedBody {
  readonly at: number;
  /** JSON.stringify(record): `at` (a number) is its first member. */
  readonly json: string;

  constructor(report: BodyReport, action: string) {
    this.at = report.at;
    this.json = JSON.stringify(toAuditRecord(report, action));
  }
}

/** Where audit sinks take queued bodies (see auditSinks). */
export interface QueuedBodySink {
  onQueued(body: QueuedBody): void;
}

/** One BodyReportSink feeding every audit sink the same QueuedBody, so a body's record is built once. */
export function auditSinks(actionOf: (agent: AgentId | null) => string, sinks: readonly QueuedBodySink[]): BodyReportSink {
  return {
    onBody(report) {
      const body = new QueuedBody(report, actionOf(report.agent));
      for (const s of sinks) s.onQueued(body);
    },
  };
}
