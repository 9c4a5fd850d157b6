import { LLM_DEFAULTS } from '../../src/llm/config';
import { Metrics } from '../../src/metrics/metrics';
import { Profiler, type ProfilerLimits } from '../../src/profile/profiler';
import type { FieldPath, RouteTemplate } from '../../src/types';
import { cnMobile, cnName, exchange } from '../profile/support';
import { answering, OpenAiTestServer, profileFor, sendJson, type Behaviour } from './openai-server';

// A misbehaving LLM must cost the data path nothing: same masked output, same
// time per body as a sidecar with no LLM at all, while the errors are counted
// and the circuit opens; once the endpoint heals, the circuit closes and the
// profile lands.

const LIMITS: Partial<ProfilerLimits> = { profileAfter: 5, perSecond: 1000, burst: 1000, reprofileAfterMs: 20 };
const ROUTES = 4;
const GOOD = answering((req) => profileFor(req, [{ pointer: '/data/c7', type: 'PERSON_NAME', confidence: 0.9 }]));

const MODES: Array<[string, Behaviour, string]> = [
  ['slow (answers after 10 s)', (req, res) => {
    const t = setTimeout(() => GOOD(req, res), 10_000);
    res.on('close', () => clearTimeout(t));
  }, 'timeout'],
  ['down (connection dropped)', (_req, res) => res.socket?.destroy(), 'error'],
  ['returning garbage', answering(() => '<<<not json>>>'), 'invalid'],
  ['violating the schema', answering((req) => profileFor(req, [{ pointer: '/data/c7', type: 'NAME', confidence: 0.9 }])), 'invalid'],
  ['rate-limiting (429)', (_req, res) => sendJson(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '0.05' }), 'rate_limited'],
];

function body(i: number): string {
  return JSON.stringify({ code: 0, data: { uid: i, c7: cnName(i), contact: cnMobile(i), items: [{ sku: `S${i}`, qty: i % 5 }] } });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

describe.each(MODES)('an LLM endpoint %s', (_name, failing, outcome) => {
  let server: OpenAiTestServer;
  beforeEach(async () => {
    server = await OpenAiTestServer.start(failing);
  });
  afterEach(() => server.close());

  it('leaves the data path alone, counts errors, opens the circuit and recovers', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    const withLlm = new Profiler({
      metrics,
      logger: { warn: () => undefined },
      llm: { ...LLM_DEFAULTS, baseURL: server.baseURL, apiKey: 'k', model: 'm', timeoutMs: 250, maxAttempts: 2, backoffMs: 10, breakerThreshold: 2, breakerCooldownMs: 300 },
      limits: LIMITS,
    });
    const reference = new Profiler({ metrics: new Metrics({ defaultMetrics: false }), logger: { warn: () => undefined }, limits: LIMITS });
    withLlm.start();
    reference.start();
    const circuit = async () => (await metrics.llmCircuitOpen.get()).values[0]?.value ?? 0;
    const tLlm: number[] = [];
    const tRef: number[] = [];
    let i = 0;
    const timed = (p: Profiler, path: string, b: string, into: number[]) => {
      const t0 = process.hrtime.bigint();
      const out = exchange(p, 'GET', path, b).body;
      into.push(Number(process.hrtime.bigint() - t0));
      return out;
    };
    const round = (compare: boolean) => {
      for (let r = 0; r < ROUTES; r++, i++) {
        const path = `/api/r${r}/members/${i}`;
        const b = body(i);
        // Alternate who goes first, so neither always meets a cold cache after the event loop ran.
        const [a, ref] = i % 2 === 0
          ? [timed(withLlm, path, b, tLlm), timed(reference, path, b, tRef)]
          : [timed(reference, path, b, tRef), timed(withLlm, path, b, tLlm)].reverse();
        if (compare) expect(a).toBe(ref);
      }
    };
    try {
      let opened = false;
      // Enough bodies for a percentile to mean something, and until the circuit has opened.
      for (let n = 0, deadline = Date.now() + 8_000; (!opened || n < 60) && Date.now() < deadline; n++, await sleep(5)) {
        round(true);
        opened ||= (await circuit()) === 1;
      }
      expect(opened).toBe(true);
      const counted = Object.fromEntries((await metrics.llmRequests.get()).values.map((v) => [v.labels.outcome, v.value]));
      expect(counted[outcome]).toBeGreaterThanOrEqual(1);
      expect(counted.ok).toBeUndefined();

      const p50 = percentile(tLlm, 50) / percentile(tRef, 50);
      const p99 = percentile(tLlm, 99) / percentile(tRef, 99);
      if (process.env.APIWARD_FIGURES) process.stdout.write(`[${_name}] data path ${tLlm.length} bodies: p50 ratio ${p50.toFixed(2)}, p99 ratio ${p99.toFixed(2)}\n`);
      expect(p50).toBeLessThan(1.5);

      server.behaviour = GOOD;
      const route = 'GET /api/r0/members/{id}' as RouteTemplate;
      for (const deadline = Date.now() + 8_000; Date.now() < deadline; await sleep(20)) {
        round(false);
        if (withLlm.fieldMapFor(route).lookup('response', '/data/c7' as FieldPath)?.source === 'llm') break;
      }
      expect(withLlm.fieldMapFor(route).lookup('response', '/data/c7' as FieldPath)?.source).toBe('llm');
      expect(await circuit()).toBe(0);
    } finally {
      await withLlm.close();
      await reference.close();
    }
  });
});
