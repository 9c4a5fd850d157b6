'use strict';
// Usage: node gen.js [seed]   -> writes ../../test/corpus/blind6.jsonl (deterministic for a given seed; default 6160)
const fs = require('fs');
const path = require('path');
const { R } = require('../blind5/values');
const { finalize } = require('../blind5/mk');
const { shapes } = require('./shapes');

const OUT = path.join(__dirname, '..', '..', 'test', 'corpus', 'blind6.jsonl');
// generate(seed, hooks?) -> array of JSONL lines; hooks.before(id) / hooks.after(id, plain, labels, hn) wrap each case (used by crosscheck.js)
function generate(seed, hooks = {}) {
  const lines = [];
  shapes.forEach((sh, si) => {
    const r = new R((seed * 2654435761 + (si + 1) * 40503) >>> 0);
    const n = si % 2 === 0 ? 4 : 3;
    for (let k = 1; k <= n; k++) {
      const id = `${sh.name}-${k}`;
      if (hooks.before) hooks.before(id);
      const c = sh.fn(r, k);
      const { plain, labels, hn } = finalize(c.body);
      if (hooks.after) hooks.after(id, plain, labels, hn);
      const body = r.chance(0.2) ? JSON.stringify(plain, null, 2) : JSON.stringify(plain);
      lines.push(JSON.stringify({ id, method: c.method, path: c.path, direction: c.direction, contentType: 'application/json', body, labels, hardNegatives: hn, split: 'blind6', shape: sh.name }));
    }
  });
  return lines;
}
module.exports = { generate, OUT };
if (require.main === module) {
  const seed = parseInt(process.argv[2] || '6160', 10) >>> 0;
  const lines = generate(seed);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} cases, ${new Set(lines.map(l => JSON.parse(l).shape)).size} shapes, seed ${seed}`);
}
