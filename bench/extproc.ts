import { performance } from 'node:perf_hooks';
import { LATENCY_SECONDS, exchange, extProcClient, headers, interleavedLatency, roundTrip, type ExtProcClient } from './grpc-load';
import { spawnServer, type ServerChild } from './server-child';

// ext_proc round trip: the assembled sidecar (`App`, as `apiward serve` runs it)
// and the minimal ext_proc + JSON masker, each against a no-op ext_proc server
// (same protos, answers CONTINUE), p50/p99 at concurrency 1 and 16, measured
// in the same run with rounds alternating between the three. Then peak RSS
// growth of the sidecar while it streams a 100 MB response in 64 KB chunks.
// Each server runs in its own child process so its RSS is its own.
//   npm run bench -- extproc

const REQUEST: ReadonlyArray<readonly [string, string]> = [[':method', 'GET'], [':path', '/api/items'], [':authority', 'bench'], ['x-request-id', 'r']];
const BODY_4K = Buffer.from(JSON.stringify({
  data: Array.from({ length: 40 }, (_, i) => ({ id: i, name: `item-${i}`, phone: i % 4 === 0 ? '13812345678' : '', price: 12.5 })),
}).padEnd(4096, ' '));

async function streamed100MB(address: string): Promise<{ ms: number; bytes: number }> {
  const c: ExtProcClient = extProcClient(address);
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
  const inFlight: Promise<unknown>[] = [];
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
    if (inFlight.length >= 32) await inFlight.shift();
  }
  await Promise.all(inFlight);
  call.end();
  c.close();
  return { ms: performance.now() - t0, bytes: sent };
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

async function streamingPeak(label: string, server: ServerChild): Promise<void> {
  const before = await server.reset();
  const { ms, bytes } = await streamed100MB(server.address);
  const after = await server.usage();
  console.log(`extproc STREAMED ${mb(bytes)} MB in 64 KB chunks, ${label}: ${(bytes / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s, server peak RSS growth ${mb(after.peakRss - before.rss)} MB (target <= 64 MB)`);
}

/** Runs the whole ext_proc bench, printing one line per figure. */
export async function runExtProcBench(): Promise<void> {
  const servers = await Promise.all([spawnServer('noop'), spawnServer('minimal'), spawnServer('app')]);
  const [noop, minimal, app] = servers;
  try {
    const trip = (c: ExtProcClient) => roundTrip(c, REQUEST, BODY_4K);
    for (const concurrency of [1, 16]) {
      const [base, min, full] = await interleavedLatency(servers.map((s) => s.address), trip, concurrency, LATENCY_SECONDS);
      const line = (label: string, p: typeof base) => `${label} p50 ${p.p50.toFixed(3)} p99 ${p.p99.toFixed(3)} ms (n=${p.n})`;
      console.log(
        `extproc round trip (req headers + 4 KB BUFFERED response, no agent id) c=${concurrency}: ${line('App', full)}, ${line('minimal', min)}, ${line('no-op', base)}; ` +
          `p99 ratio App ${(full.p99 / base.p99).toFixed(2)}x, minimal ${(min.p99 / base.p99).toFixed(2)}x (target <= 1.3x)`,
      );
    }
    await streamingPeak('App', app);
    await streamingPeak('minimal', minimal);
  } finally {
    for (const s of [noop, minimal, app]) s.stop();
  }
}

if (require.main === module) void runExtProcBench();
