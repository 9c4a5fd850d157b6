'use strict';
// Small seeded PRNG (mulberry32) with helpers. Deterministic for a given seed.
function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (const c of String(s)) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
  return h >>> 0;
}
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
class Rng {
  constructor(seed) { this.f = mulberry32(seed >>> 0); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  chance(p) { return this.f() < p; }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += this.int(0, 9); return s; }
  chars(n, cs) { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(this.f() * cs.length)]; return s; }
  hex(n) { return this.chars(n, '0123456789abcdef'); }
  alnum(n) { return this.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'); }
  upper(n) { return this.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'); }
  float(a, b, dp) { return +(a + this.f() * (b - a)).toFixed(dp); }
  shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  sample(arr, k) { return this.shuffle(arr).slice(0, k); }
  times(n, fn) { const out = []; for (let i = 0; i < n; i++) out.push(fn(i)); return out; }
}
module.exports = { Rng, hashStr };
