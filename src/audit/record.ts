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

/** Runs in the audit trail's batch pump (a later tick, not inside an ext_proc message), once per body. */
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
 * A body on its way to the audit sinks (SQLite trail, JSONL). Its record and
 * the record's JSON are built on first use, in a sink's later tick, and once
 * for every sink the same QueuedBody is handed to.
 */
export class QueuedBody {
  readonly at: number;
  private built: AuditRecord | undefined;
  private text: string | undefined;

  constructor(
    readonly report: BodyReport,
    readonly action: string,
  ) {
    this.at = report.at;
  }

  get record(): AuditRecord {
    return (this.built ??= toAuditRecord(this.report, this.action));
  }

  /** JSON.stringify(record): `at` (a number) is its first member. */
  get json(): string {
    return (this.text ??= JSON.stringify(this.record));
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
