import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

// CN ordinary passports: E + 8 digits, E + letter + 7 digits (2012-), G + 8 digits (older);
// diplomatic/service D, S, P + 7 digits. Foreign formats (1-2 letters + 6-8 digits, or
// 9 digits for US/UK, or ICAO 9303's 9 characters of letters and digits, `C01XR801V`) are too
// generic to decide without the key.
const CN = /^(?:E[0-9A-HJ-NP-Z]\d{7}|G\d{8}|[DSP][E]?\d{7})$/;
const GENERIC = /^(?:[A-Z]{1,2}\d{6,8}|\d{8,9}|(?=(?:[A-Z]*\d){2})[0-9A-Z]{8,9})$/;
const TEXT = /(?:护照|passport)(?:号码|号|\s*no\.?|\s*number|\s*#)?\s*[:：]?\s*([A-Z]{0,2}\d{6,9})(?![0-9A-Za-z])/gi;
const RU_SPACED = /^\d{2} \d{7}$/;
const EV_CN = evidence('CN passport series (E/G + 8 characters)', 1.5);
const EV_GENERIC = evidence('passport-like letters + digits', -0.5);
const EV_CUE = evidence('number right after the word passport/护照', 3.5);

export const passport: Detector = {
  type: 'PASSPORT_NUMBER',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.UPPER | C.SPACE },
  lengths: [7, 10],
  maxWeight: 1.5,
  keys: {
    strong: [
      // Romanised Korean (여권번호), Arabic (جواز السفر), Turkish, Indonesian.
      'yeogwon', 'yeogwonbeonho', 'jawaz', 'jawazsafar', 'jawazalsafar', 'pasaport', 'paspor',
      'passport', 'passportno', 'passportnumber', 'passportnum', 'hzh', 'hzhm', 'huzhao', 'huzhaohao', 'traveldocument', 'traveldocno',
      'reisepass', 'reisepassnummer', 'pasaporte', 'passeport', 'passaporto', 'paspoort', 'passaporte',
      // Russian transliterated: заграничный паспорт (the travel passport), паспорт.
      'zagranpasport', 'zagranpasporta', 'pasport',
    ],
    cjk: ['护照', '護照', '旅券', '여권', '여권번호'],
  },
  assess(v, kind, s) {
    // A Russian travel passport prints its series and number apart (`75 1234567`).
    if (kind === 'string' && s.space === 1) return RU_SPACED.test(v) ? EV_GENERIC : null;
    if (kind !== 'string' || s.len < 7 || s.len > 9 || !s.alnumOnly || s.lower > 0) return null;
    if (CN.test(v)) return EV_CN;
    return GENERIC.test(v) ? EV_GENERIC : null;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) hit(m.index + m[0].length - m[1]!.length, m.index + m[0].length, EV_CUE);
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.digits >= 6,
  cue: /(?:护照|passport)/i,
};
