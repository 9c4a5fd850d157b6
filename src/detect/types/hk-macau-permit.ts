import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

// 往来港澳通行证 (mainland → HK/Macau): electronic C + letter/digit + 7 digits, booklet W + 8 digits.
// 港澳居民来往内地通行证 (home-return permit): H (Hong Kong) / M (Macau) + 8 digits (+2 issue digits on old cards).
const EXIT_PERMIT = /^[CW][0-9A-HJ-NP-Z]\d{7}$/;
const HOME_RETURN = /^[HM]\d{8}(?:\d{2})?$/;
const TEXT = /(?:通行证|回乡证|permit)(?:号码|号|\s*no\.?)?\s*[:：]?\s*([CWHM][0-9A-Z]\d{7,9})(?![0-9A-Za-z])/gi;
const EV_EXIT = evidence('exit-entry permit to HK/Macau (C/W series)', 1);
const EV_HOME = evidence('home-return permit (H/M + 8 or 10 digits)', 1.5);
const EV_CUE = evidence('number right after 通行证/回乡证/permit', 3.5);

export const hkMacauPermit: Detector = {
  type: 'CN_HK_MACAU_PERMIT',
  classes: { needs: C.DIGIT | C.UPPER, allows: C.DIGIT | C.UPPER },
  lengths: [9, 11],
  maxWeight: 1.5,
  keys: {
    strong: [
      'hkmacaupermit', 'hkmopermit', 'gatxz', 'wlgatxz', 'gapermit', 'hxz', 'homereturnpermit', 'hrp', 'txz', 'txzh',
      'exitentrypermit', 'eepermit', 'twopermit', 'permitno', 'hkmacaopass', 'gangaotongxingzheng', 'huixiangzheng', 'hkmo', 'hmt', 'hkmacao', 'hkmacau',
    ],
    weak: ['permit', 'pass'],
    cjk: ['港澳通行证', '回乡证', '通行证', '来往内地'],
  },
  assess(v, kind, s) {
    if (kind !== 'string' || s.len < 9 || s.len > 11 || !s.alnumOnly || s.lower > 0) return null;
    if (HOME_RETURN.test(v)) return EV_HOME;
    return EXIT_PERMIT.test(v) ? EV_EXIT : null;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) hit(m.index + m[0].length - m[1]!.length, m.index + m[0].length, EV_CUE);
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.digits >= 7,
  cue: /(?:通行证|回乡证|港澳|permit)/i,
};
