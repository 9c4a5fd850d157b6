import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_TOKEN_KEY_BYTES } from './cipher';

export const TOKEN_KEY_ENV = 'APIWARD_TOKEN_KEY';
export const TOKEN_KEY_FILE = 'token.key';

/**
 * The token master key: `APIWARD_TOKEN_KEY` (its bytes, at least 32), else
 * `<stateDir>/token.key` (hex), created random with mode 0600 on first use.
 * A key file readable by group or others is refused: whoever reads it can
 * open every token of every agent. Separate from the audit key on purpose,
 * so the two can be rotated (and leaked) independently.
 */
export function loadTokenKey(stateDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env[TOKEN_KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    const key = Buffer.from(fromEnv, 'utf8');
    if (key.length < MIN_TOKEN_KEY_BYTES) throw new Error(`${TOKEN_KEY_ENV} must be at least ${MIN_TOKEN_KEY_BYTES} bytes`);
    return key;
  }
  const file = join(stateDir, TOKEN_KEY_FILE);
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot create the token key ${file}: ${(e as Error).message}`);
  }
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) throw new Error(`token key ${file} has mode ${mode.toString(8)}: make it 0600 (chmod 600) or set ${TOKEN_KEY_ENV}`);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (key.length < MIN_TOKEN_KEY_BYTES) throw new Error(`token key ${file} must hold at least ${MIN_TOKEN_KEY_BYTES} bytes as hex`);
  return key;
}
