// Replacement text into output bytes without a native call per masked leaf:
// the values are short, and crossing into C++ (JSON.stringify, Buffer#write,
// Buffer.byteLength) costs more than the few characters themselves. Long
// texts, where the native loop wins, still go native.

const NATIVE_FROM = 128;

/** JSON text of a string: what JSON.stringify returns, taken from it only when something needs escaping. */
export function jsonQuote(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Control characters, '"', '\' and surrogates (lone ones are escaped by JSON.stringify) take the general path.
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return '"' + s + '"';
}

function isPair(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Bytes of s in UTF-8, as Buffer.byteLength counts them (a lone surrogate is U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  if (s.length > NATIVE_FROM) return Buffer.byteLength(s, 'utf8');
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (isPair(s, i)) {
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/** Writes s as UTF-8 at buf[at], as Buffer#write would; returns the offset after it. */
export function writeUtf8(buf: Buffer, at: number, s: string): number {
  if (s.length > NATIVE_FROM) return at + buf.write(s, at, 'utf8');
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      buf[at++] = c;
      continue;
    }
    if (c < 0x800) {
      buf[at++] = 0xc0 | (c >> 6);
      buf[at++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (isPair(s, i)) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      buf[at++] = 0xf0 | (c >> 18);
      buf[at++] = 0x80 | ((c >> 12) & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      buf[at++] = 0xe0 | (c >> 12);
    }
    buf[at++] = 0x80 | ((c >> 6) & 0x3f);
    buf[at++] = 0x80 | (c & 0x3f);
  }
  return at;
}
