'use strict';
// Deterministic generator: node gen.js [seed]  ->  blind3.jsonl
const fs = require('fs');
const path = require('path');
const { Rng, hashStr } = require('./lib/rng');
const { resolve } = require('./lib/mark');
const C = require('./lib/checks');
const { decodings } = require('./lib/decode');
function getLeaf(doc, ptr) { let cur = doc; for (const k of ptr.slice(1).split('/')) cur = cur[k.replace(/~1/g, '/').replace(/~0/g, '~')]; return cur; }

const seed = Number.parseInt(process.argv[2] || '11', 10);
const SHAPES = [
  ...require('./shapes/finance'),
  ...require('./shapes/gov'),
  ...require('./shapes/life'),
  ...require('./shapes/tech'),
];
const CASES = 4;
const out = [];
const names = new Set();
for (const shape of SHAPES) {
  if (names.has(shape.name)) throw new Error('duplicate shape ' + shape.name);
  names.add(shape.name);
  for (let i = 0; i < (shape.cases || CASES); i++) {
    // Regenerate (new sub-seed) if any hard negative accidentally contains a check-digit-valid identifier.
    let r, res, acc, plain;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 100) throw new Error('cannot build safe case for ' + shape.name);
      r = new Rng((hashStr(shape.name) ^ Math.imul(seed, 2654435761)) + i * 7919 + attempt * 104729);
      res = shape.gen(r, i);
      acc = { labels: [], negs: [] };
      plain = resolve(res.body, '', acc);
      const bad = acc.negs.some((p) => { const v = getLeaf(plain, p); return decodings(String(v)).some((d) => C.looksSensitive(d)); });
      if (!bad) break;
    }
    // one label per (pointer, type)
    const seen = new Set();
    const labels = acc.labels.filter((l) => { const k = l.pointer + '\u0000' + l.type; if (seen.has(k)) return false; seen.add(k); return true; });
    const labelPtrs = new Set(labels.map((l) => l.pointer));
    const negs = [...new Set(acc.negs)].filter((p) => !labelPtrs.has(p));
    const indent = res.indent !== undefined ? res.indent : (r.chance(0.2) ? 2 : undefined);
    out.push(JSON.stringify({
      id: `${shape.name}-${i + 1}`, method: res.method, path: res.path, direction: res.direction,
      contentType: res.contentType || 'application/json', body: JSON.stringify(plain, null, indent),
      labels, hardNegatives: negs, split: 'blind3', shape: shape.name,
    }));
  }
}
fs.writeFileSync(path.join(__dirname, '..', '..', 'test', 'corpus', 'blind3.jsonl'), out.join('\n') + '\n');
console.log(`wrote ${out.length} lines from ${SHAPES.length} shapes (seed ${seed}) -> ${path.join(__dirname, '..', '..', 'test', 'corpus', 'blind3.jsonl')}`);
