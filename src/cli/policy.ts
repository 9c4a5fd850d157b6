import { parseArgs } from 'node:util';
import { compilePolicyFile } from '../policy/compile';
import { PolicyError } from '../policy/parse';
import type { CliIo } from './io';

const USAGE = 'usage: apiward policy check FILE\n\nValidates a policy file offline (schema, route patterns, JWKS file, HS256 secret variable) and summarises it.';

/** `policy check FILE`: 0 valid, 1 invalid (every problem listed with file:line:col), 2 usage. */
export async function main(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [sub, file, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (sub !== 'check' || file === undefined || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  try {
    const p = compilePolicyFile(file);
    io.out(`${file}: OK — ${p.agents.size} agent(s); identity: ${p.identity.describe()}; unknown agents: ${p.unknownAgent}`);
    for (const [name, a] of p.agents) {
      const reveal = [...a.context.reveal].join(',') || '-';
      const quota = Object.entries(a.quota).map(([k, v]) => `${k}=${v}`).join(',') || '-';
      io.out(`  ${name}: reveal ${reveal}; quota ${quota}${a.categories ? `; categories ${[...a.categories].join(',')}` : ''}${a.tokenRequired ? '; token required' : ''}`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    for (const issue of e.issues) io.err(issue);
    io.err(`${file}: INVALID (${e.issues.length} problem${e.issues.length === 1 ? '' : 's'})`);
    return 1;
  }
}
