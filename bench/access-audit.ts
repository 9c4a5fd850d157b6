import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Fingerprinter } from '../src/audit/fingerprint';
import { AuditStore, auditDbPath } from '../src/audit/store';
import { AuditTrail } from '../src/audit/trail';
import { Metrics } from '../src/metrics/metrics';
import { AccessGate } from '../src/policy/access-gate';
import { compilePolicyText } from '../src/policy/compile';
import { staticPolicy } from '../src/policy/store';
import { RiskEngine } from '../src/risk/risk-engine';
import type { AgentId, BodyReport, FieldPath, JsonPointer, LeafFinding, RequestInfo, RouteTemplate } from '../src/types';
import { exposeGc } from './gc';
import { BENCH_SECONDS, interleavedLatency, LATENCY_SECONDS } from './grpc-load';
import { spawnServer } from './server-child';
import { agentPolicyText } from './servers';
import { agentTraffic } from './traffic';

// Figures for the access/audit issue (latency levels and the burst last BENCH_SECONDS each):
//  1. ext_proc round-trip p99: the assembled sidecar (App, 100-agent policy, audit on, agents
//     identified by header) vs a no-op ext_proc server, same run, alternating rounds;
//  2. audit throughput and lag under a 5,000 responses/s burst (and event-loop delay meanwhile);
//  3. per-call costs on the data path;
//  4. heap of the risk engine holding 10,000 agents.
//   npm run bench -- access

async function p99Line(app: string, noop: string, concurrency: number): Promise<string> {
  const [a, n] = await interleavedLatency([app, noop], agentTraffic(), concurrency, LATENCY_SECONDS);
  return `access concurrency ${concurrency}: app p50 ${a!.p50.toFixed(3)} ms p99 ${a!.p99.toFixed(3)} ms (n=${a!.n}); noop p50 ${n!.p50.toFixed(3)} p99 ${n!.p99.toFixed(3)} ms (n=${n!.n}); p99 ratio ${(a!.p99 / n!.p99).toFixed(2)}x`;
}

// ---- audit burst -----------------------------------------------------------

function reports(fp: Fingerprinter, n: number): BodyReport[] {
  return Array.from({ length: n }, (_, i) => {
    const findings: LeafFinding[] = [0, 1, 2, 3].map((k) => ({
      pointer: `/data/${k}/phone` as JsonPointer, fieldPath: '/data/*/phone' as FieldPath, type: 'PHONE_NUMBER', confidence: 0.9, source: 'detector',
      strategy: k < 2 ? 'reveal' : 'partial', released: k < 2 ? 'clear' : 'partial', fingerprint: fp.fingerprint(String(13800000000 + ((i * 4 + k) % 50000))),
    }));
    return { streamId: `s${i}`, at: 0, route: 'GET /api/customers/{id}' as RouteTemplate, direction: 'response', agent: `agent-${i % 100}` as AgentId, contentType: 'application/json', bytesIn: 4096, bytesOut: 4096, findings };
  });
}

async function auditBurst(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-audit-'));
  const fp = new Fingerprinter(Buffer.alloc(32, 3));
  const metrics = new Metrics({ defaultMetrics: false });
  const trail = new AuditTrail({ store: new AuditStore(auditDbPath(dir), fp.keyId), metrics });
  const pool = reports(fp, 5000);
  const RATE = 5000;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  let maxLag = 0;
  let sent = 0;
  const t0 = performance.now();
  await new Promise<void>((done) => {
    const timer = setInterval(() => {
      const due = Math.min(RATE * BENCH_SECONDS, Math.floor(((performance.now() - t0) / 1000) * RATE));
      for (; sent < due; sent++) trail.onBody({ ...pool[sent % pool.length]!, at: Date.now() });
      maxLag = Math.max(maxLag, trail.lagMs());
      if (sent >= RATE * BENCH_SECONDS) {
        clearInterval(timer);
        done();
      }
    }, 1);
  });
  const tEnd = performance.now();
  while (trail.queued > 0) await new Promise((r) => setTimeout(r, 5));
  const drained = performance.now();
  loop.disable();
  const written = (await metrics.auditWritten.get()).values[0]?.value ?? 0;
  const dropped = (await metrics.auditDropped.get()).values.reduce((s, v) => s + v.value, 0);
  // Raw capacity: a backlog of 50,000 drained as fast as the writer goes.
  for (let i = 0; i < 50_000; i++) trail.onBody({ ...pool[i % pool.length]!, at: Date.now() });
  const c0 = performance.now();
  while (trail.queued > 0) await new Promise((r) => setTimeout(r, 5)); // do not spin: the writer thread needs the other core
  const capacity = 50_000 / ((performance.now() - c0) / 1000);
  trail.close();
  rmSync(dir, { recursive: true, force: true });
  return [
    `audit burst: ${sent} responses (4 findings each) at ${RATE}/s for ${((tEnd - t0) / 1000).toFixed(1)} s; written ${written}, dropped ${dropped}; max lag ${maxLag.toFixed(0)} ms; drained ${(drained - tEnd).toFixed(0)} ms after the burst`,
    `event-loop delay during the burst: p50 ${(loop.percentile(50) / 1e6).toFixed(2)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(2)} ms, max ${(loop.max / 1e6).toFixed(2)} ms`,
    `audit capacity (backlog drain): ${Math.round(capacity)} records/s`,
  ];
}

// ---- per-call cost on the data path ------------------------------------------

function perCall(): string {
  const metrics = new Metrics({ defaultMetrics: false });
  const policy = staticPolicy(compilePolicyText(agentPolicyText(100), 'bench', '/'));
  const risk = new RiskEngine({ metrics, policy });
  const gate = new AccessGate({ policy, risk, metrics, categoryOf: () => 'user_profile' });
  const reqs: RequestInfo[] = Array.from({ length: 100 }, (_, i) => ({ method: 'GET', path: `/api/customers/${i * 7}`, query: '', authority: 'a', headers: new Map([['x-agent-id', `agent-${i}`]]), metadata: {} }));
  const route = 'GET /api/customers/{id}' as RouteTemplate;
  const N = 200_000;
  for (let i = 0; i < N; i++) gate.admit(reqs[i % 100]!, route);
  let t = performance.now();
  for (let i = 0; i < N; i++) gate.admit(reqs[i % 100]!, route);
  const admitNs = ((performance.now() - t) / N) * 1e6;
  const dir = mkdtempSync(join(tmpdir(), 'bench-percall-'));
  const fp = new Fingerprinter(Buffer.alloc(32, 3));
  const trail = new AuditTrail({ store: new AuditStore(auditDbPath(dir), fp.keyId), metrics, maxQueue: N + 1 });
  const pool = reports(fp, 1000);
  t = performance.now();
  for (let i = 0; i < N / 4; i++) trail.onBody(pool[i % 1000]!);
  const auditNs = ((performance.now() - t) / (N / 4)) * 1e6;
  t = performance.now();
  for (let i = 0; i < N / 4; i++) risk.onBody(pool[i % 1000]!);
  const riskNs = ((performance.now() - t) / (N / 4)) * 1e6;
  t = performance.now();
  for (let i = 0; i < N; i++) fp.fingerprint('13800138000');
  const fpNs = ((performance.now() - t) / N) * 1e6;
  trail.close();
  rmSync(dir, { recursive: true, force: true });
  return `per call: admit ${admitNs.toFixed(0)} ns (100-agent policy, header identity); AuditTrail.onBody ${auditNs.toFixed(0)} ns; RiskEngine.onBody ${riskNs.toFixed(0)} ns (4 findings); fingerprint ${fpNs.toFixed(0)} ns`;
}

// ---- risk memory -----------------------------------------------------------

function riskMemory(): string {
  const gc = exposeGc();
  const policy = staticPolicy(compilePolicyText(agentPolicyText(10_000), 'bench', '/'));
  const risk = new RiskEngine({ metrics: new Metrics({ defaultMetrics: false }), policy });
  const rules = policy.current().agents;
  gc();
  const before = process.memoryUsage().heapUsed;
  const req = (i: number): RequestInfo => ({ method: 'GET', path: `/api/customers/${i}`, query: '', authority: 'a', headers: new Map(), metadata: {} });
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 10_000; i++) {
      const id = `agent-${i}` as AgentId;
      const route = `GET /api/r${round}/{id}` as RouteTemplate;
      risk.check(rules.get(id), id, route, 'user_profile', req(i + round));
      risk.onBody({ streamId: 's', at: 0, route, direction: 'response', agent: id, contentType: 'application/json', bytesIn: 1, bytesOut: 1, findings: [] });
    }
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  return `risk engine: ${risk.trackedAgents} agents × 3 routes each: ${((after - before) / 1024 / 1024).toFixed(1)} MiB heap (${Math.round((after - before) / risk.trackedAgents)} B/agent)`;
}

export async function runAccessBench(): Promise<void> {
  const [app, noop] = await Promise.all([spawnServer('app'), spawnServer('noop')]);
  try {
    for (const c of [1, 16]) console.log(await p99Line(app.address, noop.address, c));
  } finally {
    app.stop();
    noop.stop();
  }
  console.log(perCall());
  for (const line of await auditBurst()) console.log(line);
  console.log(riskMemory());
}

if (require.main === module) void runAccessBench();
