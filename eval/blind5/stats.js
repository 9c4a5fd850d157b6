'use strict';
// Usage: node stats.js -- prints case/shape/label/hard-negative counts
const fs = require('fs');
// statsFile(file): prints the same report for any corpus file
function statsFile(file) {
const ls = fs.readFileSync(file, 'utf8').trim().split('\n').map(JSON.parse);
const t = {}; let hn = 0; const sh = new Set(); const dir = {};
for (const c of ls) { sh.add(c.shape); hn += c.hardNegatives.length; dir[c.direction] = (dir[c.direction] || 0) + 1; for (const l of c.labels) t[l.type] = (t[l.type] || 0) + 1; }
console.log('cases', ls.length, 'shapes', sh.size, 'directions', JSON.stringify(dir));
console.log('labels', Object.values(t).reduce((a, b) => a + b, 0), 'hardNegatives', hn);
for (const [k, n] of Object.entries(t).sort((a, b) => b[1] - a[1])) console.log('  ' + k.padEnd(20) + n);
console.log('cases without labels', ls.filter(c => !c.labels.length).map(c => c.id).join(' '));
return { cases: ls.length, shapes: sh.size, labels: t, hardNegatives: hn, directions: dir };
}
module.exports = { statsFile };
if (require.main === module) statsFile(require('path').join(__dirname, '..', '..', 'test', 'corpus', 'blind5.jsonl'));
