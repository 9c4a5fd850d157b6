import { cardBin, luhn } from '../checksums';
import { bankAccount } from './bank-account';
import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const EV_BIN = evidence('Luhn check and issuer BIN range valid', 2.5);
/** Magnetic-stripe track 2 (ISO 7813): card number, `=`, expiry YYMM, service code and discretionary data. */
const TRACK2 = /^(\d{13,19})=\d{7,20}$/;
const EV_TRACK2 = evidence('track 2 data: a Luhn- and BIN-valid card number, expiry and service code', 3);
const EV_GROUPED = evidence('Luhn and BIN valid, grouped in fours like a printed card', 4);
const EV_LUHN = evidence('Luhn check valid, unknown issuer range', 0);
// Printed groupings: 4-4-4-4(+3), and Amex 4-6-5.
const TEXT = /(?<![0-9A-Za-z])(?:\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}|\d{4}[ -]\d{6}[ -]\d{5})(?![0-9A-Za-z])/g;

function digitsOf(v: string): string {
  return v.length > 19 || v.indexOf(' ') >= 0 || v.indexOf('-') >= 0 ? v.replace(/[ -]/g, '') : v;
}

export const paymentCard: Detector = {
  type: 'PAYMENT_CARD',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.SPACE | C.DASH | C.EQUALS },
  lengths: [13, 40],
  maxWeight: 4,
  keys: {
    strong: [
      'cardno', 'cardnumber', 'cardnum', 'creditcard', 'creditcardno', 'debitcard', 'bankcard', 'bankcardno',
      'pan', 'ccnumber', 'ccnum', 'cc', 'yhkh', 'yhk', 'kh', 'xyk', 'xykh', 'paymentcard', 'cardpan',
      // Magnetic-stripe track 2 data starts with the card number.
      'track2', 'track2data', 'trackdata',
      'kartennummer', 'kreditkarte', 'numerodetarjeta', 'tarjetadecredito', 'numerodecarte', 'cartedecredit', 'numerocartao', 'cartaodecredito',
    ],
    // A personal account number is a debit card's number (a UnionPay 62… in China): an account key says a
    // card too, and a Luhn- and BIN-valid value under it is reported as one (see bankAccount's EV_CARD).
    weak: ['card', 'payment', 'kahao', 'karte', 'tarjeta', 'carte', 'cartao', ...bankAccount.keys.strong],
    cjk: ['银行卡', '卡号', '信用卡', '借记卡', '储蓄卡', '銀行卡', '卡號', '借記卡', '儲蓄卡', '카드번호', '신용카드'],
    cjkWeak: bankAccount.keys.cjk,
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.digits >= 13,
  assess(v, _kind, s) {
    if (s.equals === 1) {
      const m = s.len <= 40 ? TRACK2.exec(v) : null;
      return m !== null && luhn(m[1]!) && cardBin(m[1]!) ? EV_TRACK2 : null;
    }
    if (s.digits < 13 || s.digits > 19 || !s.digitsOnly) return null;
    const d = digitsOf(v);
    if (!luhn(d)) return null;
    if (!cardBin(d)) return EV_LUHN;
    return d.length !== v.length ? EV_GROUPED : EV_BIN;
  },
  find(text, hit) {
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) {
      const d = digitsOf(m[0]);
      if (d.length >= 13 && d.length <= 19 && luhn(d) && cardBin(d)) {
        hit(m.index, m.index + m[0].length, d.length !== m[0].length ? EV_GROUPED : EV_BIN);
      }
    }
  },
  // Any `卡` word (卡号, 卡上, 银行卡, 绑卡, 尾号…卡) names a card in Chinese prose.
  cue: /(?:卡|card|visa|mastercard|amex|unionpay|银联|\bpan\b|\bcc\b)/i,
};
