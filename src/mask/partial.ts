import type { SensitiveType } from '../types';

// `partial`: keep a recognisable, type-specific shape and hide the rest. Every
// shape hides at least a third of the identifying characters, so a short or odd
// value never comes out unchanged.

const STAR = '*';
const STARS = STAR.repeat(64);

/** n stars: a slice of a constant, where String.prototype.repeat would be a runtime call per masked value. */
function stars(n: number): string {
  return n <= STARS.length ? STARS.slice(0, n) : STAR.repeat(n);
}

// Class tests take UTF-16 code units: the classes are ASCII, so a surrogate half
// is never in one and astral characters pass through untouched, in order.
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19); // full-width digits count as digits
}
/** What `\s` matches in a regular expression. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
function isAlnum(c: number): boolean {
  return isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * Hides the characters of one class except the first `head` and last `tail` of
 * them; other characters (separators, '+', spaces) keep their place. Built from
 * three slices and star runs, not character by character: it runs per masked leaf.
 */
function keepEnds(value: string, head: number, tail: number, inClass: (c: number) => boolean): string {
  const n = value.length;
  let total = 0;
  for (let i = 0; i < n; i++) if (inClass(value.charCodeAt(i))) total++;
  if (total === 0) return quarter(value);
  const minHidden = Math.ceil(total / 3);
  while (head + tail > total - minHidden) {
    if (head > 0) head--;
    else tail--;
  }
  // All of one class (a bare phone, card or ID number): the hidden part is one run of stars.
  if (total === n) return value.slice(0, head) + stars(n - head - tail) + value.slice(n - tail);
  // [from, to): from the first hidden class character to just past the last one.
  let from = 0;
  let to = 0;
  for (let i = 0, seen = 0; i < n; i++) {
    if (!inClass(value.charCodeAt(i))) continue;
    if (seen === head) from = i;
    if (seen === total - tail - 1) {
      to = i + 1;
      break;
    }
    seen++;
  }
  let mid = '';
  let hidden = 0;
  for (let i = from; i < to; i++) {
    if (inClass(value.charCodeAt(i))) hidden++;
    else {
      mid += stars(hidden) + value[i];
      hidden = 0;
    }
  }
  return value.slice(0, from) + mid + stars(hidden) + value.slice(to);
}

/** Whether a string has a surrogate (an astral character): only then do UTF-16 units and characters differ. */
function hasSurrogate(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Keeps about the first and last quarter. */
function quarter(value: string): string {
  if (!hasSurrogate(value)) {
    const k = value.length >> 2;
    return value.slice(0, k) + stars(value.length - 2 * k) + value.slice(value.length - k);
  }
  const chars = Array.from(value);
  const k = Math.floor(chars.length / 4);
  return chars.slice(0, k).join('') + stars(chars.length - 2 * k) + chars.slice(chars.length - k).join('');
}

function email(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return quarter(value);
  return Array.from(value.slice(0, at))[0] + '***' + value.slice(at);
}

const HAN = /\p{Script=Han}/u;

/** `张*`, `J*** S****`: the first character of each word stays. */
/** Every unit in U+4E00–U+9FA5 (ideographs assigned since Unicode 1.1): Han script, no spaces, no surrogates. */
function allIdeographs(v: string): boolean {
  if (v.length === 0) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fa5) return false;
  }
  return true;
}

function personName(value: string): string {
  // A Chinese name, the common case, needs neither the script regex nor a code-point array.
  if (allIdeographs(value)) return value[0] + stars(Math.max(1, value.length - 1));
  if (HAN.test(value)) {
    const chars = Array.from(value.trim());
    return chars[0] + stars(Math.max(1, chars.length - 1));
  }
  if (hasSurrogate(value)) {
    return value.replace(/\S+/g, (word) => {
      const chars = Array.from(word);
      return chars[0] + stars(Math.max(1, chars.length - 1));
    });
  }
  // Every character is one unit: each run of non-spaces keeps its first and hides the rest (at least one star).
  let out = '';
  let i = 0;
  while (i < value.length) {
    let j = i;
    while (j < value.length && !isSpace(value.charCodeAt(j))) j++;
    if (j > i) out += value[i] + stars(Math.max(1, j - i - 1));
    i = j;
    while (j < value.length && isSpace(value.charCodeAt(j))) j++;
    out += value.slice(i, j);
    i = j;
  }
  return out;
}

// Province- and city-level markers, most specific (city) first.
const CN_REGION_ENDS = ['市', '自治州', '地区', '盟', '特别行政区', '自治区', '省'];

/** Keeps the province/city part: `广东省深圳市****`, `****, Springfield, IL 62701`. */
function streetAddress(value: string): string {
  if (HAN.test(value)) {
    for (const marker of CN_REGION_ENDS) {
      const i = value.indexOf(marker);
      if (i > 0 && i + marker.length < value.length) return value.slice(0, i + marker.length) + '****';
    }
    return quarter(value);
  }
  const parts = value.split(',');
  if (parts.length < 3) return quarter(value);
  return '****,' + parts.slice(-2).join(',');
}

/** Keeps the year: `1990-**-**`. */
function dateOfBirth(value: string): string {
  return /^\d{4}/.test(value) ? value.slice(0, 4) + value.slice(4).replace(/\d/g, STAR) : quarter(value);
}

/** IPv4 keeps its first two octets; anything else the quarter rule. */
function ipAddress(value: string): string {
  const m = /^(\d{1,3}\.\d{1,3}\.)\d{1,3}\.\d{1,3}$/.exec(value);
  return m === null ? quarter(value) : m[1] + '*.*';
}

export function partialMask(value: string, type: SensitiveType): string {
  const out = shape(value, type);
  // A shape that found nothing to hide (e.g. a blank "name") must still hide the value.
  return out === value ? stars(Array.from(value).length) : out;
}

function shape(value: string, type: SensitiveType): string {
  switch (type) {
    case 'PHONE_NUMBER':
      return keepEnds(value, 3, 4, isDigit);
    case 'EMAIL_ADDRESS':
      return email(value);
    case 'CN_RESIDENT_ID':
      return keepEnds(value, 6, 4, isAlnum);
    case 'PAYMENT_CARD':
      return keepEnds(value, 4, 4, isDigit);
    case 'BANK_ACCOUNT':
    case 'US_SSN':
      return keepEnds(value, 0, 4, isDigit);
    case 'PERSON_NAME':
      return personName(value);
    case 'STREET_ADDRESS':
      return streetAddress(value);
    case 'DATE_OF_BIRTH':
      return dateOfBirth(value);
    case 'IP_ADDRESS':
      return ipAddress(value);
    case 'CREDENTIAL':
      return `[${type}]`;
    default:
      return quarter(value);
  }
}
