// Static reading of one path segment: is it obviously a value (an id, a uuid, a
// date, a hash…) rather than a resource name? Values become placeholders at
// once, without waiting for traffic to prove their cardinality; everything else
// is left to the learned rule in the templater.

export type Placeholder = '{id}' | '{uuid}' | '{hash}' | '{date}' | '{email}' | '{token}' | '{param}';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$/;
const HEX = /^[0-9a-f]+$/i;
const PERCENT_ESCAPE = /%[0-9a-f]{2}/i;

const enum C {
  Digit,
  Lower,
  Upper,
  Joiner, // - _ . ~ : which ids and slugs are made of
  Other,
}

function charClass(code: number): C {
  if (code >= 48 && code <= 57) return C.Digit;
  if (code >= 97 && code <= 122) return C.Lower;
  if (code >= 65 && code <= 90) return C.Upper;
  if (code === 45 || code === 95 || code === 46 || code === 126 || code === 58) return C.Joiner;
  return C.Other;
}

/** The placeholder a segment stands for, or null when it reads as a name. */
export function placeholderFor(seg: string): Placeholder | null {
  let digits = 0;
  let lower = 0;
  let upper = 0;
  let other = 0;
  // Letter↔digit alternations: `a1b2c3` alternates a lot, `oauth2` and `sha256` once.
  let alternations = 0;
  let prevAlpha: boolean | null = null;
  // Lower↔upper flips: random ids flip about every other letter, camelCase names rarely.
  let caseFlips = 0;
  let prevCase: C | null = null;
  for (let i = 0; i < seg.length; i++) {
    const c = charClass(seg.charCodeAt(i));
    if (c === C.Digit) digits++;
    else if (c === C.Lower) lower++;
    else if (c === C.Upper) upper++;
    else if (c === C.Other) other++;
    if (c === C.Lower || c === C.Upper) {
      if (prevCase !== null && c !== prevCase) caseFlips++;
      prevCase = c;
    }
    if (c === C.Digit || c === C.Lower || c === C.Upper) {
      const alpha = c !== C.Digit;
      if (prevAlpha !== null && alpha !== prevAlpha) alternations++;
      prevAlpha = alpha;
    }
  }
  const letters = lower + upper;
  if (digits === seg.length) return '{id}';
  if (other > 0) {
    if (seg.includes('@')) return '{email}';
    // Percent-escapes and raw non-ASCII are search terms, names, tags: values.
    return PERCENT_ESCAPE.test(seg) || hasNonAscii(seg) ? '{param}' : null;
  }
  if (digits > 0 && seg.length === 36 && UUID.test(seg)) return '{uuid}';
  if (digits >= 4 && DATE.test(seg)) return '{date}';
  if (seg.length >= 16 && digits > 0 && letters > 0 && HEX.test(seg)) return '{hash}';
  if (seg.length >= 16 && lower > 0 && upper > 0 && (digits > 0 || caseFlips * 3 >= letters)) return '{token}';
  if (digits >= 4 || (digits > 0 && alternations >= 3)) return '{id}';
  return null;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/** A name-like segment (`users`, `order-items`): many of them under one node may still be names. */
export function isWordLike(seg: string): boolean {
  if (seg.length === 0 || seg.length > 32) return false;
  for (let i = 0; i < seg.length; i++) {
    const c = charClass(seg.charCodeAt(i));
    if (c !== C.Lower && !(c === C.Joiner && i > 0)) return false;
  }
  return true;
}
