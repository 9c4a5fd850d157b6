import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { App, type AppOptions } from '../../src/app';
import { parseConfig } from '../../src/config/config';
import type { RawProcessingRequest } from '../../src/extproc/messages';
import { loadProtos } from '../../src/extproc/proto';
import { replay } from '../support/envoy-exchange';
import { EnvoyStandin } from '../support/envoy-standin';
import { cnMobile, cnName } from '../profile/support';
import { OpenAiTestServer } from './openai-server';

// Round-trip time on the live gRPC path, as ratios against a no-op ext_proc
// server in the same run: a sidecar whose worker is busy (every body sampled,
// an LLM that never answers in time) against one whose worker is idle.
//   APIWARD_FIGURES=1 npx jest test/llm/live-latency   prints the figures.

const ROUTES = 30;
const ROUNDS = 6;
const PER_ROUND = 40;

/** The baseline: same protos, CONTINUE to everything, nothing inspected. */
async function noopServer(): Promise<{ port: number; stop(): void }> {
  const server = new grpc.Server();
  server.addService(loadProtos().externalProcessor, {
    Process: (call: grpc.ServerDuplexStream<RawProcessingRequest, Record<string, unknown>>) => {
      call.on('data', (m: RawProcessingRequest) => call.write({ [m.request ?? 'request_headers']: { response: {} } }));
      call.on('end', () => call.end());
    },
  });
  const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  return { port, stop: () => server.forceShutdown() };
}

async function startApp(dir: string, env: NodeJS.ProcessEnv, limits: AppOptions['profilerLimits']): Promise<{ app: App; port: number }> {
  const app = new App(parseConfig({ stateDir: dir, grpcAddr: '127.0.0.1:0', adminAddr: '127.0.0.1:0' }), {
    env: { APIWARD_AUDIT_KEY: 'k'.repeat(40), ...env },
    log: () => undefined,
    profilerLimits: limits,
  });
  return { app, port: (await app.start()).grpcPort };
}

const BODY = (i: number) =>
  JSON.stringify({ code: 0, data: Array.from({ length: 25 }, (_, k) => ({ uid: i * 100 + k, c7: cnName(i + k), contact: cnMobile(i + k), sku: `S-${k}`, qty: k })) });

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

describe('data path latency while the profiler worker is busy', () => {
  it('keeps the round-trip ratio to a no-op server within noise of an idle worker', async () => {
    const llm = await OpenAiTestServer.start(() => undefined); // accepts, never answers
    const dirs = [mkdtempSync(join(tmpdir(), 'apiward-lat-a-')), mkdtempSync(join(tmpdir(), 'apiward-lat-b-'))];
    const noop = await noopServer();
    const idle = await startApp(dirs[0], {}, { warmupSamples: 0, sampleRate: 0 });
    const busy = await startApp(
      dirs[1],
      { OPENAI_BASE_URL: llm.baseURL, APIWARD_LLM_MODEL: 'm', APIWARD_LLM_TIMEOUT_MS: '400' },
      { warmupSamples: 1e9, perSecond: 1e9, burst: 1e9, profileAfter: 3, reprofileAfterMs: 0, queueCapacity: 4096 },
    );
    const envoys = [noop.port, idle.port, busy.port].map((p) => new EnvoyStandin(`127.0.0.1:${p}`));
    const times: number[][] = [[], [], []];
    let n = 0;
    const call = async (which: number, keep: boolean) => {
      const i = n++;
      const t0 = performance.now();
      const r = await replay(envoys[which], {
        method: 'GET', path: `/api/shop${i % ROUTES}/members/${i}`, status: 200,
        responseHeaders: [['content-type', 'application/json']], responseBody: BODY(i),
        modes: { request: 'NONE', response: 'BUFFERED' },
      });
      if (keep) times[which].push(performance.now() - t0);
      expect(r.downstream).toBeDefined();
    };
    try {
      for (const which of [0, 1, 2]) for (let k = 0; k < 30; k++) await call(which, false);
      // Short alternating rounds, so that whatever else loads the machine hits all three alike.
      for (let round = 0; round < ROUNDS; round++) for (const which of [0, 1, 2]) for (let k = 0; k < PER_ROUND; k++) await call(which, true);
      const llmCalls = llm.requests.length;
      expect(llmCalls).toBeGreaterThan(0); // the worker really was busy with the LLM

      const [p50, p99] = [50, 99].map((p) => times.map((t) => percentile(t, p)));
      const ratio = (q: number[], which: number) => q[which] / q[0];
      if (process.env.APIWARD_FIGURES) {
        process.stdout.write(
          `live gRPC, ${times[0].length} round trips each, ${Buffer.byteLength(BODY(0))} B response: ` +
            `p50 idle/noop ${ratio(p50, 1).toFixed(2)} busy/noop ${ratio(p50, 2).toFixed(2)}; ` +
            `p99 idle/noop ${ratio(p99, 1).toFixed(2)} busy/noop ${ratio(p99, 2).toFixed(2)}; LLM calls started ${llmCalls}\n`,
        );
      }
      expect(ratio(p50, 2) / ratio(p50, 1)).toBeLessThan(1.5);
    } finally {
      for (const e of envoys) e.close();
      await idle.app.stop(200);
      await busy.app.stop(200);
      noop.stop();
      await llm.close();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
