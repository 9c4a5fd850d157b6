import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CN_SHAPES } from './shapes-cn';
import { INTL_SHAPES } from './shapes-intl';
import type { WildCase } from './tree';
import { serialise } from './tree';
import { Rng } from './values';

// Writes test/corpus/wild.jsonl: an outsider's corpus, written without the
// classifier's vocabularies or the main generator, to check generalisation.
// Usage: npx tsc -p tsconfig.tools.json && node build/eval/wild/gen.js [seed]

const PER_SHAPE = 9;

export function generateWild(seed: number): WildCase[] {
  const r = new Rng(seed);
  const out: WildCase[] = [];
  for (const s of [...INTL_SHAPES, ...CN_SHAPES]) {
    for (let i = 0; i < PER_SHAPE; i++) {
      const { body, labels, hardNegatives } = serialise(s.make(r), r.pick([0, 0, 2]));
      out.push({ id: `wild-${s.shape}-${i}`, method: s.method, path: s.path(r), direction: s.direction ?? 'response', contentType: s.contentType ?? 'application/json',
        body, labels, hardNegatives, split: 'wild', shape: s.shape });
    }
  }
  return out;
}

if (require.main === module) {
  const seed = Number(process.argv[2] ?? 20261128);
  const file = join(__dirname, '..', '..', '..', 'test', 'corpus', 'wild.jsonl');
  const cases = generateWild(seed);
  writeFileSync(file, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  process.stdout.write(`${cases.length} cases, ${cases.reduce((n, c) => n + c.labels.length, 0)} labels, ${cases.reduce((n, c) => n + c.hardNegatives.length, 0)} hard negatives -> ${file}\n`);
}
