#!/usr/bin/env node
'use strict';
// Self-check of corpus lines: pointers resolve to leaves, label values occur in the
// (decoded) leaf text, check digits hold, hard negatives are not accidentally valid.
// Usage: node validate.js [test/corpus/blind.jsonl]
const fs = require('fs');
const C = require('./lib/checks');

function resolve(doc, ptr) {
  if (ptr === '') return { ok: true, val: doc };
  let cur = doc;
  for (const raw of ptr.slice(1).split('/')) {
    const k = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !(k in cur)) return { ok: false };
    cur = cur[k];
  }
  return { ok: true, val: cur };
}

function decodings(s, depth = 0, out = new Set()) {
  if (out.has(s)) return out;
  out.add(s);
  if (depth > 3) return out;
  try { const d = decodeURIComponent(s); if (d !== s) decodings(d, depth + 1, out); } catch (e) { /* not url-encoded */ }
  const t = s.trim();
  if (t.length >= 8 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) {
    const d = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    if (d && !/[\uFFFD\u0000-\u0008]/.test(d)) decodings(d, depth + 1, out);
  }
  try { const j = JSON.parse(s); if (typeof j === 'string') decodings(j, depth + 1, out); } catch (e) { /* not json string */ }
  return out;
}

const digitsOf = (s) => String(s).replace(/\D/g, '');
const CARD_PREFIX = /^(4|5[1-5]|2[2-7]|62|3[47])/;
const TYPE_CHECKS = {
  CN_RESIDENT_ID: (x) => C.idValid(x),
  PAYMENT_CARD: (x) => C.luhnValid(x) && CARD_PREFIX.test(digitsOf(x)) && [15, 16, 19].includes(digitsOf(x).length),
  BANK_ACCOUNT: (x) => (/^[A-Z]{2}\d{2}/.test(x) ? C.ibanValid(x) : /^\d{8,20}$/.test(x)),
  VEHICLE_VIN: (x) => C.vinValid(x),
  CN_USCC: (x) => C.usccValid(x),
  US_SSN: (x) => { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(x); return !!m && m[1] !== '000' && m[1] !== '666' && m[1] < '900' && m[2] !== '00' && m[3] !== '0000'; },
  PHONE_NUMBER: (x) => digitsOf(x).length >= 10 && digitsOf(x).length <= 13,
  EMAIL_ADDRESS: (x) => /^[^\s@/]+(@|\/\/)[^\s@]+\.[A-Za-z.]+$/.test(x),
  CN_HK_MACAU_PERMIT: (x) => /^(C\d{8}|C[A-Z]\d{7}|[HM]\d{8}(\d{2})?)$/.test(x),
  PASSPORT_NUMBER: (x) => /^(E\d{8}|E[A-Z]\d{7}|G\d{8}|\d{9}|C01X[0-9A-Z]{5}|\d{2}[A-Z]{2}\d{5}|[A-Z]{2}\d{7})$/.test(x),
  LICENSE_PLATE: (x) => /^[\u4e00-\u9fa5][A-Z][·\s]?[A-Z0-9]{5,6}$/.test(x),
  IP_ADDRESS: (x) => /^(\d{1,3}\.){3}\d{1,3}$/.test(x) || /^[0-9a-f:]+$/i.test(x),
  GEO_LOCATION: (x) => /^-?\d+(\.\d+)?(,-?\d+(\.\d+)?)?$/.test(x),
  CREDENTIAL: (x) => x.length >= 6,
  DATE_OF_BIRTH: (x) => /\d/.test(x),
  PERSON_NAME: (x) => x.length >= 2,
  STREET_ADDRESS: (x) => x.length >= 6,
};
const TYPES = new Set(Object.keys(TYPE_CHECKS));

function validateLine(line) {
  const p = [];
  let doc;
  try { doc = JSON.parse(line.body); } catch (e) { return ['body not JSON']; }
  const labelled = new Set(); const seenType = new Set();
  for (const l of line.labels) {
    if (!TYPES.has(l.type)) p.push(`unknown type ${l.type}`);
    const key = l.pointer + '|' + l.type;
    if (seenType.has(key)) p.push(`duplicate type at ${l.pointer}`);
    seenType.add(key); labelled.add(l.pointer);
    const res = resolve(doc, l.pointer);
    if (!res.ok) { p.push(`unresolved ${l.pointer}`); continue; }
    if (!['string', 'number'].includes(typeof res.val)) { p.push(`not a leaf ${l.pointer}`); continue; }
    const texts = decodings(String(res.val));
    if (![...texts].some((t) => t.includes(l.value))) p.push(`value not in leaf ${l.pointer} ${l.value}`);
    if (!TYPE_CHECKS[l.type](l.value)) p.push(`check failed ${l.type} ${l.value}`);
  }
  for (const h of line.hardNegatives) {
    const res = resolve(doc, h);
    if (!res.ok || !['string', 'number'].includes(typeof res.val)) { p.push(`bad hard negative ${h}`); continue; }
    if (labelled.has(h)) p.push(`pointer both labelled and hard negative ${h}`);
    const s = String(res.val);
    if (/^\d{17}[\dX]$/.test(s) && C.idValid(s)) p.push(`hard negative is a valid resident id ${h}`);
    if (/^\d{15,19}$/.test(s) && CARD_PREFIX.test(s) && C.luhnValid(s)) p.push(`hard negative is a valid card ${h} ${s}`);
    if (/^[A-Z0-9]{18}$/.test(s) && C.usccValid(s)) p.push(`hard negative is a valid USCC ${h}`);
  }
  return p;
}

module.exports = { validateLine, decodings, resolve };

if (require.main === module) {
  const file = process.argv[2] || require('path').join(__dirname, '..', '..', 'test', 'corpus', 'blind.jsonl');
  let bad = 0; let n = 0;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    n++; const line = JSON.parse(raw); const pr = validateLine(line);
    if (pr.length) { bad++; console.log(line.id, pr); }
  }
  console.log(`${n} lines, ${bad} with problems`);
  process.exitCode = bad ? 1 : 0;
}
