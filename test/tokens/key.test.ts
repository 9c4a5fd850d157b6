import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTokenKey, TOKEN_KEY_FILE } from '../../src/tokens/key';

const dir = () => mkdtempSync(join(tmpdir(), 'apiward-token-key-'));

describe('loadTokenKey', () => {
  it('takes APIWARD_TOKEN_KEY when set and writes no file', () => {
    const d = dir();
    expect(loadTokenKey(d, { APIWARD_TOKEN_KEY: 'k'.repeat(32) })).toEqual(Buffer.from('k'.repeat(32)));
    expect(() => statSync(join(d, TOKEN_KEY_FILE))).toThrow();
  });

  it('refuses a short APIWARD_TOKEN_KEY', () => {
    expect(() => loadTokenKey(dir(), { APIWARD_TOKEN_KEY: 'short' })).toThrow(/at least 32 bytes/);
  });

  it('creates a random 0600 key file once and reads the same key back', () => {
    const d = dir();
    const k1 = loadTokenKey(d, {});
    expect(k1.length).toBe(32);
    expect(statSync(join(d, TOKEN_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadTokenKey(d, {})).toEqual(k1);
    expect(loadTokenKey(dir(), {})).not.toEqual(k1);
  });

  it('refuses a key file others can read', () => {
    const d = dir();
    loadTokenKey(d, {});
    chmodSync(join(d, TOKEN_KEY_FILE), 0o644);
    expect(() => loadTokenKey(d, {})).toThrow(/mode 644/);
  });

  it('refuses a key file holding too little', () => {
    const d = dir();
    writeFileSync(join(d, TOKEN_KEY_FILE), 'abcd\n', { mode: 0o600 });
    expect(() => loadTokenKey(d, {})).toThrow(/at least 32 bytes/);
    expect(readFileSync(join(d, TOKEN_KEY_FILE), 'utf8')).toBe('abcd\n');
  });
});
