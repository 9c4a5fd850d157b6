import { ssnRules } from '../checksums';
import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const DASHED = /^(\d{3})[- ](\d{2})[- ](\d{4})$/;
const TEXT = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g;
const EV_DASHED = evidence('SSN 3-2-4 grouping with valid area/group/serial', 3.5);
const EV_BARE = evidence('9 digits with valid SSN area/group/serial', -0.5);

function rules(a: string, g: string, s: string): boolean {
  return ssnRules(+a, +g, +s);
}

export const usSsn: Detector = {
  type: 'US_SSN',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.SPACE | C.DASH },
  lengths: [9, 11],
  maxWeight: 3.5,
  keys: {
    strong: ['ssn', 'socialsecurity', 'socialsecuritynumber', 'socialsecurityno', 'socsec', 'ssnumber', 'usssn'],
    weak: ['tin', 'taxpayer'],
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.dash >= 2 && s.digits >= 9,
  assess(v, _kind, s) {
    if (s.len === 11 && s.digits === 9) {
      const m = DASHED.exec(v);
      return m !== null && rules(m[1]!, m[2]!, m[3]!) ? EV_DASHED : null;
    }
    if (s.len === 9 && s.digits === 9) return rules(v.slice(0, 3), v.slice(3, 5), v.slice(5)) ? EV_BARE : null;
    return null;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) {
      if (rules(m[1]!, m[2]!, m[3]!)) hit(m.index, m.index + 11, EV_DASHED);
    }
  },
  cue: /(?:ssn|social security)/i,
};
