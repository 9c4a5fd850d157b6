import type { AgentId, RequestInfo } from '../types';
import type { JwtFailure, JwtVerifier } from './jwt';

/** Envoy's jwt_authn filter, told `payload_in_metadata: <payloadKey>`, leaves the verified claims in its dynamic metadata. See ENVOY.md. */
export interface EnvoyJwtSource {
  readonly namespace: string;
  readonly payloadKey: string;
  readonly claim: string;
}

export interface BearerSource {
  readonly header: string;
  readonly claim: string;
  readonly verifier: JwtVerifier;
}

export interface IdentityConfig {
  /** Header carrying a claimed (unverified) agent id, e.g. `x-agent-id`. */
  readonly header?: string;
  readonly bearer?: BearerSource;
  readonly envoy?: EnvoyJwtSource;
}

export interface Identity {
  /** Who the caller is (verified or merely claimed); null when nobody can be named. */
  readonly id: AgentId | null;
  /** True when the id comes from a verified token (ours or Envoy's). */
  readonly verified: boolean;
  /** Set when a token was presented and failed verification: the caller is then unknown whatever else it claims. */
  readonly tokenRejected: JwtFailure | null;
}

const MAX_ID_LENGTH = 256;
const NOBODY: Identity = { id: null, verified: false, tokenRejected: null };

function agentId(v: unknown): AgentId | null {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH ? (v as AgentId) : null;
}

/**
 * Names the caller of a request. Precedence: Envoy-verified claims, then a
 * bearer token verified here, then a claimed header. A presented but invalid
 * token makes the caller unknown even if a header names someone: a forged
 * token next to a plausible header is an attack, not a typo.
 */
export class IdentityResolver {
  private readonly rejected = new Map<JwtFailure, Identity>();

  constructor(private readonly config: IdentityConfig) {}

  /** One line for operators: which sources name the caller, in precedence order. */
  describe(): string {
    const { envoy, bearer, header } = this.config;
    const parts: string[] = [];
    if (envoy !== undefined) parts.push(`envoy metadata ${envoy.namespace}.${envoy.payloadKey}.${envoy.claim}`);
    if (bearer !== undefined) parts.push(`JWT in ${bearer.header} (claim ${bearer.claim})`);
    if (header !== undefined) parts.push(`header ${header}`);
    return parts.join(', then ');
  }

  resolve(req: RequestInfo): Identity {
    const { envoy, bearer, header } = this.config;
    if (envoy !== undefined) {
      const ns = req.metadata[envoy.namespace] as Record<string, unknown> | undefined;
      const payload = ns?.[envoy.payloadKey] as Record<string, unknown> | undefined;
      const id = agentId(payload?.[envoy.claim]);
      if (id !== null) return { id, verified: true, tokenRejected: null };
    }
    if (bearer !== undefined) {
      const raw = req.headers.get(bearer.header);
      if (raw !== undefined) {
        const token = bearer.header === 'authorization' ? stripBearer(raw) : raw.trim();
        const result = token === undefined ? { ok: false as const, reason: 'malformed' as const } : bearer.verifier.verify(token);
        if (!result.ok) return this.rejectedBy(result.reason);
        const id = agentId(result.claims[bearer.claim]);
        return id === null ? this.rejectedBy('malformed') : { id, verified: true, tokenRejected: null };
      }
    }
    if (header !== undefined) {
      const id = agentId(req.headers.get(header)?.trim());
      if (id !== null) return { id, verified: false, tokenRejected: null };
    }
    return NOBODY;
  }

  private rejectedBy(reason: JwtFailure): Identity {
    let r = this.rejected.get(reason);
    if (r === undefined) {
      r = { id: null, verified: false, tokenRejected: reason };
      this.rejected.set(reason, r);
    }
    return r;
  }
}

function stripBearer(v: string): string | undefined {
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(v);
  return m === null ? undefined : m[1];
}
