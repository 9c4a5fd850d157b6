import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HmacSha256, MAX_JS_MESSAGE_BYTES } from './hmac-sha256';

export const AUDIT_KEY_ENV = 'APIWARD_AUDIT_KEY';
export const AUDIT_KEY_FILE = 'audit.key';

// Formatting must not hide a leak: "138 0013-8000", "13800138000" and the
// full-width "１３８００１３８０００" are the same phone number to a reader, so they
// get the same fingerprint. NFKC folds full-width forms; spaces, hyphens and
// brackets are layout; case never distinguishes the ids in the taxonomy.
const LAYOUT = /[\s\-()]/g;
export function normalizeForFingerprint(value: string): string {
  return value.normalize('NFKC').replace(LAYOUT, '').toLowerCase();
}

/**
 * A fingerprint function for one body: a value repeated in the body (the same
 * customer's phone on every order of a list) is hashed once. Lives and dies
 * with the body's leaf masker, so raw values are never held across bodies.
 */
export function oncePerBody(fingerprint: (value: string) => string): (value: string) => string {
  let seen: Map<string, string> | undefined;
  return (value) => {
    seen ??= new Map();
    let fp = seen.get(value);
    if (fp === undefined) seen.set(value, (fp = fingerprint(value)));
    return fp;
  };
}

/**
 * Keyed HMAC-SHA256 of a sensitive value: lets `audit trace --value V` find
 * who received V without the audit trail ever holding V. Without the key a
 * fingerprint cannot be brute-forced from the small space of phone numbers.
 */
export class Fingerprinter {
  /** Short id of the key (not the key): lets a reader detect it was given another key than the writer's. */
  readonly keyId: string;
  private readonly key: Buffer;
  private readonly hmac: HmacSha256;
  /** The HMAC's input as a Buffer, for the native UTF-8 encoder on non-ASCII values. */
  private readonly input: Buffer;

  constructor(key: Buffer) {
    if (key.length < 32) throw new Error('audit fingerprint key must be at least 32 bytes');
    this.key = Buffer.from(key); // own copy: the caller's buffer may be reused
    this.keyId = createHmac('sha256', this.key).update('apiward audit key id').digest('hex').slice(0, 16);
    this.hmac = new HmacSha256(this.key);
    const { buffer, byteOffset } = this.hmac.input;
    this.input = Buffer.from(buffer, byteOffset, MAX_JS_MESSAGE_BYTES);
  }

  /**
   * Lower-case hex HMAC-SHA256 of the normalised value (normalizeForFingerprint). Synchronous:
   * an ASCII value (phones, ids, emails) is normalised straight into the HMAC's input, no string built.
   */
  fingerprint(value: string): string {
    const input = this.input;
    let n = 0;
    for (let i = 0; i < value.length; i++) {
      let c = value.charCodeAt(i);
      if (c >= 0x80 || n === MAX_JS_MESSAGE_BYTES) return this.general(value);
      // Layout (ASCII whitespace, '-', '(', ')') is dropped and case folded, as normalizeForFingerprint does.
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2d || c === 0x28 || c === 0x29) continue;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      input[n++] = c;
    }
    return this.hmac.hexOf(n);
  }

  private general(value: string): string {
    const normal = normalizeForFingerprint(value);
    if (Buffer.byteLength(normal) > MAX_JS_MESSAGE_BYTES) return createHmac('sha256', this.key).update(normal).digest('hex');
    return this.hmac.hexOf(this.input.write(normal, 0, 'utf8'));
  }

  /**
   * The key from `APIWARD_AUDIT_KEY`, else from `<stateDir>/audit.key`, which
   * is created (random, mode 0600) on first use unless `create` is false.
   */
  static load(stateDir: string, opts: { env?: NodeJS.ProcessEnv; create?: boolean } = {}): Fingerprinter {
    const fromEnv = (opts.env ?? process.env)[AUDIT_KEY_ENV];
    if (fromEnv !== undefined && fromEnv !== '') {
      if (Buffer.byteLength(fromEnv) < 32) throw new Error(`${AUDIT_KEY_ENV} must be at least 32 bytes`);
      return new Fingerprinter(Buffer.from(fromEnv));
    }
    const file = join(stateDir, AUDIT_KEY_FILE);
    try {
      return new Fingerprinter(Buffer.from(readFileSync(file, 'utf8').trim(), 'hex'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || opts.create === false) {
        throw new Error(`cannot read the audit key ${file} (set ${AUDIT_KEY_ENV} or point --state-dir at the server's state dir): ${(e as Error).message}`);
      }
    }
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another process won the race: use its key
    }
    return new Fingerprinter(Buffer.from(readFileSync(file, 'utf8').trim(), 'hex'));
  }
}
