import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createClassifier } from '../src/classify';
import { recalling } from '../src/classify/recall';
import { JsonMasker, type JsonMaskerOptions } from '../src/json/masker';
import { createLeafMasker } from '../src/mask/leaf-masker';
import { createOperators } from '../src/mask/operators';
import { StrategyResolver } from '../src/mask/resolver';
import type { AgentContext, CompiledFieldMap, LeafClassifier, RouteTemplate, SensitiveType } from '../src/types';
import { endlessListChunks, listBody, rng } from './fixtures';
import { exposeGc } from './gc';

// JsonMasker throughput against JSON.parse + JSON.stringify of the same bytes
// (Buffer → string → parse → stringify → Buffer, what a naive proxy would do),
// measured in the same process as CPU time, rounds interleaved, median round taken. Then peak
// RSS growth while a 100 MB body streams through in 64 KB chunks.
// Each section runs in a fresh process: a sidecar runs one classifier, and a masker whose call
// sites have already seen another one (the key-set stand-in) would be measured slower than it runs.
//   npm run bench -- masker

const ROUTE = 'GET /api/v2/users' as RouteTemplate;
const FIELD_MAP: CompiledFieldMap = { route: ROUTE, version: 0, isEmpty: true, lookup: () => undefined };
const AGENT: AgentContext = { id: null, known: false, reveal: new Set(), strategies: new Map(), maskAll: false };
const CHUNK = 64 * 1024;
const operators = createOperators({ hashKey: Buffer.alloc(32, 1) });
const resolver = new StrategyResolver();

/** A processor per body, built the way the server builds one per stream. */
function masker(classifier: LeafClassifier, observeLeaf?: JsonMaskerOptions['observeLeaf']): JsonMasker {
  return new JsonMasker({
    // Per body, as Inspection.leaves gives it: the classifier that recalls the body's names.
    classifier: recalling(classifier), fieldMap: FIELD_MAP, direction: 'response', onFinding: () => undefined, observeLeaf,
    mask: createLeafMasker({ operators, resolver, agent: AGENT, route: ROUTE, fingerprint: () => 'fp' }),
  });
}

function maskAll(classifier: LeafClassifier, bodies: readonly Buffer[], chunk: number): number {
  let out = 0;
  for (const body of bodies) {
    const m = masker(classifier);
    for (let at = 0; at < body.length; at += chunk) out += m.push(body.subarray(at, at + chunk)).length;
    out += m.end().length;
  }
  return out;
}

function parseStringify(bodies: readonly Buffer[]): number {
  let out = 0;
  for (const body of bodies) out += Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8')))).length;
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** CPU seconds (all threads, GC included) spent in fn: steadier than wall time on a machine shared with other work. */
function cpuSeconds(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
}

/** Median CPU seconds per round of each contender, rounds interleaved so drift hits both alike. */
function race(rounds: number, warmUp: boolean, a: () => unknown, b: () => unknown): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  if (warmUp) {
    a();
    b();
  }
  for (let i = 0; i < rounds; i++) {
    ta.push(cpuSeconds(a));
    tb.push(cpuSeconds(b));
  }
  return [median(ta), median(tb)];
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** Each timed round covers at least this many bytes, so that one round is not a scheduler's tick. */
const MIN_ROUND_BYTES = 4 << 20;

function throughput(label: string, classifier: LeafClassifier, bodies: Buffer[], rounds: number, target: string): void {
  const once = bodies.reduce((n, b) => n + b.length, 0);
  const repeat = Math.max(1, Math.ceil(MIN_ROUND_BYTES / once));
  const bytes = once * repeat;
  const times = (f: () => number) => () => {
    for (let i = 0; i < repeat; i++) f();
  };
  const [ours, base] = race(rounds, bodies.length > 1, times(() => maskAll(classifier, bodies, CHUNK)), times(() => parseStringify(bodies)));
  console.log(
    `masker ${label}: ${mb(bytes / ours)} MB/s, JSON.parse+stringify ${mb(bytes / base)} MB/s, ratio ${(base / ours).toFixed(2)}x (${target})`,
  );
}

function countSensitive(classifier: LeafClassifier, bodies: readonly Buffer[]): { leaves: number; flagged: number } {
  let leaves = 0;
  let flagged = 0;
  for (const body of bodies) {
    const m = masker(classifier, (_leaf, spans) => {
      leaves++;
      if (spans !== null && spans.length > 0) flagged++;
    });
    m.push(body);
    m.end();
  }
  return { leaves, flagged };
}

/** Stands in for a classifier that costs nothing: flags the generator's sensitive keys, whole value. */
const SENSITIVE_KEYS: ReadonlyMap<string, SensitiveType> = new Map<string, SensitiveType>([
  ['phone', 'PHONE_NUMBER'], ['email', 'EMAIL_ADDRESS'], ['idCard', 'CN_RESIDENT_ID'], ['bankCard', 'PAYMENT_CARD'], ['name', 'PERSON_NAME'],
]);
const keyClassifier: LeafClassifier = {
  classify(leaf) {
    const type = leaf.key === undefined ? undefined : SENSITIVE_KEYS.get(leaf.key);
    return type === undefined ? null : [{ start: 0, end: leaf.value.length, type, confidence: 1, source: 'config' }];
  },
};

function rssGrowth(classifier: LeafClassifier): void {
  const gc = exposeGc();
  const chunks = endlessListChunks(rng(7), 100 * 1024 * 1024, CHUNK);
  const m = masker(classifier);
  m.push(chunks.next().value!); // the generator builds its record block on first use: not the masker's memory
  gc();
  const before = process.memoryUsage.rss();
  let peak = before;
  let fed = 0;
  const t = performance.now();
  for (const c of chunks) {
    m.push(c);
    fed += c.length;
    peak = Math.max(peak, process.memoryUsage.rss());
  }
  m.end();
  const s = (performance.now() - t) / 1000;
  console.log(`masker 100 MB body in 64 KB chunks (key-set classifier): ${mb(fed / s)} MB/s, peak RSS growth ${mb(peak - before)} MB (the body itself is never held)`);
}

const SIZES = [1024, 2048, 4096, 8192];
const smallBodies = (): Buffer[] => {
  const r = rng(42);
  return SIZES.flatMap((size) => Array.from({ length: Math.round((512 << 10) / size) }, () => listBody(r, size)));
};
const bigBody = (): Buffer[] => [listBody(rng(9), 16 << 20)];

const SECTIONS: Record<string, () => void> = {
  rss: () => rssGrowth(keyClassifier),
  'hot-path': () => {
    throughput('1-8 KB bodies, hot path', keyClassifier, smallBodies(), 7, 'target >= 0.5x, aim >= 1x');
    throughput('16 MB body in 64 KB chunks, hot path', keyClassifier, bigBody(), 3, 'target >= 0.4x');
  },
  classifier: () => {
    const real = createClassifier();
    const small = smallBodies();
    const { leaves, flagged } = countSensitive(real, small);
    console.log(`masker small bodies: ${small.length} bodies of 1-8 KB, ${mb(small.reduce((n, b) => n + b.length, 0))} MB, ${leaves} leaves, ${((flagged / leaves) * 100).toFixed(1)}% flagged by the real classifier`);
    throughput('1-8 KB bodies', real, small, 7, 'target >= 0.5x, aim >= 1x');
    for (const size of SIZES) {
      const bodies = small.filter((b) => b.length >= size * 0.75 && b.length < size * 1.5);
      throughput(`${size / 1024} KB bodies`, real, bodies, 7, 'target >= 0.5x, aim >= 1x');
    }
    throughput('16 MB body in 64 KB chunks', real, bigBody(), 3, 'target >= 0.4x');
  },
};

export function runMaskerBench(): void {
  console.log('masker classifier: real createClassifier() from src/classify; lines marked "hot path" use a key-set classifier instead (tokenizer + path + masking + splice, no detection)');
  for (const section of Object.keys(SECTIONS)) execFileSync(process.execPath, [__filename, section], { stdio: 'inherit' });
}

if (require.main === module) {
  const section = process.argv[2];
  const run = section === undefined ? runMaskerBench : SECTIONS[section];
  if (run === undefined) throw new Error(`masker bench: unknown section ${section}; known: ${Object.keys(SECTIONS).join(', ')}`);
  run();
}
