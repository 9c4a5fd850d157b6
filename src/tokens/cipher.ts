import { createCipheriv, createHmac, hkdfSync, timingSafeEqual, type Cipher } from 'node:crypto';
import type { AgentId, SensitiveType } from '../types';

// Per-agent reversible tokens: deterministic authenticated encryption in the
// SIV pattern (Rogaway–Shrimpton), built from node:crypto primitives.
//
//   macKey, encKey = HKDF-SHA256(master, info = "apiward/tokens/v1/{mac,enc}")
//   siv   = HMAC-SHA256(macKey, len32(agent) ‖ agent ‖ tag ‖ 0x00 ‖ value)[0..16)
//   ct    = AES-256-CTR(encKey, iv = siv, value)
//   token = "tok_" ‖ tag ‖ "_" ‖ base64url(siv ‖ ct)
//
// Opening recomputes the HMAC over the decrypted value with the PRESENTING
// agent's id and the tag in the token; a different agent, another tag or any
// flipped bit gives a different siv, so the token is refused (128-bit tag,
// compared in constant time). Why this shape:
// - deterministic: one (agent, type, value) always gives the same token, so an
//   agent can still join records and no vault or lookup is needed to restore;
// - per agent: the agent id is inside the PRF input, so two agents' tokens for
//   the same value are unrelated strings (unlinkable without the key);
// - the synthetic IV is a PRF of the plaintext, so CTR never reuses a keystream
//   for two different values.
// What it does not hide: equality of values for one agent (by design), and the
// value's length (ciphertext is as long as the UTF-8 value). Tokens do not
// expire: a token is valid while the key is; rotating the key revokes them all.

/** Short type tags carried in clear so a token still says what it stands for. */
export const TYPE_TAGS: Readonly<Record<SensitiveType, string>> = {
  PERSON_NAME: 'name', PHONE_NUMBER: 'phone', EMAIL_ADDRESS: 'email', CN_RESIDENT_ID: 'cnid', PASSPORT_NUMBER: 'passport',
  CN_HK_MACAU_PERMIT: 'hkmo', CN_USCC: 'uscc', PAYMENT_CARD: 'card', BANK_ACCOUNT: 'bank', STREET_ADDRESS: 'addr',
  DATE_OF_BIRTH: 'dob', IP_ADDRESS: 'ip', GEO_LOCATION: 'geo', LICENSE_PLATE: 'plate', VEHICLE_VIN: 'vin',
  CREDENTIAL: 'secret', US_SSN: 'ssn',
};
const TYPE_OF_TAG: ReadonlyMap<string, SensitiveType> = new Map(Object.entries(TYPE_TAGS).map(([t, tag]) => [tag, t as SensitiveType]));

export const TOKEN_PREFIX = 'tok_';
const SIV_BYTES = 16;
/** Longer values are not tokenised (see TokenCipher.seal): a token is meant to be handed around, not to carry documents. */
export const MAX_TOKEN_VALUE_BYTES = 1024;
export const MIN_TOKEN_KEY_BYTES = 32;
/** Every token in a text; the payload is greedy, so a token glued to `_`/`-`/letters does not open (safe side). */
export const TOKEN_PATTERN = new RegExp(`${TOKEN_PREFIX}(${[...TYPE_OF_TAG.keys()].join('|')})_([A-Za-z0-9_-]{${Math.ceil(((SIV_BYTES + 1) * 4) / 3)},})`, 'g');

export interface OpenedToken {
  readonly type: SensitiveType;
  readonly value: string;
}

export class TokenCipher {
  private readonly macKey: Buffer;
  /**
   * AES-256 in ECB used only to encrypt counter blocks: CTR mode by hand, so
   * one cipher object serves every value (a createCipheriv per value would cost
   * more than the whole HMAC).
   */
  private readonly blocks: Cipher;
  private readonly counter = Buffer.alloc(16);

  constructor(master: Uint8Array) {
    if (master.length < MIN_TOKEN_KEY_BYTES) throw new Error(`token key must be at least ${MIN_TOKEN_KEY_BYTES} bytes, got ${master.length}`);
    this.macKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'apiward/tokens/v1/mac', 32));
    this.blocks = createCipheriv('aes-256-ecb', Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'apiward/tokens/v1/enc', 32)), null);
    this.blocks.setAutoPadding(false);
  }

  /** The agent's token for a value, or null when the value is too long to tokenise. */
  seal(agent: AgentId | null, type: SensitiveType, value: string): string | null {
    const plain = Buffer.from(value, 'utf8');
    if (plain.length === 0 || plain.length > MAX_TOKEN_VALUE_BYTES) return null;
    const tag = TYPE_TAGS[type];
    const siv = this.siv(agent, tag, plain);
    const ct = this.ctr(siv, plain);
    return `${TOKEN_PREFIX}${tag}_${Buffer.concat([siv, ct]).toString('base64url')}`;
  }

  /**
   * The value behind `tag` + `payload` (the two groups of TOKEN_PATTERN) if and
   * only if this agent received it; null for another agent's, a tampered or a
   * foreign-key token.
   */
  open(agent: AgentId | null, tag: string, payload: string): OpenedToken | null {
    const type = TYPE_OF_TAG.get(tag);
    if (type === undefined) return null;
    const raw = Buffer.from(payload, 'base64url');
    // base64url decoding skips junk silently: only a canonical encoding is a token.
    if (raw.length <= SIV_BYTES || raw.length > SIV_BYTES + MAX_TOKEN_VALUE_BYTES || raw.toString('base64url') !== payload) return null;
    const siv = raw.subarray(0, SIV_BYTES);
    const plain = this.ctr(siv, raw.subarray(SIV_BYTES));
    if (!timingSafeEqual(siv, this.siv(agent, tag, plain))) return null;
    return { type, value: plain.toString('utf8') };
  }

  private siv(agent: AgentId | null, tag: string, plain: Buffer): Buffer {
    const id = Buffer.from(agent ?? '', 'utf8');
    const len = Buffer.allocUnsafe(4);
    len.writeUInt32BE(id.length);
    return createHmac('sha256', this.macKey).update(len).update(id).update(tag).update('\u0000').update(plain).digest().subarray(0, SIV_BYTES);
  }

  /** AES-256-CTR with a 128-bit big-endian counter starting at `iv` (as OpenSSL's aes-256-ctr counts). */
  private ctr(iv: Buffer, data: Buffer): Buffer {
    const n = Math.ceil(data.length / 16);
    const counters = Buffer.allocUnsafe(n * 16);
    const c = this.counter;
    iv.copy(c);
    for (let b = 0; b < n; b++) {
      c.copy(counters, b * 16);
      for (let i = 15; i >= 0 && ++c[i]! === 256; i--) c[i] = 0;
    }
    const stream = this.blocks.update(counters);
    const out = Buffer.allocUnsafe(data.length);
    for (let i = 0; i < data.length; i++) out[i] = data[i]! ^ stream[i]!;
    return out;
  }
}
