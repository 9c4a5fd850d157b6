'use strict';
// Government / civil: social insurance (legacy aac/aab column codes), individual income tax
// deductions, household registration, marriage registration, police incidents, notary,
// agricultural subsidy rolls, open-data releases.

module.exports = [
  {
    name: 'social_insurance_contrib',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const p = c.cn({ minY: 1965, maxY: 2000 });
      const emp = c.company(p.live, '91');
      const months = Array.from({ length: r.int(3, 5) }, (_, k) => {
        const base = r.pick([4500, 6200, 8800, 12000, 24000]);
        return { aae002: H(`2024${c.pad(k + 1)}`), aae140: r.pick(['110', '210', '310', '410', '510']), aae180: H(base), aae022: H(Number((base * 0.08).toFixed(2))), aae020: H(Number((base * 0.16).toFixed(2))), aab001: H(r.nzDigits(10)), aae078: '1' };
      });
      if (i === 3) {
        // same data as a Chinese-labelled statement for the citizen app
        return {
          method: 'GET', path: '/api/si/personal/statement?year=2024', direction: 'response',
          body: { 状态: '成功', 数据: { 姓名: L('PERSON_NAME', p.name), 社会保障号码: L('CN_RESIDENT_ID', p.id), 参保单位: H(emp.name), 单位信用代码: L('CN_USCC', emp.uscc), 累计缴费月数: r.int(24, 300), 个人账户余额: H(c.amount(3000, 180000)), 明细: months.map((m) => ({ 所属期: m.aae002, 险种: m.aae140, 缴费基数: m.aae180, 个人缴纳: m.aae022 })), 打印流水号: H(c.orderNo18()), 咨询电话: H('12333') } },
        };
      }
      const body = {
        aac001: r.nzDigits(10), aac002: L('CN_RESIDENT_ID', p.id), aac003: L('PERSON_NAME', p.name), aac004: p.gender === 'M' ? '1' : '2',
        aac006: i === 1 ? L('DATE_OF_BIRTH', Number(c.fmtDate(p.birth, 'compact')), c.fmtDate(p.birth, 'compact')) : L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'iso')),
        aac005: '01', aae005: L('PHONE_NUMBER', p.mobile), aae006: L('STREET_ADDRESS', p.addr.full),
        aab004: H(emp.name), aab998: L('CN_USCC', emp.uscc), aae010: L('BANK_ACCOUNT', c.cnAcct()), aae008: r.pick(['102', '103', '104', '105']),
        aac049: H(c.fmtDate(c.date(2008, 2022), 'compact')), kc21: months,
      };
      if (i === 2) {
        // the same record delivered as a JSON string inside an ESB envelope
        return { method: 'POST', path: '/esb/rs/si/QueryPersonContrib', direction: 'response', body: { head: { tranCode: 'SI1001', retCode: '000000', serialNo: H(c.orderNo18()) }, body: { outputData: c.J(body) } } };
      }
      return { method: 'POST', path: '/si-api/v2/personal/contrib/query', direction: 'response', body: { flag: 1, message: '', output: body } };
    },
  },

  {
    name: 'iit_special_deduction',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const tp = c.cn({ minY: 1975, maxY: 1995 });
      const sp = c.cn({ minY: 1975, maxY: 1995, gender: tp.gender === 'M' ? 'F' : 'M' });
      const emp = c.company(tp.live);
      const body = { taxYear: 2025, declareType: r.pick(['EMPLOYER', 'SELF']), taxpayer: { name: L('PERSON_NAME', tp.name), idType: '居民身份证', idNo: L('CN_RESIDENT_ID', tp.id), mobile: L('PHONE_NUMBER', tp.mobile), email: L('EMAIL_ADDRESS', tp.email) } };
      body.withholdingAgent = { name: H(emp.name), taxId: L('CN_USCC', emp.uscc) };
      if (i === 0 || i === 3) {
        const kids = Array.from({ length: r.int(1, 2) }, () => c.cn({ minY: 2010, maxY: 2021, region: tp.region.code }));
        body.spouse = { name: L('PERSON_NAME', sp.name), idType: '居民身份证', idNo: L('CN_RESIDENT_ID', sp.id) };
        body.childrenEducation = kids.map((k) => ({ childName: L('PERSON_NAME', k.name), idType: '居民身份证', idNo: L('CN_RESIDENT_ID', k.id), birthDate: L('DATE_OF_BIRTH', c.fmtDate(k.birth, 'iso')), eduStage: r.pick(['小学', '初中', '学前']), schoolCountry: '中国', startDate: H(c.fmtDate(c.date(2016, 2023), 'iso')), ratio: r.pick([50, 100]) }));
      }
      if (i === 1 || i === 3) {
        body.housingLoan = { propertyAddress: L('STREET_ADDRESS', tp.addr.full), certType: '不动产权证', certNo: `粤(${r.int(2016, 2022)})深圳市不动产权第${r.digits(7)}号`, loanContractNo: H('HT' + r.digits(14)), lenderBank: '中国建设银行', firstLoanDate: H(c.fmtDate(c.date(2012, 2022), 'iso')), isFirstHome: true };
      }
      if (i === 2) {
        const ll = c.cn({ minY: 1955, maxY: 1975 });
        body.housingRent = { workCity: tp.live.city, rentAddress: L('STREET_ADDRESS', tp.addr.full), lessorType: '自然人', lessorName: L('PERSON_NAME', ll.name), lessorIdNo: L('CN_RESIDENT_ID', ll.id), leaseStart: H(c.fmtDate(c.date(2023, 2024), 'iso')), leaseEnd: H(c.fmtDate(c.date(2025, 2026), 'iso')), monthlyRent: H(r.pick([2500, 3200, 4800])) };
        body.elderlySupport = { isOnlyChild: false, shareType: '约定分摊', parents: [(() => { const pa = c.cn({ minY: 1945, maxY: 1962, region: tp.region.code }); return { name: L('PERSON_NAME', pa.name), idNo: L('CN_RESIDENT_ID', pa.id), birthDate: L('DATE_OF_BIRTH', c.fmtDate(pa.birth, 'iso')) }; })()], amountPerMonth: H(1500) };
      }
      body.submitNo = H(c.orderNo18());
      return { method: 'POST', path: '/api/iit/deductions/submit', direction: 'request', body: i === 3 ? c.restyle(body, 'snake') : body };
    },
  },

  {
    name: 'hukou_household',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const reg = c.region();
      const head = c.cn({ minY: 1960, maxY: 1985, region: reg.code, live: reg.code, gender: 'M' });
      const wife = c.cn({ minY: 1962, maxY: 1988, live: reg.code, gender: 'F' });
      const kid = c.cn({ minY: 2005, maxY: 2020, region: reg.code, live: reg.code, sur: head.sur });
      const member = (p, rel, moveIn) => ({
        姓名: L('PERSON_NAME', p.name), 与户主关系: rel, 性别: p.gender === 'M' ? '男' : '女', 民族: r.pick(['汉族', '汉族', '回族', '满族']),
        出生日期: L('DATE_OF_BIRTH', c.fmtDate(p.birth, i === 1 ? 'cnPad' : 'cn')), 公民身份号码: L('CN_RESIDENT_ID', p.id), 籍贯: r.pick(['湖南长沙', '河南信阳', '四川南充', '广东梅州']),
        文化程度: p === kid ? (p.birth.getUTCFullYear() > 2017 ? '学龄前' : '小学') : r.pick(['大学本科', '高中', '硕士研究生']), 服务处所: p === kid ? '' : H(c.company(reg).name), 迁入日期: moveIn ? H(c.fmtDate(c.date(1995, 2020), 'cn')) : null, 迁入原因: moveIn ? r.pick(['婚迁', '人才引进', '投靠']) : null,
      });
      const body = {
        户号: r.nzDigits(9), 户别: '家庭户', 户主姓名: L('PERSON_NAME', head.name), 住址: L('STREET_ADDRESS', head.addr.full),
        承办人: L('PERSON_NAME', c.cnName().name), 签发机关: reg.city + '公安局' + reg.dist + '分局', 登记日期: H(c.fmtDate(c.date(2000, 2023), 'iso')),
        成员: [member(head, '户主', r.chance(0.5)), member(wife, '妻', true), member(kid, r.pick(['子', '女']), false)],
      };
      if (i === 2) return { method: 'POST', path: '/api/hj/qianru/apply', direction: 'request', body: { 申请类型: '投靠迁入', 申请人: L('PERSON_NAME', wife.name), 联系电话: L('PHONE_NUMBER', c.fmtMobile(wife.mobile, 'fw')), 目标户: body, 材料: [{ 名称: '结婚证', 文件: `${r.hex(32)}.jpg` }] } };
      return { method: 'GET', path: `/api/hj/hu/${r.nzDigits(9)}`, direction: 'response', body: { code: 0, data: body } };
    },
  },

  {
    name: 'marriage_registration',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const office = r.pick(['深圳市南山区婚姻登记处', '上海市徐汇区婚姻登记中心', '北京市朝阳区民政局婚姻登记处']);
      const m = c.cn({ minY: 1985, maxY: 2000, gender: 'M' });
      const foreignParty = (f) => ({ name: L('PERSON_NAME', f.name), nationality: f.country, idType: '护照', idNo: L('PASSPORT_NUMBER', c.passportIntl(f.country)), birthDate: L('DATE_OF_BIRTH', c.fmtDate(f.birth, 'iso')), occupation: 'Engineer', phone: L('PHONE_NUMBER', f.phone), residence: L('STREET_ADDRESS', f.addr.full), singleStatusCertNo: H('AP-' + r.digits(7)) });
      const party = (p) => ({ name: L('PERSON_NAME', p.name), nationality: '中国', idType: '居民身份证', idNo: L('CN_RESIDENT_ID', p.id), birthDate: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'iso')), occupation: r.pick(['工程师', '教师', '自由职业']), education: '本科', phone: L('PHONE_NUMBER', p.mobile), residence: L('STREET_ADDRESS', p.addr.full) });
      let female;
      if (i === 0 || i === 3) female = party(c.cn({ minY: 1987, maxY: 2001, gender: 'F' }));
      else if (i === 1) {
        const f = c.intl(r.pick(['FR', 'JP', 'KR']), { gender: 'F', minY: 1987, maxY: 2000 });
        female = { name: L('PERSON_NAME', f.name), nationality: f.country, idType: '护照', idNo: L('PASSPORT_NUMBER', c.passportIntl(f.country)), birthDate: L('DATE_OF_BIRTH', c.fmtDate(f.birth, 'iso')), occupation: 'Designer', phone: L('PHONE_NUMBER', f.phone), residence: L('STREET_ADDRESS', f.addr.full), singleStatusCertNo: H('AP-' + r.digits(7)) };
      } else {
        const f = c.cn({ minY: 1987, maxY: 2000, gender: 'F' });
        female = { name: L('PERSON_NAME', f.name), nationality: '中国香港', idType: '港澳居民来往内地通行证', idNo: L('CN_HK_MACAU_PERMIT', c.hkPermit('H')), birthDate: L('DATE_OF_BIRTH', c.fmtDate(f.birth, 'dmy')), phone: L('PHONE_NUMBER', `+852 ${r.pick([5, 6, 9])}${r.digits(3)} ${r.digits(4)}`), residence: L('STREET_ADDRESS', `Flat ${r.pick(['A', 'B', 'C'])}, ${r.int(3, 40)}/F, Block ${r.int(1, 6)}, Taikoo Shing, ${r.int(1, 30)} Tai Koo Shing Road, Hong Kong`) };
      }
      const appt = c.ts();
      return {
        method: i === 2 ? 'GET' : 'POST', path: i === 2 ? `/api/mz/hydj/appointments/${r.nzDigits(12)}` : '/api/mz/hydj/appointments', direction: i === 2 ? 'response' : 'request',
        body: { registryOffice: office, officeTel: H(c.landline(c.region('440305'))), appointmentDate: H(c.fmtDate(appt, 'iso')), timeSlot: '09:30-10:00', businessType: '结婚登记', male: i === 3 ? foreignParty(c.intl(r.pick(['US', 'GB', 'DE']), { gender: 'M', minY: 1980, maxY: 1998 })) : party(m), female, certificateNo: i === 2 ? H(`J${c.region().code}-${c.fmtDate(appt, 'compact').slice(0, 4)}-${r.digits(6)}`) : null, queueCode: H(r.upper(1) + r.digits(3)) },
      };
    },
  },

  {
    name: 'police_incident',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      const reg = c.region();
      const rep = c.cn({ live: reg.code });
      const when = c.ts();
      const officer = c.cnName();
      const suspectPlate = c.plateCN(r.pick(['nev', 'std']), '·');
      const t = T();
      const narratives = [
        () => `报警人${t('PERSON_NAME', rep.name)}称其停放在${t('STREET_ADDRESS', rep.addr.street)}楼下的电动车被盗，嫌疑人驾驶${t('LICENSE_PLATE', suspectPlate)}白色面包车离开，报警人电话${t('PHONE_NUMBER', rep.mobile)}。`,
        () => `${t('PERSON_NAME', rep.name)}（身份证${t('CN_RESIDENT_ID', rep.id)}）报称在${reg.dist}某商场被一男子以“退款”为由骗走人民币${r.int(2, 80)}000元，对方自称客服，来电号码${t('PHONE_NUMBER', c.fmtMobile(c.mobile(), 'dash'))}。`,
        () => `两车刮擦纠纷：甲车${t('LICENSE_PLATE', c.plateCN('std'))}，乙车驾驶人${t('PERSON_NAME', c.cnName().name)}，双方已协商，民警到场调解。`,
        () => `邻里噪音纠纷，报警人住${t('STREET_ADDRESS', rep.addr.full)}，称楼上每晚装修至23时，要求处理。`,
      ];
      const jqms = t.done(narratives[i]());
      const pos = c.geoNear(reg.lat, reg.lng, 0.05);
      const body = {
        jqbh: H(`J${reg.code}${c.fmtDate(when, 'compact')}${r.digits(5)}`), bjsj: H(c.fmtTs(when, 'sql')), bjfs: r.pick(['110电话', '微信报警', '短信报警']),
        bjrxm: L('PERSON_NAME', rep.name), bjdh: L('PHONE_NUMBER', i === 2 ? c.fmtMobile(rep.mobile, 'plus86c') : rep.mobile), bjrzjhm: i === 1 ? L('CN_RESIDENT_ID', rep.id) : null,
        bjrdw: i === 3 ? L('GEO_LOCATION', `${pos[0]},${pos[1]}`) : { jd: L('GEO_LOCATION', pos[1]), wd: L('GEO_LOCATION', pos[0]), dwfs: 'AML' },
        jqlb: r.pick(['盗窃', '诈骗', '交通事故', '纠纷']), jqms,
        cjdw: reg.city + '公安局' + reg.dist + '分局' + r.pick(['粤海', '东门', '南湖']) + '派出所', cjmj: L('PERSON_NAME', officer.name), jh: H(r.digits(6)), cjsj: H(c.fmtTs(c.addMin(when, r.int(5, 30)), 'sql')),
        fkzt: r.pick(['已处置', '处置中']), hfdh: H('110'),
      };
      if (i === 0) return { method: 'POST', path: '/api/110/jingqing/push', direction: 'request', body: { msgType: 'JQ_NEW', data: [body] } };
      return { method: 'GET', path: `/api/110/jingqing/${body.jqbh.raw}`, direction: 'response', body: { code: '200', result: body } };
    },
  },

  {
    name: 'notary_application',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const a = c.cn({ minY: 1955, maxY: 1990 });
      const fee = c.amount(200, 3000);
      if (i === 2) {
        // Spanish-keyed request for an apostilled power of attorney used in Spain
        const es = c.intl('ES');
        return {
          method: 'POST', path: '/api/gz/v1/solicitudes', direction: 'request',
          body: {
            tipoTramite: 'poder_notarial', paisDestino: 'ES',
            otorgante: { nombre: L('PERSON_NAME', a.py.full), nombreChino: L('PERSON_NAME', a.name), pasaporte: L('PASSPORT_NUMBER', c.passportCN()), fechaNacimiento: L('DATE_OF_BIRTH', c.fmtDate(a.birth, 'dmy')), domicilio: L('STREET_ADDRESS', a.addr.full), telefono: L('PHONE_NUMBER', c.fmtMobile(a.mobile, 'plus86')) },
            apoderado: { nombre: L('PERSON_NAME', es.first), apellidos: L('PERSON_NAME', es.last), dni: H('*****' + r.digits(3) + r.upper(1)), domicilio: L('STREET_ADDRESS', es.addr.full), correo: L('EMAIL_ADDRESS', es.email) },
            inmueble: { direccion: L('STREET_ADDRESS', es.addr.line1 + ', ' + es.addr.city), referenciaCatastral: H(r.digits(7) + r.upper(2) + r.digits(4) + r.upper(1) + r.digits(4) + r.upper(2)) },
            honorarios: H(fee), numeroExpediente: H(`(2024)京长安证字第${r.digits(5)}号`),
          },
        };
      }
      const b = c.cn({ minY: 1955, maxY: 1995 });
      const applicants = [
        { role: '委托人', name: L('PERSON_NAME', a.name), certType: '居民身份证', certNo: L('CN_RESIDENT_ID', a.id), phone: L('PHONE_NUMBER', a.mobile), address: L('STREET_ADDRESS', a.addr.full) },
        i === 0
          ? { role: '受托人', name: L('PERSON_NAME', b.name), certType: '往来港澳通行证', certNo: L('CN_HK_MACAU_PERMIT', c.hkPermit('C')), phone: L('PHONE_NUMBER', `+853 6${r.digits(3)} ${r.digits(4)}`) }
          : { role: '受托人', name: L('PERSON_NAME', b.name), certType: '港澳居民来往内地通行证', certNo: L('CN_HK_MACAU_PERMIT', c.hkPermit(r.pick(['H', 'M']))), phone: L('PHONE_NUMBER', c.fmtMobile(b.mobile, 'dash')) },
      ];
      return {
        method: i === 0 ? 'POST' : 'GET', path: i === 0 ? '/api/gz/applications' : `/api/gz/applications/${r.nzDigits(10)}?withApplicants=true`, direction: i === 0 ? 'request' : 'response',
        body: { matter: r.pick(['委托书公证', '房产继承公证', '声明书公证']), notaryOffice: H('北京市长安公证处'), officeTel: H(c.landline(c.region('110101'))), applicants, propertyAddress: L('STREET_ADDRESS', c.cnAddr(c.region()).full), certNo: H(`(2024)京长安内民证字第${r.digits(5)}号`), fee: H(fee), acceptedAt: H(c.fmtTs(c.ts(), 'iso8')) },
      };
    },
  },

  {
    name: 'agri_subsidy_roll',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const reg = c.region(r.pick(['430104', '410105', '340104', '360102', '450103']));
      const village = r.pick(['新民村', '联合村', '红星村', '五里村']);
      const farmers = Array.from({ length: r.int(3, 5) }, () => c.cn({ minY: 1945, maxY: 1985, region: reg.code, live: reg.code }));
      const cols = ['序号', '户主姓名', '身份证号', '一卡通账号', '补贴面积(亩)', '补贴金额(元)', '联系电话'];
      const pub = i === 2; // public notice version: masked
      const rows = farmers.map((f, k) => {
        const area = r.float(1.5, 30, 2);
        const acct = r.chance(0.5) ? L('PAYMENT_CARD', c.card('up')) : (() => { const a = c.cnAcct(); return a.length <= 15 && r.chance(0.6) ? L('BANK_ACCOUNT', Number(a), a) : L('BANK_ACCOUNT', a); })();
        return [k + 1, pub ? H(c.maskName(f.name)) : L('PERSON_NAME', f.name), pub ? H(c.maskId(f.id)) : L('CN_RESIDENT_ID', f.id), pub ? H('**** **** ' + r.digits(4)) : acct, H(area), H(Number((area * 105.5).toFixed(2))), pub ? H(c.maskMobile(f.mobile)) : L('PHONE_NUMBER', f.mobile)];
      });
      const body = { title: `2024年耕地地力保护补贴发放花名册（${reg.dist}${village}）`, town: reg.dist, village, columns: cols, rows, total: { area: H(rows.reduce((s, x) => s + x[4].raw, 0).toFixed(2)), amount: H(rows.reduce((s, x) => s + x[5].raw, 0).toFixed(2)) }, preparer: pub ? '村委会' : L('PERSON_NAME', c.cnName().name), auditDate: H(c.fmtDate(c.ts(), 'cn')), complaintTel: H(c.landline(reg)) };
      if (i === 1) return { method: 'POST', path: '/api/nongye/butie/roll/upload', direction: 'request', body: { batchNo: H('BT' + c.fmtDate(c.ts(), 'compact') + r.digits(4)), sheet: body } };
      return { method: 'GET', path: `/api/nongye/butie/${pub ? 'gongshi' : 'roll'}?cun=${encodeURIComponent(village)}&nd=2024`, direction: 'response', body: { code: 0, data: body } };
    },
  },

  {
    name: 'open_data_release',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      if (i === 2) {
        // US city open data: building permits with owner/applicant contact leaked
        const recs = Array.from({ length: 3 }, () => { const o = c.intl('US'); return { permit_number: H(`BP-2024-${r.digits(6)}`), issued_date: H(c.fmtDate(c.ts(), 'iso')), work_description: r.pick(['Reroof SFR', 'Kitchen remodel', 'New ADU 640 sq ft']), site_address: L('STREET_ADDRESS', o.addr.line1), applicant_name: L('PERSON_NAME', o.name), applicant_phone: L('PHONE_NUMBER', o.phone), contractor_license: H(r.nzDigits(6)), valuation: H(r.int(8000, 220000)), latitude: L('GEO_LOCATION', r.float(30.2, 30.4, 6)), longitude: L('GEO_LOCATION', r.float(-97.8, -97.6, 6)) }; });
        return { method: 'GET', path: '/resource/3syk-w9eu.json?$limit=3&$where=issued_date>%272024-01-01%27', direction: 'response', body: recs };
      }
      // 低保公示 with pinyin full-word keys; most IDs masked, one leaked unmasked
      const reg = c.region();
      const leak = r.int(0, 2);
      const rows = Array.from({ length: 3 }, (_, k) => {
        const p = c.cn({ live: reg.code, region: reg.code, minY: 1940, maxY: 1990 });
        return { xuhao: k + 1, xingming: L('PERSON_NAME', p.name), shenfenzhenghao: k === leak ? L('CN_RESIDENT_ID', p.id) : H(c.maskId(p.id)), jiatingzhuzhi: L('STREET_ADDRESS', p.addr.noProv), baozhangrenshu: r.int(1, 5), yuebaozhangjin: H(c.amount(600, 3200)), lianxidianhua: i === 1 ? L('PHONE_NUMBER', p.mobile) : H(c.maskMobile(p.mobile)) };
      });
      return {
        method: 'GET', path: `/opendata/api/dataset/dibao-gongshi/records?quxian=${reg.code}&page=1`, direction: 'response',
        body: { shujujiMingcheng: `${reg.city}${reg.dist}城乡低保对象公示`, fabuJigou: reg.dist + '民政局', shujuGengxinShijian: H(c.fmtTs(c.ts(), 'sql')), jiandudianhua: H(c.landline(reg)), jilu: rows },
      };
    },
  },
];
