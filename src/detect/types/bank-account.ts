import { cardBin, iban, luhn } from '../checksums';
import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const IBAN_SHAPE = /^[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}$/;
const ACCOUNT = /^\d{4}(?:[ -]?\d{2,5}){1,6}$/;
const IBAN_TEXT = /(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Z0-9])/g;
const CUE_TEXT = /(?:账号|账户|帐号|帐户|account(?: no\.?| number)?|acct\.?(?: no\.?)?)\s*[:：]?\s*(\d{4}(?:[ -]?\d{2,5}){1,6})(?![0-9])/gi;
const EV_IBAN = evidence('IBAN country length and MOD 97 check', 7);
const EV_DIGITS = evidence('10-25 digit account number shape', -0.5);
/** Every corpus and every bank agree: such a number is the card's (a debit card is how a person's account is numbered). */
const EV_CARD = evidence('Luhn- and BIN-valid card number: reported as PAYMENT_CARD, whatever the account key', -3);
const EV_CUE = evidence('digits right after 账号/account', 3);

export const bankAccount: Detector = {
  type: 'BANK_ACCOUNT',
  classes: { needs: C.DIGIT, allows: C.DIGIT | C.UPPER | C.SPACE | C.DASH },
  lengths: [10, 34],
  maxWeight: 7,
  keys: {
    strong: [
      // Social insurance column aae010 银行账号.
      'aae010',
      'bankaccount', 'bankaccountno', 'bankaccountnumber', 'accountno', 'accountnumber', 'acctno', 'acct', 'acctnumber',
      'yhzh', 'iban', 'bankacct', 'settlementaccount', 'payeeaccount', 'payeraccount', 'receivingaccount', 'fundaccount',
      'zjzh', 'khzh', 'skzh', 'fkzh', 'jszh', 'dgzh', 'accno', 'bankno', 'debitaccount', 'creditaccount', 'bban',
      // Where money is sent (`remit_to`, `payoutAccount`): an account, whatever the rest of the key.
      'remitto', 'remittanceaccount', 'payoutaccount', 'beneficiaryaccount', 'depositaccount',
      'kontonummer', 'kontonr', 'bankverbindung', 'numerodecuenta', 'numerocuenta', 'cuentabancaria', 'numerodecompte',
      'numerocompte', 'comptebancaire', 'numeroconto', 'contocorrente', 'rekeningnummer', 'numerodaconta', 'contabancaria',
      // SAP's bank account column.
      'bankn',
    ],
    weak: ['account', 'acc', 'zh', 'zhanghao', 'remittance', 'payout', 'konto', 'cuenta', 'compte', 'conto', 'rekening', 'conta'],
    cjk: ['银行账号', '账号', '账户', '帐号', '帐户', '对公账户', '收款账号', '资金账号', '开户账号', '帳號', '帳戶', '賬號', '賬戶', '口座番号', '口座', '계좌', '계좌번호'],
  },
  assess(v, kind, s) {
    if (s.len < 10 || s.len > 34 || s.cjk > 0 || s.lower > 0) return null;
    if (s.upper >= 2 && kind === 'string' && IBAN_SHAPE.test(v)) return iban(v) ? EV_IBAN : null;
    if (s.digits < 10 || s.digits > 25 || !s.digitsOnly || !ACCOUNT.test(v)) return null;
    const d = s.digits === s.len ? v : v.replace(/[ -]/g, '');
    return d.length >= 13 && d.length <= 19 && luhn(d) && cardBin(d) ? EV_CARD : EV_DIGITS;
  },
  find(text, hit) {
    IBAN_TEXT.lastIndex = 0;
    for (let m = IBAN_TEXT.exec(text); m !== null; m = IBAN_TEXT.exec(text)) if (iban(m[0])) hit(m.index, m.index + m[0].length, EV_IBAN);
    CUE_TEXT.lastIndex = 0;
    for (let m = CUE_TEXT.exec(text); m !== null; m = CUE_TEXT.exec(text)) {
      const digits = m[1]!.replace(/[ -]/g, '').length;
      if (digits >= 10 && digits <= 25) hit(m.index + m[0].length - m[1]!.length, m.index + m[0].length, EV_CUE);
    }
  },
  // IBAN: 2 letters, 2 digits, 8+ more; after a cue: 10+ digits.
  textClasses: C.DIGIT,
  textGate: (s) => s.digits >= 10 || (s.upper >= 2 && s.digits >= 2 && s.len >= 12),
  cue: /(?:账号|账户|帐号|account|acct|iban|开户)/i,
};
