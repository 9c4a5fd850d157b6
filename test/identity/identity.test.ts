import { IdentityResolver } from '../../src/identity/identity';
import { JwtVerifier } from '../../src/identity/jwt';
import type { RequestInfo } from '../../src/types';
import { nowSec, signJwt } from './sign';

const SECRET = Buffer.from('s'.repeat(32));
const verifier = new JwtVerifier({ hmacSecret: SECRET });
const good = signJwt({ sub: 'billing-bot', exp: nowSec() + 300 }, { alg: 'HS256', secret: SECRET });
const expired = signJwt({ sub: 'billing-bot', exp: nowSec() - 300 }, { alg: 'HS256', secret: SECRET });
const noSub = signJwt({ exp: nowSec() + 300 }, { alg: 'HS256', secret: SECRET });

function req(headers: Record<string, string>, metadata: Record<string, unknown> = {}): RequestInfo {
  return { method: 'GET', path: '/x', query: '', authority: 'api', headers: new Map(Object.entries(headers)), metadata };
}
const envoyMeta = (sub: string) => ({ 'envoy.filters.http.jwt_authn': { jwt_payload: { sub, iss: 'idp' } } });

const all = new IdentityResolver({
  header: 'x-agent-id',
  bearer: { header: 'authorization', claim: 'sub', verifier },
  envoy: { namespace: 'envoy.filters.http.jwt_authn', payloadKey: 'jwt_payload', claim: 'sub' },
});
const headerOnly = new IdentityResolver({ header: 'x-agent-id' });

describe('IdentityResolver', () => {
  const cases: Array<[string, IdentityResolver, RequestInfo, { id: string | null; verified: boolean; tokenRejected: string | null }]> = [
    ['claimed header', headerOnly, req({ 'x-agent-id': 'support-bot' }), { id: 'support-bot', verified: false, tokenRejected: null }],
    ['no header', headerOnly, req({}), { id: null, verified: false, tokenRejected: null }],
    ['empty header', headerOnly, req({ 'x-agent-id': '  ' }), { id: null, verified: false, tokenRejected: null }],
    ['absurdly long id', headerOnly, req({ 'x-agent-id': 'a'.repeat(300) }), { id: null, verified: false, tokenRejected: null }],
    ['valid bearer', all, req({ authorization: `Bearer ${good}` }), { id: 'billing-bot', verified: true, tokenRejected: null }],
    ['bearer scheme case-insensitive', all, req({ authorization: `bearer ${good}` }), { id: 'billing-bot', verified: true, tokenRejected: null }],
    ['valid bearer wins over a header claim', all, req({ authorization: `Bearer ${good}`, 'x-agent-id': 'admin-bot' }), { id: 'billing-bot', verified: true, tokenRejected: null }],
    ['expired bearer with a header claim → unknown', all, req({ authorization: `Bearer ${expired}`, 'x-agent-id': 'billing-bot' }), { id: null, verified: false, tokenRejected: 'expired' }],
    ['alg none → unknown', all, req({ authorization: `Bearer ${signJwt({ sub: 'x', exp: nowSec() + 60 }, { alg: 'none' })}` }), { id: null, verified: false, tokenRejected: 'alg_not_allowed' }],
    ['Basic auth is not a bearer token', all, req({ authorization: 'Basic dXNlcjpwdw==' }), { id: null, verified: false, tokenRejected: 'malformed' }],
    ['token without the id claim', all, req({ authorization: `Bearer ${noSub}` }), { id: null, verified: false, tokenRejected: 'malformed' }],
    ['header only, token source configured', all, req({ 'x-agent-id': 'support-bot' }), { id: 'support-bot', verified: false, tokenRejected: null }],
    ['envoy jwt_authn metadata', all, req({ 'x-agent-id': 'other' }, envoyMeta('crm-bot')), { id: 'crm-bot', verified: true, tokenRejected: null }],
    ['envoy metadata without the claim falls through', all, req({ 'x-agent-id': 'other' }, { 'envoy.filters.http.jwt_authn': {} }), { id: 'other', verified: false, tokenRejected: null }],
  ];
  it.each(cases)('%s', (_name, resolver, r, expected) => {
    expect({ ...resolver.resolve(r) }).toEqual(expected);
  });
});
