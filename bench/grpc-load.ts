import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';
import type { RawProcessingRequest } from '../src/extproc/messages';
import { loadProtos } from '../src/extproc/proto';

// The Envoy stand-in shared by the gRPC benches: an ext_proc client that plays
// one HTTP exchange per stream, and the latency/load drivers around it.

export type Answer = Record<string, unknown>;
type Call = grpc.ClientDuplexStream<RawProcessingRequest, Answer>;
export type ExtProcClient = grpc.Client & { Process(): Call };
/** One HTTP exchange over a fresh ext_proc stream; resolves to its wall time in ms. */
export type Trip = (c: ExtProcClient) => Promise<number>;

/** `BENCH_SECONDS` (default 2): seconds per measured level; longer runs are steadier. */
export const BENCH_SECONDS = benchSeconds(process.env.BENCH_SECONDS);
/**
 * Seconds of samples per server in a latency comparison. A p99 is the 1% slowest: at ~2.5 ms a
 * trip, 2 s at concurrency 1 leaves it to the 5 slowest of ~700 trips, which one scheduler hiccup
 * on a shared machine decides. Three times longer gives it ~20 trips to rest on.
 */
export const LATENCY_SECONDS = 3 * BENCH_SECONDS;

function benchSeconds(raw: string | undefined): number {
  const s = Number(raw ?? 2);
  if (!(s > 0)) throw new Error(`BENCH_SECONDS: expected a positive number of seconds, got ${raw}`);
  return s;
}

export function extProcClient(address: string): ExtProcClient {
  const { ExternalProcessorClient } = loadProtos();
  return new ExternalProcessorClient(address, grpc.credentials.createInsecure(), { 'grpc.max_send_message_length': -1 }) as unknown as ExtProcClient;
}

export function headers(pairs: ReadonlyArray<readonly [string, string]>) {
  return { headers: pairs.map(([key, v]) => ({ key, raw_value: Buffer.from(v) })) };
}

/** A stream with a promise per answer, in order. */
export function exchange(c: ExtProcClient): { call: Call; answer: () => Promise<Answer> } {
  const call = c.Process();
  const waiting: Array<(a: Answer) => void> = [];
  const early: Answer[] = [];
  call.on('data', (a: Answer) => {
    const w = waiting.shift();
    if (w === undefined) early.push(a);
    else w(a);
  });
  call.on('error', () => undefined);
  return { call, answer: () => new Promise<Answer>((resolve) => (early.length > 0 ? resolve(early.shift()!) : waiting.push(resolve))) };
}

/**
 * Request headers (no body), then response headers and one BUFFERED JSON body.
 * An immediate response (a denial) ends the exchange there, as it does in Envoy.
 */
export async function roundTrip(c: ExtProcClient, request: ReadonlyArray<readonly [string, string]>, body: Buffer): Promise<number> {
  const t0 = performance.now();
  const { call, answer } = exchange(c);
  call.write({ request_headers: { headers: headers(request), end_of_stream: true } });
  const first = await answer();
  if (first.response !== 'immediate_response') {
    call.write({ response_headers: { headers: headers([[':status', '200'], ['content-type', 'application/json']]), end_of_stream: false } });
    await answer();
    call.write({ response_body: { body, end_of_stream: true } });
    await answer();
  }
  call.end();
  return performance.now() - t0;
}

/** `concurrency` streams back to back for `ms`; every exchange's time goes to `sample`. */
export async function drive(c: ExtProcClient, trip: Trip, concurrency: number, ms: number, sample: (ms: number) => void): Promise<void> {
  const end = performance.now() + ms;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) sample(await trip(c));
  }));
}

export interface Percentiles { readonly p50: number; readonly p99: number; readonly n: number }

export function percentiles(xs: number[]): Percentiles {
  xs.sort((x, y) => x - y);
  return { p50: xs[Math.floor(xs.length * 0.5)]!, p99: xs[Math.floor(xs.length * 0.99)]!, n: xs.length };
}

/**
 * Latency of each server at one concurrency, `seconds` of samples each. Short
 * rounds alternate between the servers so that load from anything else on the
 * machine hits all of them alike.
 */
export async function interleavedLatency(addresses: readonly string[], trip: Trip, concurrency: number, seconds: number): Promise<Percentiles[]> {
  const clients = addresses.map(extProcClient);
  const samples = addresses.map((): number[] => []);
  for (const c of clients) await drive(c, trip, concurrency, 300, () => undefined);
  const ROUNDS = 8;
  for (let i = 0; i < ROUNDS; i++) {
    for (let k = 0; k < clients.length; k++) await drive(clients[k]!, trip, concurrency, (seconds * 1000) / ROUNDS, (t) => samples[k]!.push(t));
  }
  for (const c of clients) c.close();
  return samples.map(percentiles);
}
