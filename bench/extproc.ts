import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';
import { createClassifier } from '../src/classify';
import { isJsonMediaType, selectByMediaType } from '../src/extproc/codec';
import type { ExchangeDeps } from '../src/extproc/deps';
import { ENVOY_YAML_BODY_MODES } from '../src/extproc/exchange';
import type { RawProcessingRequest } from '../src/extproc/messages';
import { loadProtos } from '../src/extproc/proto';
import { createExtProcServer } from '../src/extproc/server';
import { JsonMasker } from '../src/json/masker';
import { createLeafMasker } from '../src/mask/leaf-masker';
import { createOperators } from '../src/mask/operators';
import { StrategyResolver } from '../src/mask/resolver';
import { Metrics } from '../src/metrics/metrics';
import type { AgentContext, RouteTemplate } from '../src/types';

// ext_proc round trip: apiward vs a no-op ext_proc server (same protos, answers
// CONTINUE), p99 at concurrency 1 and 16, measured in the same run; and peak
// RSS growth of apiward while it streams a 100 MB response in 64 KB chunks.
// Each server runs in its own child process so its RSS is its own.
//   npm run bench   or   npx tsc -p tsconfig.tools.json && node build/bench/extproc.js

type Answer = Record<string, unknown>;
type Call = grpc.ClientDuplexStream<RawProcessingRequest, Answer>;
const SECONDS_PER_LEVEL = Number(process.env.BENCH_SECONDS ?? 2);

// ---- child: one ext_proc server ------------------------------------------

function realDeps(): ExchangeDeps {
  const classifier = createClassifier();
  const operators = createOperators({ hashKey: Buffer.alloc(32, 1) });
  const resolver = new StrategyResolver();
  const agent: AgentContext = { id: null, known: false, reveal: new Set(), strategies: new Map(), maskAll: false };
  return {
    metrics: new Metrics({ defaultMetrics: false }),
    resolveRoute: (req) => `${req.method} ${req.path}` as RouteTemplate,
    admit: () => agent,
    fieldMapFor: (route) => ({ route, version: 0, isEmpty: true, lookup: () => undefined }),
    bodyProcessor: selectByMediaType([[isJsonMediaType, (ctx) => new JsonMasker({
      classifier, fieldMap: ctx.fieldMap, direction: ctx.direction, onFinding: ctx.onFinding,
      mask: createLeafMasker({ operators, resolver, agent: ctx.agent, route: ctx.route, fingerprint: () => 'fp' }),
    })]]),
    sink: { onBody: () => undefined },
    failureMode: { request: 'pass', response: 'reject' },
    maxBufferedBodyBytes: 16 << 20,
  };
}

/** The baseline: the same gRPC service answering every message with CONTINUE, nothing inspected. */
function noopServer(): grpc.Server {
  const server = new grpc.Server();
  server.addService(loadProtos().externalProcessor, {
    Process: (call: grpc.ServerDuplexStream<RawProcessingRequest, Answer>) => {
      call.on('data', (m: RawProcessingRequest) => call.write({ [m.request ?? 'request_headers']: m.request?.endsWith('trailers') ? {} : { response: {} } }));
      call.on('end', () => call.end());
    },
  });
  return server;
}

async function serve(kind: string): Promise<void> {
  let port: number;
  if (kind === 'apiward') {
    port = await createExtProcServer(realDeps(), { assumedModes: ENVOY_YAML_BODY_MODES }).listen('127.0.0.1:0');
  } else {
    const server = noopServer();
    port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  }
  let peak = 0;
  setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10).unref();
  process.on('message', (m: string) => {
    if (m === 'reset') {
      global.gc?.();
      peak = process.memoryUsage().rss;
      process.send!({ rss: peak });
    } else if (m === 'peak') process.send!({ rss: Math.max(peak, process.memoryUsage().rss) });
  });
  process.send!({ port });
}

// ---- parent: the client side (an Envoy stand-in) --------------------------

function startChild(kind: string): Promise<{ child: ChildProcess; address: string }> {
  const child = fork(__filename, ['serve', kind], { execArgv: ['--expose-gc'] });
  return new Promise((resolve) => child.once('message', (m: { port: number }) => resolve({ child, address: `127.0.0.1:${m.port}` })));
}

function ask(child: ChildProcess, what: string): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m: { rss: number }) => resolve(m.rss));
    child.send(what);
  });
}

function client(address: string): grpc.Client & { Process(): Call } {
  const { ExternalProcessorClient } = loadProtos();
  return new ExternalProcessorClient(address, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': -1 }) as unknown as grpc.Client & { Process(): Call };
}

function headers(pairs: Array<[string, string]>) {
  return { headers: pairs.map(([key, v]) => ({ key, raw_value: Buffer.from(v) })) };
}

/** A call with a promise per answer, in order. */
function exchange(c: ReturnType<typeof client>) {
  const call = c.Process();
  const waiting: Array<() => void> = [];
  let arrived = 0;
  call.on('data', () => {
    arrived++;
    waiting.shift()?.();
  });
  call.on('error', () => undefined);
  return {
    call,
    answer: () => new Promise<void>((resolve) => (arrived > 0 ? (arrived--, resolve()) : waiting.push(() => (arrived--, resolve())))),
  };
}

const BODY_4K = Buffer.from(JSON.stringify({
  data: Array.from({ length: 40 }, (_, i) => ({ id: i, name: `item-${i}`, phone: i % 4 === 0 ? '13812345678' : '', price: 12.5 })),
}).padEnd(4096, ' '));

async function roundTrip(c: ReturnType<typeof client>): Promise<number> {
  const t0 = performance.now();
  const { call, answer } = exchange(c);
  call.write({ request_headers: { headers: headers([[':method', 'GET'], [':path', '/api/items'], [':authority', 'bench'], ['x-request-id', 'r']]), end_of_stream: true } });
  await answer();
  call.write({ response_headers: { headers: headers([[':status', '200'], ['content-type', 'application/json']]), end_of_stream: false } });
  await answer();
  call.write({ response_body: { body: BODY_4K, end_of_stream: true } });
  await answer();
  call.end();
  return performance.now() - t0;
}

/**
 * p99 of both servers at one concurrency. Short rounds alternate between them
 * so that load from anything else on the machine hits both alike.
 */
async function p99Pair(a: string, b: string, concurrency: number): Promise<[Percentiles, Percentiles]> {
  const clients = [client(a), client(b)];
  const samples: number[][] = [[], []];
  const run = async (which: 0 | 1, ms: number, keep: boolean) => {
    const end = performance.now() + ms;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = await roundTrip(clients[which]!);
        if (keep) samples[which]!.push(t);
      }
    }));
  };
  await run(0, 300, false);
  await run(1, 300, false);
  const ROUNDS = 8;
  for (let i = 0; i < ROUNDS; i++) for (const which of [0, 1] as const) await run(which, (SECONDS_PER_LEVEL * 1000) / ROUNDS, true);
  for (const c of clients) c.close();
  return [percentiles(samples[0]!), percentiles(samples[1]!)];
}

interface Percentiles { readonly p50: number; readonly p99: number }

function percentiles(xs: number[]): Percentiles {
  xs.sort((x, y) => x - y);
  return { p50: xs[Math.floor(xs.length * 0.5)]!, p99: xs[Math.floor(xs.length * 0.99)]! };
}

async function streamed100MB(address: string): Promise<{ ms: number; bytes: number }> {
  const c = client(address);
  const { call, answer } = exchange(c);
  call.write({ protocol_config: { request_body_mode: 'NONE', response_body_mode: 'STREAMED' }, request_headers: { headers: headers([[':method', 'GET'], [':path', '/export'], [':authority', 'bench']]), end_of_stream: true } });
  await answer();
  call.write({ response_headers: { headers: headers([[':status', '200'], ['content-type', 'application/json']]), end_of_stream: false } });
  await answer();
  const record = (i: number) => `{"id":${i},"name":"user ${i}","phone":"13812345678","email":"u${i}@example.com","note":"${'n'.repeat(900)}"},`;
  const CHUNK = 64 * 1024;
  const TOTAL = 100 * 1024 * 1024;
  let text = '[';
  let i = 0;
  let sent = 0;
  let inFlight: Promise<void>[] = [];
  const t0 = performance.now();
  while (sent < TOTAL) {
    while (text.length < CHUNK) text += record(i++);
    const last = sent + CHUNK >= TOTAL;
    const chunk = last ? text.slice(0, -1) + ']' : text.slice(0, CHUNK);
    text = last ? '' : text.slice(CHUNK);
    call.write({ response_body: { body: Buffer.from(chunk), end_of_stream: last } });
    sent += chunk.length;
    // Envoy pipelines chunks but stops reading at its buffer watermark: keep a bounded window.
    inFlight.push(answer());
    if (inFlight.length >= 32) {
      await inFlight.shift();
    }
  }
  await Promise.all(inFlight);
  inFlight = [];
  call.end();
  c.close();
  return { ms: performance.now() - t0, bytes: sent };
}

/** Runs the whole ext_proc bench, printing one line per figure. */
export async function runExtProcBench(): Promise<void> {
  const noop = await startChild('noop');
  const apiward = await startChild('apiward');
  try {
    for (const concurrency of [1, 16]) {
      const [base, ours] = await p99Pair(noop.address, apiward.address, concurrency);
      console.log(
        `extproc round trip (req headers + 4 KB BUFFERED response) c=${concurrency}: p99 apiward ${ours.p99.toFixed(3)} ms, no-op ${base.p99.toFixed(3)} ms, ` +
          `ratio ${(ours.p99 / base.p99).toFixed(2)}x (target <= 1.3x); p50 ${ours.p50.toFixed(3)} vs ${base.p50.toFixed(3)} ms`,
      );
    }
    const before = await ask(apiward.child, 'reset');
    const { ms, bytes } = await streamed100MB(apiward.address);
    const peak = await ask(apiward.child, 'peak');
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(`extproc STREAMED ${mb(bytes)} MB in 64 KB chunks: ${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s, server peak RSS growth ${mb(peak - before)} MB (target <= 64 MB)`);
  } finally {
    noop.child.kill();
    apiward.child.kill();
  }
}

if (process.argv[2] === 'serve') void serve(process.argv[3]!);
else if (require.main === module) void runExtProcBench();
