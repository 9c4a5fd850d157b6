'use strict';
const P = require('../lib/pii');
const G = require('../lib/neg');
const C = require('../lib/checks');
const { L, N, tx, jsonStr, b64 } = require('../lib/mark');

module.exports = [
  // ---------------------------------------------------------------- e-government business licence renewal (Chinese keys)
  { name: 'gov_license_renewal', gen(r, i) {
    const rep = P.cnName(r), rid = P.cnId(r), code = P.uscc(r), liaison = P.cnName(r);
    const co = G.company(r);
    if (i % 2 === 1) {
      const body = { 办件编号: N(G.orderNo(r, 'ZW')), 办理状态: r.pick(['已受理', '补正材料', '已办结']), 更新时间: N(G.dt(r)),
        审批意见: tx('经审查，', co, '（统一社会信用代码：', ['CN_USCC', code], '）提交的变更登记材料齐全，法定代表人', ['PERSON_NAME', rep.zh], '已完成实名认证，准予变更。'),
        短信通知: tx('【一网通办】尊敬的', ['PERSON_NAME', liaison.zh], '，您的办件', N(r.digits(12)), '已办结，请携带身份证原件至窗口领取执照。'),
        联系手机: L('PHONE_NUMBER', P.cnMobile(r)), 客服热线: N('12345'), 领取方式: r.pick(['邮寄', '窗口领取']),
        邮寄地址: i === 3 ? L('STREET_ADDRESS', P.cnAddress(r).full) : undefined, 收件人: i === 3 ? L('PERSON_NAME', liaison.zh) : undefined };
      return { method: 'GET', path: `/zwfw/api/v1/banjian/${r.digits(12)}/status`, direction: 'response', body };
    }
    const body = {
      申请编号: N(G.orderNo(r, 'YZ')), 事项名称: '营业执照变更登记', 事项编码: N('1100' + r.digits(8)),
      企业信息: { 企业名称: N(co), 统一社会信用代码: L('CN_USCC', code), '注册资本(万元)': N(r.pick([100, 500, 1000, 3000])), 成立日期: N(G.date(r, r.int(2005, 2020))),
        经营范围: '技术开发、技术咨询、技术服务；软件销售；计算机系统服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）', 从业人数: N(r.int(5, 300)) },
      法定代表人: { 姓名: L('PERSON_NAME', rep.zh), 证件类型: '中华人民共和国居民身份证', 证件号码: L('CN_RESIDENT_ID', rid.id), 移动电话: L('PHONE_NUMBER', P.cnPhone(r)),
        住所: L('STREET_ADDRESS', P.cnAddress(r, rid.region).full), 任职期限: '三年' },
      联络员: { 姓名: L('PERSON_NAME', liaison.zh), 固定电话: N(G.hotline(r)), 电子邮箱: L('EMAIL_ADDRESS', P.email(r, liaison)) },
      材料清单: r.times(r.int(3, 5), (k) => ({ 材料名称: ['变更登记申请书', '股东会决议', '章程修正案', '法定代表人任职文件', '住所使用证明'][k], 文件ID: N(G.uuid(r)), 页数: r.int(1, 12), 摘要: N(G.sha256(r).slice(0, 32)) })),
      受理机关: `${r.pick(C.REGIONS)[3] || '东莞'}市场监督管理局`,
    };
    return { method: 'POST', path: '/zwfw/api/v1/shiyi/yyzz/biangeng', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- traffic violation records (pinyin initials)
  { name: 'traffic_violation', gen(r, i) {
    const owner = P.cnName(r), oid = P.cnId(r), pl = P.plate(r, i === 2);
    const rows = r.times(r.int(3, 8), () => ({
      xh: N('3101' + r.digits(11)), hphm: L('LICENSE_PLATE', pl), hpzl: pl.length === 8 ? '52' : '02', wfsj: N(G.dt(r)),
      wfdd: r.pick(['沪太路与汶水路交叉口', '中环路金沙江路匝道', 'G60沪昆高速K23+500', '南京东路西藏中路口', '延安高架虹许路下匝道']),
      wfxw: r.pick(['1625', '1345', '1039', '6046']), wfxwms: r.pick(['驾驶机动车违反道路交通信号灯通行的', '机动车行驶超过规定时速20%以下的', '机动车违反规定停放、临时停车的', '驾驶机动车不按规定车道行驶']),
      fkje: N(r.pick([100, 150, 200])), wfjfs: N(r.pick([0, 1, 3, 6])), clbj: r.pick(['0', '1']), jkbj: r.pick(['0', '1']), jdsbh: N('3101' + r.digits(12)),
      cjjg: N('3101' + r.digits(8)), zqmj: N(r.digits(6)),
    }));
    const body = { code: 200, msg: 'ok', total: rows.length,
      jdc: { hphm: L('LICENSE_PLATE', pl), clsbdh: L('VEHICLE_VIN', P.vin(r)), fdjh: N(r.pick(['4G18', 'EA888', 'BYD472']) + r.upper(1) + r.digits(6)), syr: L('PERSON_NAME', owner.zh),
        sfzmhm: L('CN_RESIDENT_ID', oid.id), lxdh: L('PHONE_NUMBER', P.cnMobile(r)), zsxxdz: L('STREET_ADDRESS', P.cnAddress(r, oid.region).full), yxqz: N(G.date(r, 2026)) },
      rows };
    if (i === 3) body.jsy = { xm: L('PERSON_NAME', P.cnName(r).zh), jszh: L('CN_RESIDENT_ID', P.cnId(r).id), ljjf: N(r.int(0, 12)), dabh: N(r.digits(12)) };
    return i % 2 ? { method: 'POST', path: '/jgj/api/wfcx/query', direction: 'response', body }
      : { method: 'GET', path: `/jgj/api/wfcx?hphm=${encodeURIComponent(pl)}&hpzl=02`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- court case filing (PascalCase / English variant)
  { name: 'court_filing', gen(r, i) {
    if (i % 2 === 0) {
      const pl = P.cnName(r), pid = P.cnId(r), dfRep = P.cnName(r), ag = P.cnName(r);
      const amt = G.amount(r, 8000, 900000);
      const body = {
        CaseType: r.pick(['民事一审', '商事一审']), CaseNo: N(`(2024)沪${P.pad(r.int(101, 120), 4)}民初${r.int(1000, 39999)}号`), Court: '上海市长宁区人民法院', FiledAt: N(G.iso(r)),
        Parties: [
          { Role: '原告', PartyType: '自然人', Name: L('PERSON_NAME', pl.zh), Gender: pid.female ? '女' : '男', Ethnicity: '汉族', IdNumber: L('CN_RESIDENT_ID', pid.id),
            Domicile: L('STREET_ADDRESS', P.cnAddress(r, pid.region).full), Phone: L('PHONE_NUMBER', P.cnPhone(r)) },
          { Role: '被告', PartyType: '法人', Name: N(G.company(r)), CreditCode: L('CN_USCC', P.uscc(r)), LegalRepresentative: L('PERSON_NAME', dfRep.zh), RegisteredCapital: N('1000万元') },
        ],
        Agent: { Name: L('PERSON_NAME', ag.zh), LawFirm: r.pick(['上海明诚律师事务所', '北京金杜律师事务所上海分所']), LicenseNo: N('1310' + r.digits(13)), Phone: L('PHONE_NUMBER', P.cnMobile(r)) },
        Claims: tx(`1. 判令被告支付货款人民币${amt.toFixed(2)}元及逾期付款利息；2. 本案诉讼费由被告承担。`),
        Facts: tx('原告', ['PERSON_NAME', pl.zh], '于2023年通过银行转账向被告支付定金，转账账户', ['BANK_ACCOUNT', P.bankAccount(r, 'cnCorp')], '，被告至今未交付货物。'),
        FilingFee: N(+(amt * 0.0125).toFixed(2)), Evidence: r.times(r.int(2, 4), (k) => ({ Name: ['转账记录', '买卖合同', '聊天记录截图', '催款函'][k], Sha256: N(G.sha256(r)), Pages: r.int(1, 20) })),
      };
      return { method: 'POST', path: '/api/lian/v2/cases', direction: 'request', body };
    }
    const p = P.enName(r), a = P.usAddress(r), att = P.enName(r);
    const body = { caseNumber: N(`${r.int(1, 4)}:24-cv-${P.pad(r.int(100, 9999), 5)}`), court: 'U.S. District Court for the Northern District of Illinois', natureOfSuit: r.pick(['440 Civil Rights', '190 Contract: Other', '360 Personal Injury']),
      plaintiffs: [{ name: L('PERSON_NAME', p.full), address: L('STREET_ADDRESS', a.full), dob: i === 3 ? L('DATE_OF_BIRTH', P.fmtDate(P.dob(r), 'us')) : undefined }],
      defendants: [{ name: N(G.company(r)), type: 'corporation' }],
      attorney: { name: L('PERSON_NAME', att.full), barNumber: N(r.digits(7)), firm: `${P.enName(r).last} & ${P.enName(r).last} LLP`, email: L('EMAIL_ADDRESS', P.email(r, att, 'lawfirm-mail.com')), phone: L('PHONE_NUMBER', P.intlPhone(r, 'US')) },
      filingFeeReceipt: N(`AILNDC-${r.digits(8)}`), amountInControversy: N(G.amount(r, 75000, 900000)),
      documents: r.times(r.int(2, 4), (k) => ({ docketEntry: k + 1, title: ['Complaint', 'Civil Cover Sheet', 'Summons', 'Exhibit A'][k], sha1: N(G.sha1(r)), pages: r.int(1, 40) })) };
    return { method: 'GET', path: `/cmecf/api/cases/${r.digits(6)}`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- police call/incident record (invented abbreviations + field doc)
  { name: 'police_incident', gen(r, i) {
    const c = P.cnName(r), cid = P.cnId(r), g = P.geo(r, cid.region), addr = P.cnAddress(r, cid.region), ph = P.cnMobile(r), sus = P.cnName(r);
    const body = {
      jjdbh: N('J' + G.orderNo(r)), bjsj: N(G.dt(r)), bjfs: r.pick(['110电话', '短信报警', '微信报警']),
      bjrxm: L('PERSON_NAME', c.zh), bjrdh: L('PHONE_NUMBER', Number(ph), Number(ph)), bjrzjhm: i % 2 ? L('CN_RESIDENT_ID', cid.id) : '',
      bjrzb: L('GEO_LOCATION', `${g.lng},${g.lat}`),
      bjnr: tx('报警人称其位于', ['STREET_ADDRESS', addr.full], '的家中电动车被盗，', i >= 2 ? ['LICENSE_PLATE', P.plate(r, false)] : '', i >= 2 ? '，' : '', '怀疑邻居', ['PERSON_NAME', sus.zh], '所为，回拨电话', ['PHONE_NUMBER', ph], '。'),
      jqlb: r.pick(['盗窃', '纠纷', '求助']), jqdj: r.pick(['一级', '二级', '三级']), cjdw: `${addr.dist || addr.city}公安分局${r.pick(['南京东路', '天平路', '五角场', '城关'])}派出所`,
      cjr: r.times(2, () => ({ jh: N(r.digits(6)), xm: L('PERSON_NAME', P.cnName(r).zh) })), dcsj: N(G.dt(r)), zt: r.pick(['已处警', '已反馈', '处置中']),
      _zdsm: { jjdbh: '接警单编号', bjrxm: '报警人姓名', bjrdh: '报警人电话', bjrzjhm: '报警人证件号码', bjrzb: '报警人定位(经度,纬度)', bjnr: '报警内容', cjdw: '处警单位', cjr: '处警人' },
    };
    return i % 2 ? { method: 'GET', path: `/jcj/v1/jjd/${r.digits(10)}`, direction: 'response', body } : { method: 'POST', path: '/jcj/v1/jjd', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- voter roll extract (SCREAMING_CASE)
  { name: 'voter_roll', gen(r, i) {
    const voters = r.times(r.int(6, 14), () => {
      const n = P.enName(r), a = P.usAddress(r);
      return { VOTER_ID: N('OH' + r.digits(10)), SOS_ID: N(r.digits(9).replace(/^0/, '1')), LAST_NAME: L('PERSON_NAME', n.last.toUpperCase()), FIRST_NAME: L('PERSON_NAME', n.first.toUpperCase()), MIDDLE_INITIAL: n.mid,
        RES_ADDRESS: L('STREET_ADDRESS', a.line1.toUpperCase()), RES_CITY: a.city.toUpperCase(), RES_ZIP: N(a.zip), BIRTH_DATE: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r), i % 2 ? 'us' : 'iso')),
        PARTY: r.pick(['DEM', 'REP', 'NPA', 'LIB', 'GRN']), STATUS: r.pick(['ACTIVE', 'ACTIVE', 'INACTIVE']), REG_DATE: N(G.date(r, r.int(1990, 2022))), LAST_VOTED: r.pick(['2022-11-08', '2020-11-03', '2023-08-08']),
        PHONE: r.chance(0.3) ? L('PHONE_NUMBER', P.intlPhone(r, 'US')) : '' };
    });
    const body = { PRECINCT_CODE: N(`25-${r.upper(1)}${r.digits(2)}`), COUNTY: r.pick(['FRANKLIN', 'CUYAHOGA', 'HAMILTON']), EXTRACT_TS: N(G.iso(r)), ROW_COUNT: voters.length, VOTERS: voters };
    return { method: 'GET', path: `/api/v1/precincts/${r.digits(4)}/voters?format=json`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- agriculture subsidy disbursement (opaque columns + description sibling)
  { name: 'agri_subsidy', gen(r, i) {
    const reg = r.pick(C.REGIONS);
    const rows = r.times(r.int(6, 12), () => { const n = P.cnName(r), id = P.cnId(r); const area = r.float(1.5, 38, 1); return {
      C01: L('PERSON_NAME', n.zh), C02: L('CN_RESIDENT_ID', id.id), C03: L('BANK_ACCOUNT', P.bankAccount(r, 'cnPassbook')),
      C04: L('PHONE_NUMBER', Number(P.cnMobile(r)), undefined), C05: N(area), C06: N(+(area * r.pick([95, 120, 138.5])).toFixed(2)), C07: `${r.pick(['一', '二', '三', '四', '五'])}组` }; });
    const body = {
      pch: N(`BT2024${r.digits(6)}`), bt_lx: r.pick(['耕地地力保护补贴', '农机购置补贴', '稻谷目标价格补贴']), xz: `${reg[3] || reg[2]}${r.pick(['城关镇', '新桥镇', '白沙乡'])}`,
      colDesc: { C01: '户主姓名', C02: '身份证号码', C03: '惠农一卡通账号', C04: '联系电话', C05: '补贴面积(亩)', C06: '补贴金额(元)', C07: '村民小组' },
      rows, hj: { hs: rows.length, je: N(G.amount(r, 5000, 90000)) }, gsq: { ks: N(G.date(r)), js: N(G.date(r)) }, zbr: N(G.empNo(r)),
    };
    return i % 2 ? { method: 'GET', path: '/nync/api/butie/mingxi?page=1', direction: 'response', body } : { method: 'POST', path: '/nync/api/butie/import', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- Schengen-like visa application (Italian keys)
  { name: 'visa_application_it', gen(r, i) {
    const cn = i % 2 === 0;
    const nm = cn ? P.cnName(r) : P.enName(r);
    const host = P.itName(r), ha = P.itAddress(r);
    const body = {
      numeroPratica: N(`VIS-${r.upper(3)}-${r.digits(8)}`), tipoVisto: 'C - Turismo', sedeConsolare: cn ? 'Shanghai' : 'London', dataInvio: N(G.iso(r)),
      richiedente: {
        cognome: L('PERSON_NAME', cn ? nm.pySur : nm.last.toUpperCase()), nome: L('PERSON_NAME', cn ? nm.pyGiven : nm.first.toUpperCase()),
        dataDiNascita: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r), 'dmy')), luogoDiNascita: cn ? r.pick(['Hangzhou', 'Wuhan', 'Chengdu']) : 'Leeds', sesso: r.pick(['M', 'F']),
        cittadinanza: cn ? 'CHN' : 'GBR', statoCivile: r.pick(['celibe/nubile', 'coniugato/a']),
        passaporto: { numero: L('PASSPORT_NUMBER', P.passport(r, cn ? 'CN' : 'UK')), tipo: 'ordinario', dataRilascio: N(G.date(r, 2019)), dataScadenza: N(G.date(r, 2029)), rilasciatoDa: cn ? 'MPS Exit & Entry Administration' : 'HMPO' },
        indirizzo: L('STREET_ADDRESS', cn ? P.cnAddress(r).full : P.ukAddress(r).full), email: L('EMAIL_ADDRESS', P.email(r, nm)), telefono: L('PHONE_NUMBER', cn ? P.fmtCn(P.cnMobile(r), '+86') : P.intlPhone(r, 'UK')),
      },
      occupazione: { professione: r.pick(['Ingegnere', 'Insegnante', 'Contabile']), datoreDiLavoro: N(G.company(r)), telefonoDatore: N(G.hotline(r)) },
      viaggio: { dataArrivo: N(G.date(r)), dataPartenza: N(G.date(r)), durataGiorni: r.int(5, 20), statiMembri: ['ITA', 'FRA'], primoIngresso: 'ITA', volo: N(r.pick(['CA', 'MU', 'AZ', 'BA']) + r.int(100, 999)) },
      invitante: i >= 2 ? { nome: L('PERSON_NAME', host.full), indirizzo: L('STREET_ADDRESS', ha.full), telefono: L('PHONE_NUMBER', P.intlPhone(r, 'IT')) } : null,
      mezziDiSostentamento: ['contanti', 'carta di credito'], assicurazione: { compagnia: r.pick(['AXA', 'Allianz']), polizza: N(r.upper(2) + r.digits(10)), copertura: N(30000) },
    };
    return i % 2 ? { method: 'GET', path: `/api/visti/domande/${r.digits(8)}`, direction: 'response', body } : { method: 'POST', path: '/api/visti/domande', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- cross-border e-commerce customs declaration (清关)
  { name: 'customs_clearance', gen(r, i) {
    const n = P.cnName(r), id = P.cnId(r);
    if (i === 3) {
      return { method: 'POST', path: '/ceb/callback/receipt', direction: 'request', body: {
        guid: N(G.uuid(r).toUpperCase()), orderNo: N(G.orderNo(r)), logisticsNo: N(G.tracking(r)), returnStatus: r.pick(['-301010', '-621041']), returnTime: N(r.digits(14)),
        returnInfo: tx('订购人身份证号[', ['CN_RESIDENT_ID', id.id], ']与姓名[', ['PERSON_NAME', n.zh], ']不一致，请核实后重新申报'), copNo: N(r.digits(18)) } };
    }
    const goods = r.times(r.int(2, 6), (k) => ({ gnum: k + 1, itemNo: N(G.sku(r)), itemName: r.pick(['雅诗兰黛小棕瓶精华50ml', 'Swisse维生素C泡腾片', '爱他美奶粉3段800g', 'SK-II神仙水230ml', 'A2 Platinum 婴儿奶粉']),
      gcode: N(G.hsCode(r)), qty: N(r.int(1, 6)), unit: '122', price: N(G.amount(r, 50, 900)), barCode: N(G.ean13(r, r.pick(['930', '880', '450', '300']))), country: r.pick(['601', '502', '116', '133']) }));
    const body = {
      orderHead: { guid: N(G.uuid(r).toUpperCase()), appType: '1', orderNo: N(G.orderNo(r, 'HT')), ebpCode: N('3120' + r.digits(6)), ebcCode: N('3120' + r.digits(6)),
        goodsValue: N(G.amount(r, 100, 4000)), freight: N(0), discount: N(G.amount(r, 0, 50)), taxTotal: N(G.amount(r, 10, 400)), currency: '142',
        buyerRegNo: N('u' + r.digits(10)), buyerName: L('PERSON_NAME', n.zh), buyerTelephone: L('PHONE_NUMBER', P.cnMobile(r)), buyerIdType: '1', buyerIdNumber: L('CN_RESIDENT_ID', id.id),
        consignee: L('PERSON_NAME', i === 2 ? P.cnName(r).zh : n.zh), consigneeTelephone: L('PHONE_NUMBER', P.cnPhone(r)), consigneeAddress: L('STREET_ADDRESS', P.cnAddress(r).full),
        payCode: N('3120' + r.digits(6)), payTransactionId: N(G.tradeNo(r)), logisticsNo: N(G.tracking(r)) },
      orderList: goods,
    };
    if (i === 1) body.payerInfo = b64(jsonStr({ payerName: L('PERSON_NAME', n.zh), payerIdNumber: L('CN_RESIDENT_ID', id.id), payerPhone: L('PHONE_NUMBER', P.cnMobile(r)) }));
    return { method: 'POST', path: '/ceb/api/order/declare', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- exam results (gaokao-like pinyin initials / school English)
  { name: 'exam_results', gen(r, i) {
    if (i % 2 === 0) {
      const list = r.times(r.int(8, 15), (k) => { const n = P.cnName(r), id = P.cnId(r, P.dob(r, 17, 19)); const s = [r.int(80, 140), r.int(60, 150), r.int(70, 145), r.int(150, 290)];
        return { ksh: N(`24${id.region[0]}${r.digits(6)}`), zkzh: N(r.digits(9)), xm: L('PERSON_NAME', n.zh), sfzh: L('CN_RESIDENT_ID', id.id), yw: N(s[0]), sx: N(s[1]), wy: N(s[2]), zh: N(s[3]),
          zf: N(s.reduce((a, b) => a + b, 0)), wc: N(r.int(100, 90000)), lqzt: r.pick(['未投档', '已投档', '已录取']) }; });
      return { method: 'GET', path: '/api/zsks/gk/cjcx/batch?pc=1', direction: 'response', body: { nf: 2024, kl: r.pick(['物理类', '历史类']), pici: '本科批', list } };
    }
    const students = r.times(r.int(6, 12), () => { const n = P.enName(r); return { studentNo: N(G.studentNo(r)), name: L('PERSON_NAME', n.full),
      guardian: { name: L('PERSON_NAME', `${P.enName(r).first} ${n.last}`), phone: L('PHONE_NUMBER', P.intlPhone(r, 'US')), email: i === 3 ? L('EMAIL_ADDRESS', P.email(r, n)) : undefined },
      scores: { math: N(r.int(40, 100)), english: N(r.int(40, 100)), science: N(r.int(40, 100)) }, gpa: N(r.float(2, 4, 2)), rank: N(r.int(1, 300)) }; });
    return { method: 'POST', path: '/sis/api/v1/gradebook/publish', direction: 'request', body: { term: '2023-24 S2', section: `Grade 10-${r.int(1, 8)}`, teacherId: N(G.empNo(r)), students } };
  } },

  // ---------------------------------------------------------------- HK/Macau group tour sign-up (travel agency, pinyin words)
  { name: 'tour_group_hkmo', gen(r, i) {
    const youke = r.times(r.int(4, 9), () => { const n = P.cnName(r), id = P.cnId(r); return {
      xingming: L('PERSON_NAME', n.zh), pinyin: L('PERSON_NAME', n.py), xingbie: id.female ? 'F' : 'M', chushengRiqi: L('DATE_OF_BIRTH', P.fmtDate(id.birth, 'iso')),
      tongxingzheng: L('CN_HK_MACAU_PERMIT', P.hkMacauPermit(r, r.pick(['C', 'CL']))), qianzhuLeixing: r.pick(['L', 'G', 'T']), qianzhuYouxiaoqi: N(G.date(r, 2025)),
      shenfenzheng: i % 2 ? L('CN_RESIDENT_ID', id.id) : N(G.maskedId(r)), shouji: L('PHONE_NUMBER', P.cnMobile(r)), fangjianHao: N(`${r.int(8, 30)}${P.pad(r.int(1, 40), 2)}`) }; });
    const body = { tuanHao: N(`HKMO${r.digits(8)}`), xianlu: r.pick(['香港澳门四天三晚', '港珠澳大桥一日游', '香港迪士尼亲子两日']), chufaRiqi: N(G.date(r)), daoyou: { xingming: L('PERSON_NAME', P.cnName(r).zh), daoyouZheng: N('D-' + r.digits(4) + '-' + r.digits(6)), shouji: L('PHONE_NUMBER', P.cnMobile(r)) },
      youke, jiage: { danjia: N(G.amount(r, 1200, 4500)), zongjia: N(G.amount(r, 6000, 30000)) }, lvxingshe: N(G.company(r)), jingyingXuke: N('L-SH-' + r.digits(5)) };
    return i % 2 ? { method: 'POST', path: '/lxs/api/tuan/baoming', direction: 'request', body } : { method: 'GET', path: `/lxs/api/tuan/${r.digits(8)}/youke`, direction: 'response', body };
  } },
];
