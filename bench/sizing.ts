import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH_SECONDS, drive, extProcClient, percentiles } from './grpc-load';
import { spawnServer, type ServerChild, type Usage } from './server-child';
import { agentTraffic } from './traffic';

// Figures behind the apiward container's requests/limits (k8s/base/deployment.yaml,
// docs/deploy.md "Sizing"): the assembled sidecar (App with the shipped config.yaml,
// what `apiward serve` runs in the pod) in a process of its own, idle right after
// start, then under a fixed load of 16 concurrent streams of agent traffic
// (request headers + 4 KB JSON response). CPU is the child's own user + system
// time (all threads) over wall time. The load generator shares the machine, so
// its CPU is printed too: on a busy machine the sidecar's req/s is a floor.
//   npm run bench -- sizing

const CONCURRENCY = 16;
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

interface Window { readonly cores: number; readonly seconds: number; readonly end: Usage }

/** The server's CPU cores used and memory while `during` runs. */
async function measure(server: ServerChild, during: () => Promise<unknown>): Promise<Window> {
  const start = await server.usage();
  await during();
  const end = await server.usage();
  const seconds = (end.at - start.at) / 1000;
  return { cores: (end.cpuMicros - start.cpuMicros) / 1e6 / seconds, seconds, end };
}

export async function runSizingBench(): Promise<void> {
  const server = await spawnServer('app');
  const client = extProcClient(server.address);
  try {
    const idle = await measure(server, () => sleep(1500 * BENCH_SECONDS));
    console.log(`sizing idle (${idle.seconds.toFixed(1)} s right after start): RSS ${mb(idle.end.rss)} MB, CPU ${idle.cores.toFixed(3)} core`);

    const trip = agentTraffic();
    await drive(client, trip, CONCURRENCY, 500, () => undefined); // JIT warm-up, not counted
    await server.reset();
    const samples: number[] = [];
    const ownCpu = process.cpuUsage();
    const load = await measure(server, () => drive(client, trip, CONCURRENCY, 2500 * BENCH_SECONDS, (t) => samples.push(t)));
    const own = process.cpuUsage(ownCpu);
    const rate = samples.length / load.seconds;
    const p = percentiles(samples);
    console.log(
      `sizing load (${CONCURRENCY} streams, req headers + 4 KB JSON response, 100-agent policy, ${load.seconds.toFixed(1)} s): ${rate.toFixed(0)} req/s, ` +
        `CPU ${load.cores.toFixed(2)} core (${((load.cores / rate) * 1000).toFixed(2)} ms CPU per request), RSS ${mb(load.end.rss)} MB at end, peak ${mb(load.end.peakRss)} MB; ` +
        `latency p50 ${p.p50.toFixed(1)} p99 ${p.p99.toFixed(1)} ms; load generator CPU ${((own.user + own.system) / 1e6 / load.seconds).toFixed(2)} core`,
    );
  } finally {
    client.close();
    server.stop();
  }
}

if (require.main === module) void runSizingBench();
