import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusCase, KeyStyle } from './corpus/build';
import { serialise } from './corpus/build';
import type { ApiShape } from './corpus/ctx';
import { KeyChooser } from './corpus/keys';
import { Rng } from './corpus/rng';
import { FINANCE } from './corpus/shapes-finance';
import { INDUSTRY } from './corpus/shapes-industry';
import { PLATFORM } from './corpus/shapes-platform';
import { SERVICES } from './corpus/shapes-services';

// Writes test/corpus/{main,heldout}.jsonl: every API shape in several
// variants (key synonyms, naming conventions, formatting, optional fields).
// Deterministic for a seed. Usage: node build/eval/gen-corpus.js [seed]

export const SHAPES: readonly ApiShape[] = [...FINANCE, ...SERVICES, ...INDUSTRY, ...PLATFORM];
const STYLES: KeyStyle[] = ['camel', 'snake', 'snake', 'camel', 'kebab', 'upper', 'pascal'];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/vnd.api+json'];

export function generate(seed: number, perShape: Record<'main' | 'heldout', [instances: number, casesEach: number]>): CorpusCase[] {
  const r = new Rng(seed);
  const out: CorpusCase[] = [];
  for (const shape of SHAPES) {
    let counter = r.int(1000, 90000);
    const seq = (): number => (counter += r.int(1, 3));
    for (const split of ['main', 'heldout'] as const) {
      // Each API instance (its own route prefix) has one key vocabulary, naming style and formatting.
      const [instances, perInstance] = perShape[split];
      for (let inst = 0; inst < instances; inst++) {
        const k = new KeyChooser(r, split, r.pick(STYLES));
        const indent = r.chance(0.5) ? 0 : 2;
        const contentType = r.pick(CONTENT_TYPES);
        for (let i = 0; i < perInstance; i++) {
          const s = shape.build({ r, k, seq });
          const { body, labels, hardNegatives } = serialise(s.body, indent);
          out.push({
            id: `${shape.name}-${split}-${inst * perInstance + i}`, method: s.method, path: `/${split === 'main' ? 'svc' : 'ext'}${inst}${s.path}`,
            direction: s.direction, contentType, body, labels, hardNegatives, split, shape: shape.name,
          });
        }
      }
    }
  }
  return out;
}

function main(): void {
  const seed = Number(process.argv[2] ?? 20241128);
  const cases = generate(seed, { main: [3, 4], heldout: [1, 6] });
  const dir = join(__dirname, '..', '..', 'test', 'corpus');
  mkdirSync(dir, { recursive: true });
  for (const split of ['main', 'heldout'] as const) {
    const lines = cases.filter((c) => c.split === split).map((c) => JSON.stringify(c));
    writeFileSync(join(dir, `${split}.jsonl`), lines.join('\n') + '\n');
    process.stdout.write(`${split}: ${lines.length} cases, ${cases.filter((c) => c.split === split).reduce((n, c) => n + c.labels.length, 0)} labels\n`);
  }
  process.stdout.write(`${SHAPES.length} API shapes, industries: ${[...new Set(SHAPES.map((s) => s.industry))].join(', ')}\n`);
}

if (require.main === module) main();
