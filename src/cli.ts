#!/usr/bin/env node
import { type CliIo, type CommandMain, processIo } from './cli/io';

// Each command lives in src/cli/<name>.ts and is loaded only when called, so a
// short command (policy check, audit trace) does not pay for the gRPC stack.
const COMMANDS: Record<string, { summary: string; load: () => CommandMain }> = {
  serve: { summary: 'run the ext_proc sidecar (gRPC + admin HTTP)', load: () => require('./cli/serve').main },
  scan: { summary: 'classify and mask a JSONL file of API traffic offline', load: () => require('./cli/scan').main },
  demo: { summary: 'replay example traffic through a real gRPC stream and show before/after', load: () => require('./cli/demo').main },
  routes: { summary: 'show the learned route inventory', load: () => require('./cli/routes').main },
  audit: { summary: 'trace a leaked value or count exposure from the audit trail', load: () => require('./cli/audit').main },
  policy: { summary: 'validate a policy file offline (policy check FILE)', load: () => require('./cli/policy').main },
};

export function usage(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return ['usage: apiward <command> [options]', '', 'commands:', ...rows, '', 'apiward <command> --help for its options'].join('\n');
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.err(`apiward: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  return command.load()(rest, io);
}

if (require.main === module) {
  run(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      process.stderr.write(`apiward: ${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
