'use strict';
// KYC & underwriting: AML/sanctions screening, crypto-exchange identity verification
// (incl. passport MRZ and ID-card OCR), life and motor insurance underwriting.
const { mrzCheck } = require('../lib/checks');

function mrz(c, { sur, given, country, passport, birth, sex }) {
  const nameField = `${sur.toUpperCase()}<<${given.toUpperCase().replace(/[ -]/g, '<')}`;
  const l1 = (`P<${country}${nameField}` + '<'.repeat(44)).slice(0, 44);
  const pn = (passport + '<<<<<<<<<').slice(0, 9);
  const dob = c.fmtDate(birth, 'yymmdd');
  const exp = c.fmtDate(c.date(2028, 2034), 'yymmdd');
  const personal = '<'.repeat(14);
  const part = pn + mrzCheck(pn) + country + dob + mrzCheck(dob) + sex + exp + mrzCheck(exp) + personal + mrzCheck(personal);
  const composite = mrzCheck(pn + mrzCheck(pn) + dob + mrzCheck(dob) + exp + mrzCheck(exp) + personal + mrzCheck(personal));
  return { l1, l2: part + composite, nameField, dob };
}

module.exports = [
  {
    name: 'aml_screening',
    n: 5,
    build(c, i) {
      const { r, L, H } = c;
      if (i === 4) {
        // UAE exchange house onboarding, keys transliterated from Arabic
        const p = c.intl('AE');
        return { method: 'POST', path: '/api/kyc/amil', direction: 'request', body: { al_ism_al_kamil: L('PERSON_NAME', p.name), tarikh_al_milad: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'dmy')), al_jinsiya: 'ARE', raqm_jawaz_al_safar: L('PASSPORT_NUMBER', c.passportIntl('AE')), raqm_al_hatif: L('PHONE_NUMBER', p.phone), al_unwan: L('STREET_ADDRESS', p.addr.full), al_iban: L('BANK_ACCOUNT', c.iban('AE')), masdar_al_amwal: 'salary', raqm_al_muamala: H(c.orderNo18()), tarikh_al_talab: H(c.fmtTs(c.ts(), 'isoZ')) } };
      }
      if (i === 0 || i === 3) {
        const p = c.intl(i === 3 ? 'US' : r.pick(['AE', 'IN', 'TH']));
        return {
          method: 'POST', path: '/v1/screenings', direction: 'request',
          body: { reference: H('CUST-' + r.digits(8)), customer: { type: 'individual', full_name: L('PERSON_NAME', p.name), date_of_birth: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'iso')), nationality: p.country, id_documents: [{ type: 'passport', number: L('PASSPORT_NUMBER', c.passportIntl(p.country)), issuing_country: p.country, expiry: H(c.fmtDate(c.date(2027, 2033), 'iso')) }], address: { line1: L('STREET_ADDRESS', p.addr.line1), city: p.addr.city, country: p.country }, phone: L('PHONE_NUMBER', p.phone), tax_id: p.country === 'US' ? { type: 'SSN', value: L('US_SSN', c.ssn()) } : null }, lists: ['OFAC-SDN', 'EU-CONSOLIDATED', 'UN-SC', 'UK-HMT'], fuzziness: 0.85, ongoing_monitoring: true },
        };
      }
      if (i === 1) {
        const p = c.intl(r.pick(['AE', 'ES', 'GB']));
        const hit = c.intl('AE');
        return {
          method: 'GET', path: `/v1/screenings/${c.uuid()}`, direction: 'response',
          body: { screening_id: H(c.uuid()), status: 'potential_match', subject: { full_name: L('PERSON_NAME', p.name), date_of_birth: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'dMonY')) }, hits: [{ list: 'OFAC SDN', list_entry_id: H('SDN-' + r.digits(5)), program: 'SDGT', entity_name: L('PERSON_NAME', hit.name), aliases: [L('PERSON_NAME', `${hit.first.toUpperCase()} ${hit.last.toUpperCase().replace('AL-', 'AL ')}`)], dob_on_list: L('DATE_OF_BIRTH', String(hit.birth.getUTCFullYear())), match_score: H(r.float(0.81, 0.93, 2)), matched_fields: ['name'], list_updated_at: H(c.fmtDate(c.ts(), 'iso')) }], reviewed_by: null, created_at: H(c.fmtTs(c.ts(), 'isoZ')) },
        };
      }
      const rows = Array.from({ length: 3 }, () => { const p = c.cn(); return { 客户号: H(r.nzDigits(12)), 客户姓名: L('PERSON_NAME', p.name), 证件类型: '身份证', 证件号码: L('CN_RESIDENT_ID', p.id), 国籍: 'CHN', 命中名单: r.pick(['无', '无', 'PEP-地方']), 风险等级: r.pick(['低', '中', '高']), 可疑交易金额: H(c.amount(50000, 2000000)), 交易流水号: H(c.orderNo18()) }; });
      return { method: 'POST', path: '/aml/api/batch-screen/result', direction: 'response', body: { 批次号: H('AML' + c.fmtDate(c.ts(), 'compact') + r.digits(4)), 机构代码: H(r.pick(['C1010211000012', 'B0002H211000001'])), 结果: rows, 处理时间: H(c.fmtTs(c.ts(), 'sql')) } };
    },
  },

  {
    name: 'crypto_exchange_kyc',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const evmAddr = () => '0x' + r.hex(40);
      if (i === 0 || i === 3) {
        const cnP = i === 3;
        const p = cnP ? c.cn({ minY: 1970, maxY: 2002 }) : c.intl(r.pick(['KR', 'DE', 'FR']));
        const passport = cnP ? c.passportCN() : c.passportIntl(p.country);
        const cc = cnP ? 'CHN' : { KR: 'KOR', DE: 'D<<', FR: 'FRA' }[p.country];
        const m = mrz(c, { sur: cnP ? p.py.sur : c.stripAccents(p.last), given: cnP ? p.py.given : c.stripAccents(p.first), country: cc, passport, birth: p.birth, sex: p.gender });
        return {
          method: 'POST', path: '/api/v1/kyc/submissions', direction: 'request',
          body: { uid: H(r.nzDigits(9)), level: 2, idDocument: { type: 'PASSPORT', number: L('PASSPORT_NUMBER', passport), issuingCountry: cnP ? 'CHN' : { KR: 'KOR', DE: 'DEU', FR: 'FRA' }[p.country], expiry: H(c.fmtDate(c.date(2028, 2034), 'iso')), mrz: [L('PERSON_NAME', m.l1, m.nameField), c.LL(m.l2, [['PASSPORT_NUMBER', passport], ['DATE_OF_BIRTH', m.dob]])] }, selfie: { livenessScore: r.float(0.9, 0.99, 3), imageSha256: H(c.sha256()) }, residentialAddress: L('STREET_ADDRESS', cnP ? p.addr.full : p.addr.full), proofOfAddress: { type: 'utility_bill', issuer: H(cnP ? '国网上海市电力公司' : 'Vattenfall Europe'), issuedAt: H(c.fmtDate(c.ts(), 'iso')) }, deviceFingerprint: H(r.hex(32)), ip: L('IP_ADDRESS', cnP ? c.ip4('cn') : c.ip4('intl')) },
        };
      }
      if (i === 1) {
        const p = c.cn({ minY: 1965, maxY: 2004 });
        const issue = c.date(2014, 2022);
        return {
          method: 'POST', path: '/ocr/v1/idcard', direction: 'response',
          body: { request_id: H(c.uuid()), front: { 姓名: L('PERSON_NAME', p.name), 性别: p.gender === 'M' ? '男' : '女', 民族: '汉', 出生: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'cn')), 住址: L('STREET_ADDRESS', p.addr.full), 公民身份号码: L('CN_RESIDENT_ID', p.id) }, back: { 签发机关: p.region.city + '公安局' + p.region.dist + '分局', 有效期限: H(`${c.fmtDate(issue, 'iso').replace(/-/g, '.')}-${c.fmtDate(new Date(Date.UTC(issue.getUTCFullYear() + 20, issue.getUTCMonth(), issue.getUTCDate())), 'iso').replace(/-/g, '.')}`) }, quality: { blur: r.float(0, 0.2, 2), copy_warning: false, ps_warning: false } },
        };
      }
      const p = c.intl('US');
      return {
        method: 'GET', path: '/api/v1/account/security-overview', direction: 'response',
        body: { uid: H(r.nzDigits(9)), kycLevel: 2, kycName: L('PERSON_NAME', p.name), nationality: p.country, dateOfBirth: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'iso')), email: L('EMAIL_ADDRESS', p.email), taxProfile: { form: 'W-9', tinType: 'SSN', tin: L('US_SSN', c.ssn('plain')), address: L('STREET_ADDRESS', p.addr.full) }, withdrawalWhitelist: [{ chain: 'ETH', address: H(evmAddr()), label: 'Ledger cold' }, { chain: 'BTC', address: H('bc1q' + r.chars(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')), label: 'savings' }, { chain: 'TRON', address: H('T' + r.chars(33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz')), label: 'OTC' }], apiKeys: [{ label: 'trading-bot', key: L('CREDENTIAL', r.alnum(64)), secret: L('CREDENTIAL', r.alnum(64)), permissions: ['read', 'spot'], ipWhitelist: [L('IP_ADDRESS', c.ip4('intl'))] }], loginHistory: Array.from({ length: 2 }, () => ({ ip: L('IP_ADDRESS', r.chance(0.5) ? c.ip4('intl') : c.ip6()), at: H(c.fmtTs(c.ts(), 'epochMs')), device: 'Chrome 124 / macOS' })) },
      };
    },
  },

  {
    name: 'insurance_underwriting',
    n: 5,
    build(c, i) {
      const { r, L, H, T } = c;
      if (i >= 3) {
        // motor insurance quote: vehicle + owner; first-registration date is not a DOB
        const o = c.cn({ minY: 1965, maxY: 2000 });
        const vin = c.vin(r.pick(['LSV', 'LFV', 'LGB', 'LRW', 'LGX']));
        return {
          method: 'POST', path: '/api/motor/quote', direction: 'request',
          body: { cityCode: o.live.code.slice(0, 4) + '00', vehicle: { licenseNo: L('LICENSE_PLATE', c.plateCN(i === 4 ? 'nev' : 'std', r.pick(['', '-']))), frameNo: L('VEHICLE_VIN', vin), engineNo: H(r.upper(2) + r.digits(7)), brandModel: H(r.pick(['大众FV7152BBDBG', '特斯拉TSL7000BEVAR2', '比亚迪BYD7152WT6HEVC2'])), firstRegisterDate: H(c.fmtDate(c.date(2016, 2023), 'iso')), seatCount: 5, purchasePrice: H(r.int(99800, 329900)) }, owner: { name: L('PERSON_NAME', o.name), idType: '01', idNo: L('CN_RESIDENT_ID', o.id), mobile: L('PHONE_NUMBER', o.mobile) }, coverages: [{ code: 'TPL', amount: H(2000000) }, { code: 'VD', amount: H(r.int(90000, 300000)) }], lastYearPolicyNo: H('PDAA2023' + r.digits(14)), channelCode: H('QD' + r.digits(6)) },
        };
      }
      if (i === 1) {
        // HK savings policy bought by a mainland visitor presenting the exit-entry permit
        const p = c.cn({ minY: 1975, maxY: 1995 });
        const ben = c.cn({ minY: 2005, maxY: 2018 });
        const card = c.card(r.pick(['up', 'visa', 'mc']));
        return {
          method: 'POST', path: '/nb/v2/applications', direction: 'request',
          body: { productCode: 'SAV-5PAY', currency: 'USD', annualPremium: H(r.pick([10000, 20000, 50000])), policyOwner: { nameEn: L('PERSON_NAME', p.py.upper), nameZh: L('PERSON_NAME', p.name), dateOfBirth: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'dmy')), idDocType: 'EEP', idDocNo: L('CN_HK_MACAU_PERMIT', c.hkPermit('C')), mainlandIdNo: L('CN_RESIDENT_ID', p.id), mobile: L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'plus86')), email: L('EMAIL_ADDRESS', p.email), residentialAddress: L('STREET_ADDRESS', p.addr.full), visaEntryDate: H(c.fmtDate(c.ts(), 'dmy')) }, beneficiaries: [{ nameZh: L('PERSON_NAME', ben.name), relationship: 'CHILD', sharePct: 100, dateOfBirth: L('DATE_OF_BIRTH', c.fmtDate(ben.birth, 'dmy')) }], firstPremiumPayment: { method: 'CARD', cardNumber: L('PAYMENT_CARD', c.fmtCard(card, 'dash')), cardHolder: L('PERSON_NAME', p.py.upper) }, agentCode: H('AG' + r.digits(6)), signingLocation: H('22/F, One Island East, Quarry Bay') },
        };
      }
      const ph = c.cn({ minY: 1975, maxY: 1992 });
      const ins = i === 0 ? c.cn({ minY: 2008, maxY: 2020, region: ph.region.code }) : ph;
      const agent = c.cnName();
      const party = (p) => ({ name: L('PERSON_NAME', p.name), idType: '身份证', idNo: L('CN_RESIDENT_ID', p.id), birthday: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'iso')), gender: p.gender, mobile: L('PHONE_NUMBER', p.mobile), occupationCode: H('0' + r.digits(6)) });
      const t = T();
      const body = {
        applicationNo: H('TB' + c.fmtDate(c.ts(), 'compact') + r.digits(8)), product: { code: H('P' + r.digits(5)), name: r.pick(['金佑人生终身寿险', '守护百分百重疾险', '安享一生年金险']) }, sumAssured: H(r.pick([300000, 500000, 1000000])), premium: H(c.amount(3000, 30000)), payYears: r.pick([10, 20]),
        policyholder: { ...party(ph), email: L('EMAIL_ADDRESS', ph.email), address: L('STREET_ADDRESS', ph.addr.full), annualIncome: H(r.pick([150000, 300000, 600000])) },
        insured: i === 0 ? { ...party(ins), relation: '子女', heightCm: r.int(120, 170), weightKg: r.int(22, 60) } : { sameAsPolicyholder: true, heightCm: r.int(155, 185), weightKg: r.int(45, 90) },
        beneficiaries: [{ type: '法定' }],
        healthNotice: [{ q: '过去两年内是否住院或手术', a: false }, { q: '是否患有高血压、糖尿病', a: i === 2, remark: i === 2 ? t.done(`被保人${t('PERSON_NAME', ph.name)}2019年确诊2型糖尿病，口服二甲双胍，空腹血糖6.8`) : '' }],
        payment: { bankCode: r.pick(['ICBC', 'CMB', 'CCB']), accountNo: L('PAYMENT_CARD', c.card('up')), accountName: L('PERSON_NAME', ph.name) },
        agent: { code: H(r.digits(10)), name: L('PERSON_NAME', agent.name) },
      };
      if (i === 2) return { method: 'GET', path: `/api/uw/applications/${body.applicationNo.raw}/decision`, direction: 'response', body: { decision: 'SUBSTANDARD', extraPremiumPct: 50, exclusions: ['糖尿病及其并发症'], underwriter: L('PERSON_NAME', c.cnName().name), application: body } };
      return { method: 'POST', path: '/api/uw/applications', direction: 'request', body };
    },
  },
];
