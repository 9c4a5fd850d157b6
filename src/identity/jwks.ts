import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type AsymmetricAlg = 'RS256' | 'ES256';

export interface VerificationKey {
  readonly kid: string | undefined;
  readonly alg: AsymmetricAlg;
  readonly key: KeyObject;
}

export class JwksError extends Error {}

// The key type decides the algorithm: a key is only ever used with the one
// algorithm it was published for, which closes RS/ES/HS confusion attacks.
function algFor(jwk: JsonWebKey & { alg?: string }, where: string): AsymmetricAlg {
  const inferred: AsymmetricAlg | undefined =
    jwk.kty === 'RSA' ? 'RS256' : jwk.kty === 'EC' && jwk.crv === 'P-256' ? 'ES256' : undefined;
  if (inferred === undefined) throw new JwksError(`${where}: unsupported key (kty ${String(jwk.kty)}, crv ${String(jwk.crv)}); RS256 and ES256 (P-256) only`);
  if (jwk.alg !== undefined && jwk.alg !== inferred) throw new JwksError(`${where}: alg ${jwk.alg} does not fit a ${jwk.kty} key`);
  return inferred;
}

/** Parse a JWKS document ({"keys":[...]}) into verification keys; throws JwksError with the key index on any bad key. */
export function parseJwks(doc: unknown, source: string): VerificationKey[] {
  const keys = (doc as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new JwksError(`${source}: expected {"keys":[...]} with at least one key`);
  const seen = new Set<string>();
  return keys.map((raw, i) => {
    const where = `${source}: keys[${i}]`;
    if (raw === null || typeof raw !== 'object') throw new JwksError(`${where}: not an object`);
    const jwk = raw as JsonWebKey & { alg?: string; kid?: string; use?: string };
    if (jwk.use !== undefined && jwk.use !== 'sig') throw new JwksError(`${where}: use "${jwk.use}" is not "sig"`);
    const alg = algFor(jwk, where);
    if (jwk.kid !== undefined) {
      if (seen.has(jwk.kid)) throw new JwksError(`${where}: duplicate kid "${jwk.kid}"`);
      seen.add(jwk.kid);
    }
    const { d: _private, ...publicPart } = jwk as JsonWebKey & { d?: string };
    let key: KeyObject;
    try {
      key = createPublicKey({ key: publicPart, format: 'jwk' });
    } catch (e) {
      throw new JwksError(`${where}: ${(e as Error).message}`);
    }
    return { kid: jwk.kid, alg, key };
  });
}

export function loadJwksFile(file: string): VerificationKey[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new JwksError(`${file}: ${(e as Error).message}`);
  }
  return parseJwks(doc, file);
}
