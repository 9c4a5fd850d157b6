import { parseArgs } from 'node:util';
import { App } from '../app';
import { loadConfig } from '../config/config';
import type { CliIo } from './io';

const HELP = `usage: apiward serve [--grpc-addr HOST:PORT] [--admin-addr HOST:PORT] [--policy FILE]
                     [--state-dir DIR] [--config FILE] [--drain-seconds N]

Runs the ext_proc sidecar. With no flags: gRPC on 0.0.0.0:50051, admin HTTP on
0.0.0.0:9090, state (learned profiles, audit trail, keys) in ./.state, local
profiler only (set OPENAI_BASE_URL, OPENAI_API_KEY, APIWARD_LLM_MODEL for the LLM),
unknown agents masked. SIGTERM drains open streams, then exits.`;

export async function main(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'grpc-addr': { type: 'string' },
      'admin-addr': { type: 'string' },
      policy: { type: 'string' },
      'state-dir': { type: 'string' },
      config: { type: 'string' },
      'drain-seconds': { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const drainMs = Number(values['drain-seconds']) * 1000;
  if (!Number.isFinite(drainMs) || drainMs < 0) throw new Error(`--drain-seconds: expected a number of seconds, got ${values['drain-seconds']}`);
  const config = loadConfig(values.config, {
    grpcAddr: values['grpc-addr'],
    adminAddr: values['admin-addr'],
    policy: values.policy,
    stateDir: values['state-dir'],
  });
  const app = new App(config, { log: (m) => io.err(`${new Date().toISOString()} apiward: ${m}`) });
  await app.start();
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      io.err(`${signal}: draining streams (up to ${drainMs / 1000}s)…`);
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      app.stop(drainMs).then(resolve, (e: Error) => {
        io.err(`shutdown error: ${e.message}`);
        resolve();
      });
    };
    const onTerm = () => stop('SIGTERM');
    const onInt = () => stop('SIGINT');
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
  });
  io.err('stopped');
  return 0;
}
