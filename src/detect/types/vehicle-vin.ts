import { vinCheck, vinShape } from '../checksums';
import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const TEXT = /(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9])/g;
const EV_CHECK = evidence('ISO 3779 VIN with valid check digit', 4.5);
const EV_SHAPE = evidence('VIN charset and length, no check digit (EU style)', -0.5);

export const vehicleVin: Detector = {
  type: 'VEHICLE_VIN',
  classes: { needs: C.DIGIT | C.UPPER, allows: C.DIGIT | C.UPPER },
  lengths: [17, 17],
  maxWeight: 4.5,
  keys: {
    strong: [
      'vin', 'vinno', 'vincode', 'vinnumber', 'cjh', 'cjhm', 'chejiahao', 'frameno', 'framenumber', 'chassisno', 'chassis',
      'chassisnumber', 'vehicleidentificationnumber', 'clsbdh',
    ],
    weak: ['frame'],
    cjk: ['车架号', '车辆识别代号', '车辆识别码', '识别代码'],
  },
  // find() wants 17 VIN characters with a letter and a digit among them.
  textClasses: C.DIGIT,
  textGate: (s) => s.len >= 17 && s.upper >= 1 && s.digits >= 1,
  assess(v, kind, s) {
    if (kind !== 'string' || s.len !== 17 || s.lower > 0 || s.upper < 2 || s.digits < 4 || !vinShape(v)) return null;
    return vinCheck(v) ? EV_CHECK : EV_SHAPE;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) {
      if (/[A-Z]/.test(m[0]) && /\d/.test(m[0]) && vinCheck(m[0])) hit(m.index, m.index + 17, EV_CHECK);
    }
  },
  cue: /(?:vin|车架|识别代号|chassis)/i,
};
