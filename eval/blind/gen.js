#!/usr/bin/env node
'use strict';
// Blind labeled corpus generator.  Usage: node gen.js [seed]  (default 7)
// Writes test/corpus/blind.jsonl and prints summary counts.
const fs = require('fs');
const path = require('path');
const { makeRng } = require('./lib/rng');
const { makeValues } = require('./lib/values');
const { finalize } = require('./lib/mark');
const { validateLine } = require('./validate');

const SHAPES = [
  ...require('./shapes/telecom_travel'),
  ...require('./shapes/finance_gov'),
  ...require('./shapes/commerce_health'),
  ...require('./shapes/tech_text'),
  ...require('./shapes/extra'),
];
const CASES_PER_SHAPE = 4;

function main() {
  const seed = Number(process.argv[2] || 7);
  const r = makeRng(seed);
  const v = makeValues(r);
  const names = new Set();
  const lines = [];
  for (const shape of SHAPES) {
    if (names.has(shape.name)) throw new Error('duplicate shape ' + shape.name);
    names.add(shape.name);
    for (let i = 0; i < CASES_PER_SHAPE; i++) {
      // Random digits can occasionally form a valid id/card inside a hard negative;
      // such a case is regenerated (deterministically, the rng simply moves on).
      let line; let problems = [];
      for (let attempt = 0; attempt < 20; attempt++) {
        const c = shape.gen({ r, v }, i);
        const { plain, labels, hardNegatives } = finalize(c.body);
        const pretty = r.chance(0.15);
        line = {
          id: `${shape.name}-${i + 1}`, method: c.method, path: c.path, direction: c.direction, contentType: 'application/json',
          body: JSON.stringify(plain, null, pretty ? 2 : undefined), labels, hardNegatives, split: 'blind', shape: shape.name,
        };
        problems = validateLine(line);
        if (!problems.length) break;
      }
      if (problems.length) { console.error(line.id, problems); process.exitCode = 1; }
      lines.push(line);
    }
  }
  const out = path.join(__dirname, '..', '..', 'test', 'corpus', 'blind.jsonl');
  fs.writeFileSync(out, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

  const perType = {}; let nLabels = 0; let nHn = 0;
  for (const l of lines) { for (const x of l.labels) { perType[x.type] = (perType[x.type] || 0) + 1; nLabels++; } nHn += l.hardNegatives.length; }
  const dirs = lines.reduce((a, l) => ((a[l.direction] = (a[l.direction] || 0) + 1), a), {});
  console.log(`wrote ${out}`);
  console.log(`seed=${seed} shapes=${names.size} cases=${lines.length} labels=${nLabels} hardNegatives=${nHn} directions=${JSON.stringify(dirs)}`);
  for (const [t, n] of Object.entries(perType).sort((a, b) => b[1] - a[1])) console.log(`  ${t.padEnd(20)} ${n}`);
}

main();
