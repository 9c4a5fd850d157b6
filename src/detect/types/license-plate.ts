import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

// GA 36: province abbreviation + issuing-authority letter + 5 characters (no I/O);
// new-energy plates have 6, with D/F (battery/hybrid) first or last.
const P = '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]';
const REGULAR = `${P}[A-HJ-NP-Z][·• -]?[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳领]`;
const NEW_ENERGY = `${P}[A-HJ-NP-Z][·• -]?(?:[DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF])`;
const PLATE = new RegExp(`^(?:${NEW_ENERGY}|${REGULAR})$`);
const TEXT = new RegExp(`(?<![A-Za-z0-9])(?:${NEW_ENERGY}|${REGULAR})(?![A-Za-z0-9])`, 'g');
const EV_PLATE = evidence('CN plate: province + authority letter + 5/6 characters', 4.5);

export const licensePlate: Detector = {
  type: 'LICENSE_PLATE',
  classes: { needs: C.CJK | C.UPPER, allows: C.CJK | C.UPPER | C.DIGIT | C.SPACE | C.DASH | C.STAR | C.OTHER },
  lengths: [7, 9],
  maxWeight: 4.5,
  keys: {
    strong: [
      'plate', 'plateno', 'platenumber', 'licenseplate', 'licenceplate', 'cph', 'cphm', 'chepai', 'chepaihao', 'vehicleplate',
      'carplate', 'platenum', 'carno', 'carnumber', 'vehicleno', 'vehiclenumber', 'numberplate', 'registrationplate', 'hphm',
    ],
    cjk: ['车牌', '号牌'],
  },
  textClasses: C.CJK,
  textGate: (s) => s.cjk >= 1 && s.upper >= 1,
  assess(v, kind, s) {
    if (kind !== 'string' || s.len < 7 || s.len > 9 || s.cjk < 1 || s.cjk > 2) return null;
    return PLATE.test(v) ? EV_PLATE : null;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) hit(m.index, m.index + m[0].length, EV_PLATE);
  },
};
