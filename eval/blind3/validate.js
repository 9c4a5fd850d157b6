'use strict';
// Re-checks every line of blind3.jsonl. Usage: node validate.js [file]
const fs = require('fs');
const path = require('path');
const C = require('./lib/checks');

const file = process.argv[2] || path.join(__dirname, '..', '..', 'test', 'corpus', 'blind3.jsonl');
const TYPES = new Set(['PERSON_NAME', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'CN_RESIDENT_ID', 'PASSPORT_NUMBER', 'CN_HK_MACAU_PERMIT', 'CN_USCC',
  'PAYMENT_CARD', 'BANK_ACCOUNT', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'GEO_LOCATION', 'LICENSE_PLATE', 'VEHICLE_VIN', 'CREDENTIAL', 'US_SSN']);

function getPtr(doc, ptr) {
  if (ptr === '') return { ok: true, v: doc };
  if (ptr[0] !== '/') return { ok: false };
  let cur = doc;
  for (const raw of ptr.slice(1).split('/')) {
    const k = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return { ok: false };
    if (Array.isArray(cur)) { if (!/^(0|[1-9]\d*)$/.test(k) || +k >= cur.length) return { ok: false }; cur = cur[+k]; }
    else { if (!Object.prototype.hasOwnProperty.call(cur, k)) return { ok: false }; cur = cur[k]; }
  }
  return { ok: true, v: cur };
}

const { decodings } = require('./lib/decode');

function validValue(type, v) {
  const digits = v.replace(/\D/g, '');
  switch (type) {
    case 'PHONE_NUMBER': return digits.length >= 7 && digits.length <= 15 && /^[+\d\s().-]+$/.test(v);
    case 'EMAIL_ADDRESS': return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(v);
    case 'CN_RESIDENT_ID': return C.validCnId(v, true);
    case 'PASSPORT_NUMBER': return /^[A-Z0-9]{7,10}$/.test(v) && /\d{5,}/.test(v);
    case 'CN_HK_MACAU_PERMIT': return /^(C\d{8}|C[A-HJ-NP-Z]\d{7}|[HM]\d{8}(\d{2})?)$/.test(v);
    case 'CN_USCC': return C.validUscc(v);
    case 'PAYMENT_CARD': return C.validCard(v);
    case 'BANK_ACCOUNT': {
      const c = v.replace(/\s/g, '');
      if (/^[A-Z]{2}\d{2}/.test(c)) return C.validIban(c);
      return /^[\d-]{6,30}$/.test(c) && !C.looksSensitive(c);
    }
    case 'STREET_ADDRESS': return v.length >= 6;
    case 'DATE_OF_BIRTH': {
      const m = /(\d{4})\D?(\d{1,2})\D?(\d{1,2})/.exec(v) || /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(v);
      if (!m) return false;
      let y, mo, d;
      if (m[1].length === 4) { y = +m[1]; mo = +m[2]; d = +m[3]; } else { y = +m[3]; mo = +m[2]; d = +m[1]; if (mo > 12) [mo, d] = [d, mo]; if (!C.isValidDate(y, mo, d)) [mo, d] = [d, mo]; }
      return y >= 1900 && y <= 2024 && C.isValidDate(y, mo, d);
    }
    case 'IP_ADDRESS': {
      if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v)) return v.split('.').every((x) => +x <= 255);
      return /^[0-9a-f:]+$/i.test(v) && v.includes(':') && v.split(':').length >= 3;
    }
    case 'GEO_LOCATION': {
      const nums = (v.match(/-?\d+\.\d+/g) || []).map(Number);
      return nums.length >= 1 && nums.every((x) => Math.abs(x) <= 180);
    }
    case 'LICENSE_PLATE': return C.validPlate(v);
    case 'VEHICLE_VIN': return C.validVin(v);
    case 'CREDENTIAL': return v.length >= 6;
    case 'US_SSN': return C.validSsn(v);
    case 'PERSON_NAME': return v.trim().length >= 2 || /[\u4e00-\u9fff\uac00-\ud7af]/.test(v);
    default: return false;
  }
}

const errors = [];
const warnings = [];
const perType = {}, perShape = {}, dirs = {};
let lines = 0, nLabels = 0, nNeg = 0;
const ids = new Set();
const raw = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
for (const [ln, line] of raw.entries()) {
  const err = (m) => errors.push(`line ${ln + 1}: ${m}`);
  let rec;
  try { rec = JSON.parse(line); } catch (e) { err('bad JSON line'); continue; }
  lines++;
  for (const k of ['id', 'method', 'path', 'direction', 'contentType', 'body', 'labels', 'hardNegatives', 'split', 'shape']) if (!(k in rec)) err('missing ' + k);
  if (ids.has(rec.id)) err('duplicate id ' + rec.id); ids.add(rec.id);
  if (!['request', 'response'].includes(rec.direction)) err('bad direction');
  if (rec.split !== 'blind3') err('bad split');
  if (!rec.id.startsWith(rec.shape + '-')) err('id/shape mismatch');
  dirs[rec.direction] = (dirs[rec.direction] || 0) + 1;
  perShape[rec.shape] = (perShape[rec.shape] || 0) + 1;
  let body;
  try { body = JSON.parse(rec.body); } catch (e) { err('body is not JSON'); continue; }
  const seen = new Set(), labelPtrs = new Set();
  for (const l of rec.labels) {
    nLabels++;
    perType[l.type] = (perType[l.type] || 0) + 1;
    if (!TYPES.has(l.type)) err(`unknown type ${l.type}`);
    const key = l.pointer + '\u0000' + l.type;
    if (seen.has(key)) err(`duplicate label ${l.pointer} ${l.type}`); seen.add(key);
    labelPtrs.add(l.pointer);
    const g = getPtr(body, l.pointer);
    if (!g.ok) { err(`${rec.id}: pointer does not resolve ${l.pointer}`); continue; }
    if (typeof g.v !== 'string' && typeof g.v !== 'number') { err(`${rec.id}: pointer ${l.pointer} is not a string/number leaf`); continue; }
    const leaf = String(g.v);
    if (!decodings(leaf).some((d) => d.includes(l.value))) err(`${rec.id}: value "${l.value}" not found in leaf ${l.pointer}`);
    if (!validValue(l.type, l.value)) err(`${rec.id}: invalid ${l.type} value "${l.value}"`);
  }
  // Warn about unlabelled leaves that contain an obvious email / CN mobile / check-digit-valid identifier.
  const walk = (v, ptr) => {
    if (v && typeof v === 'object') { for (const [k, x] of Object.entries(v)) walk(x, ptr + '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')); return; }
    if ((typeof v !== 'string' && typeof v !== 'number') || labelPtrs.has(ptr) || negPtrs.has(ptr)) return;
    for (const d of decodings(String(v))) {
      const why = C.looksSensitive(d) || (/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/.test(d) && 'email') || (/(?<!\d)1[3-9]\d{9}(?!\d)/.test(d) && 'cn-mobile');
      if (why) { warnings.push(`${rec.id}: unlabelled leaf ${ptr} looks sensitive (${why}): ${String(v).slice(0, 60)}`); break; }
    }
  };
  const negPtrs = new Set(rec.hardNegatives);
  walk(body, '');
  for (const p of rec.hardNegatives) {
    nNeg++;
    if (labelPtrs.has(p)) err(`${rec.id}: hard negative ${p} is also labelled`);
    const g = getPtr(body, p);
    if (!g.ok) { err(`${rec.id}: negative pointer does not resolve ${p}`); continue; }
    if (typeof g.v !== 'string' && typeof g.v !== 'number') { err(`${rec.id}: negative ${p} is not a leaf`); continue; }
    for (const d of decodings(String(g.v))) { const why = C.looksSensitive(d); if (why) err(`${rec.id}: hard negative ${p} is actually valid (${why})`); }
  }
}
const shapes = Object.keys(perShape).length;
console.log(`file: ${file}`);
console.log(`lines: ${lines}  shapes: ${shapes}  labels: ${nLabels}  hardNegatives: ${nNeg}  directions: ${JSON.stringify(dirs)}`);
console.log('labels per type:');
for (const t of [...TYPES]) console.log(`  ${t.padEnd(20)} ${perType[t] || 0}`);
if (warnings.length) { console.log(`\n${warnings.length} warnings`); for (const w of warnings.slice(0, 40)) console.log('  ' + w); }
if (shapes < 40) errors.push(`only ${shapes} shapes`);
if (nNeg < nLabels) errors.push(`fewer hard negatives (${nNeg}) than labels (${nLabels})`);
for (const t of TYPES) if (!perType[t]) errors.push(`no labels of type ${t}`);
if (errors.length) { console.log(`\n${errors.length} ERRORS`); for (const e of errors.slice(0, 60)) console.log('  ' + e); process.exit(1); }
console.log('\nOK: all checks passed');
