import { performance } from 'node:perf_hooks';
import { createClassifier } from '../src/classify';
import type { BodyContext, BodyProcessor } from '../src/extproc/deps';
import { selectByMediaType } from '../src/extproc/codec';
import { framedBodies } from '../src/framing/bodies';
import { Inspection } from '../src/framing/inspection';
import { JsonMasker } from '../src/json/masker';
import { createLeafMasker } from '../src/mask/leaf-masker';
import { createOperators, hashOperator } from '../src/mask/operators';
import { StrategyResolver } from '../src/mask/resolver';
import { TokenCipher } from '../src/tokens/cipher';
import { Detokenizer } from '../src/tokens/detokenizer';
import { skipTokens, tokenOperator } from '../src/tokens/operator';
import type { AgentContext, AgentId, CompiledFieldMap, RouteTemplate } from '../src/types';
import { record, rng } from './fixtures';

// SSE (and NDJSON) masking against the plain JSON masker over the same
// records in the same run: the records as one JSON list body vs the same
// records as SSE events / NDJSON lines, 64 KB chunks, rounds interleaved,
// median taken. Then the per-value cost of creating and restoring a token,
// beside the `hash` operator (one HMAC) as a reference.
//   npm run bench -- sse

const ROUTE = 'GET /api/v2/users/stream' as RouteTemplate;
const FIELD_MAP: CompiledFieldMap = { route: ROUTE, version: 0, isEmpty: true, lookup: () => undefined };
const AGENT: AgentContext = { id: 'bench-bot' as AgentId, known: true, reveal: new Set(), strategies: new Map(), maskAll: false };
const CHUNK = 64 * 1024;
const cipher = new TokenCipher(Buffer.alloc(32, 5));

function processors(): (contentType: string) => BodyProcessor {
  const operators = new Map([...createOperators({ hashKey: Buffer.alloc(32, 1) }), ['token', tokenOperator(cipher)] as const]);
  const resolver = new StrategyResolver();
  const classifier = skipTokens(createClassifier());
  const inspection = new Inspection({
    classifier,
    leafMasker: (agent, route) => createLeafMasker({ operators, resolver, agent, route, fingerprint: () => 'fp' }),
    outboundAction: () => 'mask',
    detokenizes: () => false,
    detokenizer: new Detokenizer(cipher),
    fingerprint: () => 'fp',
    fieldMapFor: () => FIELD_MAP,
    sink: { onBody: () => undefined },
  });
  // Built as src/app.ts builds them (minus the profiler's sampling).
  const json = (ctx: BodyContext, leaves = inspection.leaves(ctx)): BodyProcessor => {
    return new JsonMasker({ classifier: leaves.classifier, mask: leaves.mask, fieldMap: ctx.fieldMap, direction: ctx.direction, onFinding: ctx.onFinding });
  };
  const select = selectByMediaType([[(t) => t === 'application/json', json], ...framedBodies({ json, leaves: (ctx) => inspection.leaves(ctx), maxRecordBytes: 1 << 20 })]);
  return (contentType) =>
    select({ streamId: 'b', route: ROUTE, direction: 'response', agent: AGENT, contentType, fieldMap: FIELD_MAP, onFinding: () => undefined })!;
}

function maskBody(open: () => BodyProcessor, body: Buffer): number {
  const p = open();
  let out = 0;
  for (let at = 0; at < body.length; at += CHUNK) out += p.push(body.subarray(at, at + CHUNK)).length;
  return out + p.end().length;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function race(rounds: number, contenders: ReadonlyArray<() => unknown>): number[] {
  const times: number[][] = contenders.map(() => []);
  contenders.forEach((c) => c());
  for (let i = 0; i < rounds; i++) {
    contenders.forEach((c, k) => {
      const t = performance.now();
      c();
      times[k]!.push((performance.now() - t) / 1000);
    });
  }
  return times.map(median);
}

function perValue(n: number, f: (i: number) => unknown): number {
  f(0);
  const t = performance.now();
  for (let i = 0; i < n; i++) f(i);
  return ((performance.now() - t) * 1000) / n;
}

export function runSseBench(): void {
  const open = processors();
  const r = rng(11);
  const records = Array.from({ length: 4000 }, (_, i) => JSON.stringify(record(r, i)));
  const list = Buffer.from(`{"data":[${records.join(',')}]}`);
  const sse = Buffer.from(records.map((rec, i) => `id: ${i}\nevent: user\ndata: ${rec}\n\n`).join(''));
  const ndjson = Buffer.from(records.map((rec) => rec + '\n').join(''));
  const [tJson, tSse, tNd] = race(9, [
    () => maskBody(() => open('application/json'), list),
    () => maskBody(() => open('text/event-stream'), sse),
    () => maskBody(() => open('application/x-ndjson'), ndjson),
  ]);
  const mbs = (bytes: number, s: number) => (bytes / s / 1024 / 1024).toFixed(1);
  const n = records.length;
  console.log(`sse: ${n} records (~${Math.round(list.length / n)} B each, ~2 sensitive values per record), 64 KB chunks, median of 9 interleaved rounds`);
  console.log(`sse plain JSON masker (one list body): ${mbs(list.length, tJson!)} MB/s, ${Math.round(n / tJson!)} records/s`);
  console.log(`sse text/event-stream: ${mbs(sse.length, tSse!)} MB/s, ${Math.round(n / tSse!)} events/s, ratio ${(tJson! / tSse!).toFixed(2)}x of the JSON masker's record rate`);
  console.log(`sse application/x-ndjson: ${mbs(ndjson.length, tNd!)} MB/s, ${Math.round(n / tNd!)} lines/s, ratio ${(tJson! / tNd!).toFixed(2)}x of the JSON masker's record rate`);

  const phones = Array.from({ length: 20_000 }, (_, i) => `138${String(10_000_000 + i * 37).slice(0, 8)}`);
  const agent = AGENT.id;
  const tokens = phones.map((p) => cipher.seal(agent, 'PHONE_NUMBER', p)!);
  const detok = new Detokenizer(cipher);
  const hash = hashOperator(Buffer.alloc(32, 1));
  const ctx = { agent: AGENT, route: ROUTE };
  const tHash = perValue(phones.length, (i) => hash.apply(phones[i]!, 'PHONE_NUMBER', ctx));
  const tSeal = perValue(phones.length, (i) => cipher.seal(agent, 'PHONE_NUMBER', phones[i]!));
  const tOpen = perValue(tokens.length, (i) => detok.find(tokens[i]!, agent));
  const tRefuse = perValue(tokens.length, (i) => detok.find(tokens[i]!, 'other-bot' as AgentId));
  console.log(`tokens: create ${tSeal.toFixed(2)} µs/value, restore ${tOpen.toFixed(2)} µs/value, refuse (other agent) ${tRefuse.toFixed(2)} µs/value; hash operator ${tHash.toFixed(2)} µs/value (create ${(tSeal / tHash).toFixed(1)}x hash)`);
}

if (require.main === module) runSseBench();
