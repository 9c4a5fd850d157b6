import { gb32100 } from '../checksums';
import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const EV_USCC = evidence('GB 32100 MOD 31 check, authority and region valid', 6.5);
const TEXT = /(?<![0-9A-Z])[1-9ANY][0-9A-HJ-NP-RTUW-Y]\d{6}[0-9A-HJ-NP-RTUW-Y]{10}(?![0-9A-Z])/g;

export const cnUscc: Detector = {
  type: 'CN_USCC',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.UPPER },
  lengths: [18, 18],
  maxWeight: 6.5,
  keys: {
    strong: [
      'uscc', 'creditcode', 'socialcreditcode', 'unifiedsocialcreditcode', 'tyshxydm', 'xydm', 'shxydm', 'orgcreditcode',
      'unifiedcode', 'businesslicense', 'businesslicenseno', 'licenseno', 'yyzz', 'yyzzh', 'taxpayerid', 'nsrsbh',
    ],
    weak: ['taxno', 'taxid', 'license', 'regno'],
    cjk: ['统一社会信用代码', '信用代码', '营业执照', '纳税人识别号', '税号'],
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.len >= 18 && s.digits >= 6,
  assess(v, kind, s) {
    if (kind !== 'string' || s.len !== 18 || !s.alnumOnly || s.lower > 0) return null;
    return gb32100(v) ? EV_USCC : null;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) if (gb32100(m[0])) hit(m.index, m.index + 18, EV_USCC);
  },
};
