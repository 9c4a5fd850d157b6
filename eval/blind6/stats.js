'use strict';
// Usage: node stats.js [file] -- blind5's stats report on blind6.jsonl, plus pretty-printed share and per-shape direction
const fs = require('fs');
const path = require('path');
const { statsFile } = require('../blind5/stats');
const file = process.argv[2] || path.join(__dirname, '..', '..', 'test', 'corpus', 'blind6.jsonl');
statsFile(file);
const ls = fs.readFileSync(file, 'utf8').trim().split('\n').map(JSON.parse);
const pretty = ls.filter(c => c.body.includes('\n')).length;
console.log(`pretty-printed bodies ${pretty}/${ls.length} (${(100 * pretty / ls.length).toFixed(1)}%)`);
const hnOnly = ls.filter(c => !c.labels.length && c.hardNegatives.length).length;
console.log(`cases with only hard negatives ${hnOnly}`);
