'use strict';
// Health: pharmacy dispensing, lab results (LIS / HL7 v2 in JSON), appointment booking,
// telemedicine chat, elderly home-care visits, blood donation, veterinary clinic.
const { luhnDigit } = require('../lib/checks');

const npi = (r) => { const b = r.pick(['1', '2']) + r.digits(8); return b + luhnDigit('80840' + b).slice(-1); };

module.exports = [
  {
    name: 'pharmacy_dispensing',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      if (i === 3) {
        // US pharmacy fill record
        const p = c.intl('US');
        const fill = c.ts();
        return {
          method: 'GET', path: `/pharmacy/v1/fills/${r.nzDigits(8)}?expand=patient,prescriber`, direction: 'response',
          body: {
            rx_number: H(r.nzDigits(7)), fill_number: r.int(0, 5), filled_at: H(c.fmtTs(fill, 'isoZ')),
            drug: { ndc: H(`${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`), name: 'Atorvastatin Calcium 20 mg Tablet', quantity: 30, days_supply: 30, lot: H(r.upper(2) + r.digits(5)), expiry: H(c.fmtDate(c.date(2026, 2027), 'iso')) },
            patient: { name: { first: L('PERSON_NAME', p.first), last: L('PERSON_NAME', p.last) }, dob: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'mdy')), phone: L('PHONE_NUMBER', p.phone), address: L('STREET_ADDRESS', p.addr.full), allergies: ['Penicillin'] },
            prescriber: { name: (() => { const pr = c.intl('US'); return L('PERSON_NAME', `Dr. ${pr.first} ${pr.last}`, `${pr.first} ${pr.last}`); })(), npi: H(npi(r)), dea: H(r.pick(['A', 'B', 'F']) + r.upper(1) + r.digits(7)) },
            store: { number: H(r.int(1000, 19999)), phone: H('1-800-925-4733') },
            copay: H(c.amount(0, 45)), insurance_bin: H(r.pick(['610014', '004336', '610502'])),
          },
        };
      }
      const p = c.cn({ minY: 1940, maxY: 2015 });
      const doc = c.cnName(), pharm = c.cnName();
      const disp = c.ts();
      const items = Array.from({ length: r.int(2, 3) }, () => {
        const [nm, spec] = r.pick([['阿莫西林胶囊', '0.25g*24粒'], ['布洛芬缓释胶囊', '0.3g*20粒'], ['氯雷他定片', '10mg*6片'], ['二甲双胍缓释片', '0.5g*30片'], ['马应龙麝香痔疮膏', '10g']]);
        return { ypbm: H('869' + r.digits(11)), ypmc: H(nm), gg: spec, pzwh: H(c.drugApproval()), ph: H(r.digits(8)), sl: r.int(1, 4), dj: H(c.amount(5, 90)), yf: '口服 一次1粒 一日2次' };
      });
      const body = {
        cfh: H('CF' + c.fmtDate(disp, 'compact') + r.digits(6)), yljgmc: '深圳市南山区人民医院', ks: r.pick(['呼吸内科', '皮肤科', '内分泌科']),
        kfys: L('PERSON_NAME', doc.name), kfysgh: H(r.digits(6)),
        hz: { xm: L('PERSON_NAME', p.name), xb: p.gender === 'M' ? '男' : '女', nl: 2024 - p.birth.getUTCFullYear(), sfzh: L('CN_RESIDENT_ID', p.id), lxdh: L('PHONE_NUMBER', p.mobile) },
        zd: r.pick(['急性上呼吸道感染', '2型糖尿病', '过敏性鼻炎']), mx: items,
        fyys: L('PERSON_NAME', pharm.name), fysj: H(c.fmtTs(disp, 'sql')), ybzf: H(c.amount(10, 200)), grzf: H(c.amount(0, 100)),
      };
      if (i === 1) {
        // online pharmacy delivery (O2O): address + delivery rider
        const rider = c.cnName();
        body.psxx = { shr: L('PERSON_NAME', p.name), shdh: L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'space')), shdz: L('STREET_ADDRESS', p.addr.full), qsxm: L('PERSON_NAME', rider.name), ydh: H(c.tracking('SF')) };
      }
      if (i === 2) {
        const t = T();
        body.sfbz = t.done(`药师审方：患者${t('PERSON_NAME', p.name)}自述青霉素过敏，已电话${t('PHONE_NUMBER', c.fmtMobile(p.mobile, 'dash'))}确认，改用阿奇霉素。`);
        return { method: 'POST', path: '/his/api/pharmacy/dispense', direction: 'request', body: c.restyle({ prescription: body }, 'pascal') };
      }
      return { method: 'GET', path: `/his/api/pharmacy/dispense/${body.cfh.raw}`, direction: 'response', body: { code: 1, msg: '成功', data: body } };
    },
  },

  {
    name: 'lab_results_lis',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      const when = c.ts();
      const ts = c.fmtTs(when, 'compact');
      if (i === 0 || i === 2) {
        // HL7 v2 ORU^R01 carried as a string field
        const cn = i === 0;
        const p = cn ? c.cn() : c.intl('US');
        const mrn = r.nzDigits(8);
        const t = T();
        const name = cn ? t('PERSON_NAME', p.name) : t('PERSON_NAME', `${p.last.toUpperCase()}^${p.first.toUpperCase()}`);
        const dob = t('DATE_OF_BIRTH', c.fmtDate(p.birth, 'compact'));
        const addr = cn ? `${t('STREET_ADDRESS', p.addr.full)}^^${p.addr.city}^^${r.digits(6)}^CHN` : `${t('STREET_ADDRESS', p.addr.line1)}^^${p.addr.city}^${p.addr.state}^${p.addr.postcode}^USA`;
        const phone = cn ? t('PHONE_NUMBER', p.mobile) : t('PHONE_NUMBER', p.phone);
        const pid3 = cn ? `${mrn}^^^NSRMYY^MR~${t('CN_RESIDENT_ID', p.id)}^^^CHN^NI` : `${mrn}^^^MGH^MR`;
        const pid19 = cn ? '' : t('US_SSN', c.ssn());
        const msg = [
          `MSH|^~\\&|LIS|${cn ? 'NSRMYY' : 'MGHLAB'}|HIS|${cn ? 'NSRMYY' : 'MGH'}|${ts}||ORU^R01|${r.nzDigits(10)}|P|2.5.1`,
          `PID|1||${pid3}||${name}||${dob}|${p.gender}|||${addr}||${phone}||||||${pid19}`,
          `OBR|1|${r.nzDigits(10)}|${r.nzDigits(12)}|CBC^Complete Blood Count|||${ts}`,
          `OBX|1|NM|WBC^White Blood Cells||${r.float(3.5, 11, 1)}|10*9/L|3.5-9.5|N|||F`,
          `OBX|2|NM|HGB^Hemoglobin||${r.int(105, 170)}|g/L|115-150|N|||F`,
          `OBX|3|NM|GLU^Glucose||${r.float(3.9, 9.8, 1)}|mmol/L|3.9-6.1|${r.pick(['N', 'H'])}|||F`,
        ].join('\r');
        return {
          method: 'POST', path: '/lis/api/v2/results/hl7', direction: 'request',
          body: { messageControlId: H(r.nzDigits(10)), sendingFacility: cn ? 'NSRMYY' : 'MGHLAB', receivedAt: H(c.fmtTs(when, 'isoZ')), hl7: t.done(msg), ackCode: 'AA' },
        };
      }
      const p = c.cn({ minY: 1945, maxY: 2012 });
      const doc = c.cnName();
      const rows = [
        ['ALT', '谷丙转氨酶', r.int(8, 90), 'U/L', '9-50'], ['AST', '谷草转氨酶', r.int(10, 80), 'U/L', '15-40'], ['CREA', '肌酐', r.int(45, 130), 'μmol/L', '57-111'],
        ['TC', '总胆固醇', r.float(3, 7, 2), 'mmol/L', '<5.2'], ['HbA1c', '糖化血红蛋白', r.float(4.5, 9, 1), '%', '4-6'],
      ];
      const body = {
        报告单号: H(c.fmtDate(when, 'compact') + r.digits(6)), 标本条码: H(r.nzDigits(12)), 标本类型: '血清',
        姓名: L('PERSON_NAME', p.name), 性别: p.gender === 'M' ? '男' : '女', 年龄: `${2024 - p.birth.getUTCFullYear()}岁`, 出生日期: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'slash')),
        门诊号: r.nzDigits(10), 联系电话: L('PHONE_NUMBER', c.fmtMobile(p.mobile, i === 3 ? 'fw' : 'plain')),
        送检医生: L('PERSON_NAME', doc.name), 采样时间: H(c.fmtTs(when, 'sql')), 报告时间: H(c.fmtTs(c.addMin(when, 300), 'sql')),
        结果: rows.map(([code, nm, v, u, ref]) => ({ 项目代码: code, 项目名称: nm, 结果: v, 单位: u, 参考范围: ref })),
        仪器: H('Cobas c702 SN:' + r.digits(8)), 审核者: L('PERSON_NAME', c.cnName().name),
      };
      return { method: 'GET', path: `/lis/api/report?barcode=${r.nzDigits(12)}`, direction: 'response', body: { code: 0, data: body } };
    },
  },

  {
    name: 'hospital_appointment',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      const hosp = r.pick(['深圳市儿童医院', '北京协和医院', '四川大学华西医院', '浙江大学医学院附属第一医院']);
      const visit = c.ts();
      if (i === 0) {
        // pediatric booking with guardian
        const kid = c.cn({ minY: 2014, maxY: 2023 });
        const g = c.cn({ minY: 1980, maxY: 1995, live: kid.live.code });
        return {
          method: 'POST', path: '/api/booking/register', direction: 'request',
          body: {
            hospitalId: H(r.int(100, 999)), deptCode: 'EK0102', doctorId: H(r.nzDigits(8)), scheduleId: H(r.nzDigits(11)), visitDate: H(c.fmtDate(visit, 'iso')), timeSlot: 'AM2',
            patient: { patientName: L('PERSON_NAME', kid.name), gender: kid.gender, birthday: L('DATE_OF_BIRTH', c.fmtDate(kid.birth, 'iso')), idType: '01', idNo: L('CN_RESIDENT_ID', kid.id), medicalCardNo: r.nzDigits(10) },
            guardian: { guardianName: L('PERSON_NAME', g.name), guardianIdNo: L('CN_RESIDENT_ID', g.id), guardianPhone: L('PHONE_NUMBER', g.mobile), relation: r.pick(['父亲', '母亲']) },
            openid: H('o' + r.alnum(27)), source: 'WX_MINIAPP',
          },
        };
      }
      const p = c.cn({ minY: 1950, maxY: 2000 });
      if (i === 1) {
        return {
          method: 'POST', path: '/api/booking/register', direction: 'request',
          body: c.restyle({
            hospitalName: hosp, deptName: r.pick(['心血管内科', '骨科', '眼科']), doctorName: L('PERSON_NAME', c.cnName().name), visitDate: H(c.fmtDate(visit, 'iso')),
            patientName: L('PERSON_NAME', p.name), idCardNo: L('CN_RESIDENT_ID', p.id), mobile: L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'plus86c')), address: L('STREET_ADDRESS', p.addr.full),
            smsCode: L('CREDENTIAL', r.digits(6)), fee: H(r.pick([15, 25, 50, 100])), channelNo: H(c.orderNo11()),
          }, 'snake'),
        };
      }
      if (i === 2) {
        return {
          method: 'POST', path: `/api/booking/${r.nzDigits(12)}/confirm`, direction: 'response',
          body: { code: 200, data: { registerNo: H(c.orderNo18(visit)), queueNo: r.int(1, 60), patientName: H(c.maskName(p.name)), idNo: H(c.maskId(p.id)), visitTime: H(c.fmtTs(visit, 'sql')), location: `门诊楼${r.int(1, 5)}层${r.pick(['A', 'B'])}区`, payAmount: H(r.pick([25, 50])), qrCode: H(c.b64(44)), hospitalHotline: H(c.hotline()), tips: '请于就诊当日携带身份证原件到院取号，过号需重新排队。' } },
        };
      }
      const t = T();
      return {
        method: 'POST', path: `/api/booking/${r.nzDigits(12)}/cancel`, direction: 'request',
        body: { registerNo: H(c.orderNo18(visit)), reasonCode: 3, reasonText: t.done(`本人${t('PERSON_NAME', p.name)}临时出差，改约下周，回电${t('PHONE_NUMBER', c.fmtMobile(p.mobile, 'space'))}`), operator: 'PATIENT' },
      };
    },
  },

  {
    name: 'telemedicine_chat',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const en = i === 2;
      const p = en ? c.intl(r.pick(['US', 'SG', 'GB'])) : c.cn({ minY: 1960, maxY: 2000 });
      const doctor = en ? c.intl(p.country) : c.cnName();
      const base = c.ts();
      let k = 0;
      const msg = (from, content, type = 'text') => ({ msgId: H(c.uuid()), from, type, content, sentAt: H(c.fmtTs(c.addMin(base, k++ * 2), 'epochMs')) });
      const t1 = T(), t2 = T(), t3 = T();
      let msgs;
      if (!en) {
        msgs = [
          msg('patient', t1.done(`医生您好，我叫${t1('PERSON_NAME', p.name)}，今年${2024 - p.birth.getUTCFullYear()}岁，最近一周反复胸闷，晚上更明显。`)),
          msg('doctor', '您好，请问有没有高血压病史？最近血压多少？'),
          msg('patient', '有的，早上量是150/95，一直吃氨氯地平5mg。'),
          msg('patient', `https://img.med.example.cn/chat/${r.hex(24)}.jpg`, 'image'),
          msg('doctor', '建议尽快线下做心电图和心脏彩超，我可以帮您预约加号。'),
          msg('patient', t2.done(`好的，我的电话是${t2('PHONE_NUMBER', c.fmtMobile(p.mobile, r.pick(['space', 'plain', 'dash'])))}，住在${t2('STREET_ADDRESS', p.addr.noProv)}，能约附近的医院吗？`)),
          msg('system', c.J({ cardType: 'PRESCRIPTION', rxNo: H('RX' + r.digits(10)), patientName: L('PERSON_NAME', p.name), idCard: L('CN_RESIDENT_ID', p.id), drugs: [{ name: '硝酸甘油片', qty: 1 }] }), 'custom'),
        ];
      } else {
        msgs = [
          msg('patient', t1.done(`Hello, this is ${t1('PERSON_NAME', p.name)}. Dr. ${t1('PERSON_NAME', doctor.last)}, my daughter has had a fever of 39.2C since yesterday.`)),
          msg('doctor', 'Sorry to hear that. Any rash, vomiting, or trouble breathing?'),
          msg('patient', t2.done(`No rash. Her DOB is ${t2('DATE_OF_BIRTH', c.fmtDate(c.date(2018, 2021), 'long'))} if you need it for the record. Call me at ${t2('PHONE_NUMBER', p.phone)}.`)),
          msg('doctor', 'I have sent an e-prescription for paediatric ibuprofen to your pharmacy.'),
          msg('patient', t3.done(`Thanks - please deliver to ${t3('STREET_ADDRESS', p.addr.full)}.`)),
        ];
      }
      if (i === 1) msgs.push(msg('patient', H(`订单号${c.orderNo11()}的药什么时候发货？`)));
      return {
        method: 'GET', path: `/im/v1/consultations/${r.nzDigits(10)}/messages?cursor=0&limit=50`, direction: 'response',
        body: { consultationId: H(r.nzDigits(10)), status: 'IN_PROGRESS', doctor: { name: L('PERSON_NAME', en ? doctor.name : doctor.name), title: en ? 'MD, Pediatrics' : '主任医师', hospital: en ? 'Raffles Medical' : '北京大学深圳医院' }, messages: msgs, hasMore: false },
      };
    },
  },

  {
    name: 'elderly_care_visits',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const reg = c.region();
      const tasks = Array.from({ length: i === 0 ? 2 : 1 }, () => {
        const e = c.cn({ minY: 1930, maxY: 1955, live: reg.code });
        const son = c.cnName(), cg = c.cnName('F');
        const ci = c.geoNear(e.home[0], e.home[1], 0.0005);
        const t = T();
        return {
          taskId: H(c.orderNo18()), serviceDate: H(c.fmtDate(c.ts(), 'iso')),
          elder: {
            name: L('PERSON_NAME', e.name), age: 2024 - e.birth.getUTCFullYear(), idCard: L('CN_RESIDENT_ID', e.id), address: L('STREET_ADDRESS', e.addr.full), livingAlone: r.chance(0.5),
            homeGeo: L('GEO_LOCATION', `${e.home[0]},${e.home[1]}`), careLevel: r.pick(['二级', '三级']),
            emergencyContacts: [{ name: L('PERSON_NAME', son.name), relation: r.pick(['儿子', '女儿']), phone: L('PHONE_NUMBER', c.mobile()) }],
          },
          caregiver: { name: L('PERSON_NAME', cg.name), workNo: H('HG' + r.digits(6)), phone: L('PHONE_NUMBER', c.fmtMobile(c.mobile(), 'dash')) },
          checkIn: { time: H(c.fmtTs(c.ts(), 'sql')), lat: L('GEO_LOCATION', ci[0]), lng: L('GEO_LOCATION', ci[1]), distanceM: r.int(3, 40) },
          serviceItems: r.sample(['助浴', '助餐', '助洁', '陪诊', '康复训练', '用药提醒'], 2),
          vitals: { bp: `${r.int(110, 165)}/${r.int(65, 100)}`, hr: r.int(58, 98), spo2: r.int(92, 99), temp: r.float(36, 37.4, 1) },
          notes: t.done(`老人诉膝关节疼痛，已通知家属${t('PERSON_NAME', son.name)}，建议下周陪诊。`),
          fee: H(c.amount(40, 120)), subsidyOrg: H('街道居家养老服务中心'),
        };
      });
      const body = { code: 0, total: tasks.length, tasks };
      return { method: 'GET', path: `/api/care/tasks?date=${c.fmtDate(c.ts(), 'iso')}&station=${r.int(10, 99)}`, direction: 'response', body: i === 2 ? c.restyle(body, 'snake') : body };
    },
  },

  {
    name: 'blood_donation',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const din = () => `W${r.digits(4)} ${r.pick(['24', '25'])} ${r.digits(6)}`;
      if (i === 2) {
        const d = c.intl(r.pick(['US', 'GB']));
        return {
          method: 'POST', path: '/donor-portal/api/appointments', direction: 'request',
          body: { donor: { firstName: L('PERSON_NAME', d.first), lastName: L('PERSON_NAME', d.last), dateOfBirth: L('DATE_OF_BIRTH', c.fmtDate(d.birth, d.country === 'US' ? 'mdy' : 'dmy')), email: L('EMAIL_ADDRESS', d.email), mobile: L('PHONE_NUMBER', d.phone), postcode: d.addr.postcode, donorNumber: H(din()) }, session: { venue: 'Town Hall, Market Square', venuePostcode: H('LS1 1UR'), slot: H(c.fmtTs(c.ts(), 'isoZ')) }, donationType: 'WHOLE_BLOOD', questionnaireVersion: H('7.4.2') },
        };
      }
      const p = c.cn({ minY: 1966, maxY: 2005 });
      const body = {
        donorId: H(r.nzDigits(10)), name: L('PERSON_NAME', p.name), gender: p.gender === 'M' ? '男' : '女', birthDate: L('DATE_OF_BIRTH', c.fmtDate(p.birth, i === 0 ? 'cnPad' : 'compact')),
        certType: '身份证', certNo: L('CN_RESIDENT_ID', p.id), bloodType: r.pick(['A+', 'B+', 'O+', 'AB+', 'O-']), phone: L('PHONE_NUMBER', p.mobile), address: L('STREET_ADDRESS', p.addr.full),
        history: Array.from({ length: r.int(1, 3) }, () => ({ donationNo: H(din()), date: H(c.fmtDate(c.date(2019, 2024), 'iso')), site: '深圳市血液中心福田献血屋', volumeMl: r.pick([200, 300, 400]), type: '全血' })),
        hemoglobin: r.int(120, 165), honors: r.chance(0.3) ? ['无偿献血奉献奖铜奖'] : [], centerHotline: H(c.hotline()),
      };
      return { method: 'GET', path: `/xueye/api/donor/${body.donorId.raw}`, direction: 'response', body: { code: 0, data: i === 1 ? c.restyle(body, 'upper') : body } };
    },
  },

  {
    name: 'vet_clinic',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const cn = i !== 1;
      const o = cn ? c.cn() : c.intl(r.pick(['GB', 'DE', 'US']));
      const vet = cn ? c.cnName() : c.intl(o.country);
      const pet = {
        name: cn ? r.pick(['豆豆', '旺财', '咪咪', '可乐']) : r.pick(['Biscuit', 'Luna', 'Max', 'Pepper']),
        ...(r.chance(0.5) ? { species: 'dog', breed: r.pick(['Golden Retriever', 'Corgi', 'Shiba Inu']), weightKg: r.float(8, 34, 1) } : { species: 'cat', breed: r.pick(['British Shorthair', 'Ragdoll', 'Domestic Shorthair']), weightKg: r.float(2.8, 7.5, 1) }),
        microchip: H('9' + r.pick(['00', '41', '85']) + r.digits(12)), birthDate: H(c.fmtDate(c.date(2015, 2023), 'iso')), neutered: r.chance(0.6),
      };
      const owner = cn
        ? { name: L('PERSON_NAME', o.name), phone: L('PHONE_NUMBER', c.fmtMobile(o.mobile, 'dash')), email: L('EMAIL_ADDRESS', o.email), address: L('STREET_ADDRESS', o.addr.full), wechat: 'wxid_' + r.alnum(14).toLowerCase() }
        : { name: L('PERSON_NAME', o.name), phone: L('PHONE_NUMBER', o.phone), email: L('EMAIL_ADDRESS', o.email), address: { line1: L('STREET_ADDRESS', o.addr.line1), city: o.addr.city, postcode: o.addr.postcode } };
      const body = {
        patientId: H(r.nzDigits(7)), pet, owner,
        visits: Array.from({ length: 2 }, () => ({ date: H(c.fmtDate(c.ts(), 'iso')), vet: L('PERSON_NAME', cn ? vet.name : vet.name), reason: r.pick(['annual vaccination', 'dental cleaning', 'skin allergy']), invoiceNo: H('INV-' + r.digits(8)), total: H(c.amount(80, 1500)) })),
        rabiesTag: H(`${r.pick(['2024', '2025'])}-${r.digits(5)}`),
      };
      if (i === 2) return { method: 'PUT', path: `/api/pets/${body.patientId.raw}`, direction: 'request', body: c.restyle(body, 'kebab') };
      return { method: 'GET', path: `/api/pets/${body.patientId.raw}`, direction: 'response', body };
    },
  },
];
