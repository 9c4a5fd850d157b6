'use strict';
// Usage: node validate.js [file]  -- re-checks every line of the written corpus; exits 1 on any problem.
const fs = require('fs');
const path = require('path');
const v = require('./values');
const { resolve, decodings } = require('./common');

const DEFAULT_FILE = path.join(__dirname, '..', '..', 'test', 'corpus', 'blind5.jsonl');
const TYPES = new Set(['PERSON_NAME', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'CN_RESIDENT_ID', 'PASSPORT_NUMBER', 'CN_HK_MACAU_PERMIT', 'CN_USCC', 'PAYMENT_CARD', 'BANK_ACCOUNT', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'GEO_LOCATION', 'LICENSE_PLATE', 'VEHICLE_VIN', 'CREDENTIAL', 'US_SSN']);

function dobOk(s) {
  s = v.norm(s);
  let m;
  if ((m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(T00:00:00(\.000)?Z)?$/.exec(s))) return v.validDate(+m[1], +m[2], +m[3]) && +m[1] >= 1900 && +m[1] <= 2025;
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return v.validDate(+m[1], +m[2], +m[3]) && +m[1] >= 1900;
  if ((m = /^(\d{2})[./](\d{2})[./](\d{4})$/.exec(s))) return v.validDate(+m[3], +m[2], +m[1]) || v.validDate(+m[3], +m[1], +m[2]);
  return false;
}
function typeOk(t, val) {
  const n = v.norm(val);
  switch (t) {
    case 'CN_RESIDENT_ID': return v.isResidentId(n);
    case 'CN_USCC': return v.isUscc(n);
    case 'PAYMENT_CARD': return v.isCard(n);
    case 'BANK_ACCOUNT': { const c = n.replace(/\s/g, ''); if (/^[A-Z]{2}\d{2}/.test(c)) return v.isIban(c); return /^\d{8,25}$/.test(c); }
    case 'VEHICLE_VIN': return v.isVin(n);
    case 'US_SSN': return v.isSsn(n);
    case 'PHONE_NUMBER': { if (!v.isPhone(n)) return false; const d = n.replace(/\D/g, ''); const cn = d.length === 13 && d.startsWith('86') ? d.slice(2) : d; if (!(/^\s*\+/.test(n) && !/^\s*\+86/.test(n)) && cn.length === 11 && cn[0] === '1') return /^1[3-9]\d{9}$/.test(cn); return true; }
    case 'CN_HK_MACAU_PERMIT': return v.isHkPermit(n);
    case 'PASSPORT_NUMBER': return v.isPassport(n);
    case 'LICENSE_PLATE': return v.isPlate(n);
    case 'EMAIL_ADDRESS': return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(n);
    case 'IP_ADDRESS': return v.isIp(n);
    case 'GEO_LOCATION': { const x = Number(n); if (!Number.isNaN(x)) return Math.abs(x) <= 180 && /^-?\d+(\.\d+)?$/.test(n); return /^-?\d+\.\d+,\s*-?\d+\.\d+$/.test(n); }
    case 'DATE_OF_BIRTH': return dobOk(n);
    default: return n.trim().length > 0;
  }
}

// validateFile(file, { split }) -> { problems, count }; split defaults to 'blind5'
function validateFile(file, opts = {}) {
const split = opts.split || 'blind5';
const problems = [];
const bad = (id, msg) => problems.push(`${id}: ${msg}`);
const lines = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.length);
const ids = new Set();
const KEYS = ['id', 'method', 'path', 'direction', 'contentType', 'body', 'labels', 'hardNegatives', 'split', 'shape'];
lines.forEach((line, i) => {
  let c;
  try { c = JSON.parse(line); } catch (e) { bad('line ' + (i + 1), 'line is not JSON'); return; }
  const id = c.id || 'line ' + (i + 1);
  if (JSON.stringify(Object.keys(c)) !== JSON.stringify(KEYS)) bad(id, 'unexpected keys ' + Object.keys(c));
  if (ids.has(id)) bad(id, 'duplicate id'); ids.add(id);
  if (!id.startsWith(c.shape + '-')) bad(id, 'id does not start with shape');
  if (!['GET', 'POST', 'PUT', 'PATCH'].includes(c.method)) bad(id, 'method');
  if (!['request', 'response'].includes(c.direction)) bad(id, 'direction');
  if (c.contentType !== 'application/json' || c.split !== split || !/^\/api\//.test(c.path)) bad(id, 'contentType/split/path');
  let doc;
  try { doc = JSON.parse(c.body); } catch (e) { bad(id, 'body is not JSON'); return; }
  const lp = new Set();
  const seen = new Set();
  for (const l of c.labels) {
    if (!TYPES.has(l.type)) bad(id, 'unknown type ' + l.type);
    const k = l.pointer + '|' + l.type + '|' + l.value; if (seen.has(k)) bad(id, 'duplicate label ' + k); seen.add(k);
    lp.add(l.pointer);
    const res = resolve(doc, l.pointer);
    if (!res.ok) { bad(id, 'label pointer does not resolve: ' + l.pointer); continue; }
    if (typeof res.val === 'number') { if (JSON.stringify(res.val) !== l.value) bad(id, `number leaf ${l.pointer} text ${JSON.stringify(res.val)} != ${l.value}`); }
    else if (typeof res.val === 'string') { if (![...decodings(res.val)].some(d => d.includes(l.value))) bad(id, `value ${JSON.stringify(l.value)} not found in decoded leaf ${l.pointer}`); }
    else { bad(id, 'label pointer is not a string/number leaf: ' + l.pointer); continue; }
    if (!typeOk(l.type, l.value)) bad(id, `check failed ${l.type} ${JSON.stringify(l.value)} at ${l.pointer}`);
  }
  for (const p of c.hardNegatives) {
    const res = resolve(doc, p);
    if (!res.ok) bad(id, 'hard-negative pointer does not resolve: ' + p);
    else if (!['string', 'number'].includes(typeof res.val)) bad(id, 'hard-negative not a string/number leaf: ' + p);
    if (lp.has(p)) bad(id, 'pointer both labelled and hard negative: ' + p);
  }
  if (new Set(c.hardNegatives).size !== c.hardNegatives.length) bad(id, 'duplicate hard negative');
});
return { problems, count: lines.length };
}
function main(file, opts) {
  const { problems, count } = validateFile(file, opts);
  if (problems.length) { console.log(problems.join('\n')); console.log(`${problems.length} problem(s) in ${count} lines`); process.exit(1); }
  console.log(`OK: ${count} lines validated`);
}
module.exports = { validateFile, typeOk, dobOk, TYPES, main };
if (require.main === module) main(process.argv[2] || DEFAULT_FILE);
