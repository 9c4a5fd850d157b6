#!/usr/bin/env node
'use strict';
// Consistency audit (not required by validate.js): finds leaves that look sensitive by
// simple regexes but are neither labelled nor listed as hard negatives.
const fs = require('fs');
const K = require('./lib/checks');
const lines = fs.readFileSync(__dirname + '/../../test/corpus/blind4.jsonl', 'utf8').trim().split('\n').map(JSON.parse);
const esc = (k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
const RX = [
  ['mobile', /(?<!\d)1[3-9]\d{9}(?!\d)/],
  ['cnid', /(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])/],
  ['email', /[\w.+-]+@[\w-]+\.[\w.]+/],
  ['ipv4', /(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])/],
  ['digits13+', /(?<!\d)\d{13,19}(?!\d)/],
  ['iban', /\b[A-Z]{2}\d{2}[A-Z0-9]{12,30}\b/],
];
let n = 0;
for (const rec of lines) {
  const body = JSON.parse(rec.body);
  const lab = new Map();
  for (const l of rec.labels) { if (!lab.has(l.pointer)) lab.set(l.pointer, []); lab.get(l.pointer).push(l.type); }
  const hn = new Set(rec.hardNegatives);
  const walk = (x, p) => {
    if (x && typeof x === 'object') { for (const [k, v] of Object.entries(x)) walk(v, p + '/' + esc(k)); return; }
    if (typeof x !== 'string' && typeof x !== 'number') return;
    if (lab.has(p) || hn.has(p)) return;
    const s = String(x);
    for (const [name, re] of RX) {
      const m = re.exec(s);
      if (!m) continue;
      if (name === 'digits13+' && !(K.luhnValid(m[0]) || m[0].length === 18)) continue;
      if (name === 'cnid' && !K.validResidentId(m[0])) continue;
      n++;
      console.log(`${rec.id} ${p} [${name}] ${s.slice(0, 90)}`);
    }
  };
  walk(body, '');
}
console.log(`${n} unlabelled, non-HN suspicious leaves`);
