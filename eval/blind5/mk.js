'use strict';
// Marker helpers: build bodies with markers, then materialise to plain JSON + labels + hard negatives.
const S = (t, v) => ({ __m: 'S', t, v });          // sensitive leaf (string or number)
const H = v => ({ __m: 'H', v });                   // hard-negative leaf
const T = (text, labels) => ({ __m: 'T', text, labels }); // free/encoded text leaf with embedded sensitive values

function piece(v, labels) {
  if (v && v.__m === 'S') { labels.push({ type: v.t, value: String(v.v) }); return String(v.v); }
  if (v && v.__m === 'H') return String(v.v);
  if (v && v.__m === 'T') { labels.push(...v.labels); return v.text; }
  return String(v);
}
// tagged template: tx`客户${PN('张三')}来电`
function tx(strings, ...vals) {
  let out = ''; const labels = [];
  strings.forEach((s, i) => { out += s; if (i < vals.length) out += piece(vals[i], labels); });
  return T(out, labels);
}
function join(parts, sep = '') { const labels = []; const out = parts.map(p => piece(p, labels)).join(sep); return T(out, labels); }
// CSV/TSV: rows of cells (markers allowed)
function table(rows, sep, quoteCommas) {
  const labels = [];
  const lines = rows.map(row => row.map(c => { let s = piece(c, labels); if (quoteCommas && /[",\n]/.test(s)) s = '"' + s.replace(/"/g, '""') + '"'; return s; }).join(sep));
  return T(lines.join('\n'), labels);
}

const esc = k => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
function mat(node, ptr, out) {
  if (node === null || typeof node !== 'object') return node;
  if (node.__m === 'S') { out.labels.push({ pointer: ptr, type: node.t, value: typeof node.v === 'number' ? JSON.stringify(node.v) : node.v }); return node.v; }
  if (node.__m === 'H') { out.hn.push(ptr); return node.v; }
  if (node.__m === 'T') { for (const l of node.labels) out.labels.push({ pointer: ptr, type: l.type, value: l.value }); return node.text; }
  if (Array.isArray(node)) return node.map((x, i) => mat(x, ptr + '/' + i, out));
  const o = {};
  for (const k of Object.keys(node)) o[k] = mat(node[k], ptr + '/' + esc(k), out);
  return o;
}
// encode an inner structure into a string leaf; inner hard negatives are dropped (cannot be pointed at)
function enc(obj, mode) {
  const tmp = { labels: [], hn: [] };
  const plain = mat(obj, '', tmp);
  let s = typeof plain === 'string' ? plain : JSON.stringify(plain);
  if (mode === 'b64') s = Buffer.from(s, 'utf8').toString('base64');
  return T(s, tmp.labels.map(l => ({ type: l.type, value: l.value })));
}
function finalize(body) {
  const out = { labels: [], hn: [] };
  const plain = mat(body, '', out);
  const seen = new Set(); const labels = [];
  for (const l of out.labels) { const k = l.pointer + '\u0000' + l.type + '\u0000' + l.value; if (!seen.has(k)) { seen.add(k); labels.push(l); } }
  return { plain, labels, hn: [...new Set(out.hn)] };
}
module.exports = { S, H, T, tx, join, table, mat, enc, finalize, esc };
