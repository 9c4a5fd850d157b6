'use strict';
// Usage: node validate.js [file] -- blind5's validator (split "blind6") plus blind6 consistency checks; exits 1 on any problem.
const fs = require('fs');
const path = require('path');
const { validateFile } = require('../blind5/validate');
const { resolve } = require('../blind5/common');

const file = process.argv[2] || path.join(__dirname, '..', '..', 'test', 'corpus', 'blind6.jsonl');
const { problems, count } = validateFile(file, { split: 'blind6' });

// blind6 extras: 3-4 cases per shape; a hard-negative leaf never equals a labelled value of the same case;
// every label value is non-empty and trimmed
const perShape = {};
for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line); const doc = JSON.parse(c.body);
  perShape[c.shape] = (perShape[c.shape] || 0) + 1;
  const vals = new Set(c.labels.map(l => l.value));
  for (const l of c.labels) if (!l.value || l.value !== l.value.trim()) problems.push(`${c.id}: untrimmed/empty label value ${JSON.stringify(l.value)} at ${l.pointer}`);
  for (const p of c.hardNegatives) { const res = resolve(doc, p); if (res.ok && vals.has(String(res.val))) problems.push(`${c.id}: hard negative ${p} equals a labelled value`); }
}
for (const [s, n] of Object.entries(perShape)) if (n < 3 || n > 4) problems.push(`${s}: ${n} cases (expected 3-4)`);

if (problems.length) { console.log(problems.join('\n')); console.log(`${problems.length} problem(s) in ${count} lines`); process.exit(1); }
console.log(`OK: ${count} lines validated (${Object.keys(perShape).length} shapes)`);
