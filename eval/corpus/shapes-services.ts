import * as V from './values';
import * as X from './negatives';
import { E, N, S, base64 } from './build';
import type { ApiShape } from './ctx';
import { times } from './ctx';

export const SERVICES: ApiShape[] = [
  {
    name: 'his-patient', industry: 'healthcare',
    build: ({ r, k, seq }) => {
      const b = V.birth(r);
      return { method: 'GET', path: `/api/his/patients/${seq()}`, direction: 'response', body: { patient: {
        [k.s('mrn')]: N(String(20240000 + seq())), [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('idcard')]: S('CN_RESIDENT_ID', V.cnId(r, b)),
        [k.k('phone')]: S('PHONE_NUMBER', r.chance(0.5) ? V.mobile(r) : V.landline(r)), [k.k('dob')]: S('DATE_OF_BIRTH', V.dob(r, b)), [k.k('address')]: S('STREET_ADDRESS', V.cnAddress(r)),
        ward: N('心内科三病区'), [k.s('bed_no')]: N(String(r.int(1, 60))), [k.s('admit_time')]: N(X.isoTime(r)) } } };
    },
  },
  {
    name: 'emr-notes', industry: 'healthcare',
    build: ({ r, k }) => {
      const name = V.cnName(r);
      const phone = V.mobile(r);
      const id = V.cnId(r);
      return { method: 'GET', path: '/api/emr/records', direction: 'response', body: { records: [{
        [k.s('doctor_name')]: S('PERSON_NAME', V.cnName(r)), dept: N('神经内科'), icd10: N('G43.909'),
        [k.s('chief_complaint')]: E(`患者${name}，身份证号${id}，主诉头痛三天，家属电话${phone}。`, [{ type: 'PERSON_NAME', value: name }, { type: 'CN_RESIDENT_ID', value: id }, { type: 'PHONE_NUMBER', value: phone }]),
        [k.s('visit_no')]: N(`MZ${r.digits(10)}`), [k.s('created_at')]: N(X.isoTime(r)) }] } };
    },
  },
  {
    name: 'appointment', industry: 'healthcare',
    build: ({ r, k, seq }) => ({ method: 'POST', path: '/api/appointments', direction: 'request', body: {
      [k.s('patient_name')]: S('PERSON_NAME', V.cnName(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)), [k.k('idcard')]: S('CN_RESIDENT_ID', V.cnId(r)),
      [k.s('dept_name')]: N('儿科'), [k.s('doctor_id')]: N(String(3000 + r.int(1, 99))), slot: N(X.isoTime(r)), [k.s('appointment_no')]: N(String(90000000 + seq())) } }),
  },
  {
    name: 'lab-report', industry: 'healthcare',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/lab/reports', direction: 'response', body: {
      patient: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), age: r.int(1, 90), [k.s('sample_no')]: N(r.digits(12)) },
      items: times(r, 3, 6, () => ({ name: N(r.pick(['白细胞计数', '血红蛋白', '血小板', '谷丙转氨酶', 'C反应蛋白'])), value: +(r.next() * 200).toFixed(2), unit: '10^9/L', ref: '3.5-9.5' })) } }),
  },
  {
    name: 'student-roster', industry: 'education',
    build: ({ r, k, seq }) => ({ method: 'GET', path: '/api/edu/classes/3/students', direction: 'response', body: { [k.s('class_name')]: N('高一(3)班'), students: times(r, 2, 5, () => ({
      [k.s('student_no')]: N(String(2024030000 + seq())), [k.k('name')]: S('PERSON_NAME', V.cnName(r)), gender: r.pick(['M', 'F']),
      guardian: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)) },
      scores: { math: r.int(60, 150), chinese: r.int(60, 150) } })) } }),
  },
  {
    name: 'teacher-profile', industry: 'education',
    build: ({ r, k, seq }) => ({ method: 'GET', path: `/api/edu/teachers/${seq()}`, direction: 'response', body: {
      [k.s('teacher_id')]: N(String(seq())), [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('email')]: S('EMAIL_ADDRESS', V.email(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)),
      subject: '数学', [k.s('course_name')]: N('高等数学（上）'), title: '高级教师' } }),
  },
  {
    name: 'exam-registration', industry: 'education',
    build: ({ r, k }) => {
      const foreign = r.chance(0.4);
      return { method: 'POST', path: '/api/exams/registrations', direction: 'request', body: {
        [k.k('name')]: S('PERSON_NAME', foreign ? V.westernName(r) : V.cnName(r)),
        ...(foreign ? { [k.k('passport')]: S('PASSPORT_NUMBER', V.passport(r)) } : { [k.k('idcard')]: S('CN_RESIDENT_ID', V.cnId(r)) }),
        ...(r.chance(0.3) ? { [k.k('permit')]: S('CN_HK_MACAU_PERMIT', V.permit(r)) } : {}),
        [k.k('email')]: S('EMAIL_ADDRESS', V.email(r)), [k.s('exam_code')]: N('HSK5'), [k.s('photo_url')]: N(`https://cdn.example.com/p/${X.md5(r)}.jpg`) } };
    },
  },
  {
    name: 'retail-order-detail', industry: 'retail',
    build: ({ r, k, seq }) => {
      const phone = V.mobile(r);
      return { method: 'GET', path: `/api/orders/${X.orderNo(r, seq())}`, direction: 'response', body: { data: {
        [k.s('order_no')]: N(X.orderNo(r, seq())),
        items: times(r, 1, 4, () => ({ sku: N(X.sku(r)), name: N(r.pick(X.PRODUCT_NAMES)), price: X.amount(r), qty: r.int(1, 5), barcode: N(X.ean13(r)) })),
        receiver: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('phone')]: S('PHONE_NUMBER', phone), [k.k('address')]: S('STREET_ADDRESS', V.cnAddress(r)) },
        [k.s('buyer_memo')]: r.chance(0.5) ? E(`请放快递柜，到了打我电话${phone}`, [{ type: 'PHONE_NUMBER', value: phone }]) : '尽快发货',
        [k.s('pay_time')]: N(X.epochMs(r)), [k.s('tracking_no')]: N(X.tracking(r)) } } };
    },
  },
  {
    name: 'member-list', industry: 'retail',
    build: ({ r, k, seq }) => ({ method: 'GET', path: '/api/members', direction: 'response', body: { page: 1, list: times(r, 3, 6, () => {
      const b = V.birth(r);
      return { [k.s('member_id')]: N(String(880000 + seq())), nickname: r.pick(['小白', '快乐的鱼', 'momo']), [k.k('name')]: S('PERSON_NAME', V.cnName(r)),
        [k.k('phone')]: S('PHONE_NUMBER', r.chance(0.4) ? Number(V.mobile(r)) : V.mobile(r)), points: N(r.int(0, 99999)), [k.k('dob')]: S('DATE_OF_BIRTH', V.dob(r, b)), level: 'GOLD' };
    }) } }),
  },
  {
    name: 'product-search', industry: 'retail',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/search', direction: 'response', body: { total: r.int(10, 9999), hits: times(r, 3, 8, () => ({
      id: N(X.uuid(r)), title: N(r.pick(X.PRODUCT_NAMES)), brand: N(r.pick(['华为', '小米', '李宁', '王老吉'])), price: X.amount(r),
      [k.s('shop_name')]: N(r.pick(['李宁官方旗舰店', '张小泉京东自营', '周黑鸭天猫店'])), [k.s('shop_tel')]: N('400-820-8820'), sales: N(X.volume(r)), barcode: N(X.ean13(r)),
    })) } }),
  },
  {
    name: 'crm-contact-attributes', industry: 'retail',
    build: ({ r, k }) => {
      const name = V.cnName(r);
      const phone = V.mobile(r);
      const attrs = [{ type: 'mobile', value: S('PHONE_NUMBER', V.mobile(r)) }, { type: 'email', value: S('EMAIL_ADDRESS', V.email(r)) }, { type: 'nickname', value: '阿飞' }, { type: 'idcard', value: S('CN_RESIDENT_ID', V.cnId(r)) }];
      return { method: 'GET', path: '/api/crm/contacts/detail', direction: 'response', body: {
        id: N(X.uuid(r)), attributes: attrs.slice(0, r.int(2, 4)),
        [k.s('ext_info')]: E(base64(JSON.stringify({ name, mobile: phone })), [{ type: 'PERSON_NAME', value: name }, { type: 'PHONE_NUMBER', value: phone }]),
        tags: ['vip', '高价值'] } };
    },
  },
];
