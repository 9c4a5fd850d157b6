import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

// CN mobile: 1 + a network prefix that is actually allocated (MIIT numbering plan).
const MOBILE = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9\d)\d{8}$/;
const CN_INTL = /^(?:\+|00)?86[ -]?1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9\d)[ -]?\d{4}[ -]?\d{4}$/;
const MOBILE_GROUPED = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9\d)[ -]\d{4}[ -]\d{4}$/;
// Landline: trunk 0, area code (10, 2x, or 3-4 digits), 7-8 digit subscriber, optional extension.
const LANDLINE_SEP = /^(?:\(0\d{2,3}\)|0\d{2,3}-)\d{7,8}(?:-\d{1,5})?$/;
const LANDLINE_BARE = /^0(?:10|2\d|[3-9]\d{2})[2-9]\d{6,7}$/;
const E164 = /^\+[1-9](?:[ -]?\(?\d\)?){7,14}$/;
const NANP = /^(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}$/;
// Delivery and ride-hailing platforms hand out a virtual mobile plus an extension (`17282423400_5614`).
const MOBILE_EXT = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9\d)\d{8}[_,#-]\d{1,6}$/;
// Dialled in-country elsewhere: trunk 0, then digit groups (`0176 33201062`, `06 50 06 65 49`, `080-2226-5634`).
const NATIONAL = /^0\d{1,4}(?:[ ./-]\d{2,8}){1,5}$/;
/** CN 400/800 numbers are companies' service lines, never a person's. */
const CN_SERVICE = /^[48]00[- ]?\d{3}[- ]?\d{4}$/;
/** A North American number as written (`+1 (800) 654-3131`, `1-888-…`, `(877) …`, `800-…`): only there is 8xx an area code. */
const NANP_WRITTEN = /^(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?\d{3}[ .-]?\d{4}$/;
/** US and Canadian toll-free numbers are businesses' lines, never a person's (a CN mobile 180… is not one: no grouping or +1). */
function tollFree(v: string): boolean {
  const c = v.charCodeAt(0);
  return (c === 43 || c === 40 || v.indexOf('-') > 0 || v.indexOf(' ') > 0 || v.indexOf('.') > 0) && NANP_WRITTEN.test(v);
}

const EV_MOBILE = evidence('CN mobile number (allocated prefix)', 3);
const EV_MOBILE_NUMBER = evidence('CN mobile shape stored as a JSON number', 1.5);
const EV_MOBILE_FORMATTED = evidence('CN mobile with country code or grouping', 4.5);
const EV_LANDLINE = evidence('CN landline with area code separator', 3.5);
const EV_LANDLINE_BARE = evidence('CN landline digits (area code + subscriber)', 0.5);
const EV_E164 = evidence('E.164 international number', 4);
const EV_NANP = evidence('North American number format', 2.5);
// `(area) exchange-line` is written for people to dial; dotted or dashed triples are also ids.
const EV_NANP_PAREN = evidence('North American number with (area code)', 3.5);
const EV_MOBILE_EXT = evidence('CN mobile with an extension (platform privacy number)', 3);
// Any trunk-0 grouping of 9-12 digits; as common for ids and codes, so only a key naming a phone decides
// (bare trunk-0 digits, a routing or account number as often as a phone, stay LANDLINE_BARE's to judge).
const EV_NATIONAL = evidence('national number: trunk 0 and digit groups (needs a phone key)', 0);
// Ten bare digits with a valid NANP area code and exchange: as often an id, so only a phone key decides.
const NANP_BARE = /^[2-9]\d{2}[2-9]\d{6}$/;
const EV_NANP_BARE = evidence('ten digits in North American numbering (needs a phone key)', -1.5);
// `86` + a mobile with no `+`, `00` or separator is also how 13-digit product, drug and barcode numbers look.
const EV_BARE_86 = evidence('86 + CN mobile digits, no + or separator (also a product-code shape)', 1);

export const phone: Detector = {
  type: 'PHONE_NUMBER',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.SPACE | C.DASH | C.PLUS | C.DOT | C.OTHER },
  lengths: [7, 24],
  maxWeight: 4.5,
  keys: {
    strong: [
      // Romanised Korean (전화번호, 휴대폰), Arabic (هاتف), Thai (โทรศัพท์); social insurance column aae005 联系电话.
      'jeonhwa', 'jeonhwabeonho', 'hyudaepon', 'hatif', 'raqmhatif', 'thorasap', 'aae005',
      'phone', 'phoneno', 'phonenumber', 'mobile', 'mobileno', 'mobilephone', 'cellphone', 'cell',
      'telephone', 'tel', 'telno', 'msisdn', 'sjh', 'sjhm', 'sj', 'lxdh', 'dh', 'dhhm', 'lxfs',
      // 移动/固定/办公/家庭/住宅电话: whole, because `…ddh` alone reads as 订单号 (an order number).
      'yddh', 'gddh', 'bgdh', 'jtdh', 'zzdh',
      'contactphone', 'contactnumber', 'contactno', 'contacttel', 'shouji', 'dianhua', 'whatsapp', 'fax',
      'telefon', 'telefono', 'telefone', 'telefonnummer', 'rufnummer', 'mobilnummer', 'handynummer', 'movil', 'celular',
      'numerodetelefono', 'numerodetelephone', 'telefoonnummer', 'cellulare', 'gsm',
      // Romanised Japanese (電話, 電話番号, 携帯) and SAP's telephone columns.
      'denwa', 'denwabangou', 'keitai', 'telnr', 'telf1',
      // Dutch, Vietnamese (số điện thoại), Indonesian.
      'telefoon', 'sodienthoai', 'dienthoai', 'nomortelepon',
    ],
    weak: ['contact', 'number', 'callback', 'caller', 'callee', 'lianxi', 'handy', 'portable'],
    cjk: ['手机', '电话', '联系方式', '号码', '座机', '传真', '联系号', '手機', '電話', '號碼', '傳真', '携帯', '전화', '전화번호', '연락처', '휴대폰', '핸드폰', '휴대전화'],
  },
  assess(v, kind, s) {
    if (s.digits < 7 || s.digits > 15 || s.letters > 0 || s.cjk > 0 || s.len > 24) return null;
    if (kind === 'number') return s.len === 11 && MOBILE.test(v) ? EV_MOBILE_NUMBER : null;
    if (s.len <= 12 && CN_SERVICE.test(v)) return null;
    if (s.len >= 12 && tollFree(v)) return null;
    if (s.len === 10 && s.digits === 10 && kind === 'string' && NANP_BARE.test(v)) return EV_NANP_BARE;
    if (s.len === 11 && s.digits === 11) {
      if (MOBILE.test(v)) return EV_MOBILE;
      return LANDLINE_BARE.test(v) ? EV_LANDLINE_BARE : null;
    }
    if (s.plus === 1 || s.first === 48 /* 0086 */ || s.first === 56 /* 86 */) {
      if (CN_INTL.test(v)) return s.first === 56 && s.digits === s.len ? EV_BARE_86 : EV_MOBILE_FORMATTED;
    }
    if (s.plus === 1) return E164.test(v) ? EV_E164 : null;
    if (MOBILE_GROUPED.test(v)) return EV_MOBILE_FORMATTED;
    if (LANDLINE_SEP.test(v)) return EV_LANDLINE;
    if (s.digits === s.len && LANDLINE_BARE.test(v)) return EV_LANDLINE_BARE;
    if (NANP.test(v)) return s.first === 40 ? EV_NANP_PAREN : EV_NANP;
    if (s.digits >= 12 && s.digits <= 17 && MOBILE_EXT.test(v)) return EV_MOBILE_EXT;
    return s.first === 48 && s.digits >= 9 && s.digits <= 12 && NATIONAL.test(v) ? EV_NATIONAL : null;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) {
      const raw = m[0];
      if (CN_SERVICE.test(raw) || tollFree(raw)) continue;
      const c0 = raw.charCodeAt(0);
      const ev = c0 === 56 && raw.length === 13 ? EV_BARE_86 : c0 === 43 || c0 === 56 || raw.startsWith('0086')
        ? EV_MOBILE_FORMATTED
        : c0 === 48 ? EV_LANDLINE : c0 === 40 ? EV_NANP_PAREN : NANP.test(raw) ? EV_NANP : raw.length > 11 ? EV_MOBILE_FORMATTED : EV_MOBILE;
      hit(m.index, m.index + raw.length, ev);
    }
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.digits >= 7,
  cue: /(?:电话|手机|联系|致电|拨打|来电|热线|tel|phone|mobile|call|whatsapp|contact)/i,
};

const TEXT = new RegExp(
  '(?<![0-9A-Za-z+])(?:' +
    '(?:\\+|00)?86[ -]?1(?:3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9\\d)[ -]?\\d{4}[ -]?\\d{4}' +
    '|1(?:3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9\\d)(?:\\d{8}|[ -]\\d{4}[ -]\\d{4})' +
    '|0\\d{2,3}-\\d{7,8}' +
    '|\\+[1-9]\\d{0,2}[ -]?\\(?\\d{2,4}\\)?[ -]?\\d{3,4}[ -]?\\d{3,4}' +
    '|(?:\\(\\d{3}\\) ?|\\d{3}[-.])\\d{3}[-.]\\d{4}' +
  ')(?![0-9A-Za-z])',
  'g',
);
