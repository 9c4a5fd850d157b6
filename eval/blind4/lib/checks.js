'use strict';
// Pure check-digit / structure functions shared by the generator and validator.
const { REGION_CODES } = require('./regions');

function validDate(y, m, d) {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

// GB 11643-1999 resident identity number, ISO 7064 MOD 11-2
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(s17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += (+s17[i]) * ID_W[i];
  return '10X98765432'[s % 11];
}
function validResidentId(v) {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (!REGION_CODES.has(v.slice(0, 6))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheckChar(v.slice(0, 17)) === v[17];
}

// GB 32100-2015 unified social credit code
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheckChar(s17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC_CHARS.indexOf(s17[i]) * USCC_W[i];
  const c = (31 - (s % 31)) % 31;
  return USCC_CHARS[c];
}
// GB 11714 organisation code check (chars 9-17 of the USCC)
const ORG_W = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCodeCheck(s8) {
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const ch = s8[i];
    const v = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55;
    s += v * ORG_W[i];
  }
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function validUSCC(v) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return false;
  if (!REGION_CODES.has(v.slice(2, 8))) return false;
  if (orgCodeCheck(v.slice(8, 16)) !== v[16]) return false;
  return usccCheckChar(v.slice(0, 17)) === v[17];
}

function luhnValid(d) {
  if (!/^\d+$/.test(d)) return false;
  let s = 0, alt = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let n = +d[i];
    if (alt) { n *= 2; if (n > 9) n -= 9; }
    s += n; alt = !alt;
  }
  return s % 10 === 0;
}
function luhnDigit(partial) {
  for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return String(c);
  throw new Error('unreachable');
}
function cardBrand(d) {
  const l = d.length, p2 = +d.slice(0, 2), p4 = +d.slice(0, 4);
  if (/^4/.test(d) && (l === 13 || l === 16 || l === 19)) return 'visa';
  if (p2 >= 51 && p2 <= 55 && l === 16) return 'mastercard';
  if (p4 >= 2221 && p4 <= 2720 && l === 16) return 'mastercard';
  if (/^3[47]/.test(d) && l === 15) return 'amex';
  if (p4 >= 3528 && p4 <= 3589 && l >= 16 && l <= 19) return 'jcb';
  if (/^62/.test(d) && l >= 16 && l <= 19) return 'unionpay';
  return null;
}
function validCard(v) {
  const d = v.replace(/[\s-]/g, '');
  return /^\d{13,19}$/.test(d) && luhnValid(d) && cardBrand(d) !== null;
}

const IBAN_LEN = { DE: 22, GB: 22, FR: 27, ES: 24, NL: 18, IT: 27, CH: 21, AE: 23, BE: 16, AT: 20, PL: 28, SA: 24 };
function mod97(str) {
  let r = 0;
  for (const ch of str) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dd of v) r = (r * 10 + (+dd)) % 97;
  }
  return r;
}
function ibanFrom(cc, bban) {
  const c = 98 - mod97(bban + cc + '00');
  return cc + String(c).padStart(2, '0') + bban;
}
function validIban(v) {
  const s = v.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(s)) return false;
  const L = IBAN_LEN[s.slice(0, 2)];
  if (!L || s.length !== L) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

// ISO 3779 VIN, North-American check digit (position 9)
const VIN_T = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinCheckChar(v) {
  let s = 0;
  for (let i = 0; i < 17; i++) {
    const ch = v[i];
    s += (/\d/.test(ch) ? +ch : VIN_T[ch]) * VIN_W[i];
  }
  const r = s % 11;
  return r === 10 ? 'X' : String(r);
}
function validVin(v) { return /^[A-HJ-NPR-Z0-9]{17}$/.test(v) && vinCheckChar(v) === v[8]; }

function validSSN(v) {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v);
  if (!m) return false;
  const a = +m[1], g = +m[2], s = +m[3];
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0;
}

// ICAO 9303 check digit
function mrzCheck(s) {
  const w = [7, 3, 1];
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const v = ch === '<' ? 0 : /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 55;
    t += v * w[i % 3];
  }
  return String(t % 10);
}

// ISO 6346 container check digit
function iso6346Check(s10) {
  const vals = {};
  let v = 10;
  for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') { if (v % 11 === 0) v++; vals[ch] = v; v++; }
  let t = 0;
  for (let i = 0; i < 10; i++) t += (/\d/.test(s10[i]) ? +s10[i] : vals[s10[i]]) * Math.pow(2, i);
  return String((t % 11) % 10);
}
function ean13Check(s12) {
  let t = 0;
  for (let i = 0; i < 12; i++) t += (+s12[i]) * (i % 2 ? 3 : 1);
  return String((10 - (t % 10)) % 10);
}
// UPU S10 (e.g. EMS EA123456785CN)
function s10Check(d8) {
  const w = [8, 6, 4, 2, 3, 5, 9, 7];
  let t = 0;
  for (let i = 0; i < 8; i++) t += (+d8[i]) * w[i];
  const c = 11 - (t % 11);
  return c === 10 ? '0' : c === 11 ? '5' : String(c);
}
function abaValid(r) {
  if (!/^\d{9}$/.test(r)) return false;
  const d = r.split('').map(Number);
  return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 === 0;
}

module.exports = {
  validDate, idCheckChar, validResidentId, USCC_CHARS, usccCheckChar, orgCodeCheck, validUSCC,
  luhnValid, luhnDigit, cardBrand, validCard, IBAN_LEN, ibanFrom, validIban, vinCheckChar, validVin,
  validSSN, mrzCheck, iso6346Check, ean13Check, s10Check, abaValid,
};
