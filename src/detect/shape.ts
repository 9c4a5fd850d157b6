/** Character classes present in a value, as bits of `Shape.classes`. */
export const C = {
  DIGIT: 1, UPPER: 2, LOWER: 4, CJK: 8, SPACE: 16, AT: 32, DOT: 64, COLON: 128, DASH: 256, PLUS: 512,
  STAR: 1024, EQUALS: 2048, PERCENT: 4096, OTHER: 8192,
} as const;
export const ALL_CLASSES = 16383;

/** Full-width digits and Latin letters (`１３８…`, `ＡＢ`), as Chinese input methods type them. */
export function isFullwidthAlnum(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/**
 * Character-class counts of one value, filled in a single pass and reused
 * across leaves (one instance per classifier) so the hot path allocates
 * nothing. Detectors read it to reject values before any regex runs.
 */
export class Shape {
  len = 0;
  digits = 0;
  upper = 0;
  lower = 0;
  cjk = 0;
  space = 0;
  at = 0;
  dot = 0;
  colon = 0;
  dash = 0;
  plus = 0;
  /** `*` and other mask glyphs (•, ●, ×). */
  star = 0;
  equals = 0;
  percent = 0;
  other = 0;
  /** Full-width digits and Latin letters (`１３８`, `ＡＢ`), counted among `other` too. */
  fullwidth = 0;
  first = 0;
  last = 0;
  /** Bit set of the classes present (see C). */
  classes = 0;

  fill(v: string): this {
    const n = v.length;
    this.len = n;
    this.first = n > 0 ? v.charCodeAt(0) : 0;
    this.last = n > 0 ? v.charCodeAt(n - 1) : 0;
    let digits = 0, upper = 0, lower = 0, cjk = 0, space = 0, at = 0, dot = 0, colon = 0;
    let dash = 0, plus = 0, star = 0, equals = 0, percent = 0, other = 0, fullwidth = 0;
    for (let i = 0; i < n; i++) {
      const c = v.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90) upper++;
      else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
      else if (c === 32) space++;
      else if (c === 64) at++;
      else if (c === 46) dot++;
      else if (c === 58) colon++;
      else if (c === 45) dash++;
      else if (c === 43) plus++;
      else if (c === 42 || c === 0x2022 || c === 0x25cf || c === 0xd7) star++;
      else if (c === 61) equals++;
      else if (c === 37) percent++;
      else {
        other++;
        if (c >= 0xff10 && isFullwidthAlnum(c)) fullwidth++;
      }
    }
    this.digits = digits; this.upper = upper; this.lower = lower; this.cjk = cjk; this.space = space;
    this.at = at; this.dot = dot; this.colon = colon; this.dash = dash; this.plus = plus;
    this.star = star; this.equals = equals; this.percent = percent; this.other = other; this.fullwidth = fullwidth;
    this.classes = (digits > 0 ? C.DIGIT : 0) | (upper > 0 ? C.UPPER : 0) | (lower > 0 ? C.LOWER : 0) | (cjk > 0 ? C.CJK : 0) |
      (space > 0 ? C.SPACE : 0) | (at > 0 ? C.AT : 0) | (dot > 0 ? C.DOT : 0) | (colon > 0 ? C.COLON : 0) | (dash > 0 ? C.DASH : 0) |
      (plus > 0 ? C.PLUS : 0) | (star > 0 ? C.STAR : 0) | (equals > 0 ? C.EQUALS : 0) | (percent > 0 ? C.PERCENT : 0) | (other > 0 ? C.OTHER : 0);
    return this;
  }

  get letters(): number {
    return this.upper + this.lower;
  }
  /** Only digits, optionally grouped by spaces or dashes. */
  get digitsOnly(): boolean {
    return this.digits > 0 && this.digits + this.space + this.dash === this.len;
  }
  get alnumOnly(): boolean {
    return this.digits + this.upper + this.lower === this.len;
  }
}
