import { createCipheriv, createHmac, hkdfSync } from 'node:crypto';
import { TOKEN_PATTERN, TokenCipher, TYPE_TAGS } from '../../src/tokens/cipher';
import { Detokenizer } from '../../src/tokens/detokenizer';
import { isToken } from '../../src/tokens/operator';
import { SENSITIVE_TYPES, type AgentId, type SensitiveType } from '../../src/types';

const cipher = new TokenCipher(Buffer.alloc(32, 1));
const A = 'billing-bot' as AgentId;
const B = 'support-bot' as AgentId;

/** The two groups TOKEN_PATTERN captures from a token. */
function parts(token: string): [string, string] {
  const m = new RegExp(`^${TOKEN_PATTERN.source}$`).exec(token);
  if (m === null) throw new Error(`not a token: ${token}`);
  return [m[1]!, m[2]!];
}
const open = (agent: AgentId | null, token: string) => cipher.open(agent, ...parts(token));

function flip(token: string, at: number): string {
  const [tag, payload] = parts(token);
  const raw = Buffer.from(payload, 'base64url');
  raw[at]! ^= 0x01;
  return `tok_${tag}_${raw.toString('base64url')}`;
}

describe('TokenCipher', () => {
  it.each([
    ['PHONE_NUMBER', '13800138000', 'tok_phone_'],
    ['BANK_ACCOUNT', '6222021234567890123', 'tok_bank_'],
    ['PERSON_NAME', '张伟', 'tok_name_'],
    ['STREET_ADDRESS', '北京市朝阳区建国路88号', 'tok_addr_'],
  ] as Array<[SensitiveType, string, string]>)('%s round-trips for the agent that received it and keeps its type visible', (type, value, prefix) => {
    const token = cipher.seal(A, type, value)!;
    expect(token.startsWith(prefix)).toBe(true);
    expect(token).not.toContain(value);
    expect(isToken(token)).toBe(true);
    expect(open(A, token)).toEqual({ type, value });
  });

  it('is deterministic per (agent, type, value) and unlinkable across agents', () => {
    const a1 = cipher.seal(A, 'PHONE_NUMBER', '13800138000')!;
    expect(cipher.seal(A, 'PHONE_NUMBER', '13800138000')).toBe(a1);
    const b1 = cipher.seal(B, 'PHONE_NUMBER', '13800138000')!;
    expect(b1).not.toBe(a1);
    // No shared payload prefix or suffix that would let two agents match tokens.
    const [, pa] = parts(a1);
    const [, pb] = parts(b1);
    expect(pa.slice(0, 8)).not.toBe(pb.slice(0, 8));
    expect(pa.slice(-8)).not.toBe(pb.slice(-8));
    expect(cipher.seal(A, 'PHONE_NUMBER', '13800138001')).not.toBe(a1);
    expect(cipher.seal(null, 'PHONE_NUMBER', '13800138000')).not.toBe(a1);
  });

  it.each([
    ['another agent', (t: string) => open(B, t)],
    ['an unidentified caller', (t: string) => open(null, t)],
    ['a flipped bit in the tag', (t: string) => open(A, flip(t, 0))],
    ['a flipped bit in the ciphertext', (t: string) => open(A, flip(t, 17))],
    ['the type tag swapped', (t: string) => open(A, t.replace('tok_phone_', 'tok_bank_'))],
    ['a truncated payload', (t: string) => open(A, t.slice(0, -2))],
    ['another key', (t: string) => new TokenCipher(Buffer.alloc(32, 2)).open(A, ...parts(t))],
  ])('refuses %s', (_name, attempt) => {
    expect(attempt(cipher.seal(A, 'PHONE_NUMBER', '13800138000')!)).toBeNull();
  });

  it('refuses a non-canonical base64url payload (decoders skip junk silently)', () => {
    const [tag, payload] = parts(cipher.seal(A, 'PHONE_NUMBER', '13800138000')!);
    expect(cipher.open(A, tag, payload + 'A')).toBeNull();
  });

  it('has a tag for every type and no two types share one', () => {
    expect(Object.keys(TYPE_TAGS).sort()).toEqual([...SENSITIVE_TYPES].sort());
    expect(new Set(Object.values(TYPE_TAGS)).size).toBe(SENSITIVE_TYPES.length);
  });

  it('does not tokenise empty or over-long values', () => {
    expect(cipher.seal(A, 'STREET_ADDRESS', '')).toBeNull();
    expect(cipher.seal(A, 'STREET_ADDRESS', 'x'.repeat(2000))).toBeNull();
  });

  it.each(['13800138000', '北京市朝阳区建国路88号'.repeat(6)])('is the documented construction (HKDF keys, HMAC-SHA256 siv, AES-256-CTR from OpenSSL): %s', (value) => {
    const key = (info: string) => Buffer.from(hkdfSync('sha256', Buffer.alloc(32, 1), Buffer.alloc(0), info, 32));
    const [, payload] = parts(cipher.seal(A, 'STREET_ADDRESS', value)!);
    const raw = Buffer.from(payload, 'base64url');
    const siv = raw.subarray(0, 16);
    const ctr = createCipheriv('aes-256-ctr', key('apiward/tokens/v1/enc'), siv);
    expect(Buffer.concat([ctr.update(raw.subarray(16)), ctr.final()]).toString('utf8')).toBe(value);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(Buffer.byteLength(A));
    const mac = createHmac('sha256', key('apiward/tokens/v1/mac')).update(len).update(A).update('addr').update('\u0000').update(value).digest();
    expect(siv.equals(mac.subarray(0, 16))).toBe(true);
  });

  it('rejects a short key', () => {
    expect(() => new TokenCipher(Buffer.alloc(16))).toThrow(/at least 32 bytes/);
  });
});

describe('Detokenizer', () => {
  const d = new Detokenizer(cipher);
  const mine = cipher.seal(A, 'PHONE_NUMBER', '13800138000')!;
  const theirs = cipher.seal(B, 'PHONE_NUMBER', '13900139000')!;

  it.each([
    ['a whole value', mine, [{ type: 'PHONE_NUMBER', value: '13800138000' }]],
    ['inside free text', `请发短信给 ${mine}, 谢谢`, [{ type: 'PHONE_NUMBER', value: '13800138000' }]],
    ["only the agent's own among others", `${theirs} ${mine}`, [{ type: 'PHONE_NUMBER', value: '13800138000' }]],
    ['nothing in plain text', 'call me tomorrow', null],
    ['nothing for a token of another agent', theirs, null],
  ])('finds %s', (_name, text, expected) => {
    const found = d.find(text, A);
    expect(found === null ? null : found.map(({ type, value }) => ({ type, value }))).toEqual(expected);
    if (found !== null) expect(Detokenizer.apply(text, text, found)).toBe(text.replace(mine, '13800138000'));
  });

  it('applies restores to a text rewritten around the tokens', () => {
    const text = `to ${mine} or 13900139000`;
    const found = d.find(text, A)!;
    expect(Detokenizer.apply(`to ${mine} or 139****9000`, text, found)).toBe('to 13800138000 or 139****9000');
  });
});
