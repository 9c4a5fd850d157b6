#!/usr/bin/env node
'use strict';
// Deterministic generator: node gen.js [seed]  -> test/corpus/blind4.jsonl
const fs = require('fs');
const path = require('path');
const { makeRng } = require('./lib/rng');
const { makeCtx } = require('./lib/ctx');
const { finalize } = require('./lib/mark');

const SHAPE_FILES = process.env.B4_FILES ? process.env.B4_FILES.split(',') : ['realestate', 'mobility', 'health', 'gov', 'consumer', 'work', 'identity', 'comms', 'kyc'];
const seed = Number.isFinite(+process.argv[2]) && process.argv[2] !== undefined ? +process.argv[2] : 4;

const shapes = [];
for (const f of SHAPE_FILES) for (const s of require(`./shapes/${f}`)) shapes.push({ ...s, file: f });

const names = new Set();
const out = [];
for (const shape of shapes) {
  if (names.has(shape.name)) throw new Error('duplicate shape ' + shape.name);
  names.add(shape.name);
  const r = makeRng(seed, shape.name);
  for (let i = 0; i < shape.n; i++) {
    const c = makeCtx(r);
    const res = shape.build(c, i);
    const fin = finalize(res.body);
    const pretty = res.pretty !== undefined ? res.pretty : r.chance(0.12);
    out.push({
      id: `${shape.name}-${i + 1}`,
      method: res.method,
      path: res.path,
      direction: res.direction,
      contentType: res.contentType || 'application/json',
      body: JSON.stringify(fin.plain, null, pretty ? 2 : 0),
      labels: fin.labels,
      hardNegatives: fin.hns,
      split: 'blind4',
      shape: shape.name,
    });
  }
}
fs.writeFileSync(path.join(__dirname, '..', '..', 'test', 'corpus', 'blind4.jsonl'), out.map((o) => JSON.stringify(o)).join('\n') + '\n');
console.log(`seed ${seed}: wrote ${out.length} cases over ${shapes.length} shapes to test/corpus/blind4.jsonl`);
