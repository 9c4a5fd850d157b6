'use strict';
// Markers used while building a body. A shape builds an ordinary JS object in
// which some leaves are wrapped:
//   S(type, value)  – sensitive leaf; value may be a string or a number
//   H(value)        – hard-negative leaf (looks sensitive, is not)
//   txt`...${S()}...${H()}...`  – a string leaf with embedded values
//   json(obj)       – a leaf holding JSON text of obj (markers inside are collected)
//   b64(t)          – base64 of an embedded text (t from txt/json/kv)
//   urlenc(t)       – encodeURIComponent of a whole embedded text
//   kv(pairs, sep, eq, encodeValues) – "k=v&k=v" / "k=v;k=v" strings
// finalize(obj) turns the tree into plain JSON and collects labels (one per
// type per embedded leaf, first occurrence wins) and hard-negative pointers.

const S = (type, value) => ({ __k: 'S', type, value });
const H = (value) => ({ __k: 'H', value });
const isM = (x, k) => x !== null && typeof x === 'object' && x.__k === k;

// embedded text: text = decoded leaf text, stored = what is written in the leaf
const T = (text, stored, labels, hard) => ({ __k: 'T', text, stored, labels, hard });

function txt(strings, ...vals) {
  let out = strings[0];
  const labels = []; let hard = false;
  vals.forEach((v, i) => {
    if (isM(v, 'S')) { labels.push([v.type, String(v.value)]); out += String(v.value); }
    else if (isM(v, 'H')) { hard = true; out += String(v.value); }
    else if (isM(v, 'T')) { labels.push(...v.labels); hard = hard || v.hard; out += v.stored; }
    else out += String(v);
    out += strings[i + 1];
  });
  return T(out, out, labels, hard);
}

function escPtr(k) { return String(k).replace(/~/g, '~0').replace(/\//g, '~1'); }

function walk(n, ptr, sink) {
  if (isM(n, 'S')) { sink.labels.push({ pointer: ptr, type: n.type, value: String(n.value) }); return n.value; }
  if (isM(n, 'H')) { sink.hn.push(ptr); return n.value; }
  if (isM(n, 'T')) {
    const seen = new Set();
    for (const [type, value] of n.labels) {
      if (seen.has(type)) continue;
      seen.add(type);
      sink.labels.push({ pointer: ptr, type, value });
    }
    if (!n.labels.length && n.hard) sink.hn.push(ptr);
    return n.stored;
  }
  if (Array.isArray(n)) return n.map((x, i) => walk(x, `${ptr}/${i}`, sink));
  if (n !== null && typeof n === 'object') {
    const o = {};
    for (const k of Object.keys(n)) o[k] = walk(n[k], `${ptr}/${escPtr(k)}`, sink);
    return o;
  }
  return n;
}

function finalize(root) {
  const sink = { labels: [], hn: [] };
  const plain = walk(root, '', sink);
  return { plain, labels: sink.labels, hardNegatives: sink.hn };
}

function collect(obj) {
  const sink = { labels: [], hn: [] };
  const plain = walk(obj, '', sink);
  return { plain, labels: sink.labels.map((l) => [l.type, l.value]), hard: sink.hn.length > 0 };
}

function json(obj, indent) {
  const c = collect(obj);
  const s = JSON.stringify(c.plain, null, indent);
  return T(s, s, c.labels, c.hard);
}

function b64(t, urlSafe) {
  let s = Buffer.from(t.stored, 'utf8').toString('base64');
  if (urlSafe) s = s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return T(t.text, s, t.labels, t.hard);
}

function urlenc(t) { return T(t.text, encodeURIComponent(t.stored), t.labels, t.hard); }

function kv(pairs, sep = '&', eq = '=', encodeValues = false) {
  const labels = []; let hard = false; const plainParts = []; const storedParts = [];
  for (const [k, v] of pairs) {
    let raw;
    if (isM(v, 'S')) { labels.push([v.type, String(v.value)]); raw = String(v.value); }
    else if (isM(v, 'H')) { hard = true; raw = String(v.value); }
    else raw = String(v);
    plainParts.push(`${k}${eq}${raw}`);
    storedParts.push(`${k}${eq}${encodeValues ? encodeURIComponent(raw) : raw}`);
  }
  return T(plainParts.join(sep), storedParts.join(sep), labels, hard);
}

module.exports = { S, H, txt, json, b64, urlenc, kv, finalize, escPtr, isM };
