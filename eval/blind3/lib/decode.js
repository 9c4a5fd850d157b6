'use strict';
// Decoding candidates for a leaf: raw, URL-decoded, base64/base64url (whole leaf or long tokens), one nested level.
function tryB64(s) {
  const t = s.trim();
  if (t.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) return null;
  try {
    const out = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    if (!out || out.includes('\uFFFD') || /[\x00-\x08\x0e-\x1f]/.test(out)) return null;
    return out;
  } catch (e) { return null; }
}
function tryUrl(s) {
  if (!/%[0-9A-Fa-f]{2}|\+/.test(s)) return null;
  try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch (e) { return null; }
}
function decodings(leaf) {
  const out = new Set([leaf]);
  const step = (s) => {
    const res = [];
    const u = tryUrl(s); if (u) res.push(u);
    const b = tryB64(s); if (b) res.push(b);
    for (const m of s.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) { const d = tryB64(m[0]); if (d) res.push(d); }
    return res;
  };
  for (const a of step(leaf)) { out.add(a); for (const b of step(a)) out.add(b); }
  return [...out];
}
module.exports = { decodings, tryB64, tryUrl };
