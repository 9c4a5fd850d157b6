import * as V from './values';
import * as X from './negatives';
import { E, N, S } from './build';
import type { ApiShape } from './ctx';
import { times } from './ctx';

export const PLATFORM: ApiShape[] = [
  {
    name: 'auth-login-request', industry: 'platform',
    build: ({ r, k }) => ({ method: 'POST', path: '/api/auth/login', direction: 'request', body: {
      username: r.pick(['zhangsan88', 'admin', 'li.ming']), [k.k('password')]: S('CREDENTIAL', V.password(r)), captcha: N(r.digits(4)), [k.s('device_id')]: N(X.uuid(r)) } }),
  },
  {
    name: 'auth-login-response', industry: 'platform',
    build: ({ r, k }) => ({ method: 'POST', path: '/api/auth/login', direction: 'response', body: {
      [k.k('token')]: S('CREDENTIAL', V.jwt(r)), [k.s('refresh_token')]: S('CREDENTIAL', V.secretToken(r)), [k.s('token_type')]: 'Bearer', [k.s('expires_in')]: 7200,
      [k.s('session_count')]: N(r.int(1, 9)) } }),
  },
  {
    name: 'users-me', industry: 'platform',
    build: ({ r, k }) => {
      const phone = V.mobile(r);
      const em = V.email(r);
      return { method: 'GET', path: '/api/users/me', direction: 'response', body: {
        id: N(String(r.int(1000000, 9999999))), [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('ip')]: S('IP_ADDRESS', V.ipv4(r)),
        [k.s('callback_url')]: E(`https://hooks.example.com/cb?mobile=${phone}&email=${encodeURIComponent(em)}`, [{ type: 'PHONE_NUMBER', value: phone }, { type: 'EMAIL_ADDRESS', value: em }]),
        avatar: N(`https://cdn.example.com/a/${X.sha256(r).slice(0, 16)}.png`), [k.s('api_version')]: N(X.version(r)) } };
    },
  },
  {
    name: 'audit-logs', industry: 'platform',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/audit/logs', direction: 'response', body: { logs: times(r, 2, 5, () => {
      const em = V.email(r);
      const ip = V.ipv4(r);
      return { [k.s('trace_id')]: N(r.hex(32)), [k.k('ip')]: S('IP_ADDRESS', V.ipv4(r)), [k.s('user_agent')]: 'Mozilla/5.0 (X11; Linux x86_64)',
        message: E(`user ${em} logged in from ${ip}`, [{ type: 'EMAIL_ADDRESS', value: em }, { type: 'IP_ADDRESS', value: ip }]), at: N(X.isoTime(r)) };
    }) } }),
  },
  {
    name: 'hr-employees', industry: 'platform',
    build: ({ r, k, seq }) => ({ method: 'GET', path: '/api/hr/employees', direction: 'response', body: { employees: times(r, 1, 3, () => ({
      [k.s('emp_no')]: N(`E${String(seq()).padStart(6, '0')}`), [k.k('name')]: S('PERSON_NAME', V.westernName(r)), [k.k('ssn')]: S('US_SSN', V.ssn(r)),
      [k.k('email')]: S('EMAIL_ADDRESS', V.email(r)), [k.k('passport')]: S('PASSPORT_NUMBER', V.passport(r)), [k.k('permit')]: S('CN_HK_MACAU_PERMIT', V.permit(r)),
      [k.k('account')]: S('BANK_ACCOUNT', V.iban(r)), [k.k('address')]: S('STREET_ADDRESS', V.westAddress(r)), department: N('Finance'), [k.s('hire_date')]: N(X.dateOnly(r)) })) } }),
  },
  {
    name: 'travel-booking', industry: 'platform',
    build: ({ r, k, seq }) => ({ method: 'GET', path: `/api/travel/bookings/${seq()}`, direction: 'response', body: {
      [k.s('booking_ref')]: N(r.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')), [k.s('flight_no')]: N(`CA${r.int(100, 1999)}`),
      passengers: times(r, 1, 3, () => {
        const b = V.birth(r);
        return { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('passport')]: S('PASSPORT_NUMBER', V.passport(r)), [k.k('permit')]: S('CN_HK_MACAU_PERMIT', V.permit(r)),
          [k.k('dob')]: S('DATE_OF_BIRTH', V.dob(r, b)), [k.k('phone')]: S('PHONE_NUMBER', V.intlPhone(r)), seat: `${r.int(1, 40)}${r.pick(['A', 'C', 'K'])}` };
      }) } }),
  },
  {
    name: 'legacy-pinyin-query', industry: 'platform',
    build: ({ r }) => {
      const b = V.birth(r);
      return { method: 'POST', path: '/cgi-bin/query.do', direction: 'response', body: { ret: '0000', rows: [{
        xm: S('PERSON_NAME', V.cnName(r)), sfzh: S('CN_RESIDENT_ID', V.cnId(r, b)), sjh: S('PHONE_NUMBER', V.mobile(r)), lxdh: S('PHONE_NUMBER', V.landline(r)),
        yhkh: S('PAYMENT_CARD', V.card(r)), jtdz: S('STREET_ADDRESS', V.cnAddress(r)), csrq: S('DATE_OF_BIRTH', V.dob(r, b)), cph: S('LICENSE_PLATE', V.plate(r)),
        cjh: S('VEHICLE_VIN', V.vin(r)), tyshxydm: S('CN_USCC', V.uscc(r)), ddh: N(X.orderNo(r, r.int(1, 999))), jyje: N(X.amount(r)), lsh: N(X.tradeNo(r, r.int(1, 999))) }] } };
    },
  },
  {
    name: 'obscure-columns', industry: 'platform',
    build: ({ r }) => {
      const b = V.birth(r);
      return { method: 'GET', path: '/api/report/export', direction: 'response', body: { data: times(r, 2, 4, (i) => ({
        c1: N(String(700000 + i)), c2: S('CN_RESIDENT_ID', V.cnId(r, b)), c3: S('PHONE_NUMBER', V.mobile(r)), c4: S('EMAIL_ADDRESS', V.email(r)),
        c5: N(X.amount(r)), c6: S('PAYMENT_CARD', V.groupCard(V.card(r))), c7: N(X.isoTime(r)), c8: S('IP_ADDRESS', V.ipv4(r)) })) } };
    },
  },
  {
    name: 'chat-transcript', industry: 'platform',
    build: ({ r, k }) => {
      const wname = V.westernName(r);
      const em = V.email(r);
      const ph = V.intlPhone(r);
      const addr = V.westAddress(r);
      return { method: 'POST', path: '/api/support/messages', direction: 'request', body: {
        [k.s('conversation_id')]: N(X.uuid(r)),
        text: E(`Hi, this is ${wname}. Please ship to ${addr} and email ${em} or call ${ph}.`.replace(`this is ${wname}`, `my name: ${wname}`),
          [{ type: 'PERSON_NAME', value: wname }, { type: 'STREET_ADDRESS', value: addr }, { type: 'EMAIL_ADDRESS', value: em }, { type: 'PHONE_NUMBER', value: ph }]),
        [k.s('sent_at')]: N(X.isoTime(r)) } };
    },
  },
];
