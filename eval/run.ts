import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '../src/classify';
import { recalling } from '../src/classify/recall';
import { JsonMasker } from '../src/json/masker';
import { createLeafMasker } from '../src/mask/leaf-masker';
import { createOperators } from '../src/mask/operators';
import { StrategyResolver } from '../src/mask/resolver';
import { UNKNOWN_CONTEXT } from '../src/policy/compile';
import type { ScanResult } from '../src/scan/scan';
import { scanCases } from '../src/scan/scan';
import { SENSITIVE_TYPES } from '../src/types';
import type { CompiledFieldMap, RouteTemplate, SensitiveType } from '../src/types';
import type { CorpusCase } from './corpus/build';
import type { Peer } from './peers';
import { openRedaction, redactPii, typesInRedacted } from './peers';
import type { Prediction } from './score';
import { leafAt, leafPointers, MaskCheck, Tally } from './score';

// `npm run eval`: the labeled corpus through `scan` (the data path's
// classifier and masker), side by side with two peer libraries, in one run.
// Usage: node build/eval/run.js [--peer-every N]  (peers on every Nth case; default 1)

interface Run {
  name: string;
  main: Tally;
  heldout: Tally;
  /** main + heldout: the targets below are judged on these; the wild split is reported beside them. */
  all: Tally;
  wild: Tally;
  mask: MaskCheck;
  maskMain: MaskCheck;
  maskWild: MaskCheck;
  seconds: number;
  /** One timed pass over its cases (the head-to-head below repeats it). */
  pass?: () => unknown;
}

/** test/corpus/wild.jsonl (eval/wild/) is an outsider's corpus: its cases carry split `wild`. */
const isWild = (c: CorpusCase) => c.split === 'wild';

function load(): CorpusCase[] {
  const dir = join(__dirname, '..', '..', 'test', 'corpus');
  return ['main.jsonl', 'heldout.jsonl', 'wild.jsonl'].flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as CorpusCase));
}

function newRun(name: string): Run {
  return { name, main: new Tally(), heldout: new Tally(), all: new Tally(), wild: new Tally(), mask: new MaskCheck(), maskMain: new MaskCheck(), maskWild: new MaskCheck(), seconds: 0 };
}
function record(run: Run, c: CorpusCase, preds: Prediction[], masked: string | null | undefined): void {
  if (isWild(c)) {
    run.wild.add(c, preds);
    if (masked !== undefined) run.maskWild.add(c, masked);
    return;
  }
  run[c.split].add(c, preds);
  run.all.add(c, preds);
  if (masked !== undefined) {
    run.mask.add(c, masked);
    if (c.split === 'main') run.maskMain.add(c, masked);
  }
}

/**
 * Seconds for the fastest pass, every contender under the same rule: passes repeat until at
 * least two have run and TIME_BUDGET_S has gone by (at most MAX_PASSES). The first pass warms
 * the JIT; a small corpus needs several before the code a long-running sidecar would run is
 * optimised, and a slow peer still gets its second, warm pass.
 */
const TIME_BUDGET_S = 3;
const MAX_PASSES = 25;
async function timed<T>(f: () => T | Promise<T>): Promise<[T, number]> {
  let best = Infinity;
  let out: T | undefined;
  const start = process.hrtime.bigint();
  for (let i = 0; i < MAX_PASSES && (i < 2 || Number(process.hrtime.bigint() - start) / 1e9 < TIME_BUDGET_S); i++) {
    const t0 = process.hrtime.bigint();
    out = await f();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return [out!, best];
}

/**
 * The fastest pass of each contender, their turns alternating round by round so that a change
 * in the shared host's load hits all of them alike (each solo timing above ran in its own few
 * seconds, at whatever load the host had then). A turn is a stretch of time, the same for every
 * contender, not one pass: throughput is what a contender sustains, and a turn of one pass would
 * time a 50 ms pass only ever right after a second of another library's work (its caches and
 * heap), where a 500 ms pass warms up within itself.
 */
const HEAD_TO_HEAD_ROUNDS = 8;
const TURN_SECONDS = 0.6;
async function headToHead(passes: ReadonlyArray<() => unknown>): Promise<number[]> {
  const best = passes.map(() => Infinity);
  for (let r = 0; r < HEAD_TO_HEAD_ROUNDS; r++) {
    for (let i = 0; i < passes.length; i++) {
      const turn = process.hrtime.bigint();
      do {
        const t0 = process.hrtime.bigint();
        await passes[i]!();
        best[i] = Math.min(best[i]!, Number(process.hrtime.bigint() - t0) / 1e9);
      } while (Number(process.hrtime.bigint() - turn) / 1e9 < TURN_SECONDS);
    }
  }
  return best;
}

async function apiward(name: string, cases: CorpusCase[], scan: () => ScanResult[]): Promise<Run> {
  const run = newRun(name);
  const [results, seconds] = await timed(scan);
  run.seconds = seconds;
  results.forEach((r, i) => record(run, cases[i]!, r.findings.map((f) => ({ pointer: f.pointer, type: f.type, confidence: f.confidence })), r.body));
  return run;
}

/** The data path alone (streaming JSON masker + a body's classifier, no scan bookkeeping), for the throughput row. */
async function dataPath(cases: CorpusCase[]): Promise<Run> {
  const run = newRun('apiward data path');
  const classifier = createClassifier();
  const mask = createLeafMasker({ operators: createOperators({ hashKey: Buffer.alloc(32, 7) }), resolver: new StrategyResolver(), agent: UNKNOWN_CONTEXT, route: 'GET /eval' as RouteTemplate, fingerprint: () => '' });
  const fieldMap: CompiledFieldMap = { route: 'GET /eval' as RouteTemplate, version: 0, isEmpty: true, lookup: () => undefined };
  const bodies = cases.map((c) => Buffer.from(c.body));
  // Bytes in, bytes out, as the sidecar hands them back to Envoy; decoding them for the masking check is not timed.
  const pass = () => {
    const outs: Uint8Array[][] = [];
    for (let i = 0; i < bodies.length; i++) {
      const m = new JsonMasker({ classifier: recalling(classifier), fieldMap, direction: cases[i]!.direction, mask, onFinding: () => {} });
      outs.push([m.push(bodies[i]!), m.end()]);
    }
    return outs;
  };
  const [chunks, seconds] = await timed(pass);
  run.seconds = seconds;
  run.pass = pass;
  const outs = chunks.map((c) => Buffer.concat(c).toString('utf8'));
  outs.forEach((o, i) => (isWild(cases[i]!) ? run.maskWild : run.mask).add(cases[i]!, o));
  return run;
}

async function peerPerLeaf(peer: Peer, cases: CorpusCase[]): Promise<Run> {
  const run = newRun(`${peer.name} (per leaf)`);
  const leaves = cases.map((c) => {
    const doc = JSON.parse(c.body) as unknown;
    return leafPointers(doc).map((p) => [p, leafAt(doc, p)] as const).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  });
  const pass = async () => {
    const all: Prediction[][] = [];
    for (const ls of leaves) {
      const preds: Prediction[] = [];
      for (const [p, v] of ls) for (const t of await peer.detect(String(v))) preds.push({ pointer: p, type: t });
      all.push(preds);
    }
    return all;
  };
  const [preds, seconds] = await timed(pass);
  run.seconds = seconds;
  run.pass = pass;
  cases.forEach((c, i) => record(run, c, preds[i]!, undefined));
  return run;
}

async function peerWholeBody(peer: Peer, cases: CorpusCase[]): Promise<Run> {
  const run = newRun(`${peer.name} (whole body)`);
  const pass = async () => {
    const outs: string[] = [];
    for (const c of cases) outs.push(await peer.redact(c.body));
    return outs;
  };
  const [outputs, seconds] = await timed(pass);
  run.seconds = seconds;
  run.pass = pass;
  cases.forEach((c, i) => {
    const redacted = outputs[i]!;
    const preds: Prediction[] = [];
    let out: unknown;
    try {
      out = JSON.parse(redacted);
    } catch {
      out = undefined;
    }
    const doc = JSON.parse(c.body) as unknown;
    if (out !== undefined) {
      for (const p of leafPointers(doc)) {
        const before = leafAt(doc, p);
        const after = leafAt(out, p);
        if (Object.is(before, after)) continue;
        for (const t of typesInRedacted(peer.name, String(before), String(after))) preds.push({ pointer: p, type: t });
      }
    }
    record(run, c, preds, out === undefined ? null : redacted);
  });
  return run;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';
const f3 = (x: number) => x.toFixed(3);

function report(runs: Run[], bytesOf: (r: Run) => number, reference: number): void {
  const [ours] = runs;
  const out: string[] = [];
  out.push('Per-type F1 (all cases; apiward also P/R and support)');
  out.push(['type'.padEnd(19), 'support', ' P    ', ' R    ', ...runs.map((r) => r.name.slice(0, 26).padStart(27))].join(' '));
  for (const t of ours!.all.typesWithSupport()) {
    const m = ours!.all.f1(t);
    out.push([t.padEnd(19), String(m.support).padStart(7), f3(m.p), ' ' + f3(m.r), ...runs.map((r) => (r.all.produced.has(t) || r === ours ? f3(r.all.f1(t).f1) : '  —  ').padStart(27))].join(' '));
  }
  out.push('');
  out.push('Per-type F1 by split (apiward scan), wild with P/R and support');
  out.push(['type'.padEnd(19), '   main', 'heldout', '  wild P', '  wild R', ' wild F1', 'support'].join(' '));
  for (const t of SENSITIVE_TYPES) {
    const w = ours!.wild.f1(t), cell = (x: Tally) => (x.f1(t).support ? f3(x.f1(t).f1) : '  —  ').padStart(7);
    if (w.support || ours!.wild.produced.has(t)) out.push([t.padEnd(19), cell(ours!.main), cell(ours!.heldout), f3(w.p).padStart(8), f3(w.r).padStart(8), f3(w.f1).padStart(8), String(w.support).padStart(7)].join(' '));
  }
  out.push('');
  out.push(['metric'.padEnd(36), ...runs.map((r) => r.name.slice(0, 26).padStart(27))].join(' '));
  const row = (label: string, f: (r: Run) => string) => out.push([label.padEnd(36), ...runs.map((r) => f(r).padStart(27))].join(' '));
  row('micro F1 (all)', (r) => f3(r.all.micro()));
  row('macro F1 (all)', (r) => f3(r.all.macro()));
  row('micro F1 (main split)', (r) => f3(r.main.micro()));
  row('micro F1 (held-out key names)', (r) => f3(r.heldout.micro()));
  row('micro F1 (wild split)', (r) => f3(r.wild.micro()));
  row('hard-negative FP rate', (r) => `${pct(r.all.hardNegativeRate())} (${r.all.hardNegativeHits}/${r.all.hardNegatives})`);
  row('hard-negative FP rate (wild split)', (r) => `${pct(r.wild.hardNegativeRate())} (${r.wild.hardNegativeHits}/${r.wild.hardNegatives})`);
  row('mask: labelled values gone', (r) => (r.mask.cases ? `${pct(r.mask.labelledGone / r.mask.labelled)}` : 'n/a'));
  row('mask: labelled gone (main split)', (r) => (r.maskMain.cases ? `${pct(r.maskMain.labelledGone / r.maskMain.labelled)}` : 'n/a'));
  row('mask: labelled gone (wild split)', (r) => (r.maskWild.cases ? `${pct(r.maskWild.labelledGone / r.maskWild.labelled)}` : 'n/a'));
  row('mask: other leaves intact', (r) => (r.mask.cases ? `${pct(r.mask.othersIntact / r.mask.others)}` : 'n/a'));
  row('mask: body still valid JSON', (r) => (r.mask.cases ? `${pct(r.mask.validJson / r.mask.cases)}` : 'n/a'));
  row('throughput MB/s', (r) => (bytesOf(r) / 1e6 / r.seconds).toFixed(2));
  row('throughput vs JSON.parse+stringify', (r) => `${(bytesOf(r) / r.seconds / reference).toFixed(3)}x`);
  out.push('');
  out.push('Calibration of apiward confidence (findings per bucket, share correct):');
  for (const [b, [ok, n]] of [...ours!.all.calibration].sort((a, b) => a[0] - b[0])) out.push(`  ${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)}: ${String(n).padStart(5)} findings, ${pct(ok / n)} correct`);
  process.stdout.write(out.join('\n') + '\n');
}

function worstTypes(run: Run, split: 'all' | 'wild' = 'all'): string {
  return run[split].typesWithSupport().map((t) => [t, run[split].f1(t)] as const).filter(([, m]) => m.f1 < 0.93)
    .map(([t, m]) => `${t} P=${f3(m.p)} R=${f3(m.r)}`).join('; ') || 'none';
}

/** Types every peer covers (a peer covers a type when any of its modes produced it). */
function bothCover(peerRuns: Run[]): SensitiveType[] {
  const byPeer = new Map<string, Set<SensitiveType>>();
  for (const r of peerRuns) {
    const peer = r.name.split(' (')[0]!;
    const s = byPeer.get(peer) ?? new Set<SensitiveType>();
    for (const t of r.all.produced) s.add(t);
    byPeer.set(peer, s);
  }
  const [first, ...rest] = [...byPeer.values()];
  return [...(first ?? [])].filter((t) => rest.every((s) => s.has(t)));
}

async function main(): Promise<void> {
  const every = Number(process.argv[process.argv.indexOf('--peer-every') + 1] ?? 1) || 1;
  const cases = load();
  const bytes = (cs: CorpusCase[]) => cs.reduce((n, c) => n + Buffer.byteLength(c.body), 0);
  const [, refSeconds] = await timed(() => {
    for (const c of cases) JSON.stringify(JSON.parse(c.body));
  });
  const reference = bytes(cases) / refSeconds;

  // `scan` reads the whole input as route history first; --no-history decides one body at a time.
  const withHistory = await apiward('apiward scan', cases, () => scanCases(cases));
  const plain = await apiward('apiward scan --no-history', cases, () => scanCases(cases, { history: false }));
  const peerCases = cases.filter((_, i) => i % every === 0);
  const runs = [withHistory, plain];
  const path = await dataPath(cases);
  for (const peer of [openRedaction(), redactPii()]) {
    runs.push(await peerPerLeaf(peer, peerCases));
    runs.push(await peerWholeBody(peer, peerCases));
  }
  process.stdout.write(`corpus: ${cases.length} cases (${cases.filter((c) => c.split === 'heldout').length} with held-out key names, ${cases.filter(isWild).length} wild), ${(bytes(cases) / 1e6).toFixed(2)} MB; peers on ${peerCases.length} cases\n\n`);
  report(runs, (r) => bytes(r.name.startsWith('apiward') ? cases : peerCases), reference);
  const mbs = (r: Run, cs: CorpusCase[]) => bytes(cs) / 1e6 / r.seconds;
  const fastestPeer = Math.max(...runs.slice(2).map((r) => mbs(r, peerCases)));
  // The 10x target is judged head to head against the two peer modes that were fastest alone.
  const rivals = runs.slice(2).sort((a, b) => mbs(b, peerCases) - mbs(a, peerCases)).slice(0, 2);
  const h2h = await headToHead([path.pass!, ...rivals.map((r) => r.pass!)]);
  const h2hPath = bytes(cases) / 1e6 / h2h[0]!;
  const h2hPeers = rivals.map((r, i) => [r.name, bytes(peerCases) / 1e6 / h2h[i + 1]!] as const);
  const h2hRatio = h2hPath / Math.max(...h2hPeers.map(([, v]) => v));
  process.stdout.write(`data path (JsonMasker + classifier, no history): ${mbs(path, cases).toFixed(2)} MB/s = ${(bytes(cases) / path.seconds / reference).toFixed(3)}x JSON.parse+stringify, ` +
    `${(mbs(path, cases) / fastestPeer).toFixed(1)}x the fastest peer mode (solo timings); labelled values gone ${pct(path.mask.labelledGone / path.mask.labelled)}, valid JSON ${pct(path.mask.validJson / path.mask.cases)}; ` +
    `wild: labelled values gone ${pct(path.maskWild.labelledGone / path.maskWild.labelled)}, valid JSON ${pct(path.maskWild.validJson / path.maskWild.cases)}\n`);
  process.stdout.write(`head to head (${HEAD_TO_HEAD_ROUNDS} interleaved rounds of ${TURN_SECONDS} s turns, fastest pass each): data path ${h2hPath.toFixed(2)} MB/s; ` +
    `${h2hPeers.map(([n, v]) => `${n} ${v.toFixed(2)} MB/s`).join(', ')}; ${h2hRatio.toFixed(1)}x the faster\n`);
  process.stdout.write(`\ntypes below F1 0.93 (apiward scan): ${worstTypes(withHistory)}\n`);
  process.stdout.write(`types below F1 0.93 on the wild split (apiward scan): ${worstTypes(withHistory, 'wild')}\n`);
  const targets: Array<[string, boolean]> = [
    ['micro F1 >= 0.97', withHistory.all.micro() >= 0.97],
    ['every type F1 >= 0.93', withHistory.all.typesWithSupport().every((t: SensitiveType) => withHistory.all.f1(t).f1 >= 0.93)],
    ['hard-negative FP <= 1%', withHistory.all.hardNegativeRate() <= 0.01],
    ['labelled values all masked, bodies valid', withHistory.mask.labelledGone === withHistory.mask.labelled && withHistory.mask.validJson === withHistory.mask.cases],
    [`higher F1 than every peer mode on each type both peers cover (${bothCover(runs.slice(2)).join(', ')})`, bothCover(runs.slice(2)).every((t) => runs.slice(2).every((r) => withHistory.all.f1(t).f1 > r.all.f1(t).f1))],
    ['data path >= 10x the fastest peer mode (head to head)', h2hRatio >= 10],
  ];
  for (const [label, ok] of targets) process.stdout.write(`${ok ? 'MET    ' : 'NOT MET'} ${label}\n`);
  if (process.argv.includes('--errors')) process.stdout.write('\n' + withHistory.all.errors.sort().join('\n') + '\n');
  if (process.argv.includes('--errors')) process.stdout.write('\nwild split:\n' + withHistory.wild.errors.sort().join('\n') + '\n');
}

void main();
