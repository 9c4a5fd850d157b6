import { validBirthDate } from '../checksums';
import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const YMD = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** 出生年月: a birth month (`1990-05`, `1990年5月`). */
const YM = /^(\d{4})[-/.年](\d{1,2})月?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
// English dates with a month name: `May 12, 1990`, `12 May 1990`, `Sept. 3 1985`.
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const NAMED_SRC = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})`;
const NAMED = new RegExp(`^(?:(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|(\\d{1,2}) (${MONTH}),? (\\d{4}))$`);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Airline and travel systems (IATA/GDS documents): `01MAY83`, `01MAY1983`, `01-MAY-1983`. */
const DMMMY = /^(\d{2})-?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-?(\d{2}|\d{4})$/;
const CUE_TEXT = new RegExp(
  '(?:出生(?:日期|于|年月)?|生日|DOB|D\\.O\\.B\\.|born(?: on)?|date of birth|birthday)\\s*(?:[:：]|是|为)?\\s*' +
  `(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?|\\d{1,2}\\/\\d{1,2}\\/\\d{4}|${NAMED_SRC})`,
  'gi',
);
const EV_DATE = evidence('a recent calendar date (an event, more likely than a birth)', -1.5);
const EV_OLD_DATE = evidence('a calendar date 16-100 years ago (the age range of people)', 0.5);
// Only a birth key can carry these: a birth date stored as a zoned timestamp (midnight elsewhere), or a birth month.
const EV_TIMED = evidence('a date 16-100 years ago with a time of day', -1.5);
const EV_MONTH = evidence('a year and month 16-100 years ago', -1.5);
const EV_EPOCH = evidence('a Unix time (seconds or milliseconds) 16-100 years ago', -1.5);
const EV_CUE = evidence('date right after 出生/生日/born/DOB', 5);
const EV_PART = evidence('a day, month or year number (a birth date only by its key)', 0);

const THIS_YEAR = new Date().getUTCFullYear();
function ymd(y: string, m: string, d: string): boolean {
  return validBirthDate(+y, +m, +d);
}
function age(y: string): typeof EV_DATE {
  const years = THIS_YEAR - +y;
  return years >= 16 && years <= 100 ? EV_OLD_DATE : EV_DATE;
}

/** A day or month (1-31), or a year from 1900 to now. */
function datePart(v: string): boolean {
  const n = +v;
  return v.length <= 2 ? n >= 1 && n <= 31 : v.length === 4 && n >= 1900 && n <= THIS_YEAR;
}

/** The value opens with a four-digit year 16-100 years ago. */
function oldYear(v: string): boolean {
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    y = y * 10 + d;
  }
  return THIS_YEAR - y >= 16 && THIS_YEAR - y <= 100;
}

function epoch(v: string, digits: number): typeof EV_DATE | null {
  const ms = digits >= 12 ? +v : +v * 1000;
  const year = new Date(ms).getUTCFullYear();
  return THIS_YEAR - year >= 16 && THIS_YEAR - year <= 100 ? EV_EPOCH : null;
}

function travelDate(v: string): typeof EV_DATE | null {
  const m = DMMMY.exec(v);
  if (m === null) return null;
  // A two-digit year is the latest one not in the future (`04` 2004, `83` 1983).
  const yy = +m[3]!;
  const year = m[3]!.length === 4 ? m[3]! : String(yy <= THIS_YEAR % 100 ? 2000 + yy : 1900 + yy);
  return ymd(year, String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1), m[1]!) ? age(year) : null;
}

function named(v: string): typeof EV_DATE | null {
  const m = NAMED.exec(v);
  if (m === null) return null;
  const month = MONTHS.indexOf((m[1] ?? m[5]!).slice(0, 3).toLowerCase()) + 1;
  const year = m[3] ?? m[6]!;
  return ymd(year, String(month), m[2] ?? m[4]!) ? age(year) : null;
}

export const dateOfBirth: Detector = {
  type: 'DATE_OF_BIRTH',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.DASH | C.DOT | C.OTHER | C.CJK | C.UPPER | C.LOWER | C.COLON | C.PLUS | C.SPACE },
  lengths: [1, 29],
  maxWeight: 0.5,
  keys: {
    strong: [
      // Full pinyin (出生日期), French, Turkish and Indonesian words, romanised Korean (생년월일, 생일), Thai (วันเกิด),
      // Arabic (تاريخ الميلاد).
      'chushengriqi', 'chusheng', 'datenaissance', 'naissance', 'dogumtarihi', 'tanggallahir', 'saengnyeonworil', 'saengil',
      'wankoet', 'tarikhalmilad', 'tarikhmilad',
      // Social insurance systems' standard column (人社 data dictionary: aac006 出生日期).
      'aac006',
      'birthday', 'birthdate', 'dob', 'dateofbirth', 'birth', 'bday', 'csrq', 'shengri', 'borndate', 'birthdt', 'birthdy', 'csny', 'birthymd', 'born',
      // Romanised Japanese (生年月日, 誕生日) and SAP HR's birth date column.
      'seinengappi', 'tanjoubi', 'tanjobi', 'gbdat',
      // Russian transliterated (дата рождения), Vietnamese (ngày sinh), Indonesian (tanggal lahir).
      'datarozhdeniya', 'ngaysinh', 'tanggallahir',
      'geburtsdatum', 'geburtstag', 'fechadenacimiento', 'fechanacimiento', 'datedenaissance', 'datanascimento', 'datadinascita', 'geboortedatum',
    ],
    cjk: ['出生', '生日', '出生日期', '出生年月', '生年月日', '誕生日', '생년월일', '생일'],
  },
  assess(v, _kind, s) {
    // One part of a split date (`dob: {day, month, year}`).
    if (s.len <= 4 && s.digits === s.len) return datePart(v) ? EV_PART : null;
    if (s.len < 6 || s.len > 29) return null;
    if (s.upper === 3 && s.lower === 0 && s.space === 0) return travelDate(v);
    if (s.letters > 2) return s.space > 0 && s.upper === 1 && s.digits >= 5 && s.digits <= 6 ? named(v) : null;
    if (s.len <= 8 && s.digits <= 6 && s.colon === 0) {
      const ym = YM.exec(v);
      return ym !== null && ymd(ym[1]!, ym[2]!, '1') && age(ym[1]!) === EV_OLD_DATE ? EV_MONTH : null;
    }
    // A birth date kept as Unix time (`birthday: 286156800000`); before 1970 it is negative.
    if (s.digits === s.len - (s.first === 45 ? 1 : 0) && (s.digits === 9 || s.digits === 10 || s.digits === 12 || s.digits === 13)) return epoch(v, s.digits);
    // Every remaining form starts with a digit, and a timed one off midnight only counts 16-100 years
    // back: most timestamps (`createdAt`) are ruled out here without a regex.
    if (s.digits < 6 || s.first < 48 || s.first > 57) return null;
    if (s.colon > 0 && !oldYear(v) && v.indexOf('00:00') < 0) return null;
    let m = YMD.exec(v);
    if (m !== null) {
      if (!ymd(m[1]!, m[2]!, m[3]!)) return null;
      // A timestamp with a time of day is an event; birth dates carry none (or midnight).
      if (m[4] === undefined || m[4] === '00:00') return age(m[1]!);
      return age(m[1]!) === EV_OLD_DATE ? EV_TIMED : null;
    }
    if (s.digits === 8 && s.len === 8) {
      m = COMPACT.exec(v);
      return m !== null && ymd(m[1]!, m[2]!, m[3]!) ? age(m[1]!) : null;
    }
    m = DMY.exec(v);
    if (m === null) return null;
    // Day-first or month-first: valid either way is enough, the key decides the rest.
    return ymd(m[3]!, m[2]!, m[1]!) || ymd(m[3]!, m[1]!, m[2]!) ? age(m[3]!) : null;
  },
  find(text, hit) {
    CUE_TEXT.lastIndex = 0;
    for (let m = CUE_TEXT.exec(text); m !== null; m = CUE_TEXT.exec(text)) hit(m.index + m[0].length - m[1]!.length, m.index + m[0].length, EV_CUE);
  },
  // `March 3, 1985` has five digits.
  textClasses: C.DIGIT,
  textGate: (s) => s.digits >= 5,
};
