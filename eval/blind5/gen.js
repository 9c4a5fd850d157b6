'use strict';
// Usage: node gen.js [seed]   -> writes ../../test/corpus/blind5.jsonl (deterministic for a given seed)
const fs = require('fs');
const path = require('path');
const { R } = require('./values');
const { finalize } = require('./mk');
const { shapes } = require('./shapes');

const seed = parseInt(process.argv[2] || '5150', 10) >>> 0;
const lines = [];
shapes.forEach((sh, si) => {
  const r = new R((seed * 2654435761 + (si + 1) * 40503) >>> 0);
  const n = si % 2 === 0 ? 4 : 3;
  for (let k = 1; k <= n; k++) {
    const c = sh.fn(r, k);
    const { plain, labels, hn } = finalize(c.body);
    const body = r.chance(0.2) ? JSON.stringify(plain, null, 2) : JSON.stringify(plain);
    lines.push(JSON.stringify({ id: `${sh.name}-${k}`, method: c.method, path: c.path, direction: c.direction, contentType: 'application/json', body, labels, hardNegatives: hn, split: 'blind5', shape: sh.name }));
  }
});
fs.writeFileSync(path.join(__dirname, '..', '..', 'test', 'corpus', 'blind5.jsonl'), lines.join('\n') + '\n');
console.log(`wrote ${lines.length} cases, ${shapes.length} shapes, seed ${seed}`);
