import { gb11643, gb11643Legacy } from '../checksums';
import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const EV_ID = evidence('GB 11643 check digit, region code and birth date valid', 7);
const EV_ID_NUMBER = evidence('GB 11643 valid, stored as a JSON number', 5);
const EV_LEGACY = evidence('15-digit first-generation ID: region and birth date valid', 1.5);
// One letter may lead (`G` + ID as a student registration number): the span covers the ID part only.
const TEXT = /(?<![0-9A-Za-z])([A-Za-z])?\d{17}[\dXx](?![0-9A-Za-z])/g;

export const cnResidentId: Detector = {
  type: 'CN_RESIDENT_ID',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.UPPER | C.LOWER },
  lengths: [15, 18],
  maxWeight: 7,
  keys: {
    strong: [
      // Social insurance columns aac002 公民身份号码, aac147 证件号码.
      'aac002', 'aac147',
      'idcard', 'idcardno', 'idno', 'idnumber', 'idnum', 'sfz', 'sfzh', 'sfzhm', 'zjhm', 'zjh', 'certno',
      'certnumber', 'certificateno', 'identitycard', 'identityno', 'identitynumber', 'residentid',
      'citizenid', 'nationalid', 'shenfenzheng', 'idcardnumber', 'cardid', 'personalid', 'gmsfhm',
    ],
    weak: ['cert', 'identity', 'certificate', 'zj'],
    cjk: ['身份证', '证件号', '公民身份', '身份證', '身分證', '證件號'],
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.digits >= 17,
  assess(v, kind, s) {
    if (s.len === 18 && s.digits >= 17 && gb11643(v)) return kind === 'number' ? EV_ID_NUMBER : EV_ID;
    if (s.len === 15 && s.digits === 15 && gb11643Legacy(v)) return EV_LEGACY;
    return null;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) {
      const at = m[1] === undefined ? m.index : m.index + 1;
      if (gb11643(text.slice(at, at + 18))) hit(at, at + 18, EV_ID);
    }
  },
  cue: /(?:身份证|证件|id\s*(?:card|no)|identity)/i,
};
