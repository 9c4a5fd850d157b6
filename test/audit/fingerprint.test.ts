import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fingerprinter, normalizeForFingerprint, oncePerBody } from '../../src/audit/fingerprint';

const KEY = Buffer.alloc(32, 7);

describe('Fingerprinter', () => {
  const fp = new Fingerprinter(KEY);

  it.each([
    ['13800138000', '138 0013 8000'],
    ['13800138000', '138-0013-8000'],
    ['13800138000', '１３８００１３８０００'], // full-width digits
    ['11010519491231002X', '11010519491231002x'],
    ['Alice@Example.com', 'alice@example.com'],
  ])('%s and %s are the same value', (a, b) => {
    expect(fp.fingerprint(a)).toBe(fp.fingerprint(b));
  });

  it.each([
    ['13800138000', '13800138001'],
    ['a.b@example.com', 'ab@example.com'],
  ])('%s and %s differ', (a, b) => {
    expect(fp.fingerprint(a)).not.toBe(fp.fingerprint(b));
  });

  it('is a keyed 256-bit hex HMAC: another key gives another fingerprint', () => {
    expect(fp.fingerprint('13800138000')).toMatch(/^[0-9a-f]{64}$/);
    expect(new Fingerprinter(Buffer.alloc(32, 8)).fingerprint('13800138000')).not.toBe(fp.fingerprint('13800138000'));
    expect(normalizeForFingerprint(' 138 (0013) ')).toBe('1380013');
  });

  it('is HMAC-SHA256 of the normalised value under the key (fingerprints stored before stay findable)', () => {
    const ref = createHmac('sha256', KEY).update(normalizeForFingerprint('１３８ 0013-8000')).digest('hex');
    expect(fp.fingerprint('１３８ 0013-8000')).toBe(ref);
    expect(ref).toBe(createHmac('sha256', KEY).update('13800138000').digest('hex'));
  });

  it('keeps its own copy of the key', () => {
    const key = Buffer.alloc(32, 9);
    const own = new Fingerprinter(key);
    const before = own.fingerprint('13800138000');
    key.fill(0);
    expect(own.fingerprint('13800138000')).toBe(before);
  });

  it('prefers APIWARD_AUDIT_KEY, and refuses a short one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fp-'));
    const env = { APIWARD_AUDIT_KEY: 'e'.repeat(40) };
    expect(Fingerprinter.load(dir, { env }).keyId).toBe(new Fingerprinter(Buffer.from('e'.repeat(40))).keyId);
    expect(() => Fingerprinter.load(dir, { env: { APIWARD_AUDIT_KEY: 'short' } })).toThrow('at least 32 bytes');
  });

  it('otherwise creates a random 0600 key file once and reuses it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'fp-')), 'state');
    const a = Fingerprinter.load(dir, { env: {} });
    const st = statSync(join(dir, 'audit.key'));
    expect(st.mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'audit.key'), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(Fingerprinter.load(dir, { env: {} }).fingerprint('x')).toBe(a.fingerprint('x'));
    expect(() => Fingerprinter.load(join(dir, 'elsewhere'), { env: {}, create: false })).toThrow(/cannot read the audit key/);
  });
});

describe('oncePerBody', () => {
  it('hashes a value repeated within one body once, and gives the same fingerprint', () => {
    const fp = new Fingerprinter(KEY);
    const hashed: string[] = [];
    const body = oncePerBody((v) => {
      hashed.push(v);
      return fp.fingerprint(v);
    });
    const out = ['13800138000', '13900139000', '13800138000', '13800138000'].map(body);
    expect(hashed).toEqual(['13800138000', '13900139000']);
    expect(out).toEqual([fp.fingerprint('13800138000'), fp.fingerprint('13900139000'), fp.fingerprint('13800138000'), fp.fingerprint('13800138000')]);
  });

  it('remembers nothing across bodies', () => {
    const hashed: string[] = [];
    const count = (v: string) => (hashed.push(v), v);
    oncePerBody(count)('13800138000');
    oncePerBody(count)('13800138000');
    expect(hashed).toEqual(['13800138000', '13800138000']);
  });
});
