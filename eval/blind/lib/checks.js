'use strict';
// Check-digit algorithms (used both to generate and to validate).

function luhnDigit(partial) {
  let sum = 0;
  const ds = partial.split('').reverse().map(Number);
  ds.forEach((d, i) => { if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } sum += d; });
  return String((10 - (sum % 10)) % 10);
}
const luhnValid = (s) => { s = String(s).replace(/\D/g, ''); return s.length > 1 && luhnDigit(s.slice(0, -1)) === s.slice(-1); };

// GB 11643 resident id, ISO 7064 MOD 11-2
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (s17) => { let s = 0; for (let i = 0; i < 17; i++) s += Number(s17[i]) * ID_W[i]; return '10X98765432'[s % 11]; };
const idValid = (id) => /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17];

// GB 11714 organisation code check
function orgCodeCheck(c8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const ch = c8[i]; s += (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55) * w[i]; }
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
// GB 32100 unified social credit code
const USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) {
  let s = 0; for (let i = 0; i < 17; i++) s += USCC_CH.indexOf(s17[i]) * USCC_W[i];
  const c = 31 - (s % 31); return USCC_CH[c === 31 ? 0 : c];
}
const usccValid = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17];

// ISO 13616 IBAN mod 97
function mod97(numStr) { let r = 0; for (const ch of numStr) r = (r * 10 + Number(ch)) % 97; return r; }
const ibanNum = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
function ibanCheckDigits(country, bban) { return String(98 - mod97(ibanNum(bban + country + '00'))).padStart(2, '0'); }
const ibanValid = (s) => { s = s.replace(/\s/g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && mod97(ibanNum(s.slice(4) + s.slice(0, 4))) === 1; };

// ISO 3779 VIN check digit (position 9)
const VIN_T = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinCheck(v) {
  let s = 0; for (let i = 0; i < 17; i++) { const ch = v[i]; s += (/\d/.test(ch) ? Number(ch) : VIN_T[ch]) * VIN_W[i]; }
  const c = s % 11; return c === 10 ? 'X' : String(c);
}
const vinValid = (v) => /^[A-HJ-NPR-Z0-9]{17}$/.test(v) && vinCheck(v) === v[8];

// EAN-13
function eanCheck(s12) { let s = 0; for (let i = 0; i < 12; i++) s += Number(s12[i]) * (i % 2 ? 3 : 1); return String((10 - (s % 10)) % 10); }
// ABA routing number
const abaValid = (s) => { const d = s.split('').map(Number); return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 === 0; };

module.exports = { luhnDigit, luhnValid, idCheck, idValid, orgCodeCheck, usccCheck, usccValid, USCC_CH, ibanCheckDigits, ibanValid, vinCheck, vinValid, eanCheck, abaValid };
