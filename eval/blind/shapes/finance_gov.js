'use strict';
// Insurance, payroll/HR, government, securities, crypto, invoicing, leasing, payment webhooks.
const { S, H, txt, json, b64, kv } = require('../lib/mark');
const { pad } = require('../lib/rng');

module.exports = [
  {
    name: 'insurance-policy',
    gen({ r, v }, i) {
      const tb = v.cnPerson({ y0: 1965, y1: 1995 }); const bb = i % 2 ? tb : v.cnPerson({ y0: 1990, y1: 2018 });
      const syr = [];
      for (let k = 0; k < r.int(1, 2); k++) { const s = v.cnPerson(); syr.push({ syrxm: S('PERSON_NAME', s.name), syrzjhm: S('CN_RESIDENT_ID', s.id), syrbl: k ? 40 : 60, yttbrgx: r.pick(['配偶', '子女', '父母']) }); }
      return {
        method: 'GET', path: `/core/policy/query?bdh=${r.digits(6)}`, direction: 'response',
        body: {
          retCode: '00', retMsg: '查询成功',
          bdxx: {
            bdh: H('P' + r.digits(4) + '2024' + r.digits(10)), tbdh: H(r.digits(18)), xzmc: r.pick(['平安福终身寿险', '百万医疗险2024', '少儿重疾险(尊享版)']), bf: H(v.amount(300, 20000)), be: H(r.int(10, 500) * 10000),
            sxrq: H(v.recentDate()), zzrq: H('2099-12-31'), jfqj: r.pick(['20', '10', '1']),
            tbr: { tbrxm: S('PERSON_NAME', tb.name), tbrxb: tb.genderZh, tbrcsrq: S('DATE_OF_BIRTH', v.fmtDate(tb.birth, 'iso')), tbrzjlx: '01', tbrzjhm: S('CN_RESIDENT_ID', tb.id), tbrsjh: S('PHONE_NUMBER', tb.mobile), tbryx: S('EMAIL_ADDRESS', tb.email), tbrdz: S('STREET_ADDRESS', tb.addr.full) },
            bbr: { bbrxm: S('PERSON_NAME', bb.name), bbrcsrq: S('DATE_OF_BIRTH', v.fmtDate(bb.birth, 'compact')), bbrzjhm: S('CN_RESIDENT_ID', bb.id), yttbrgx: i % 2 ? '本人' : '子女' },
            syr, jfzh: { khh: '中国工商银行', kh: S('PAYMENT_CARD', v.card('up19', 'plain')), hm: S('PERSON_NAME', tb.name) },
            ywy: { ywydm: H(r.digits(10)), ywyxm: S('PERSON_NAME', v.cnName()), kfrx: H('95511') },
          },
        },
      };
    },
  },
  {
    name: 'insurance-claim',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const veh = i % 2 === 0;
      const body = {
        报案号: H('RC' + v.compactTs() + r.digits(4)), 保单号: H('PDAA2024' + r.digits(12)), 报案时间: H(v.cnTs()), 出险时间: H(v.cnTs()),
        报案人: S('PERSON_NAME', p.name), 报案人电话: S('PHONE_NUMBER', v.fmtCnMobile(p.mobile, r.pick(['plain', 'sp']))), 与被保险人关系: '本人',
        被保险人: { 姓名: S('PERSON_NAME', p.name), 证件类型: '身份证', 证件号码: S('CN_RESIDENT_ID', p.id), 出生日期: S('DATE_OF_BIRTH', v.fmtDate(p.birth, 'zh')) },
        出险经过: veh ? txt`本人驾驶${S('LICENSE_PLATE', v.plate())}在${p.region.roads[0]}追尾前车，对方司机电话${S('PHONE_NUMBER', v.cnMobile())}` : '患者因急性阑尾炎入院手术治疗',
        估损金额: H(v.amount(500, 30000)), 理赔状态: '待查勘',
        收款信息: { 户名: S('PERSON_NAME', p.name), 开户行: '招商银行深圳分行', 银行卡号: S('PAYMENT_CARD', v.card(r.pick(['up', 'up19']), r.pick(['plain', 'space']))) },
        附件: [{ 类型: '身份证正面', 文件ID: H(r.uuid()), 摘要: H(v.sha256()) }, { 类型: '事故照片', 文件ID: H(r.uuid()), 摘要: H(v.md5()) }],
      };
      if (veh) body.标的车辆 = { 车牌号: S('LICENSE_PLATE', v.plate(null, 'none')), 车架号: S('VEHICLE_VIN', v.vin()), 发动机号: H(r.upper(2) + r.digits(7)), 厂牌型号: '大众FV7152FBDBG' };
      return { method: 'POST', path: '/claim/api/report/submit', direction: 'request', body };
    },
  },
  {
    name: 'payroll-cn',
    gen({ r, v }, i) {
      const rows = [];
      for (let k = 0, n = r.int(5, 10); k < n; k++) {
        const p = v.cnPerson({ y0: 1970, y1: 2000 });
        const yf = r.int(6000, 45000);
        rows.push({
          gonghao: 'E' + r.digits(5), xingming: S('PERSON_NAME', p.name), bumen: r.pick(['研发部', '财务部', '销售部', '行政部']),
          shenfenzhenghao: S('CN_RESIDENT_ID', p.id), shoujihao: k % 3 === 0 ? S('PHONE_NUMBER', p.mobile) : H(v.maskPhone(p.mobile)),
          gongzikahao: S('PAYMENT_CARD', v.card('up19', 'plain')), kaihuhang: r.pick(['工商银行', '建设银行', '招商银行']),
          yingfagongzi: H(yf.toFixed(2)), shebaogeren: H((yf * 0.105).toFixed(2)), gongjijin: H((yf * 0.07).toFixed(2)), geshui: H((yf * 0.03).toFixed(2)), shifagongzi: H((yf * 0.8).toFixed(2)),
        });
      }
      return { method: 'GET', path: `/hr/salary/export?month=2024${pad(r.int(1, 12))}`, direction: 'response', body: { status: 1, info: '', ffyf: '2024-' + pad(r.int(1, 12)), zrs: rows.length, list: rows, dfzh: S('BANK_ACCOUNT', v.cnAcct()), dfdw: H(v.companyCn()) } };
    },
  },
  {
    name: 'payroll-sap-de',
    gen({ r, v }, i) {
      const items = [];
      for (let k = 0, n = r.int(5, 8); k < n; k++) {
        const w = v.westPerson('DE');
        items.push({
          PERNR: pad(r.int(1, 99999), 8), VORNA: S('PERSON_NAME', w.first), NACHN: S('PERSON_NAME', w.last), GBDAT: S('DATE_OF_BIRTH', v.fmtDate(w.birth, 'compact')),
          STRAS: S('STREET_ADDRESS', w.addr.line1), PSTLZ: w.addr.postal, ORT01: w.addr.city,
          BANKL: H(r.digits(8)), BANKN: S('BANK_ACCOUNT', r.digits(10)), IBAN: S('BANK_ACCOUNT', v.iban('DE', false)), SWIFT: H('DEUTDEFF'),
          BETRG: H(v.amount(2500, 9000)), WAERS: 'EUR', LGART: H('/560'), ABKRS: 'D1', BEGDA: H(v.recentDate('compact')),
        });
      }
      return { method: 'GET', path: "/sap/opu/odata/sap/ZHR_PAYROLL_SRV/PayResultSet?$format=json&$filter=ABKRS eq 'D1'", direction: 'response', body: { d: { results: items.map((x) => ({ __metadata: { type: 'ZHR_PAYROLL_SRV.PayResult', etag: H(`W/"datetime'2024-03-01T10%3A00%3A00'"`) }, ...x })) } } };
    },
  },
  {
    name: 'us-benefits-enrollment',
    gen({ r, v }, i) {
      const w = v.westPerson('US');
      const deps = [];
      for (let k = 0; k < r.int(0, 3); k++) deps.push({ first_name: S('PERSON_NAME', v.westParts('US').first), last_name: S('PERSON_NAME', w.last), relationship: k ? 'CHILD' : 'SPOUSE', ssn: S('US_SSN', v.ssn()), date_of_birth: S('DATE_OF_BIRTH', v.fmtDate(v.birth(1960, 2020), 'iso')) });
      return {
        method: 'POST', path: '/v1/enrollments', direction: 'request',
        body: {
          plan_year: 2025, group_id: H('GRP-' + r.digits(6)), employer_ein: H(`${r.digits(2)}-${r.digits(7)}`),
          employee: {
            employee_id: H(r.digits(6)), first_name: S('PERSON_NAME', w.first), last_name: S('PERSON_NAME', w.last), ssn: S('US_SSN', v.ssn(i % 2 ? 'plain' : 'dash')),
            dob: S('DATE_OF_BIRTH', v.fmtDate(w.birth, i % 2 ? 'us' : 'iso')), gender: r.pick(['M', 'F', 'X']),
            home_address: { line1: S('STREET_ADDRESS', w.addr.line1), city: w.addr.city, state: w.addr.state, zip: w.addr.postal },
            personal_email: S('EMAIL_ADDRESS', w.email), mobile_phone: S('PHONE_NUMBER', v.usPhone()), hire_date: H(v.recentDate()),
          },
          dependents: deps,
          elections: [{ coverage: 'MEDICAL', plan_code: H('PPO-' + r.digits(4)), tier: deps.length ? 'FAMILY' : 'EE', per_pay_period: H(Number(v.amount(40, 600))) }, { coverage: 'HSA', annual_contribution: H(r.int(500, 4150)) }],
          direct_deposit: { routing_number: H(v.aba()), account_number: S('BANK_ACCOUNT', v.usAcct()), account_type: 'checking' },
          submitted_at: H(v.isoTs()), confirmation_id: H(r.uuid()),
        },
      };
    },
  },
  {
    name: 'hr-onboarding-fr',
    gen({ r, v }, i) {
      const w = v.westPerson('FR');
      return {
        method: 'PUT', path: `/rh/api/collaborateurs/${r.digits(6)}/dossier`, direction: 'request',
        body: {
          matricule: H('FR' + r.digits(6)), civilite: r.pick(['M.', 'Mme']), nom: S('PERSON_NAME', w.last.toUpperCase()), prénom: S('PERSON_NAME', w.first),
          nom_de_naissance: i % 2 ? S('PERSON_NAME', v.westParts('FR').last.toUpperCase()) : null,
          date_de_naissance: S('DATE_OF_BIRTH', v.fmtDate(w.birth, 'eu')), lieu_de_naissance: r.pick(['Lyon', 'Nantes', 'Lille']),
          adresse_postale: { voie: S('STREET_ADDRESS', w.addr.line1), code_postal: w.addr.postal, ville: w.addr.city },
          téléphone_portable: S('PHONE_NUMBER', v.intlPhone('FR')), courriel_personnel: S('EMAIL_ADDRESS', w.email),
          coordonnées_bancaires: { titulaire: S('PERSON_NAME', w.full), iban: S('BANK_ACCOUNT', v.iban('FR', true)), bic: H(v.swift()) },
          contrat: { type: 'CDI', date_entrée: H(v.recentDate('eu')), salaire_brut_annuel: H(r.int(32, 90) * 1000), convention: 'SYNTEC', code_emploi: H(r.digits(4)) },
          personne_à_prévenir: { nom: S('PERSON_NAME', v.westName('FR')), lien: 'conjoint', téléphone: S('PHONE_NUMBER', v.intlPhone('FR')) },
        },
      };
    },
  },
  {
    name: 'gov-social-security',
    gen({ r, v }, i) {
      const p = v.cnPerson();
      const pay = [];
      for (let k = 0; k < r.int(3, 6); k++) pay.push({ aae002: H('2024' + pad(k + 1)), aae140: r.pick(['110', '310', '210']), aae180: H(r.int(5000, 30000)), aae022: H(v.amount(100, 2400)), aae078: '1' });
      return {
        method: 'POST', path: '/ggfw/ssc/QueryPersonInfo.do', direction: 'response',
        body: {
          flag: 'success', errormsg: '',
          lists: {
            ac01: [{ aac001: H(r.digits(10)), aac002: S('CN_RESIDENT_ID', p.id), aac003: S('PERSON_NAME', p.name), aac004: p.gender === 'M' ? '1' : '2', aac006: S('DATE_OF_BIRTH', v.fmtDate(p.birth, 'compact')), aac005: '01', aae005: S('PHONE_NUMBER', p.mobile), aae006: S('STREET_ADDRESS', p.addr.full), aab001: H(r.digits(10)), aab004: H(v.companyCn()), aac008: '1' }],
            ac43: pay,
          },
          aaz002: H(v.compactTs() + r.digits(6)),
        },
      };
    },
  },
  {
    name: 'gov-tax-individual',
    gen({ r, v }, i) {
      const p = v.cnPerson({ y0: 1970, y1: 2000 });
      const incomes = [];
      for (let k = 0; k < r.int(2, 4); k++) incomes.push({ incomeItem: r.pick(['正常工资薪金', '劳务报酬', '稿酬所得']), withholdingAgent: H(v.companyCn()), withholdingAgentTaxNo: S('CN_USCC', v.uscc()), period: H('2024-' + pad(k + 1)), incomeAmount: H(v.amount(3000, 50000)), taxPaid: H(v.amount(0, 5000)) });
      const deps = { childrenEducation: [{ childName: S('PERSON_NAME', ((c) => p.surZh + c.zh.slice(c.surZh.length))(v.cnNameParts())), childIdNo: S('CN_RESIDENT_ID', v.residentId(null, v.birth(2010, 2019))), share: '50%' }], housingRent: { city: p.region.c, landlordName: S('PERSON_NAME', v.cnName()), rentAddress: S('STREET_ADDRESS', v.cnAddr().full), contractNo: H('ZL' + r.digits(10)) } };
      return { method: 'GET', path: '/itax/api/annual/summary?year=2024', direction: 'response', body: { success: true, result: { taxpayerName: S('PERSON_NAME', p.name), idType: '居民身份证', idNumber: S('CN_RESIDENT_ID', p.id), mobile: S('PHONE_NUMBER', v.fmtCnMobile(p.mobile, 'plain')), taxYear: 2024, incomes, specialDeductions: deps, refundAccount: { bankName: '中国建设银行', cardNo: S('PAYMENT_CARD', v.card('up19', 'plain')) }, refundAmount: H(v.amount(0, 8000)), declarationNo: H(v.tradeNo18()) } } };
    },
  },
  {
    name: 'gov-hkmo-permit',
    gen({ r, v }, i) {
      const p = v.cnPerson();
      const endorse = r.pick(['香港 个人旅游 一次', '澳门 团队旅游 二次', '香港 探亲 多次']);
      const body = {
        预约编号: H('YY' + v.compactTs().slice(0, 8) + r.digits(6)), 业务类型: i % 2 ? '往来港澳通行证再次签注' : '往来港澳通行证首次申领',
        申请人: { 姓名: S('PERSON_NAME', p.name), 姓名拼音: S('PERSON_NAME', `${p.sur.toUpperCase()} ${p.given.toUpperCase()}`), 性别: p.genderZh, 出生日期: S('DATE_OF_BIRTH', v.fmtDate(p.birth, 'iso')), 公民身份号码: S('CN_RESIDENT_ID', p.id), 手机号码: S('PHONE_NUMBER', p.mobile), 户籍地址: S('STREET_ADDRESS', p.addr.full) },
        通行证号码: i % 2 ? S('CN_HK_MACAU_PERMIT', v.hkmoPermit()) : '',
        签注: endorse, 受理单位: `${p.region.c}公安局出入境管理支队`, 受理时间: H(v.cnTs()), 费用: H('55.00'), 照片回执号: H(r.digits(12) + r.upper(4)),
      };
      if (i === 3) body.紧急联系人 = { 姓名: S('PERSON_NAME', v.cnName()), 回乡证号: S('CN_HK_MACAU_PERMIT', v.homeReturn()), 电话: S('PHONE_NUMBER', v.intlPhone('HK')) };
      return { method: 'POST', path: '/crj/api/yuyue/submit', direction: 'request', body };
    },
  },
  {
    name: 'securities-account-opening',
    gen({ r, v }, i) {
      const p = v.cnPerson({ y0: 1960, y1: 2004 });
      return {
        method: 'POST', path: '/kh/api/v2/openAccount/step/submit', direction: 'request',
        body: {
          lsh: H(v.compactTs() + r.digits(6)), step: 'CONFIRM', qdbm: H('APP' + r.digits(4)),
          khxx: { khxm: S('PERSON_NAME', p.name), zjlb: '0', zjhm: S('CN_RESIDENT_ID', p.id), zjyxq: H(`2016${pad(r.int(1, 12))}${pad(r.int(1, 28))}-20${r.int(26, 36)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`), csrq: S('DATE_OF_BIRTH', p.birth), xb: p.gender === 'M' ? '1' : '2', yddh: S('PHONE_NUMBER', p.mobile), dzyx: S('EMAIL_ADDRESS', p.email), txdz: S('STREET_ADDRESS', p.addr.full), yzbm: '200030', zy: r.pick(['专业技术人员', '企业管理人员', '自由职业']), xl: r.pick(['本科', '硕士']) },
          cgyh: { yhdm: H(r.pick(['1002', '1005', '1021'])), yhmc: r.pick(['工商银行', '招商银行']), cgyhkh: S('PAYMENT_CARD', v.card('up19', 'plain')), yhmm: i === 2 ? S('CREDENTIAL', r.digits(6)) : undefined },
          gdzh: [{ sc: 'SH', gdh: H('A' + r.digits(9)) }, { sc: 'SZ', gdh: H('0' + r.digits(9)) }],
          fxcp: { df: H(r.int(40, 90)), dj: 'C4', pcsj: H(v.cnTs()) },
          sxsp: { spid: H(r.uuid()), spsc: r.int(30, 180), hash: H(v.sha256()) },
          sbxx: { ip: S('IP_ADDRESS', i % 2 ? v.ipv6() : v.ipv4()), mac: H(r.hex(12).toUpperCase().match(/.{2}/g).join(':')), imei: H(v.imei()), os: 'iOS 17.4', appver: H(v.version()) },
        },
      };
    },
  },
  {
    name: 'securities-trade-confirm',
    gen({ r, v }, i) {
      const p = v.cnPerson();
      const rows = [];
      for (let k = 0, n = r.int(5, 12); k < n; k++) {
        const [code, name] = v.stock(); const qty = r.int(1, 50) * 100; const px = Number((r.next() * 200 + 5).toFixed(2));
        rows.push({ cjbh: H(r.digits(r.pick([8, 10, 16]))), wtbh: H(String(r.int(100000, 999999))), zqdm: H(code), zqmc: H(name), mmlb: r.pick(['证券买入', '证券卖出']), cjsl: H(qty), cjjg: H(px), cjje: H(Number((qty * px).toFixed(2))), sxf: H(Number((qty * px * 0.00025).toFixed(2))), cjsj: H(`${pad(r.int(9, 14))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`), gddm: H('A' + r.digits(9)) });
      }
      return { method: 'GET', path: '/trade/api/query/todayDeals', direction: 'response', body: { errorNo: 0, errorInfo: '', khh: H(r.digits(12)), khxm: S('PERSON_NAME', p.name), zjzh: H(r.digits(12)), rq: H(v.recentDate('compact')), total: rows.length, rows, hqlb: H(v.version()) } };
    },
  },
  {
    name: 'crypto-kyc',
    gen({ r, v }, i) {
      const cn = i % 2 === 0; const w = cn ? null : v.westPerson(r.pick(['US', 'DE', 'GB', 'ES']));
      const p = cn ? v.cnPerson({ y0: 1975, y1: 2004 }) : null;
      const doc = cn ? { type: 'passport', number: S('PASSPORT_NUMBER', v.passportCN()), issuing_country: 'CHN', expiry: H('2031-05-20') } : w.cc === 'US' ? { type: 'ssn_card', number: S('US_SSN', v.ssn('plain')), issuing_country: 'USA' } : { type: 'passport', number: S('PASSPORT_NUMBER', w.cc === 'DE' ? v.passportDE() : v.passportGB()), issuing_country: w.cc };
      return {
        method: 'POST', path: '/sapi/v1/kyc/individual/submit', direction: 'request',
        body: {
          applicant_id: H(r.uuid()), level: 'L2',
          first_name: S('PERSON_NAME', cn ? p.given.replace(/^./, (c) => c.toUpperCase()) : w.first), last_name: S('PERSON_NAME', cn ? p.sur.replace(/^./, (c) => c.toUpperCase()) : w.last),
          dob: S('DATE_OF_BIRTH', v.fmtDate(cn ? p.birth : w.birth, 'iso')), nationality: cn ? 'CN' : w.cc,
          residential_address: { street: S('STREET_ADDRESS', cn ? p.addr.full : w.addr.line1), city: cn ? p.region.c : w.addr.city, postcode: cn ? '518000' : w.addr.postal },
          email: S('EMAIL_ADDRESS', cn ? p.email : w.email), phone: S('PHONE_NUMBER', cn ? v.fmtCnMobile(p.mobile, '+86') : w.phone),
          id_document: doc, selfie_file_id: H(r.uuid()), liveness_score: Number(r.next().toFixed(3)),
          source_of_funds: 'salary', expected_monthly_volume_usdt: H(r.int(1, 100) * 1000),
          wallet_whitelist: [H('0x' + r.hex(40)), H('T' + r.chars(33, '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'))],
          device: { ip: S('IP_ADDRESS', v.ipv4()), fingerprint: H(v.md5()), ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15' },
          signature: H(v.sha256()), timestamp: H(v.epochMs()),
        },
      };
    },
  },
  {
    name: 'b2b-invoice-cn',
    gen({ r, v }, i) {
      const items = [];
      for (let k = 0; k < r.int(1, 4); k++) { const je = Number(v.amount(100, 50000)); items.push({ xmmc: H(`*${r.pick(['电子计算机', '通信设备', '日用品'])}*${v.product()}`), ggxh: r.pick(['A2894', '12GB+512GB', '标准版']), dw: '台', sl: H(r.int(1, 50)), dj: H(je), je: H(je), slv: '13%', se: H(Number((je * 0.13).toFixed(2))), spbm: H(r.digits(19)) }); }
      const reg = v.region();
      return {
        method: 'POST', path: '/invoice/api/v1/blue/issue', direction: i % 2 ? 'request' : 'response',
        body: {
          fpqqlsh: H(r.hex(20).toUpperCase()), fphm: H(v.invoiceNo20()), fpdm: i === 0 ? H(r.digits(12)) : '', kprq: H(v.cnTs()), fplxdm: '82',
          xsfmc: H(v.companyCn()), xsfnsrsbh: S('CN_USCC', v.uscc()), xsfyhzh: txt`招商银行${reg.c}分行 ${S('BANK_ACCOUNT', v.cnAcct())}`, xsfdzdh: txt`${reg.c}${reg.d}科技园 ${H(v.hotline())}`,
          gmfmc: H(v.companyCn()), gmfnsrsbh: S('CN_USCC', v.uscc()), gmfyhmc: '中国工商银行股份有限公司上海徐汇支行', gmfyhzh: S('BANK_ACCOUNT', v.cnAcct()),
          gmfdh: i === 3 ? S('PHONE_NUMBER', v.cnLandline(reg, 'dash')) : '', gmfyx: i === 1 ? S('EMAIL_ADDRESS', `finance@${r.lower(6)}.com.cn`) : '',
          kpr: S('PERSON_NAME', v.cnName()), fhr: S('PERSON_NAME', v.cnName()), skr: S('PERSON_NAME', v.cnName()),
          hjje: H(v.amount(100, 90000)), hjse: H(v.amount(10, 9000)), jshj: H(v.amount(100, 99000)), bz: txt`合同号${H('HT-2024-' + r.digits(5))}`, mxxx: items,
        },
      };
    },
  },
  {
    name: 'b2b-invoice-ubl',
    gen({ r, v }, i) {
      const w = v.westPerson(r.pick(['DE', 'FR', 'ES', 'GB']));
      const lines = [];
      for (let k = 0; k < r.int(1, 4); k++) lines.push({ ID: String(k + 1), InvoicedQuantity: { value: H(r.int(1, 200)), unitCode: 'EA' }, LineExtensionAmount: { value: H(Number(v.amount(10, 9000))), currencyID: 'EUR' }, Item: { Name: r.pick(['Consulting services', 'Pallet rack 2.5m', 'Cloud subscription']), SellersItemIdentification: { ID: H('SKU-' + r.digits(6)) }, StandardItemIdentification: { ID: H(v.ean13()), schemeID: '0160' } } });
      return {
        method: 'POST', path: '/peppol/v1/outbound/invoices', direction: 'request',
        body: {
          Invoice: {
            CustomizationID: 'urn:cen.eu:en16931:2017', ID: H('INV-2024-' + r.digits(6)), IssueDate: H(v.recentDate()), DueDate: H(v.recentDate()), DocumentCurrencyCode: 'EUR',
            AccountingSupplierParty: { Party: { PartyName: { Name: H(v.companyW()) }, PartyTaxScheme: { CompanyID: H(`${w.cc === 'GB' ? 'GB' : w.cc}${r.digits(9)}`) }, Contact: { Name: S('PERSON_NAME', w.full), Telephone: S('PHONE_NUMBER', w.phone), ElectronicMail: S('EMAIL_ADDRESS', v.workEmail(w, 'nordwind-handel.de')) } } },
            AccountingCustomerParty: { Party: { PartyName: { Name: H(v.companyW()) }, EndpointID: { value: H('0088:' + v.ean13()), schemeID: '0088' }, Contact: { Name: S('PERSON_NAME', v.westName(w.cc)) } } },
            PaymentMeans: { PaymentMeansCode: '58', PaymentID: H('RF' + r.digits(2) + r.digits(10)), PayeeFinancialAccount: { ID: S('BANK_ACCOUNT', v.iban(w.cc === 'GB' ? 'GB' : w.cc, i % 2 === 0)), Name: H(v.companyW()), FinancialInstitutionBranch: { ID: H(v.swift()) } } },
            LegalMonetaryTotal: { TaxExclusiveAmount: H(Number(v.amount(100, 90000))), PayableAmount: H(Number(v.amount(100, 99000))) },
            InvoiceLine: lines,
          },
        },
      };
    },
  },
  {
    name: 'real-estate-lease',
    gen({ r, v }, i) {
      const lessor = v.cnPerson({ y0: 1955, y1: 1985 }); const lessee = v.cnPerson({ y0: 1985, y1: 2003 }); const reg = lessor.region;
      return {
        method: 'POST', path: '/zlba/api/contract/filing', direction: 'request',
        body: {
          contractNo: H('ZL' + v.compactTs().slice(0, 8) + r.digits(6)), houseInfo: { houseAddress: S('STREET_ADDRESS', v.cnAddr(reg).full), propertyCertNo: H(`${reg.p[0]}(20${r.int(15, 23)})${reg.d[0]}字不动产权第${r.digits(7)}号`), area: Number((r.next() * 100 + 30).toFixed(2)), layout: '2室1厅1卫', floor: `${r.int(1, 30)}/${r.int(30, 33)}` },
          lessor: { name: S('PERSON_NAME', lessor.name), certType: 'ID', certNo: S('CN_RESIDENT_ID', lessor.id), phone: S('PHONE_NUMBER', v.fmtCnMobile(lessor.mobile, 'dash')), receiveAccount: { bank: '中国银行', accountName: S('PERSON_NAME', lessor.name), accountNo: S('BANK_ACCOUNT', v.cnAcct()) } },
          lessee: { name: S('PERSON_NAME', lessee.name), certType: i % 2 ? 'HKMO' : 'ID', certNo: i % 2 ? S('CN_HK_MACAU_PERMIT', v.homeReturn()) : S('CN_RESIDENT_ID', lessee.id), phone: S('PHONE_NUMBER', lessee.mobile), workUnit: H(v.companyCn()) },
          agency: { name: r.pick(['链家', '我爱我家', '自如']), brokerName: S('PERSON_NAME', v.cnName()), brokerLicense: H(r.digits(10)), hotline: H(v.hotline()) },
          terms: { startDate: H(v.recentDate()), endDate: H('2026-' + pad(r.int(1, 12)) + '-' + pad(r.int(1, 28))), monthlyRent: H(r.int(20, 150) * 100), deposit: H(r.int(20, 150) * 100), payMode: '押一付三' },
        },
      };
    },
  },
  {
    name: 'webhook-stripe-like',
    gen({ r, v }, i) {
      const w = v.westPerson(r.pick(['US', 'GB', 'DE']));
      return {
        method: 'POST', path: '/webhooks/payments', direction: 'request',
        body: {
          id: H('evt_' + r.alnum(24)), object: 'event', api_version: H('2023-10-16'), created: H(v.epochS()), type: 'charge.succeeded', livemode: false,
          data: {
            object: {
              id: H('ch_' + r.alnum(24)), amount: H(r.int(500, 99999)), currency: 'usd', customer: H('cus_' + r.alnum(14)), payment_intent: H('pi_' + r.alnum(24)),
              billing_details: { name: S('PERSON_NAME', w.full), email: S('EMAIL_ADDRESS', w.email), phone: i === 1 ? null : S('PHONE_NUMBER', w.phone), address: { line1: S('STREET_ADDRESS', w.addr.line1), line2: null, city: w.addr.city, postal_code: w.addr.postal, country: w.cc } },
              payment_method_details: { type: 'card', card: { brand: 'visa', last4: H(v.last4()), exp_month: r.int(1, 12), exp_year: 2028, fingerprint: H(r.alnum(16)), network_transaction_id: H(r.digits(15)) } },
              receipt_email: S('EMAIL_ADDRESS', w.email), receipt_url: H(`https://pay.example.com/receipts/${r.alnum(40)}`),
              metadata: { order_id: H(v.orderNo()), sku: H('SKU-' + r.digits(5)), client_ip: S('IP_ADDRESS', v.ipv4()) },
            },
          },
          request: { id: H('req_' + r.alnum(14)), idempotency_key: H(r.uuid()) },
        },
      };
    },
  },
  {
    name: 'webhook-wechatpay',
    gen({ r, v }, i) {
      const p = v.cnPerson();
      const attach = kv([['name', S('PERSON_NAME', p.name)], ['mobile', S('PHONE_NUMBER', p.mobile)], ['src', 'miniapp'], ['coupon', 'NEW10']], '&', '=', true);
      return {
        method: 'POST', path: '/pay/notify/wechat', direction: 'request',
        body: {
          id: H(r.uuid()), create_time: H(v.isoTs()), event_type: 'TRANSACTION.SUCCESS', resource_type: 'encrypt-resource', summary: '支付成功',
          resource_plain: {
            appid: H('wx' + r.hex(16)), mchid: H(r.digits(10)), out_trade_no: H(v.orderNo()), transaction_id: H(v.wxTxnId()), trade_type: 'JSAPI', trade_state: 'SUCCESS',
            bank_type: 'CMB_CREDIT', attach: i === 3 ? '' : attach, success_time: H(v.isoTs()), payer: { openid: H('o' + r.alnum(27)) },
            amount: { total: H(r.int(100, 99999)), payer_total: H(r.int(100, 99999)), currency: 'CNY' },
            scene_info: { device_id: H(r.digits(8)), payer_client_ip: i % 2 ? S('IP_ADDRESS', v.ipv4()) : undefined },
            promotion_detail: [{ coupon_id: H(r.digits(10)), amount: H(r.int(100, 1000)), stock_id: H(r.digits(8)) }],
          },
        },
      };
    },
  },
];
