import type { BodyReport, SensitiveType } from '../types';

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
  const seen = new Set<string>();
  for (const f of report.findings) {
    const c = (counts[f.type] ??= { found: 0, clear: 0, partial: 0 });
    c.found++;
    if (f.released === 'none') continue;
    c[f.released]++;
    if (f.fingerprint === undefined) continue;
    const k = `${f.type}:${f.fingerprint}`;
    if (seen.has(k)) continue;
    seen.add(k);
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
