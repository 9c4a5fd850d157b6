import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { App } from '../app';
import { loadConfig } from '../config/config';
import { replay, type HttpExchange } from '../envoysim/replay';
import { EnvoyStandin } from '../envoysim/standin';
import type { BodySendMode } from '../extproc/messages';
import { parseScanInput } from '../scan/input';
import type { ScanCase } from '../scan/scan';
import type { CliIo } from './io';

const EXAMPLES = join(__dirname, '..', '..', 'examples', 'traffic.jsonl');
const HELP = `usage: apiward demo [--grpc-addr HOST:PORT] [--input cases.jsonl] [--agent ID] [--mode BUFFERED|STREAMED] [--standalone]

Replays example traffic through a real ext_proc gRPC stream, the way Envoy's
filter sends it, and prints every body before and after apiward.
By default it talks to a running sidecar (make run) on 127.0.0.1:50051;
--standalone starts one in this process on a free port with a throw-away state dir.`;

export async function main(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'grpc-addr': { type: 'string', default: '127.0.0.1:50051' },
      input: { type: 'string', default: EXAMPLES },
      agent: { type: 'string' },
      mode: { type: 'string', default: 'STREAMED' },
      standalone: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const mode = values.mode as BodySendMode;
  if (mode !== 'BUFFERED' && mode !== 'STREAMED') throw new Error(`--mode: expected BUFFERED or STREAMED, got ${values.mode}`);
  const { cases, errors } = parseScanInput(readFileSync(values.input, 'utf8'));
  for (const e of errors) io.err(`demo: ${values.input}:${e.line}: ${e.message}`);

  let address = values['grpc-addr'];
  let standalone: { app: App; dir: string } | undefined;
  if (values.standalone) {
    const dir = mkdtempSync(join(tmpdir(), 'apiward-demo-'));
    const app = new App(loadConfig(undefined, { stateDir: dir }), { log: () => {} });
    const { grpcPort } = await app.start({ grpcAddr: '127.0.0.1:0', adminAddr: '127.0.0.1:0' });
    address = `127.0.0.1:${grpcPort}`;
    standalone = { app, dir };
  }
  const envoy = new EnvoyStandin(address);
  try {
    try {
      await envoy.ready(3000);
    } catch {
      io.err(`demo: no sidecar answers at ${address}: start one with \`make run\`, or pass --standalone`);
      return 1;
    }
    for (const c of cases) await show(envoy, c, mode, values.agent, io);
  } finally {
    envoy.close();
    if (standalone !== undefined) {
      await standalone.app.stop(1000);
      rmSync(standalone.dir, { recursive: true, force: true });
    }
  }
  return 0;
}

async function show(envoy: EnvoyStandin, c: ScanCase, mode: BodySendMode, agent: string | undefined, io: CliIo): Promise<void> {
  const headers: Array<[string, string]> = [['content-type', c.contentType ?? 'application/json']];
  const x: HttpExchange = {
    method: c.method,
    path: c.path,
    requestHeaders: agent === undefined ? headers : [...headers, ['x-agent-id', agent]],
    responseHeaders: headers,
    modes: { request: 'BUFFERED', response: mode },
    chunkSize: 64,
    ...(c.direction === 'request' ? { requestBody: c.body } : { responseBody: c.body }),
  };
  const r = await replay(envoy, x);
  io.out(`── ${c.id}: ${c.method} ${c.path} (${c.direction} body, ${c.direction === 'request' ? 'BUFFERED' : mode})`);
  io.out(`   before: ${oneLine(c.body)}`);
  if (r.immediate !== undefined) io.out(`   answer: ${r.immediate.status} ${oneLine(r.immediate.body)}`);
  else io.out(`   after:  ${oneLine((c.direction === 'request' ? r.upstream : r.downstream)!.body.toString('utf8'))}`);
}

function oneLine(s: string): string {
  const flat = s.replace(/\s*\n\s*/g, ' ');
  return flat.length > 400 ? `${flat.slice(0, 400)}…` : flat;
}
