'use strict';
// Small seeded PRNG (mulberry32) plus convenience helpers. Everything random in
// the generator goes through one of these objects, so output is deterministic.

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
  return h;
}

function makeRng(seed, salt = '') {
  const next = mulberry32((Math.imul(seed >>> 0, 2654435761) ^ hashStr(salt)) >>> 0);
  const r = {
    next,
    int: (a, b) => a + Math.floor(next() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    digits: (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(next() * 10); return s; },
    nzDigits: (n) => String(1 + Math.floor(next() * 9)) + r.digits(n - 1),
    chars: (n, alphabet) => { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)]; return s; },
    hex: (n) => r.chars(n, '0123456789abcdef'),
    alnum: (n) => r.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    upper: (n) => r.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
    sample: (arr, k) => r.shuffle(arr).slice(0, k),
    float: (a, b, dp) => Number((a + next() * (b - a)).toFixed(dp)),
  };
  return r;
}

module.exports = { makeRng, hashStr };
