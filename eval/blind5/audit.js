'use strict';
// Usage: node audit.js [file] -- runs format-only regexes over every leaf (and its decodings) and prints matches
// that are neither inside a hard-negative leaf nor covered by a label on that leaf. ACCEPT lists conscious decisions.
const fs = require('fs');
const path = require('path');
const v = require('./values');
const { leaves, decodings } = require('./common');
const DEFAULT_FILE = path.join(__dirname, '..', '..', 'test', 'corpus', 'blind5.jsonl');

const RX = {
  cn_mobile: /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g,
  resident_id18: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g,
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  ipv4: /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g,
  long_digits: /\d{9,}/g,
  luhn13_19: /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g,
};
// conscious decisions: [shape regex, pointer regex, match regex, reason]
const ACCEPT = [
  [/^sqs-sns-crossborder-parcel$/, /\/Body$/, /^\d{9,}$/, 'parcel number / AWS account id inside the double-encoded Body (business ids)'],
  [/^cloudevents-b64-coldchain$/, /\/data_base64$/, /^\d{12}$/, 'waybill number inside base64 payload (business id)'],
  [/^kv-string-campus-topup$/, /\/bizContent$/, /^(20\d{10}|2024\d{14})$/, 'student_no and trade_no inside k=v string (business ids)'],
  [/^urlencoded-cinema-partner-callback$/, /\/callbackQuery$/, /^\d{9,}$/, 'ts= epoch millis and digit runs of the hex sign= inside the query string'],
  [/^notion-page-talent-pool$/, /\/external\/url$/, /./, 'file URL hex id'],
  [/./, /\/_links\/.*href$|\/uri$|nextLink$|\/path$|^\/path$/, /./, 'ids inside URLs / patch paths'],
  [/^pubsub-push-homestay-booking$/, /\/subscription$/, /./, 'resource name'],
  [/^deep-container-legal-docs$/, /\/fee$/, /./, 'amount'],
];
const key = s => v.norm(String(s)).replace(/[^0-9A-Za-z@.\u4e00-\u9fff]/g, '').toLowerCase();
// auditFile(file, { accept, log }) -> number of unexplained matches; accept defaults to blind5's ACCEPT list
function auditFile(file, opts = {}) {
const accept = opts.accept || ACCEPT;
const log = opts.log || console.log;
let n = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line); const doc = JSON.parse(c.body);
  const hn = new Set(c.hardNegatives);
  const lab = {}; for (const l of c.labels) (lab[l.pointer] = lab[l.pointer] || []).push(key(l.value));
  for (const [ptr, val] of leaves(doc)) {
    if (hn.has(ptr) || val === null || typeof val === 'boolean') continue;
    const texts = typeof val === 'number' ? [JSON.stringify(val)] : [...decodings(val)].map(v.norm);
    const labelled = lab[ptr] || [];
    for (const [name, rx] of Object.entries(RX)) {
      for (const t of texts) {
        for (const m of t.matchAll(rx)) {
          const s = m[0];
          if (name === 'luhn13_19' && !v.luhnOk(s.replace(/\D/g, ''))) continue;
          if (name === 'resident_id18' && false) continue;
          const k = key(s);
          if (labelled.some(L => L.includes(k) || k.includes(L) || (k.startsWith('86') && L.includes(k.slice(2))))) continue;
          const acc = accept.find(([sr, pr, mr]) => sr.test(c.shape) && pr.test(ptr) && mr.test(s));
          if (acc) { if (process.env.SHOWACC) log('ACCEPTED', c.id, ptr, s, acc[3]); continue; }
          n++; log(`${c.id}\t${ptr}\t${name}\t${s}`);
        }
      }
    }
  }
}
return n;
}
module.exports = { auditFile, RX, ACCEPT, key };
if (require.main === module) { const n = auditFile(process.argv[2] || DEFAULT_FILE); console.log(`${n} suspicious match(es)`); }
