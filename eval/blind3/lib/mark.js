'use strict';
// Markers used by shape builders. A body is a plain JS object whose leaves may be:
//   L(type, value[, leaf])  -> a sensitive leaf (leaf defaults to value; may be a number)
//   tx(...parts)            -> a string leaf assembled from text and [type, value] pieces (embedded PII)
//   N(value)                -> a hard-negative leaf
//   jsonStr(obj) / b64(m) / urlenc(m) / qs(pairs) -> encoded string leaves that keep the decoded labels
// resolve() turns the marked tree into plain JSON and computes RFC 6901 pointers.
class Lab { constructor(leaf, labels) { this.leaf = leaf; this.labels = labels; } }
class Neg { constructor(leaf) { this.leaf = leaf; } }

function dedupe(labels) {
  const seen = new Set(), out = [];
  for (const l of labels) { if (seen.has(l.type)) continue; seen.add(l.type); out.push(l); }
  return out;
}
const L = (type, value, leaf) => new Lab(leaf === undefined ? value : leaf, [{ type, value: String(value) }]);
const N = (v) => new Neg(v);
function tx(...parts) {
  let s = ''; const labels = [];
  for (const p of parts.flat(0)) {
    if (p === null || p === undefined || p === false) continue;
    if (p instanceof Lab) { s += String(p.leaf); labels.push(...p.labels); }
    else if (p instanceof Neg) s += String(p.leaf);
    else if (Array.isArray(p)) { s += String(p[2] !== undefined ? p[2] : p[1]); labels.push({ type: p[0], value: String(p[1]) }); }
    else s += String(p);
  }
  return new Lab(s, dedupe(labels));
}
function text(m) { return m instanceof Lab || m instanceof Neg ? String(m.leaf) : String(m); }
function labelsOf(m) { return m instanceof Lab ? m.labels : []; }
function jsonStr(obj, indent) {
  const acc = { labels: [], negs: [] };
  const plain = resolve(obj, '', acc);
  return new Lab(JSON.stringify(plain, null, indent), dedupe(acc.labels.map((l) => ({ type: l.type, value: l.value }))));
}
const b64 = (m, urlsafe) => {
  let s = Buffer.from(text(m), 'utf8').toString('base64');
  if (urlsafe) s = s.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return new Lab(s, labelsOf(m));
};
const urlenc = (m) => new Lab(encodeURIComponent(text(m)), labelsOf(m));
function qs(pairs) { // [[k, v|marker], ...] -> "k=v&k=v" with URL-encoded values
  const labels = []; const s = pairs.map(([k, v]) => { labels.push(...labelsOf(v)); return `${k}=${encodeURIComponent(text(v))}`; }).join('&');
  return new Lab(s, dedupe(labels));
}
const esc = (k) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
function resolve(node, ptr, acc) {
  if (node instanceof Lab) {
    for (const l of node.labels) acc.labels.push({ pointer: ptr, type: l.type, value: l.value });
    return node.leaf;
  }
  if (node instanceof Neg) { acc.negs.push(ptr); return node.leaf; }
  if (Array.isArray(node)) return node.map((x, i) => resolve(x, ptr + '/' + i, acc));
  if (node && typeof node === 'object') {
    const o = {};
    for (const k of Object.keys(node)) { if (node[k] === undefined) continue; o[k] = resolve(node[k], ptr + '/' + esc(k), acc); }
    return o;
  }
  return node;
}
module.exports = { Lab, Neg, L, N, tx, text, jsonStr, b64, urlenc, qs, resolve, esc, dedupe };
