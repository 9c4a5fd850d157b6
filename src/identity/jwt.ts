import { createHmac, timingSafeEqual, verify as verifySignature } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { AsymmetricAlg, VerificationKey } from './jwks';

// Why not jose: its verify is async, and admit() runs synchronously on the
// ext_proc data path. node:crypto verifies HS256/RS256/ES256 synchronously in
// tens of microseconds; an LRU keyed by the token string makes a repeated token
// (agents reuse one bearer token for many calls) cost a map lookup. Only the
// signature and the static claim checks (iss/aud) are cached: exp/nbf are
// re-checked on every hit, so a cached token still expires on time.

export type JwtFailure =
  | 'malformed'
  | 'alg_not_allowed'
  | 'unknown_key'
  | 'bad_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'missing_exp'
  | 'issuer'
  | 'audience';

export type Claims = Readonly<Record<string, unknown>>;
export type JwtResult = { readonly ok: true; readonly claims: Claims } | { readonly ok: false; readonly reason: JwtFailure };

export interface JwtVerifierOptions {
  /** HS256 shared secret; at least 32 bytes (RFC 7518 §3.2). */
  readonly hmacSecret?: Buffer;
  /** RS256 / ES256 public keys, usually from a JWKS file. */
  readonly keys?: readonly VerificationKey[];
  readonly issuer?: readonly string[];
  readonly audience?: readonly string[];
  readonly clockToleranceSec?: number;
  /** A token without `exp` would be valid forever; reject it unless told otherwise. */
  readonly requireExp?: boolean;
  readonly cacheSize?: number;
  readonly clock?: () => number;
}

interface Verified {
  readonly result: JwtResult & { ok: true };
  readonly exp: number | undefined;
  readonly nbf: number | undefined;
}

const FAIL: { readonly [R in JwtFailure]: JwtResult } = {
  malformed: { ok: false, reason: 'malformed' },
  alg_not_allowed: { ok: false, reason: 'alg_not_allowed' },
  unknown_key: { ok: false, reason: 'unknown_key' },
  bad_signature: { ok: false, reason: 'bad_signature' },
  expired: { ok: false, reason: 'expired' },
  not_yet_valid: { ok: false, reason: 'not_yet_valid' },
  missing_exp: { ok: false, reason: 'missing_exp' },
  issuer: { ok: false, reason: 'issuer' },
  audience: { ok: false, reason: 'audience' },
};

const B64URL = /^[A-Za-z0-9_-]*$/;

function decodeJson(part: string): Record<string, unknown> | undefined {
  if (!B64URL.test(part)) return undefined;
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function numericDate(v: unknown): number | undefined | null {
  if (v === undefined) return undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export class JwtVerifier {
  private readonly cache: LRUCache<string, Verified | JwtResult>;
  private readonly clock: () => number;
  private readonly tolerance: number;
  private readonly requireExp: boolean;

  constructor(private readonly opts: JwtVerifierOptions) {
    if (opts.hmacSecret === undefined && (opts.keys ?? []).length === 0) throw new Error('JwtVerifier: no HS256 secret and no public keys');
    if (opts.hmacSecret !== undefined && opts.hmacSecret.length < 32) throw new Error('JwtVerifier: HS256 secret must be at least 32 bytes');
    this.cache = new LRUCache({ max: opts.cacheSize ?? 4096 });
    this.clock = opts.clock ?? Date.now;
    this.tolerance = opts.clockToleranceSec ?? 30;
    this.requireExp = opts.requireExp ?? true;
  }

  verify(token: string): JwtResult {
    let entry = this.cache.get(token);
    if (entry === undefined) {
      entry = this.verifyUncached(token);
      this.cache.set(token, entry);
    }
    if ('ok' in entry) return entry;
    const now = this.clock() / 1000;
    if (entry.exp !== undefined && now >= entry.exp + this.tolerance) return FAIL.expired;
    if (entry.nbf !== undefined && now < entry.nbf - this.tolerance) return FAIL.not_yet_valid;
    return entry.result;
  }

  private verifyUncached(token: string): Verified | JwtResult {
    const dot1 = token.indexOf('.');
    const dot2 = token.indexOf('.', dot1 + 1);
    if (dot1 < 0 || dot2 < 0 || token.indexOf('.', dot2 + 1) >= 0) return FAIL.malformed;
    const header = decodeJson(token.slice(0, dot1));
    const claims = decodeJson(token.slice(dot1 + 1, dot2));
    const sigPart = token.slice(dot2 + 1);
    if (header === undefined || claims === undefined) return FAIL.malformed;
    const alg = header.alg;
    if (alg !== 'HS256' && alg !== 'RS256' && alg !== 'ES256') return FAIL.alg_not_allowed; // `none` and everything else
    if (header.crit !== undefined) return FAIL.malformed; // no extensions are understood, so none may be critical
    if (sigPart === '' || !B64URL.test(sigPart)) return FAIL.malformed;
    const signed = Buffer.from(token.slice(0, dot2), 'ascii');
    const signature = Buffer.from(sigPart, 'base64url');
    const kid = typeof header.kid === 'string' ? header.kid : undefined;
    if (alg === 'HS256') {
      if (this.opts.hmacSecret === undefined) return FAIL.alg_not_allowed;
      const expected = createHmac('sha256', this.opts.hmacSecret).update(signed).digest();
      if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return FAIL.bad_signature;
    } else {
      const key = this.keyFor(alg, kid);
      if (key === undefined) return FAIL.unknown_key;
      const ok = verifySignature('sha256', signed, alg === 'ES256' ? { key: key.key, dsaEncoding: 'ieee-p1363' } : key.key, signature);
      if (!ok) return FAIL.bad_signature;
    }
    return this.checkStaticClaims(claims);
  }

  private keyFor(alg: AsymmetricAlg, kid: string | undefined): VerificationKey | undefined {
    const keys = this.opts.keys ?? [];
    if (kid !== undefined) {
      const k = keys.find((x) => x.kid === kid);
      return k !== undefined && k.alg === alg ? k : undefined;
    }
    // Without a kid, only an unambiguous key set is acceptable.
    const fits = keys.filter((x) => x.alg === alg);
    return fits.length === 1 ? fits[0] : undefined;
  }

  private checkStaticClaims(claims: Record<string, unknown>): Verified | JwtResult {
    const exp = numericDate(claims.exp);
    const nbf = numericDate(claims.nbf);
    if (exp === null || nbf === null) return FAIL.malformed;
    if (exp === undefined && this.requireExp) return FAIL.missing_exp;
    const { issuer, audience } = this.opts;
    if (issuer !== undefined && (typeof claims.iss !== 'string' || !issuer.includes(claims.iss))) return FAIL.issuer;
    if (audience !== undefined) {
      const aud = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud : [];
      if (!aud.some((a) => typeof a === 'string' && audience.includes(a))) return FAIL.audience;
    }
    return { result: { ok: true, claims: Object.freeze(claims) }, exp, nbf };
  }
}
