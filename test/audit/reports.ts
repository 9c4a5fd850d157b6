import type { Fingerprinter } from '../../src/audit/fingerprint';
import type { AgentId, BodyReport, FieldPath, JsonPointer, LeafFinding, Release, RouteTemplate, SensitiveType } from '../../src/types';

// BodyReports as the data path builds them: a fingerprint for every value
// released in clear or partially, none for masked ones.

export interface Leaf {
  readonly type: SensitiveType;
  readonly value: string;
  readonly released: Release;
}

export function report(fp: Fingerprinter, agent: string | null, route: string, leaves: readonly Leaf[], at = Date.now()): BodyReport {
  const findings: LeafFinding[] = leaves.map((l, i) => ({
    pointer: `/data/${i}/v` as JsonPointer,
    fieldPath: '/data/*/v' as FieldPath,
    type: l.type,
    confidence: 0.9,
    source: 'detector',
    strategy: l.released === 'clear' ? 'reveal' : l.released === 'partial' ? 'partial' : 'redact',
    released: l.released,
    ...(l.released === 'none' ? {} : { fingerprint: fp.fingerprint(l.value) }),
  }));
  return { streamId: `s-${Math.random()}`, at, route: route as RouteTemplate, direction: 'response', agent: agent as AgentId | null, contentType: 'application/json', bytesIn: 100, bytesOut: 100, findings };
}

export const tick = () => new Promise((r) => setImmediate(r));

export async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
