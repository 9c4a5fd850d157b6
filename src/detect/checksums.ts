// Secondary verification: the check digits and structural rules that let a
// value prove what it is, independent of its key. Pure functions over strings;
// no allocation on the reject path.

/** Luhn (ISO/IEC 7812) over the digits of s; non-digits are skipped (spaces, dashes). */
export function luhn(s: string): boolean {
  let sum = 0;
  let double = false;
  let n = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) continue;
    let d = c;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
    n++;
  }
  return n > 1 && sum % 10 === 0;
}

const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const GB11643_CHECK = '10X98765432';
/** Province-level region codes of GB/T 2260 (first two digits of a resident ID). */
const CN_PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
  50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
]);

export function cnProvinceCode(code: number): boolean {
  return CN_PROVINCES.has(code);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A plausible calendar date of birth: 1900-01-01 … today. */
/** A year before this one is in the past for as long as the process runs: no clock read for it. */
const LOADED_IN_YEAR = new Date().getUTCFullYear();

export function validBirthDate(y: number, m: number, d: number, now?: Date): boolean {
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0)) return false;
  if (now === undefined && y < LOADED_IN_YEAR) return true;
  return Date.UTC(y, m - 1, d) <= (now === undefined ? Date.now() : now.getTime());
}

function digitsAt(s: string, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** GB 11643-1999 citizen identity number: 18 chars, region, birth date and ISO 7064 MOD 11-2 check. */
export function gb11643(s: string): boolean {
  if (s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    sum += c * GB11643_WEIGHTS[i]!;
  }
  const last = s[17] === 'x' ? 'X' : s[17];
  if (GB11643_CHECK[sum % 11] !== last) return false;
  if (!CN_PROVINCES.has(digitsAt(s, 0, 2))) return false;
  return validBirthDate(digitsAt(s, 6, 4), digitsAt(s, 10, 2), digitsAt(s, 12, 2));
}

/** First-generation 15-digit ID: region and a 19yy birth date, no check digit. */
export function gb11643Legacy(s: string): boolean {
  if (s.length !== 15 || digitsAt(s, 0, 15) < 0) return false;
  if (!CN_PROVINCES.has(digitsAt(s, 0, 2))) return false;
  return validBirthDate(1900 + digitsAt(s, 6, 2), digitsAt(s, 8, 2), digitsAt(s, 10, 2));
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Registration authority codes (first char) of GB 32100-2015. */
const USCC_AUTHORITY = '123456789ANY';

/** GB 32100-2015 unified social credit code: 18 chars, authority, region and MOD 31 check. */
export function gb32100(s: string): boolean {
  if (s.length !== 18 || USCC_AUTHORITY.indexOf(s[0]!) < 0) return false;
  if (!CN_PROVINCES.has(digitsAt(s, 2, 2))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(s[i]!);
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARS[check] === s[17];
}

/** IBAN lengths by country (ISO 13616 registry, common countries). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18,
  EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27,
  KW: 30, KZ: 20, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25,
  QA: 29, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TR: 26,
};

/** IBAN: country length and ISO 7064 MOD 97-10. Spaces are ignored. */
export function iban(raw: string): boolean {
  const s = raw.indexOf(' ') >= 0 ? raw.replace(/ /g, '') : raw;
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (len === undefined || s.length !== len) return false;
  let rem = 0;
  for (let k = 0; k < s.length; k++) {
    const i = (k + 4) % s.length;
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  // A-H → 1-8, J-N → 1-5, P → 7, R → 9, S-Z → 2-9 (I, O, Q never appear).
  if (c >= 65 && c <= 72) return c - 64;
  if (c >= 74 && c <= 78) return c - 73;
  if (c === 80) return 7;
  if (c === 82) return 9;
  if (c >= 83 && c <= 90) return c - 81;
  return -1;
}

/** VIN charset (ISO 3779: no I, O, Q), 17 chars. */
export function vinShape(s: string): boolean {
  if (s.length !== 17) return false;
  for (let i = 0; i < 17; i++) if (vinValue(s.charCodeAt(i)) < 0) return false;
  return true;
}

/** VIN check digit at position 9 (North America, and GB 16735 in China). */
export function vinCheck(s: string): boolean {
  if (!vinShape(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += vinValue(s.charCodeAt(i)) * VIN_WEIGHTS[i]!;
  const r = sum % 11;
  return s[8] === (r === 10 ? 'X' : String(r));
}

/** US SSN issuance rules: area not 000/666/9xx, group not 00, serial not 0000. */
export function ssnRules(area: number, group: number, serial: number): boolean {
  return area > 0 && area !== 666 && area < 900 && group > 0 && serial > 0;
}

/** Issuer ranges: Visa, Mastercard (51-55, 2221-2720), Amex, UnionPay, JCB, Discover, Diners. */
export function cardBin(d: string): boolean {
  const n = d.length;
  const p2 = +d.slice(0, 2);
  const p4 = +d.slice(0, 4);
  if (d[0] === '4') return n === 13 || n === 16 || n === 19;
  if (p2 >= 51 && p2 <= 55) return n === 16;
  if (p4 >= 2221 && p4 <= 2720) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p2 === 62) return n >= 16 && n <= 19;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
  if (p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499)) return n >= 16 && n <= 19;
  if (p2 === 36 || (p4 >= 3000 && p4 <= 3059)) return n >= 14 && n <= 19;
  return false;
}
