import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

  constructor(key: Buffer) {
    if (key.length < 32) throw new Error('audit fingerprint key must be at least 32 bytes');
    // A Buffer, not a KeyObject: createHmac with a KeyObject measured ~15% slower per call (Node 20).
    this.key = Buffer.from(key); // own copy: the caller's buffer may be reused
    this.keyId = createHmac('sha256', this.key).update('apiward audit key id').digest('hex').slice(0, 16);
  }

  /** Lower-case hex HMAC-SHA256 of the normalised value. Synchronous, a few microseconds. */
  fingerprint(value: string): string {
    return createHmac('sha256', this.key).update(normalizeForFingerprint(value)).digest('hex');
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
