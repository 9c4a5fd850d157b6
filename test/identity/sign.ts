import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

// Real JWTs for tests, signed with node:crypto (no mocks of the verifier).

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

export interface TestKey {
  readonly kid: string;
  readonly alg: 'RS256' | 'ES256';
  readonly privateKey: KeyObject;
  readonly jwk: Record<string, unknown>;
}

export function makeKey(alg: 'RS256' | 'ES256', kid: string): TestKey {
  const pair = alg === 'RS256'
    ? generateKeyPairSync('rsa', { modulusLength: 2048 })
    : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid, alg, privateKey: pair.privateKey, jwk: { ...pair.publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' } };
}

export function signJwt(
  claims: Record<string, unknown>,
  how: { alg: 'HS256'; secret: Buffer | string; kid?: string } | { alg: 'none' } | { key: TestKey; kid?: string | null; alg?: string },
): string {
  if (!('key' in how) && how.alg === 'none') return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
  if (!('key' in how)) {
    const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: how.kid })}.${b64(claims)}`;
    return `${input}.${createHmac('sha256', how.secret).update(input).digest('base64url')}`;
  }
  const k = how.key;
  const header: Record<string, unknown> = { alg: how.alg ?? k.alg, typ: 'JWT' };
  if (how.kid !== null) header.kid = how.kid ?? k.kid;
  const input = `${b64(header)}.${b64(claims)}`;
  const sig = sign('sha256', Buffer.from(input), k.alg === 'ES256' ? { key: k.privateKey, dsaEncoding: 'ieee-p1363' } : k.privateKey);
  return `${input}.${sig.toString('base64url')}`;
}

export const nowSec = () => Math.floor(Date.now() / 1000);
