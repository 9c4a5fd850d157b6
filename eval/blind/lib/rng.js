'use strict';
// Seeded PRNG (mulberry32) plus small helpers. Everything in the corpus is
// derived from one of these, so a given seed always yields the same file.

function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  const chars = (n, alphabet) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)]; return s; };
  const digits = (n) => chars(n, '0123456789');
  const nzdigits = (n) => chars(1, '123456789') + digits(n - 1);
  const hex = (n) => chars(n, '0123456789abcdef');
  const alnum = (n) => chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  const upper = (n) => chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const lower = (n) => chars(n, 'abcdefghijklmnopqrstuvwxyz');
  const bytes = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = int(0, 255); return b; };
  const shuffle = (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = int(0, i); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; };
  const sample = (arr, k) => shuffle(arr).slice(0, k);
  const uuid = () => { const h = hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; };
  return { next, int, pick, chance, chars, digits, nzdigits, hex, alnum, upper, lower, bytes, shuffle, sample, uuid };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

module.exports = { makeRng, pad };
