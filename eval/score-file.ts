import { readFileSync } from 'node:fs';
import { scanCases } from '../src/scan/scan';
import type { CorpusCase } from './corpus/build';
import { MaskCheck, Tally } from './score';

// Scores `apiward scan` on any labelled corpus file in the corpus line format
// (test/corpus/README.md), with and without route history: per-type P/R/F1,
// micro F1, hard-negative hits and the masking check. No peers, no timing.
//   npx tsc -p tsconfig.tools.json && node build/eval/score-file.js test/corpus/blind.jsonl [--errors]

function main(): void {
  const file = process.argv[2];
  if (file === undefined || file.startsWith('--')) {
    process.stderr.write('usage: node build/eval/score-file.js CORPUS.jsonl [--errors | --errors-no-history]\n');
    process.exit(2);
  }
  const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as CorpusCase);
  const pct = (a: number, b: number) => `${((a / Math.max(1, b)) * 100).toFixed(1)}% (${a}/${b})`;
  for (const history of [true, false]) {
    const tally = new Tally();
    const mask = new MaskCheck();
    scanCases(cases, { history }).forEach((r, i) => {
      tally.add(cases[i]!, r.findings.map((f) => ({ pointer: f.pointer, type: f.type, confidence: f.confidence })));
      mask.add(cases[i]!, r.body);
    });
    process.stdout.write(`${file}: ${cases.length} cases, apiward scan${history ? '' : ' --no-history'}\n`);
    process.stdout.write(`  micro F1 ${tally.micro().toFixed(3)}, macro F1 ${tally.macro().toFixed(3)}; hard negatives flagged ${pct(tally.hardNegativeHits, tally.hardNegatives)}\n`);
    process.stdout.write(`  labelled values gone ${pct(mask.labelledGone, mask.labelled)}; other leaves intact ${pct(mask.othersIntact, mask.others)}; valid JSON ${pct(mask.validJson, mask.cases)}\n`);
    for (const t of tally.typesWithSupport()) {
      const m = tally.f1(t);
      process.stdout.write(`  ${t.padEnd(19)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}  support ${m.support}\n`);
    }
    if (process.argv.includes(history ? '--errors' : '--errors-no-history')) process.stdout.write(tally.errors.sort().join('\n') + '\n');
  }
}

main();
