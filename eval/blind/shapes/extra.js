'use strict';
// Extra shapes that raise coverage of rarer types (HK/Macau permits, SSN, USCC).
const { S, H, txt } = require('../lib/mark');
const { pad } = require('../lib/rng');

module.exports = [
  {
    name: 'hkmo-ferry-ticket',
    gen({ r, v }, i) {
      const pax = [];
      for (let k = 0, n = r.int(1, 4); k < n; k++) {
        const p = v.cnPerson(); const home = r.chance(0.4);
        pax.push({ psgName: S('PERSON_NAME', p.name), psgNameEn: S('PERSON_NAME', `${p.sur.toUpperCase()},${p.given.toUpperCase()}`), docType: home ? 'HRP' : 'EEP', docTypeDesc: home ? '港澳居民来往内地通行证' : '往来港澳通行证', docNo: S('CN_HK_MACAU_PERMIT', home ? v.homeReturn() : v.hkmoPermit()), birth: S('DATE_OF_BIRTH', v.fmtDate(p.birth, 'compact')), seat: `${r.int(1, 30)}${r.pick(['A', 'B', 'C', 'D'])}`, ticketNo: H(r.digits(13)), price: H(r.pick(['65.00', '160.00', '175.00'])) });
      }
      const contact = v.cnPerson();
      return {
        method: i % 2 ? 'POST' : 'GET', path: i % 2 ? '/ticket/api/order/create' : `/ticket/api/order/${r.digits(12)}`, direction: i % 2 ? 'request' : 'response',
        body: { orderNo: H(v.orderNo()), route: r.pick(['SZ-SK-HK', 'ZH-MO', 'HKG-ZUH-BUS']), departTime: H(v.cnTs()), passengers: pax, contactName: S('PERSON_NAME', contact.name), contactPhone: S('PHONE_NUMBER', i === 2 ? v.intlPhone('HK') : v.fmtCnMobile(contact.mobile, '+86-')), totalAmount: H(v.amount(65, 700)), payChannel: 'ALIPAY', payTradeNo: H(v.aliTradeNo()) },
      };
    },
  },
  {
    name: 'us-payroll-w2',
    gen({ r, v }, i) {
      const forms = [];
      for (let k = 0, n = r.int(2, 6); k < n; k++) {
        const w = v.westPerson('US');
        forms.push({ box_a_employee_ssn: S('US_SSN', v.ssn(k % 2 ? 'plain' : 'dash')), box_e_employee_name: S('PERSON_NAME', `${w.first} ${w.last}`), box_f_employee_address: S('STREET_ADDRESS', w.addr.full), box_1_wages: H(Number(v.amount(20000, 190000))), box_2_federal_tax: H(Number(v.amount(2000, 40000))), box_12: [{ code: 'D', amount: H(Number(v.amount(500, 22500))) }], box_15_state: w.addr.state, control_number: H(r.digits(10)) });
      }
      return { method: 'GET', path: `/api/tax-forms/w2?year=2023&batch=${r.digits(5)}`, direction: 'response', body: { tax_year: 2023, employer: { name: H(v.companyW()), ein: H(`${r.digits(2)}-${r.digits(7)}`), address: '500 Corporate Pkwy, Suite 200, Austin, TX 78701' }, forms, generated_at: H(v.isoTs()), checksum: H(v.sha256()) } };
    },
  },
  {
    name: 'company-credit-lookup',
    gen({ r, v }, i) {
      const items = [];
      for (let k = 0, n = r.int(3, 8); k < n; k++) {
        items.push({ entName: H(v.companyCn()), uniscid: S('CN_USCC', v.uscc()), regNo: H(r.digits(15)), legalPerson: S('PERSON_NAME', v.cnName()), regCap: H(`${r.int(1, 9999)}万人民币`), estDate: H(v.fmtDate(`${r.int(1995, 2023)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`, 'iso')), entStatus: r.pick(['存续', '在业', '注销']), industry: r.pick(['软件和信息技术服务业', '批发业', '道路运输业']), publicPhone: H(v.hotline()), stockCode: k === 0 ? H(v.stock()[0]) : null });
      }
      return { method: 'GET', path: `/open/ic/search?keyword=${encodeURIComponent('科技')}&pageNum=${i + 1}`, direction: 'response', body: { status: '200', message: '操作成功', sign: H(v.md5()), result: { total: H(r.int(100, 9999)), items } } };
    },
  },
];
