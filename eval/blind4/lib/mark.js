'use strict';
// Marked leaves. Shapes build plain JS objects in which some leaves are Mark
// instances: labelled leaves (one or more [type, value] pairs) or hard
// negatives. finalize() walks the tree, replaces Marks with their raw value
// and records RFC 6901 pointers.

class Mark {
  constructor(raw, labels, hn) { this.raw = raw; this.labels = labels || []; this.hn = !!hn; }
}
const isMark = (x) => x instanceof Mark;

// L(type, raw[, value]) - leaf labelled with one type; value defaults to String(raw)
const L = (type, raw, value) => new Mark(raw, [[type, value === undefined ? String(raw) : String(value)]]);
// LL(raw, [[type, value], ...]) - leaf with several embedded values
const LL = (raw, pairs) => (pairs.length ? new Mark(raw, pairs) : raw);
// H(raw) - hard negative leaf
const H = (raw) => new Mark(raw, [], true);

// Text builder: const t = T(); const s = `...${t('PHONE_NUMBER', p)}...`; t.done(s)
function T() {
  const labels = [];
  const f = (type, v) => { labels.push([type, String(v)]); return v; };
  // done() consumes the collected labels, so one builder can serve several leaves in sequence
  f.done = (s) => { const l = labels.splice(0); return l.length ? new Mark(s, l) : s; };
  f.labels = labels;
  return f;
}

const escPtr = (k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');

function dedupe(pairs) {
  const seen = new Set(), out = [];
  for (const [t, v] of pairs) if (!seen.has(t)) { seen.add(t); out.push([t, v]); }
  return out;
}

function finalize(root) {
  const labels = [], hns = [];
  const walk = (node, ptr) => {
    if (isMark(node)) {
      const raw = node.raw;
      if (typeof raw === 'number' && !Number.isSafeInteger(raw) && Number.isInteger(raw)) throw new Error('unsafe integer at ' + ptr);
      if (typeof raw !== 'string' && typeof raw !== 'number') throw new Error('mark raw must be leaf at ' + ptr);
      if (node.hn) hns.push(ptr);
      for (const [type, value] of dedupe(node.labels)) labels.push({ pointer: ptr, type, value });
      return raw;
    }
    if (Array.isArray(node)) return node.map((x, i) => walk(x, ptr + '/' + i));
    if (node && typeof node === 'object') {
      const o = {};
      for (const k of Object.keys(node)) o[k] = walk(node[k], ptr + '/' + escPtr(k));
      return o;
    }
    return node;
  };
  const plain = walk(root, '');
  return { plain, labels, hns };
}

const rawOf = (x) => (isMark(x) ? x.raw : x);
const labelsOf = (x) => (isMark(x) ? x.labels : []);
const wrap = (raw, labels, hnIfClean) => (labels.length ? new Mark(raw, dedupe(labels)) : hnIfClean ? H(raw) : raw);

// JSON-in-a-string: inner labels bubble up to the string leaf
function J(obj, opts = {}) {
  const f = finalize(obj);
  const s = JSON.stringify(f.plain, null, opts.indent || 0);
  return wrap(s, f.labels.map((l) => [l.type, l.value]), opts.hn);
}
// base64 of a string / marked string / JSON-in-string
function B64(x, opts = {}) {
  let s = Buffer.from(String(rawOf(x)), 'utf8').toString('base64');
  if (opts.urlsafe) s = s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return wrap((opts.prefix || '') + s, labelsOf(x), opts.hn);
}
const URLENC = (x, opts = {}) => wrap(encodeURIComponent(String(rawOf(x))), labelsOf(x), opts.hn);
// k=v&k=v from an object whose values may be marks
function FORM(obj, opts = {}) {
  const parts = [], labels = [];
  for (const [k, v] of Object.entries(obj)) {
    const raw = String(rawOf(v));
    parts.push(`${k}=${opts.noEncode ? raw : encodeURIComponent(raw).replace(/%20/g, '+')}`);
    labels.push(...labelsOf(v));
  }
  return wrap(parts.join(opts.sep || '&'), labels, opts.hn);
}
// Concatenate strings/marks into a single text leaf (labels merge)
function CAT(...xs) {
  const labels = [];
  const s = xs.map((x) => { labels.push(...labelsOf(x)); return String(rawOf(x)); }).join('');
  return wrap(s, labels);
}

// ---- key styles ----
const words = (k) => k.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(/[\s_-]+/).filter(Boolean).map((w) => w.toLowerCase());
const STYLES = {
  camel: (k) => { const w = words(k); return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join(''); },
  snake: (k) => words(k).join('_'),
  pascal: (k) => words(k).map((x) => x[0].toUpperCase() + x.slice(1)).join(''),
  upper: (k) => words(k).join('_').toUpperCase(),
  kebab: (k) => words(k).join('-'),
};
function restyle(node, style) {
  if (!style) return node;
  const fn = STYLES[style];
  if (isMark(node) || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((x) => restyle(x, style));
  const o = {};
  for (const k of Object.keys(node)) o[/^[A-Za-z][A-Za-z0-9]*$/.test(k) ? fn(k) : k] = restyle(node[k], style);
  return o;
}

module.exports = { Mark, isMark, L, LL, H, T, J, B64, URLENC, FORM, CAT, finalize, restyle, STYLES, escPtr, rawOf };
