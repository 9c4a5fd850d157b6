#!/usr/bin/env node
'use strict';
// Re-checks blind4.jsonl: JSON bodies, RFC 6901 pointers, value containment
// (with base64 / URL / JSON-in-string decoding), check digits, hard negatives.
const fs = require('fs');
const path = require('path');
const K = require('./lib/checks');

const file = process.argv[2] || path.join(__dirname, '..', '..', 'test', 'corpus', 'blind4.jsonl');
const TYPES = new Set(['PERSON_NAME', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'CN_RESIDENT_ID', 'PASSPORT_NUMBER', 'CN_HK_MACAU_PERMIT', 'CN_USCC', 'PAYMENT_CARD',
  'BANK_ACCOUNT', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'IP_ADDRESS', 'GEO_LOCATION', 'LICENSE_PLATE', 'VEHICLE_VIN', 'CREDENTIAL', 'US_SSN']);
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);

function resolve(doc, ptr) {
  if (ptr === '') return { ok: true, v: doc };
  if (ptr[0] !== '/') return { ok: false };
  let cur = doc;
  for (const raw of ptr.slice(1).split('/')) {
    const tok = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(tok) || +tok >= cur.length) return { ok: false };
      cur = cur[+tok];
    } else if (cur && typeof cur === 'object') {
      if (!Object.prototype.hasOwnProperty.call(cur, tok)) return { ok: false };
      cur = cur[tok];
    } else return { ok: false };
  }
  return { ok: true, v: cur };
}

// All readings of a leaf: raw, URL-decoded, base64-decoded, JSON-parsed leaves, k=v parts; recursive.
function decodings(s, depth = 0, acc = new Set()) {
  if (acc.has(s) || depth > 5) return acc;
  acc.add(s);
  const next = [];
  if (/%[0-9A-Fa-f]{2}|\+/.test(s)) { try { next.push(decodeURIComponent(s.replace(/\+/g, ' '))); } catch (e) { /* ignore */ } try { next.push(decodeURIComponent(s)); } catch (e) { /* ignore */ } }
  const compact = s.replace(/\s+/g, '');
  for (const cand of [compact, ...(compact.match(/[A-Za-z0-9+/_-]{16,}={0,2}/g) || [])]) {
    if (cand.length >= 12 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(cand)) {
      const b = Buffer.from(cand.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
      if (b && !b.includes('\uFFFD') && /^[\s\S]*$/.test(b) && (b.match(/[\x00-\x08\x0E-\x1F]/g) || []).length === 0) next.push(b);
    }
  }
  if (/=\?UTF-8\?B\?/i.test(s)) next.push(s.replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=/gi, (m, b) => Buffer.from(b, 'base64').toString('utf8')));
  const t = s.trim();
  if (t[0] === '{' || t[0] === '[') {
    try {
      const j = JSON.parse(t);
      const walk = (x) => { if (typeof x === 'string') next.push(x); else if (typeof x === 'number') next.push(String(x)); else if (x && typeof x === 'object') Object.values(x).forEach(walk); };
      walk(j);
    } catch (e) { /* not JSON */ }
  }
  if (s.includes('=') && (s.includes('&') || /^[\w.-]+=/.test(s))) for (const part of s.split(/[&?]/)) { const i = part.indexOf('='); if (i > 0) next.push(part.slice(i + 1)); }
  for (const n of next) decodings(n, depth + 1, acc);
  return acc;
}

const normFW = (s) => s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xFEE0));
function isIPv4(s) { const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s); return !!m && m.slice(1).every((x) => +x <= 255 && String(+x) === x); }
function isIPv6(s) {
  if (!/^[0-9a-fA-F:]+$/.test(s) || (s.match(/::/g) || []).length > 1) return false;
  const groups = s.split(':');
  if (s.includes('::')) return groups.filter((g) => g !== '').length < 8 && groups.every((g) => g.length <= 4);
  return groups.length === 8 && groups.every((g) => g.length >= 1 && g.length <= 4);
}

function typeCheck(type, v) {
  const s = String(v);
  switch (type) {
    case 'CN_RESIDENT_ID': return K.validResidentId(s) || 'bad resident id';
    case 'CN_USCC': return K.validUSCC(s) || 'bad USCC';
    case 'PAYMENT_CARD': return K.validCard(s) || 'bad card (Luhn/BIN)';
    case 'BANK_ACCOUNT': {
      const x = s.replace(/\s+/g, '');
      if (/^[A-Z]{2}\d{2}/.test(x)) return K.validIban(x) || 'bad IBAN';
      if (!/^\d{6,20}$/.test(x)) return 'bank account not digits';
      if (K.cardBrand(x) && K.luhnValid(x)) return 'bank account looks like a card';
      return true;
    }
    case 'VEHICLE_VIN': return K.validVin(s) || 'bad VIN';
    case 'US_SSN': return K.validSSN(s) || 'bad SSN';
    case 'CN_HK_MACAU_PERMIT': return /^([CW]\d{8}|[HM]\d{8}(\d{2})?)$/.test(s) || 'bad permit';
    case 'PASSPORT_NUMBER': return (/^[A-Z0-9]{7,9}$/.test(s) && (!/^[EG]\d/.test(s) || /^[EG]\d{8}$/.test(s) || s.length !== 9)) || 'bad passport';
    case 'EMAIL_ADDRESS': return /^[^\s@<>"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(s) || 'bad email';
    case 'IP_ADDRESS': return isIPv4(s) || isIPv6(s) || 'bad ip';
    case 'GEO_LOCATION': {
      const parts = s.split(/[,;\s]+/).filter(Boolean).map(Number);
      return (parts.length >= 1 && parts.length <= 2 && parts.every((n) => Number.isFinite(n) && Math.abs(n) <= 180) && parts.some((n) => String(n).split('.')[1]?.length >= 2)) || 'bad geo';
    }
    case 'PHONE_NUMBER': { const d = normFW(s).replace(/[^0-9零〇一二三四五六七八九幺]/g, ''); return (d.length >= 7 && d.length <= 15) || 'bad phone'; }
    case 'DATE_OF_BIRTH': {
      const n = normFW(s);
      if (/^\d{12,13}$/.test(n) || /^-?\d{9,12}$/.test(n)) return true; // epoch ms
      if (/^\d{6}$/.test(n)) return true; // MRZ YYMMDD
      return /(19[2-9]\d|20[0-2]\d|24[6-9]\d|25[0-6]\d)/.test(n) || 'bad dob'; // Gregorian or Thai Buddhist-era year
    }
    case 'LICENSE_PLATE': return /^[\u4e00-\u9fa5][A-Z][·\s-]?[A-Z0-9]{5,6}$/.test(s) || /^[A-Z0-9][A-Z0-9 -]{3,10}$/.test(s) || 'bad plate';
    case 'CREDENTIAL': return s.length >= 6 || 'credential too short';
    case 'STREET_ADDRESS': return /[0-9０-９]/.test(s) || /号|弄/.test(s) || 'address without number';
    case 'PERSON_NAME': return ((s.trim().length >= 2 || /^[\u4e00-\u9fa5]$/.test(s)) && !/[0-9]/.test(s)) || 'bad name';
    default: return 'unknown type';
  }
}

const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const ids = new Set(), shapes = new Map(), perType = new Map();
let labelCount = 0, hnCount = 0, embedded = 0;
const dirs = { request: 0, response: 0 };
for (const [ln, line] of lines.entries()) {
  let rec;
  try { rec = JSON.parse(line); } catch (e) { err(`line ${ln + 1}`, 'line is not JSON'); continue; }
  const id = rec.id;
  for (const f of ['id', 'method', 'path', 'direction', 'contentType', 'body', 'labels', 'hardNegatives', 'split', 'shape']) if (!(f in rec)) err(id, 'missing ' + f);
  if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
  if (!id.startsWith(rec.shape + '-')) err(id, 'id does not start with shape');
  if (!METHODS.has(rec.method)) err(id, 'bad method');
  if (!/^\/[^\s]*$/.test(rec.path)) err(id, 'bad path');
  if (!(rec.direction in dirs)) err(id, 'bad direction'); else dirs[rec.direction]++;
  if (!/json/.test(rec.contentType)) err(id, 'contentType not json');
  if (rec.split !== 'blind4') err(id, 'split');
  shapes.set(rec.shape, (shapes.get(rec.shape) || 0) + 1);
  let body;
  try { body = JSON.parse(rec.body); } catch (e) { err(id, 'body not JSON'); continue; }
  const labelled = new Set();
  const seenPtrType = new Set();
  for (const lab of rec.labels) {
    labelCount++;
    if (!TYPES.has(lab.type)) { err(id, 'unknown type ' + lab.type); continue; }
    perType.set(lab.type, (perType.get(lab.type) || 0) + 1);
    const key = lab.pointer + '\u0000' + lab.type;
    if (seenPtrType.has(key)) err(id, `type ${lab.type} labelled twice at ${lab.pointer}`);
    seenPtrType.add(key);
    labelled.add(lab.pointer);
    const res = resolve(body, lab.pointer);
    if (!res.ok) { err(id, 'pointer does not resolve ' + lab.pointer); continue; }
    if (typeof res.v !== 'string' && typeof res.v !== 'number') { err(id, 'pointer not a leaf ' + lab.pointer); continue; }
    if (typeof lab.value !== 'string' || !lab.value) { err(id, 'empty value at ' + lab.pointer); continue; }
    const leaf = String(res.v);
    if (leaf !== lab.value) embedded++;
    if (!leaf.includes(lab.value)) {
      const d = decodings(leaf);
      if (![...d].some((x) => x.includes(lab.value))) err(id, `value ${JSON.stringify(lab.value)} not found in leaf ${lab.pointer}`);
    }
    const tc = typeCheck(lab.type, lab.value);
    if (tc !== true) err(id, `${tc}: ${lab.type} ${JSON.stringify(lab.value)} at ${lab.pointer}`);
  }
  for (const p of rec.hardNegatives) {
    hnCount++;
    const res = resolve(body, p);
    if (!res.ok) { err(id, 'hard negative does not resolve ' + p); continue; }
    if (typeof res.v !== 'string' && typeof res.v !== 'number') err(id, 'hard negative not a leaf ' + p);
    if (labelled.has(p)) err(id, 'hard negative also labelled ' + p);
  }
  if (new Set(rec.hardNegatives).size !== rec.hardNegatives.length) err(id, 'duplicate hard negative pointer');
}

console.log(`file: ${file}`);
console.log(`cases: ${lines.length}  shapes: ${shapes.size}  requests: ${dirs.request}  responses: ${dirs.response}`);
console.log(`labels: ${labelCount} (${embedded} embedded in a larger/encoded leaf)  hard negatives: ${hnCount}`);
console.log('labels per type:');
for (const t of [...TYPES]) console.log(`  ${t.padEnd(20)} ${perType.get(t) || 0}`);
const small = [...shapes].filter(([, n]) => n < 3);
if (small.length) console.log('shapes with <3 cases: ' + small.map(([s]) => s).join(', '));
if (errors.length) {
  console.log(`\nFAIL: ${errors.length} problem(s)`);
  for (const e of errors.slice(0, 60)) console.log('  ' + e);
  process.exit(1);
}
console.log('\nOK: all checks passed');
