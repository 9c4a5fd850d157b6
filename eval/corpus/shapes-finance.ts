import * as V from './values';
import * as X from './negatives';
import { BigLiteral, E, N, S, base64 } from './build';
import type { ApiShape } from './ctx';
import { times } from './ctx';

export const FINANCE: ApiShape[] = [
  {
    name: 'bank-customer-profile', industry: 'finance',
    build: ({ r, k, seq }) => {
      const b = V.birth(r);
      return { method: 'GET', path: `/api/v1/customers/${100000 + seq()}/profile`, direction: 'response', body: {
        code: 0, msg: 'success', data: {
          customerId: N(String(100000 + seq())), [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)),
          [k.k('idcard')]: S('CN_RESIDENT_ID', V.cnId(r, b)), [k.k('dob')]: S('DATE_OF_BIRTH', V.dob(r, b)), [k.k('email')]: S('EMAIL_ADDRESS', V.email(r)),
          [k.k('address')]: S('STREET_ADDRESS', V.cnAddress(r)), riskLevel: 'R3', [k.s('open_date')]: N(X.dateOnly(r)), vipLevel: r.int(1, 5),
          [k.s('updated_at')]: N(X.isoTime(r)),
        } } };
    },
  },
  {
    name: 'securities-orders', industry: 'securities',
    build: ({ r, k, seq }) => ({ method: 'GET', path: '/api/trade/orders', direction: 'response', body: {
      total: r.int(1, 200), [k.s('fund_account_name')]: S('PERSON_NAME', V.cnName(r)),
      orders: times(r, 2, 6, () => {
        const code = X.stockCode(r);
        return { [k.s('order_no')]: N(X.orderNo(r, seq())), [k.s('stock_code')]: code, [k.s('stock_name')]: N(r.pick(X.STOCK_NAMES)),
          side: r.pick(['BUY', 'SELL']), price: X.amount(r), [k.s('volume')]: N(X.volume(r)), [k.s('trade_no')]: N(X.tradeNo(r, seq())),
          [k.s('order_time')]: N(X.epochMs(r)), status: 'FILLED' };
      }) } }),
  },
  {
    name: 'market-quotes', industry: 'securities',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/market/quotes', direction: 'response', body: {
      quotes: times(r, 3, 8, () => ({ name: N(r.pick(X.STOCK_NAMES)), symbol: X.stockCode(r), last: X.amount(r),
        [k.s('vol')]: N(X.volume(r)), turnover: N(X.amount(r) * 1000), ts: N(X.epochMs(r)) })) } }),
  },
  {
    name: 'bank-transfer', industry: 'finance',
    build: ({ r, k, seq }) => {
      const name = V.cnName(r);
      const acct = r.chance(0.3) ? V.iban(r) : V.cnAccount(r);
      return { method: 'POST', path: '/api/v1/transfers', direction: 'request', body: {
        [k.s('payee_name')]: S('PERSON_NAME', name), [k.k('account')]: S('BANK_ACCOUNT', acct), [k.s('bank_name')]: N(r.pick(['中国工商银行', '招商银行', 'HSBC UK'])),
        amount: X.amount(r), currency: 'CNY', [k.s('request_id')]: N(X.uuid(r)),
        remark: r.chance(0.5) ? E(`转给${name}的货款，账号${acct}`, [{ type: 'PERSON_NAME', value: name }, { type: 'BANK_ACCOUNT', value: acct }]) : '货款',
        [k.s('serial_no')]: N(X.orderNo(r, seq())) } };
    },
  },
  {
    name: 'card-list', industry: 'finance',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/v2/cards', direction: 'response', body: { data: times(r, 1, 3, () => {
      const card = V.card(r);
      return { [k.k('card')]: S('PAYMENT_CARD', r.chance(0.3) ? V.groupCard(card) : card), [k.s('holder_name')]: S('PERSON_NAME', r.chance(0.5) ? V.cnName(r) : V.westernName(r)),
        [k.s('masked_pan')]: card.slice(0, 4) + '********' + card.slice(-4), expiry: `${r.int(1, 12)}/${r.int(26, 31)}`, [k.s('bin_bank')]: '招商银行', [k.s('card_id')]: N(X.uuid(r)) };
    }) } }),
  },
  {
    name: 'loan-application', industry: 'finance',
    build: ({ r, k }) => {
      const b = V.birth(r);
      return { method: 'POST', path: '/api/loan/applications', direction: 'request', body: {
        applicant: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('idcard')]: S('CN_RESIDENT_ID', r.chance(0.3) ? new BigLiteral(V.cnId(r, b, true)) : V.cnId(r, b)),
          [k.k('phone')]: S('PHONE_NUMBER', r.chance(0.3) ? Number(V.mobile(r)) : V.mobile(r)), [k.k('address')]: S('STREET_ADDRESS', V.cnAddress(r)), income: X.amount(r) },
        employer: { name: N(r.pick(X.COMPANY_NAMES)), [k.k('uscc')]: S('CN_USCC', V.uscc(r)), city: N(r.pick(X.CITY_NAMES)) },
        emergencyContact: { name: S('PERSON_NAME', V.cnName(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)), relation: '配偶' },
        [k.s('loan_amount')]: N(r.int(10, 500) * 1000), term: 36 } };
    },
  },
  {
    name: 'insurance-policy', industry: 'finance',
    build: ({ r, k, seq }) => {
      const b = V.birth(r);
      return { method: 'GET', path: `/api/policies/P${seq()}`, direction: 'response', body: {
        [k.s('policy_no')]: N(`P${String(seq()).padStart(12, '0')}`), product: N('安心医疗险2024'), premium: X.amount(r),
        insured: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('idcard')]: S('CN_RESIDENT_ID', V.cnId(r, b)), [k.k('dob')]: S('DATE_OF_BIRTH', V.dob(r, b)), gender: 'F' },
        beneficiaries: times(r, 1, 2, () => ({ name: S('PERSON_NAME', V.cnName(r)), ratio: 50, [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)) })),
        [k.s('effective_date')]: N(X.dateOnly(r)) } };
    },
  },
  {
    name: 'payment-notify', industry: 'finance',
    build: ({ r, k, seq }) => {
      const phone = V.mobile(r);
      const em = V.email(r);
      return { method: 'POST', path: '/api/pay/notify', direction: 'request', body: {
        [k.s('out_trade_no')]: N(X.orderNo(r, seq())), [k.s('total_amount')]: X.amount(r), [k.s('notify_time')]: N(X.isoTime(r)),
        [k.s('passback_params')]: E(`buyer_mobile=${phone}&buyer_email=${encodeURIComponent(em)}&channel=app`, [{ type: 'PHONE_NUMBER', value: phone }, { type: 'EMAIL_ADDRESS', value: em }]),
        sign: N(base64(X.sha256(r)).slice(0, 64)), [k.s('sign_type')]: 'RSA2' } };
    },
  },
  {
    name: 'fx-remittance', industry: 'finance',
    build: ({ r, k }) => ({ method: 'POST', path: '/api/remittances', direction: 'request', body: {
      sender: { [k.k('name')]: S('PERSON_NAME', V.westernName(r)), [k.k('passport')]: S('PASSPORT_NUMBER', V.passport(r)), [k.k('phone')]: S('PHONE_NUMBER', V.intlPhone(r)) },
      beneficiary: { [k.k('name')]: S('PERSON_NAME', V.westernName(r)), [k.k('account')]: S('BANK_ACCOUNT', V.iban(r)), [k.k('address')]: S('STREET_ADDRESS', V.westAddress(r)), [k.k('ssn')]: S('US_SSN', V.ssn(r)) },
      amount: X.amount(r), currency: 'USD', swift: N('HSBCGB2L') } }),
  },
];
