'use strict';
// Work & supply chain: ATS candidates, freelancer payouts, MES operator logs, power-grid
// field dispatch, GPS clock-in, salary disbursement files, ERP vendor master,
// bills of lading, warehouse pick lists, election volunteers.

module.exports = [
  {
    name: 'ats_candidates',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      if (i === 3) {
        // Chinese ATS resume-parse result, Chinese keys
        const p = c.cn({ minY: 1985, maxY: 2001 });
        return {
          method: 'GET', path: `/api/v1/talents/${r.nzDigits(9)}?with=resume`, direction: 'response',
          body: { 候选人ID: H(r.nzDigits(9)), 姓名: L('PERSON_NAME', p.name), 手机: L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'space')), 邮箱: L('EMAIL_ADDRESS', p.email), 出生年月: L('DATE_OF_BIRTH', `${p.birth.getUTCFullYear()}.${c.pad(p.birth.getUTCMonth() + 1)}`), 现居地: L('STREET_ADDRESS', p.addr.noProv),
            期望薪资: H('25k-35k·14薪'), 教育经历: [{ 学校: r.pick(['华中科技大学', '中山大学', '电子科技大学']), 专业: '计算机科学与技术', 学历: '本科', 时间: H('2008.09-2012.06') }],
            工作经历: [{ 公司: H(c.company().name), 职位: '高级后端工程师', 时间: H('2019.07-至今'), 描述: '负责订单中心重构，QPS提升3倍' }],
            简历文件: { 文件名: `${p.name}-后端工程师-简历.pdf`, sha1: H(c.sha1()) }, 渠道: 'BOSS直聘', 推荐人: L('PERSON_NAME', c.cnName().name) },
        };
      }
      const cands = Array.from({ length: i === 0 ? 2 : 1 }, () => {
        const p = c.intl(r.pick(['US', 'GB', 'IN', 'DE']));
        const t = T();
        return {
          id: H(r.nzDigits(9)), first_name: L('PERSON_NAME', p.first), last_name: L('PERSON_NAME', p.last), company: H(r.pick(['Globex Corporation', 'Initech', 'Umbrella Health'])), title: 'Senior Data Engineer',
          phone_numbers: [{ value: L('PHONE_NUMBER', p.phone), type: 'mobile' }], email_addresses: [{ value: L('EMAIL_ADDRESS', p.email), type: 'personal' }],
          addresses: [{ value: L('STREET_ADDRESS', p.addr.full), type: 'home' }],
          applications: [{ id: H(r.nzDigits(9)), job: { id: H(r.nzDigits(7)), name: 'Data Platform Engineer (Remote)' }, status: 'active', current_stage: { name: 'Onsite' }, applied_at: H(c.fmtTs(c.ts(), 'isoZ')) }],
          attachments: [{ filename: t.done(`${t('PERSON_NAME', p.name)} - CV 2024.pdf`), type: 'resume', url: `https://s3.amazonaws.com/ats-prod/${r.hex(32)}` }],
          custom_fields: { desired_salary: H(r.int(120, 210) * 1000), work_authorization: r.pick(['US Citizen', 'H-1B', 'Requires sponsorship']), referral_notes: i === 1 ? (() => { const t2 = T(); return t2.done(`Referred by ${t2('PERSON_NAME', c.intl('US').name)} from the Austin meetup`); })() : null },
          background_check: i === 1 ? { provider: 'Checkr', ssn: L('US_SSN', c.ssn()), dob: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'mdy')), consent_signed_at: H(c.fmtTs(c.ts(), 'isoZ')) } : undefined,
          created_at: H(c.fmtTs(c.ts(), 'isoZ')),
        };
      });
      return { method: 'GET', path: `/v1/candidates?job_id=${r.nzDigits(7)}&per_page=50`, direction: 'response', body: i === 2 ? { data: cands.map((x) => c.restyle(c.clean(x), 'camel')) } : cands.map(c.clean) };
    },
  },

  {
    name: 'freelancer_payouts',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const item = (kind) => {
        if (kind === 'US') {
          const p = c.intl('US');
          return { payee_id: H('pye_' + r.alnum(14)), payee: { legal_name: L('PERSON_NAME', p.name), email: L('EMAIL_ADDRESS', p.email), country: 'US' }, method: 'ach', bank: { routing_number: H(r.pick(c.ROUTING)), account_number: L('BANK_ACCOUNT', c.usAcct()), account_type: 'checking' }, tax: { form: 'W-9', tin_type: 'SSN', tin: L('US_SSN', c.ssn(r.pick(['plain', 'dash']))) }, amount: H(c.amount(200, 9000)), memo: H(`INV-2024-${r.digits(5)}`) };
        }
        if (kind === 'EU') {
          const cc = r.pick(['DE', 'FR', 'ES']);
          const p = c.intl(cc);
          return { payee_id: H('pye_' + r.alnum(14)), payee: { legal_name: L('PERSON_NAME', p.name), email: L('EMAIL_ADDRESS', p.email), country: cc }, method: 'sepa', bank: { iban: L('BANK_ACCOUNT', c.fmtIban(c.iban(cc), r.chance(0.5))), bic: H({ DE: 'COBADEFFXXX', FR: 'BNPAFRPP', ES: 'CAIXESBB' }[cc]), account_holder: L('PERSON_NAME', p.name) }, tax: { form: 'W-8BEN', country_of_residence: cc, date_of_birth: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'iso')) }, amount: H(c.amount(200, 9000)), memo: H(`INV-2024-${r.digits(5)}`) };
        }
        const p = c.cn({ minY: 1988, maxY: 2002 });
        return { payee_id: H('pye_' + r.alnum(14)), payee: { legal_name: L('PERSON_NAME', p.py.full), local_name: L('PERSON_NAME', p.name), email: L('EMAIL_ADDRESS', p.email), country: 'CN' }, method: 'unionpay_card', bank: { card_number: L('PAYMENT_CARD', c.card('up')), bank_name: 'China Merchants Bank', id_number: L('CN_RESIDENT_ID', p.id), mobile: L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'plus86c')) }, amount: H(c.amount(200, 9000)), memo: H(`INV-2024-${r.digits(5)}`) };
      };
      const kinds = [['US', 'EU'], ['CN', 'EU', 'US'], ['CN'], ['EU', 'EU']][i];
      const body = { batch_id: H('pob_' + r.alnum(16)), currency: 'USD', scheduled_for: H(c.fmtDate(c.ts(), 'iso')), items: kinds.map(item), idempotency_key: H(c.uuid()) };
      if (i === 3) return { method: 'GET', path: `/v2/payout-batches/${body.batch_id.raw}`, direction: 'response', body: { ...body, status: 'completed', fx_rate: H(7.1934) } };
      return { method: 'POST', path: '/v2/payout-batches', direction: 'request', body };
    },
  },

  {
    name: 'mes_operator_log',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const wo = `MO${c.fmtDate(c.ts(), 'compact')}${r.digits(3)}`;
      if (i === 1) {
        // German plant, German keys
        const w = c.intl('DE');
        return {
          method: 'POST', path: '/mes/api/v1/pruefergebnisse', direction: 'request',
          body: { Werk: 'Ingolstadt-2', Linie: 'MONT-04', Arbeitsplatz: 'Schraubstation 3', Auftragsnummer: H(wo), Seriennummer: H(c.serial()), Charge: H('CH' + r.digits(8)), Werker: { Name: L('PERSON_NAME', w.name), Personalnummer: H(r.nzDigits(8)), Schicht: 'Früh' }, Messwerte: { DrehmomentNm: r.float(2, 30, 2), Drehwinkel: r.float(10, 90, 1) }, Pruefergebnis: 'i.O.', Zeitstempel: H(c.fmtTs(c.ts(), 'isoZ')), StationsIp: L('IP_ADDRESS', c.ip4('private')), Softwarestand: H(c.version4()) },
        };
      }
      if (i === 2) {
        // Japanese romaji keys
        const w = c.intl('JP');
        return {
          method: 'POST', path: '/mes/api/v1/sagyou-jisseki', direction: 'request',
          body: { koujouCode: 'NGY1', kouteiMei: 'handa-tsuke', seibanNo: H(wo), seihinShiriaru: H(c.serial()), sagyoushaMei: L('PERSON_NAME', w.name), shainBangou: H(r.nzDigits(6)), kaishiJikoku: H(c.fmtTs(c.ts(), 'iso8')), ondo: r.float(230, 260, 1), hantei: 'OK', tanmatsuIp: L('IP_ADDRESS', c.ip4('private')) },
        };
      }
      const op = c.cnName();
      return {
        method: 'POST', path: '/mes/api/v1/station/records', direction: 'request',
        body: { line: 'SMT-03', station: 'AOI-2', workOrder: H(wo), records: Array.from({ length: 3 }, () => ({ productSn: H(c.serial()), lotNo: H('L' + r.digits(9)), pcbaBarcode: H(c.ean13('69')), result: r.pick(['PASS', 'PASS', 'NG']), defectCode: null, ts: H(c.fmtTs(c.ts(), 'epochMs')) })), operator: { badgeNo: H('E' + r.digits(6)), name: L('PERSON_NAME', op.name) }, ipcIp: L('IP_ADDRESS', c.ip4('private')), programVersion: H(c.version4()) },
      };
    },
  },

  {
    name: 'grid_field_dispatch',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const reg = c.region();
      const cust = c.cn({ live: reg.code });
      const crew = [c.cnName('M'), c.cnName('M')];
      const truck = c.geoNear(reg.lat, reg.lng, 0.06);
      const t = T();
      const body = {
        gdbh: H(`QX${c.fmtDate(c.ts(), 'compact')}${r.digits(6)}`), gzlx: r.pick(['低压故障', '计量故障', '停电报修']), slsj: H(c.fmtTs(c.ts(), 'sql')), bxqd: '95598',
        yhxm: L('PERSON_NAME', cust.name), yhbh: r.nzDigits(10), lxdh: L('PHONE_NUMBER', cust.mobile), yddz: L('STREET_ADDRESS', cust.addr.full),
        byq: { mc: `${reg.dist}${r.pick(['科苑', '学府', '新华'])}10kV#${r.int(1, 9)}配变`, jd: H(c.publicPlaceGeo(reg)[1]), wd: H(reg.lat), zcbh: H(r.nzDigits(12)) },
        qxry: crew.map((p) => ({ xm: L('PERSON_NAME', p.name), gh: H(r.digits(8)), sj: L('PHONE_NUMBER', c.mobile()) })),
        qxcl: { cph: L('LICENSE_PLATE', c.plateCN('std')), gps: i === 2 ? L('GEO_LOCATION', `${truck[0]},${truck[1]}`) : { lng: L('GEO_LOCATION', truck[1]), lat: L('GEO_LOCATION', truck[0]) }, sbsj: H(c.fmtTs(c.ts(), 'epochMs')) },
        xcms: t.done(`到达现场，${t('STREET_ADDRESS', cust.addr.street)}表箱进线烧蚀，已更换，客户${t('PERSON_NAME', cust.name)}签字确认。`),
        hfdh: H('95598'),
      };
      return i === 1
        ? { method: 'POST', path: '/api/pms/qxgd/feedback', direction: 'request', body: c.restyle(body, 'upper') }
        : { method: 'GET', path: `/api/pms/qxgd/${body.gdbh.raw}`, direction: 'response', body: { code: 200, data: body } };
    },
  },

  {
    name: 'gps_clock_in',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const reg = c.region();
      const office = c.company(reg, '91');
      const p = c.cn({ live: reg.code });
      const atHome = i === 2;
      const pos = atHome ? p.home : c.geoNear(reg.lat, reg.lng, 0.01);
      if (i === 3) {
        // team report (response), Pascal keys
        const rows = Array.from({ length: 3 }, () => { const e = c.cn({ live: reg.code }); const q = c.geoNear(reg.lat, reg.lng, 0.01); return { UserName: L('PERSON_NAME', e.name), JobNumber: H(r.digits(6)), CheckType: 'OnDuty', UserCheckTime: H(c.fmtTs(c.ts(), 'epochMs')), LocationResult: r.pick(['Normal', 'Outside']), Latitude: L('GEO_LOCATION', q[0]), Longitude: L('GEO_LOCATION', q[1]), DeviceId: H(c.uuid()) }; });
        return { method: 'POST', path: '/attendance/list', direction: 'response', body: { errcode: 0, errmsg: 'ok', recordresult: rows, hasMore: false } };
      }
      return {
        method: 'POST', path: '/api/attendance/punch', direction: 'request',
        body: c.clean({
          employeeId: H(r.digits(6)), name: i === 0 ? L('PERSON_NAME', p.name) : undefined, punchType: r.pick(['IN', 'OUT']), clientTime: H(c.fmtTs(c.ts(), 'iso8')),
          location: { latitude: L('GEO_LOCATION', pos[0]), longitude: L('GEO_LOCATION', pos[1]), accuracy: r.int(5, 65), coordType: 'gcj02', address: atHome ? L('STREET_ADDRESS', p.addr.full) : H(office.addr) },
          wifi: { ssid: 'CORP-5G', bssid: `${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}` },
          device: (() => { const [model, os] = r.pick([['iPhone15,3', '17.4.1'], ['SM-S9180', '14'], ['PGEM10', '13.1.2'], ['ALN-AL00', '4.2.0.118']]); return { deviceId: H(c.uuid()), model: H(model), osVersion: H(os), appVersion: H(c.version4()) }; })(),
          clientIp: L('IP_ADDRESS', c.ip4('cn')), remark: atHome ? '居家办公' : '',
        }),
      };
    },
  },

  {
    name: 'salary_disbursement_file',
    n: 3,
    build(c, i) {
      const { r, L, H, T, B64 } = c;
      if (i === 2) {
        // UK BACS-style CSV
        const emps = Array.from({ length: 3 }, () => c.intl('GB'));
        const t = T();
        const csv = ['Name,Sort Code,Account Number,Amount,Reference', ...emps.map((e) => `${t('PERSON_NAME', e.name)},${c.pad(r.int(10, 99))}-${c.pad(r.int(10, 99))}-${c.pad(r.int(10, 99))},${t('BANK_ACCOUNT', r.nzDigits(8))},${c.amount(1800, 5200).toFixed(2)},SALARY MAY24`)].join('\n');
        return { method: 'POST', path: '/bulk-payments/v1/files', direction: 'request', body: { fileType: 'BACS_CSV', originatorSun: H(r.digits(6)), processingDate: H(c.fmtDate(c.ts(), 'iso')), fileName: 'payroll_may24.csv', content: t.done(csv), recordCount: emps.length, checksum: H(c.sha256()) } };
      }
      const reg = c.region();
      const co = c.company(reg);
      const emps = Array.from({ length: r.int(3, 4) }, () => c.cn({ live: reg.code }));
      const t = T();
      const lines = ['序号,姓名,证件号码,收款账号,金额,摘要', ...emps.map((e, k) => `${k + 1},${t('PERSON_NAME', e.name)},${t('CN_RESIDENT_ID', e.id)},${t('PAYMENT_CARD', c.card('up'))},${c.amount(5000, 30000).toFixed(2)},5月工资`)];
      const csv = t.done(lines.join('\r\n'));
      return {
        method: 'POST', path: '/openapi/corp/payroll/batches', direction: 'request',
        body: { batchNo: H('DF' + c.fmtDate(c.ts(), 'compact') + r.digits(6)), payerAccount: L('BANK_ACCOUNT', c.cnAcct()), payerName: H(co.name), totalAmount: H(c.amount(20000, 120000)), totalCount: emps.length, fileName: '工资代发_202405.csv', [i === 0 ? 'fileContent' : 'fileContentBase64']: i === 0 ? csv : B64(csv), operator: L('PERSON_NAME', c.cnName().name), ukeySerial: H(c.serial()) },
      };
    },
  },

  {
    name: 'erp_vendor_master',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const cnCo = () => { const co = c.company(); const ct = c.cn({ live: co.region.code }); return { LIFNR: H('00' + r.digits(8)), NAME1: H(co.name), STRAS: H(co.addr), ORT01: co.region.city, LAND1: 'CN', TELF1: H(c.hotline()), STCD5: L('CN_USCC', co.uscc), KTOKK: 'Z001', BOERSE: H(r.pick(['002415.SZ', '600519.SH', '300750.SZ', '601318.SH'])), CONTACT: { NAMEV: L('PERSON_NAME', ct.name), TELF2: L('PHONE_NUMBER', ct.mobile), SMTP_ADDR: L('EMAIL_ADDRESS', c.cnEmail(ct, 'vendor-' + r.alnum(4).toLowerCase() + '.com.cn')) }, BANK: [{ BANKS: 'CN', BANKL: H(r.digits(12)), BANKN: L('BANK_ACCOUNT', c.cnAcct()), KOINH: H(co.name) }] }; };
      const deCo = () => { const ct = c.intl('DE'); const name = r.pick(c.INTL_CO); return { LIFNR: H('00' + r.digits(8)), NAME1: H(name), STRAS: H(`Industriestraße ${r.int(1, 90)}`), ORT01: 'Hamburg', LAND1: 'DE', STCEG: H('DE' + r.digits(9)), CONTACT: { NAMEV: L('PERSON_NAME', ct.first), NAME1: L('PERSON_NAME', ct.last), TELF2: L('PHONE_NUMBER', ct.phone), SMTP_ADDR: L('EMAIL_ADDRESS', `${c.stripAccents(ct.first).toLowerCase()}.${c.stripAccents(ct.last).toLowerCase()}@northwind-logistics.de`) }, BANK: [{ BANKS: 'DE', SWIFT: H(r.pick(['DEUTDEFFXXX', 'COBADEFF'])), IBAN: L('BANK_ACCOUNT', c.iban('DE')) }] }; };
      const solo = () => { const p = c.cn(); return { LIFNR: H('00' + r.digits(8)), NAME1: L('PERSON_NAME', p.name), STRAS: L('STREET_ADDRESS', p.addr.full), LAND1: 'CN', TELF1: L('PHONE_NUMBER', p.mobile), STCD1: L('CN_RESIDENT_ID', p.id), KTOKK: 'Z009', SORTL: '个人翻译', BANK: [{ BANKS: 'CN', BANKN: L('PAYMENT_CARD', c.card('up')), KOINH: L('PERSON_NAME', p.name) }] }; };
      const list = [[cnCo(), deCo()], [solo(), cnCo()], [deCo(), solo()]][i];
      return i === 1
        ? { method: 'POST', path: '/sap/opu/odata/sap/ZVENDOR_SRV/VendorSet', direction: 'request', body: { d: list[0] } }
        : { method: 'GET', path: `/sap/opu/odata/sap/ZVENDOR_SRV/VendorSet?$filter=ERDAT%20ge%20datetime%272024-05-01T00:00%27&$format=json`, direction: 'response', body: { d: { results: list } } };
    },
  },

  {
    name: 'bill_of_lading',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const containers = Array.from({ length: r.int(1, 3) }, () => ({ containerNo: H(c.container()), sealNo: H(r.upper(2) + r.digits(7)), sizeType: r.pick(['40HC', '20GP', '45HC']), grossKg: H(r.float(2000, 26000, 1)), cbm: r.float(10, 68, 2), hsCode: H(r.pick(['8471300000', '9403600090', '6110200010'])) }));
      const base = { blNo: H(r.pick(['COSU', 'MAEU', 'OOLU']) + r.digits(10)), vessel: r.pick(['COSCO SHIPPING LEO', 'MAERSK EMDEN', 'OOCL HONG KONG']), voyage: H(r.digits(3) + r.pick(['W', 'E'])), pol: 'CNYTN', pod: r.pick(['DEHAM', 'USLGB', 'NLRTM']), containers, issuedAt: H(c.fmtDate(c.ts(), 'iso')) };
      if (i === 2) {
        // personal effects (household move): consignee is a private person
        const p = c.cn({ minY: 1975, maxY: 1995 });
        const dest = c.intl(r.pick(['DE', 'US', 'GB']));
        const t = T();
        return {
          method: 'GET', path: `/api/shipments/${r.nzDigits(10)}/bl`, direction: 'response',
          body: { ...base, cargoType: 'PERSONAL EFFECTS', shipper: { name: L('PERSON_NAME', p.py.upper), address: L('STREET_ADDRESS', p.addr.full), phone: L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'plus86')) }, consignee: { name: L('PERSON_NAME', p.py.upper), address: L('STREET_ADDRESS', dest.addr.full), passportNo: L('PASSPORT_NUMBER', c.passportCN()), email: L('EMAIL_ADDRESS', p.email) }, notifyParty: { name: H('SAME AS CONSIGNEE') }, marksAndNumbers: t.done(`${t('PERSON_NAME', p.py.upper)} / HOUSEHOLD GOODS / 1-${r.int(30, 120)} CTNS`) },
        };
      }
      const shipper = c.company(c.region(r.pick(['440305', '441900', '330212'])));
      const cnee = r.pick(c.INTL_CO);
      const np = c.intl(r.pick(['DE', 'US', 'GB']));
      const body = { ...base, shipper: { name: H(shipper.name), address: H(shipper.addr), uscc: L('CN_USCC', shipper.uscc) }, consignee: { name: H(cnee), address: H(`${r.int(1, 200)} Harbour Road, ${np.addr.city}`) }, notifyParty: { name: L('PERSON_NAME', np.name), phone: L('PHONE_NUMBER', np.phone), email: L('EMAIL_ADDRESS', np.email) }, freight: 'PREPAID', marksAndNumbers: 'N/M' };
      return i === 0 ? { method: 'GET', path: `/api/shipments/${r.nzDigits(10)}/bl`, direction: 'response', body } : { method: 'POST', path: '/api/si/submit', direction: 'request', body: c.restyle(body, 'snake') };
    },
  },

  {
    name: 'warehouse_pick_list',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const picker = c.cnName();
      const lines = Array.from({ length: r.int(2, 4) }, () => ({ sku: H(c.skuLuhn()), ean: H(c.ean13()), productName: H(r.pick(c.NAMEY_BRANDS)), bin: `${r.pick(['A', 'B', 'C'])}-${c.pad(r.int(1, 40))}-${c.pad(r.int(1, 6))}-${r.int(1, 4)}`, qty: r.int(1, 12), serialNos: r.chance(0.4) ? [H(c.imei())] : [] }));
      const orders = Array.from({ length: i === 2 ? 1 : 2 }, () => { const p = c.cn(); return { orderNo: H(c.orderNo11()), receiver: { name: L('PERSON_NAME', p.name), phone: L('PHONE_NUMBER', p.mobile), address: L('STREET_ADDRESS', p.addr.full) }, ...(() => { const cr = r.pick(['SF', 'JD', 'ZTO', 'EMS']); return { carrier: cr, trackingNo: H(c.tracking(cr)) }; })(), weightKg: H(r.float(0.2, 12, 2)) }; });
      const body = { pickListNo: H('PK' + c.fmtDate(c.ts(), 'compact') + r.digits(5)), wave: H('W' + r.digits(6)), warehouse: 'DG-03', picker: { empNo: H(r.digits(8)), name: L('PERSON_NAME', picker.name), pdaImei: H(c.imei()) }, lines, orders, createdAt: H(c.fmtTs(c.ts(), 'sql')) };
      return i === 1 ? { method: 'POST', path: '/wms/api/picklists/confirm', direction: 'request', body: c.restyle(body, 'kebab') } : { method: 'GET', path: `/wms/api/picklists/${body.pickListNo.raw}`, direction: 'response', body };
    },
  },

  {
    name: 'election_volunteers',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      if (i === 2) {
        // Spanish-keyed volunteer roster (mesa electoral helpers, Madrid)
        const vs = Array.from({ length: 2 }, () => c.intl('ES'));
        return { method: 'GET', path: '/api/v1/voluntarios?distrito=03&seccion=027', direction: 'response', body: { voluntarios: vs.map((v) => ({ nombre: L('PERSON_NAME', v.first), apellidos: L('PERSON_NAME', v.last), fecha_nacimiento: L('DATE_OF_BIRTH', c.fmtDate(v.birth, 'dmy')), domicilio: L('STREET_ADDRESS', v.addr.line1), codigo_postal: v.addr.postcode, telefono_movil: L('PHONE_NUMBER', v.phone), correo: L('EMAIL_ADDRESS', v.email), dni: H(`***${r.digits(4)}**${r.pick(['K', 'T', 'R'])}`), colegio: 'CEIP Miguel de Cervantes', mesa: H(`${r.digits(4)}${r.digits(3)}A`), turno: r.pick(['mañana', 'tarde']), alta: H(c.fmtTs(c.ts(), 'isoZ')) })) } };
      }
      const vs = Array.from({ length: 3 }, () => c.intl('US'));
      const rows = vs.map((v) => ({ vol_id: H(r.nzDigits(7)), first_name: L('PERSON_NAME', v.first), last_name: L('PERSON_NAME', v.last), dob: L('DATE_OF_BIRTH', c.fmtDate(v.birth, 'iso')), email: L('EMAIL_ADDRESS', v.email), cell: L('PHONE_NUMBER', v.phone), address: L('STREET_ADDRESS', v.addr.full), precinct: r.pick(['0412', '1107', '2230']), ssn_last4: H(r.digits(4)), languages: r.sample(['en', 'es', 'vi', 'zh'], 2), shifts: [{ date: H(c.fmtDate(c.date(2024, 2024), 'iso')), site: 'Lincoln Elementary Gym', site_address: H(`${r.int(100, 999)} School St`), role: 'Greeter' }], background_check: { status: 'clear', completed_at: H(c.fmtTs(c.ts(), 'isoZ')) } }));
      return i === 0 ? { method: 'GET', path: '/api/v1/volunteers?precinct=0412&status=active', direction: 'response', body: { count: rows.length, results: rows } } : { method: 'POST', path: '/api/v1/volunteers/import', direction: 'request', body: { source: 'signup_form', records: rows.map((x) => c.restyle(x, 'camel')) } };
    },
  },
];
