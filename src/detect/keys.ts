// Key names arrive in every convention: camelCase, snake_case, kebab, dotted,
// SCREAMING, pinyin initials and Chinese. They are reduced to lower-case word
// tokens (CJK runs stay whole) so vocabularies are written once.

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}
/** Hangul syllables and jamo: Korean keys are words like Chinese ones, and run whole. */
export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}
/** Hiragana and katakana (with the prolonged-sound mark): Japanese keys such as `フリガナ` are words too. */
export function isKana(c: number): boolean {
  return c >= 0x3041 && c <= 0x30ff && c !== 0x30fb; // not the middle dot ・, a separator
}
/** A key word written in CJK ideographs, Hangul or kana: matched as a run (`…연락처`, `…联系电话`), not as Latin tokens. */
export function isCjkWord(c: number): boolean {
  return isCjk(c) || isHangul(c) || isKana(c);
}
/** Accented Latin letters (`ñ`, `ö`, `é`, `ł`): part of a word, not a separator (× and ÷ are not letters). */
function isAccented(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}
function kindOf(c: number): number {
  if (isLower(c)) return 1;
  if (isUpper(c)) return 2;
  // Case within accented letters is left alone: a camel-case edge there is rare, a false one costly.
  if (isAccented(c)) return 1;
  if (isDigit(c)) return 3;
  if (isCjkWord(c)) return 4;
  return 0;
}

/** `contraseña` → `contrasena`, `Straße` stays `straße`: vocabularies are written without diacritics. */
function fold(token: string): string {
  for (let i = 0; i < token.length; i++) {
    if (isAccented(token.charCodeAt(i))) return token.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  return token;
}

/** `customerMobileNo` → [customer, mobile, no]; `IDCard` → [id, card]; `联系电话2` → [联系电话, 2]; `Kontonummer` → [kontonummer]. */
export function tokenize(key: string): string[] {
  const out: string[] = [];
  let start = -1;
  let prev = 0;
  const flush = (end: number): void => {
    if (start >= 0 && end > start) out.push(fold(key.slice(start, end).toLowerCase()));
    start = -1;
  };
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const k = kindOf(c);
    if (k === 0) {
      flush(i);
      prev = 0;
      continue;
    }
    if (start < 0) start = i;
    else {
      const next = i + 1 < key.length ? kindOf(key.charCodeAt(i + 1)) : 0;
      const boundary =
        (prev === 1 && k === 2) || // fooBar
        (prev === 2 && k === 2 && next === 1) || // IDCard → ID|Card
        (prev === 3) !== (k === 3) || // letters|digits
        (prev === 4) !== (k === 4); // latin|CJK
      if (boundary) {
        flush(i);
        start = i;
      }
    }
    prev = k;
  }
  flush(key.length);
  return out;
}

/** Lower case with every separator removed: the form vocabularies are written in. */
export function compact(s: string): string {
  return tokenize(s).join('');
}
