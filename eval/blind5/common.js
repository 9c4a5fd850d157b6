'use strict';
// Shared helpers for validate.js / audit.js: pointer resolution, leaf walking, decoding of encoded string leaves.
function unesc(t) { return t.replace(/~1/g, '/').replace(/~0/g, '~'); }
function resolve(doc, ptr) {
  if (ptr === '') return { ok: true, val: doc };
  if (ptr[0] !== '/') return { ok: false };
  let cur = doc;
  for (const raw of ptr.slice(1).split('/')) {
    const k = unesc(raw);
    if (Array.isArray(cur)) { if (!/^(0|[1-9]\d*)$/.test(k) || +k >= cur.length) return { ok: false }; cur = cur[+k]; }
    else if (cur && typeof cur === 'object') { if (!Object.prototype.hasOwnProperty.call(cur, k)) return { ok: false }; cur = cur[k]; }
    else return { ok: false };
  }
  return { ok: true, val: cur };
}
const esc = k => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
function leaves(node, ptr = '', out = []) {
  if (node !== null && typeof node === 'object') {
    if (Array.isArray(node)) node.forEach((x, i) => leaves(x, ptr + '/' + i, out));
    else for (const k of Object.keys(node)) leaves(node[k], ptr + '/' + esc(k), out);
  } else out.push([ptr, node]);
  return out;
}
function stringLeaves(node, out = []) {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object') for (const x of Object.values(node)) stringLeaves(x, out);
  return out;
}
// all plausible decodings of a string leaf: itself, URL-decoded, base64-decoded, and (recursively) string leaves of embedded JSON
function decodings(s, depth = 0, acc = new Set()) {
  if (acc.has(s) || depth > 4) return acc;
  acc.add(s);
  if (/%[0-9A-Fa-f]{2}/.test(s)) { try { decodings(decodeURIComponent(s.replace(/\+/g, ' ')), depth + 1, acc); } catch (e) { /* ignore */ } }
  const t = s.trim();
  if (t.length >= 16 && t.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(t)) {
    const d = Buffer.from(t, 'base64').toString('utf8');
    if (!d.includes('\uFFFD') && !/[\x00-\x08\x0E-\x1F]/.test(d)) decodings(d, depth + 1, acc);
  }
  if (/^\s*[\[{"]/.test(s)) { try { const j = JSON.parse(s); for (const x of stringLeaves(j)) decodings(x, depth + 1, acc); } catch (e) { /* ignore */ } }
  return acc;
}
module.exports = { resolve, leaves, decodings, esc };
