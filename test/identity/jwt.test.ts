import { createPublicKey } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtVerifier } from '../../src/identity/jwt';
import { JwksError, loadJwksFile, parseJwks } from '../../src/identity/jwks';
import { makeKey, signJwt } from './sign';

const SECRET = Buffer.from('0123456789abcdef0123456789abcdef-hs256-test');
const rsa = makeKey('RS256', 'rsa-1');
const ec = makeKey('ES256', 'ec-1');
const other = makeKey('RS256', 'rsa-1'); // same kid, different key: a forgery
const T0 = 1_900_000_000; // seconds
const base = { sub: 'support-bot', iss: 'https://idp.example', aud: 'apiward', exp: T0 + 600, nbf: T0 - 10 };

function verifier(now = T0 * 1000, extra: Partial<ConstructorParameters<typeof JwtVerifier>[0]> = {}) {
  let t = now;
  const v = new JwtVerifier({
    hmacSecret: SECRET,
    keys: parseJwks({ keys: [rsa.jwk, ec.jwk] }, 'test'),
    issuer: ['https://idp.example'],
    audience: ['apiward'],
    clockToleranceSec: 5,
    clock: () => t,
    ...extra,
  });
  return { v, setNow: (ms: number) => (t = ms) };
}

describe('JwtVerifier', () => {
  const cases: Array<[name: string, token: string, expected: string]> = [
    ['HS256 good', signJwt(base, { alg: 'HS256', secret: SECRET }), 'ok'],
    ['RS256 good', signJwt(base, { key: rsa }), 'ok'],
    ['ES256 good', signJwt(base, { key: ec }), 'ok'],
    ['alg none', signJwt(base, { alg: 'none' }), 'alg_not_allowed'],
    ['HS256 wrong secret', signJwt(base, { alg: 'HS256', secret: 'x'.repeat(40) }), 'bad_signature'],
    ['RS256 signed by another key with the same kid', signJwt(base, { key: other }), 'bad_signature'],
    ['unknown kid', signJwt(base, { key: rsa, kid: 'nope' }), 'unknown_key'],
    ['RS256 key used with ES256 alg', signJwt(base, { key: ec, kid: 'rsa-1' }), 'unknown_key'],
    ['HS256 forged with the RSA public key as secret', signJwt(base, { alg: 'HS256', secret: createPublicKey(rsa.privateKey).export({ type: 'spki', format: 'pem' }) as string }), 'bad_signature'],
    ['PS256 alg', signJwt(base, { key: rsa, alg: 'PS256' }), 'alg_not_allowed'],
    ['expired', signJwt({ ...base, exp: T0 - 60 }, { key: rsa }), 'expired'],
    ['not yet valid', signJwt({ ...base, nbf: T0 + 60 }, { key: rsa }), 'not_yet_valid'],
    ['no exp', signJwt({ sub: 'a', iss: base.iss, aud: base.aud }, { key: rsa }), 'missing_exp'],
    ['wrong issuer', signJwt({ ...base, iss: 'https://evil' }, { key: rsa }), 'issuer'],
    ['wrong audience', signJwt({ ...base, aud: ['other'] }, { key: rsa }), 'audience'],
    ['audience in a list', signJwt({ ...base, aud: ['other', 'apiward'] }, { key: rsa }), 'ok'],
    ['two parts', 'abc.def', 'malformed'],
    ['garbage json', 'e30.bm90anNvbg.c2ln', 'malformed'],
    ['exp not a number', signJwt({ ...base, exp: 'soon' }, { key: rsa }), 'malformed'],
    ['tampered payload', (() => { const [h, , s] = signJwt(base, { key: rsa }).split('.'); return `${h}.${Buffer.from(JSON.stringify({ ...base, sub: 'admin' })).toString('base64url')}.${s}`; })(), 'bad_signature'],
  ];
  it.each(cases.map(([n, t, e]) => [n, e, t]))('%s → %s', (_name, expected, token) => {
    const r = verifier().v.verify(token);
    expect(r.ok ? 'ok' : r.reason).toBe(expected);
    if (r.ok) expect(r.claims.sub).toBe('support-bot');
  });

  it('a cached token still expires on time, and tolerance applies', () => {
    const { v, setNow } = verifier();
    const tok = signJwt(base, { key: ec });
    expect(v.verify(tok).ok).toBe(true);
    setNow((base.exp + 4) * 1000);
    expect(v.verify(tok).ok).toBe(true); // within 5 s tolerance
    setNow((base.exp + 6) * 1000);
    expect(v.verify(tok)).toEqual({ ok: false, reason: 'expired' });
  });

  it('a token becomes valid at nbf even after being seen early', () => {
    const { v, setNow } = verifier();
    const tok = signJwt({ ...base, nbf: T0 + 100 }, { key: rsa });
    expect(v.verify(tok).ok).toBe(false);
    setNow((T0 + 100) * 1000);
    expect(v.verify(tok).ok).toBe(true);
  });

  it('without a kid only an unambiguous key set is accepted', () => {
    expect(verifier().v.verify(signJwt(base, { key: rsa, kid: null })).ok).toBe(true); // one RSA key
    const two = new JwtVerifier({ keys: parseJwks({ keys: [rsa.jwk, { ...makeKey('RS256', 'rsa-2').jwk }] }, 't'), clock: () => T0 * 1000 });
    expect(two.verify(signJwt(base, { key: rsa, kid: null }))).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('HS256 is refused when no secret is configured', () => {
    const v = new JwtVerifier({ keys: parseJwks({ keys: [rsa.jwk] }, 't'), clock: () => T0 * 1000 });
    expect(v.verify(signJwt(base, { alg: 'HS256', secret: SECRET }))).toEqual({ ok: false, reason: 'alg_not_allowed' });
  });

  it('refuses a short HS256 secret and an empty key set', () => {
    expect(() => new JwtVerifier({ hmacSecret: Buffer.from('short') })).toThrow('at least 32 bytes');
    expect(() => new JwtVerifier({})).toThrow('no HS256 secret');
  });
});

describe('JWKS loading', () => {
  it('loads a JWKS file and names the bad key precisely', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jwks-'));
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ keys: [rsa.jwk, ec.jwk] }));
    expect(loadJwksFile(join(dir, 'good.json')).map((k) => `${k.kid}:${k.alg}`)).toEqual(['rsa-1:RS256', 'ec-1:ES256']);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ keys: [rsa.jwk, { kty: 'oct', k: 'abc' }] }));
    expect(() => loadJwksFile(join(dir, 'bad.json'))).toThrow(/bad\.json: keys\[1\]: unsupported key/);
    expect(() => parseJwks({ keys: [{ ...rsa.jwk, alg: 'ES256' }] }, 'f')).toThrow(JwksError);
    expect(() => parseJwks({ keys: [rsa.jwk, rsa.jwk] }, 'f')).toThrow('duplicate kid');
    expect(() => loadJwksFile(join(dir, 'missing.json'))).toThrow(JwksError);
  });
});
