import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Path of the built CLI; CLI tests run what users run, so `npm run build` must have happened (make test does it). */
export function builtCli(): string {
  const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` (make test does) before the CLI tests`);
  return cli;
}
