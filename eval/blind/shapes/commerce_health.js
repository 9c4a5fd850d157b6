'use strict';
// Food delivery, e-commerce, courier, education, hospital, pharmacy, CRM.
const { S, H, txt, json } = require('../lib/mark');
const { pad } = require('../lib/rng');

module.exports = [
  {
    name: 'food-delivery-order',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const reg = p.region; const home = v.geo(reg, 0.04); const shop = v.geo(reg, 0.04); const rider = v.geo(reg, 0.04);
      const items = [];
      for (let k = 0; k < r.int(1, 4); k++) items.push({ food_name: r.pick(['黄焖鸡米饭(大份)', '麻辣香锅', '珍珠奶茶 少冰', '酸菜鱼']), sku_id: H(r.digits(11)), quantity: H(r.int(1, 3)), price: H(Number(v.amount(8, 88))), box_num: 1 });
      const micro = i % 2 === 0; // some platforms store coordinates as integer micro-degrees
      return {
        method: 'GET', path: `/waimai/order/detail?order_id=${r.digits(16)}`, direction: 'response',
        body: {
          code: 'ok', data: {
            order_id: H(v.orderNo()), order_view_id: H(r.digits(17)), wm_poi_name: '老王家黄焖鸡(科技园店)', wm_poi_phone: H(v.hotline()),
            poi_latitude: H(micro ? Math.round(shop.lat * 1e6) : shop.lat), poi_longitude: H(micro ? Math.round(shop.lng * 1e6) : shop.lng),
            recipient_name: S('PERSON_NAME', p.name), recipient_phone: i === 1 ? txt`${S('PHONE_NUMBER', p.mobile)}_${r.digits(4)}` : S('PHONE_NUMBER', p.mobile),
            backup_recipient_phone: [H(v.maskPhone())],
            recipient_address: S('STREET_ADDRESS', p.addr.full), recipient_address_detail: S('STREET_ADDRESS', p.addr.detail),
            latitude: S('GEO_LOCATION', micro ? Math.round(home.lat * 1e6) : home.lat), longitude: S('GEO_LOCATION', micro ? Math.round(home.lng * 1e6) : home.lng),
            caution: i === 2 ? txt`放门口不要敲门，到了打${S('PHONE_NUMBER', v.cnMobile('sp'))}` : r.pick(['少辣', '不要葱香菜', '[顾客需要餐具]']),
            detail: items, total: H(v.amount(15, 200)), shipping_fee: H(v.amount(0, 8)), ctime: H(v.epochS()), utime: H(v.epochS()),
            logistics: { rider_name: S('PERSON_NAME', v.cnName()), rider_phone: S('PHONE_NUMBER', v.cnMobile()), rider_lat: S('GEO_LOCATION', rider.lat), rider_lng: S('GEO_LOCATION', rider.lng), status: 20 },
            invoice: i === 0 ? { title: H(v.companyCn()), tax_no: S('CN_USCC', v.uscc()) } : null,
          },
        },
      };
    },
  },
  {
    name: 'ecommerce-address-book',
    gen({ r, v }, i) {
      const list = [];
      for (let k = 0, n = r.int(2, 5); k < n; k++) {
        const p = v.cnPerson(); const a = p.addr;
        list.push({ addressId: H(r.digits(12)), consignee: S('PERSON_NAME', p.name), mobile: S('PHONE_NUMBER', v.fmtCnMobile(p.mobile, r.pick(['plain', 'plain', '+86sp']))), mobileMask: H(v.maskPhone(p.mobile)), provinceName: a.p, cityName: a.c, countyName: a.d, provinceId: a.region.code.slice(0, 2), cityId: a.region.code.slice(0, 4), detailAddress: S('STREET_ADDRESS', a.detail), fullAddress: S('STREET_ADDRESS', a.full), postCode: r.pick(['200030', '518057', '100010', '']), tag: r.pick(['家', '公司', '学校', '']), isDefault: k === 0, updateTime: H(v.epochMs()) });
      }
      return { method: 'GET', path: '/api/user/address/list', direction: 'response', body: { ret: ['SUCCESS::调用成功'], v: '1.0', data: { addressList: list, maxCount: 20, userId: H(r.digits(10)) } } };
    },
  },
  {
    name: 'courier-waybill',
    gen({ r, v }, i) {
      const j = v.cnPerson(); const d = v.cnPerson();
      return {
        method: 'POST', path: '/std/service/EXP_RECE_CREATE_ORDER', direction: 'request',
        body: {
          orderId: H(v.orderNo()), expressTypeId: 1, payMethod: 1, monthlyCard: H(r.digits(10)), isReturnRoutelabel: 1, language: 'zh-CN',
          contactInfoList: [
            { contactType: 1, contact: S('PERSON_NAME', j.name), mobile: S('PHONE_NUMBER', j.mobile), tel: i % 2 ? S('PHONE_NUMBER', v.cnLandline(j.region)) : '', company: H(v.companyCn()), province: j.addr.p, city: j.addr.c, county: j.addr.d, address: S('STREET_ADDRESS', j.addr.detail) },
            { contactType: 2, contact: S('PERSON_NAME', d.name), mobile: S('PHONE_NUMBER', i === 2 ? Number(d.mobile) : d.mobile), tel: '', province: d.addr.p, city: d.addr.c, county: d.addr.d, address: S('STREET_ADDRESS', i === 3 ? d.addr.full : d.addr.detail) },
          ],
          cargoDetails: [{ name: H(v.product()), count: H(r.int(1, 5)), unit: '件', weight: Number((r.next() * 10).toFixed(2)), amount: H(Number(v.amount(10, 8000))), currency: 'CNY', hsCode: H(r.digits(10)) }],
          customsInfo: i === 0 ? { declaredValue: H(v.amount(10, 900)), receiverIdNo: S('CN_RESIDENT_ID', d.id) } : undefined,
          extraInfoList: [{ attrName: 'sign_back', attrVal: '0' }],
          sendStartTm: H(v.cnTs()), remark: txt`易碎品 ${H(v.product())}`,
        },
      };
    },
  },
  {
    name: 'courier-batch-track',
    gen({ r, v }, i) {
      const rows = [];
      for (let k = 0, n = r.int(5, 15); k < n; k++) {
        const cour = v.cnName();
        rows.push({
          mailNo: H(v.tracking()), status: r.pick(['已揽收', '运输中', '派送中', '已签收']), receiverMask: H(v.maskName()), receiverPhoneMask: H(v.maskPhone()),
          lastNode: txt`【${r.pick(['深圳南山', '上海徐汇', '成都武侯'])}】快递员${S('PERSON_NAME', cour)}（${S('PHONE_NUMBER', v.cnMobile())}）正在为您派件`,
          weightKg: Number((r.next() * 5).toFixed(2)), updatedAt: H(v.cnTs()), routeCode: H(r.digits(3) + r.upper(2)),
        });
      }
      return { method: 'POST', path: '/open/api/track/batchQuery', direction: 'response', body: { success: true, errorCode: null, result: rows, serviceHotline: H(v.hotline()) } };
    },
  },
  {
    name: 'online-edu-enrolment',
    gen({ r, v }, i) {
      const kid = v.cnPerson({ y0: 2010, y1: 2018 }); const par = v.cnPerson({ y0: 1975, y1: 1990 });
      return {
        method: 'POST', path: '/edu/api/enroll/create', direction: 'request',
        body: {
          courseId: H(r.digits(8)), classId: H('C' + r.digits(7)), skuCode: H('SKU' + r.digits(9)), term: '2024秋季', price: H(v.amount(99, 6999)), couponCode: H(r.upper(8)),
          student: { studentName: S('PERSON_NAME', kid.name), gender: kid.genderZh, birthday: S('DATE_OF_BIRTH', v.fmtDate(kid.birth, i % 2 ? 'iso' : 'slash')), grade: r.pick(['三年级', '五年级', '初一']), school: `${kid.region.c}实验小学`, idCard: i === 2 ? S('CN_RESIDENT_ID', kid.id) : null },
          guardian: { guardianName: S('PERSON_NAME', par.name), relation: r.pick(['母亲', '父亲']), guardianMobile: S('PHONE_NUMBER', par.mobile), wechatId: r.pick(['', 'wxid_' + r.lower(10)]), email: i === 3 ? S('EMAIL_ADDRESS', par.email) : '' },
          shipping: { textbookReceiver: S('PERSON_NAME', par.name), textbookPhone: S('PHONE_NUMBER', par.mobile), textbookAddr: S('STREET_ADDRESS', par.addr.full) },
          utm: { source: 'douyin', campaign: H('cmp_' + r.digits(8)), clickId: H(r.hex(32)) }, clientVersion: H(v.version()),
        },
      };
    },
  },
  {
    name: 'hospital-fhir-bundle',
    gen({ r, v }, i) {
      const cn = i % 2 === 0; const p = cn ? v.cnPerson() : null; const w = cn ? null : v.westPerson(r.pick(['US', 'GB']));
      const pid = r.uuid();
      const patient = {
        resourceType: 'Patient', id: H(pid),
        identifier: cn ? [{ system: 'urn:oid:2.16.156.10011.1.3', value: S('CN_RESIDENT_ID', p.id) }, { system: 'urn:hospital:mrn', value: 'MZ' + r.digits(8) }] : [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: S('US_SSN', v.ssn('dash')) }, { system: 'urn:hospital:mrn', value: 'MRN' + r.digits(7) }],
        name: [cn ? { text: S('PERSON_NAME', p.name) } : { family: S('PERSON_NAME', w.last), given: [S('PERSON_NAME', w.first)] }],
        telecom: [{ system: 'phone', value: S('PHONE_NUMBER', cn ? p.mobile : w.phone), use: 'mobile' }, { system: 'email', value: S('EMAIL_ADDRESS', cn ? p.email : w.email) }],
        gender: r.pick(['male', 'female']), birthDate: S('DATE_OF_BIRTH', v.fmtDate(cn ? p.birth : w.birth, 'iso')),
        address: [cn ? { text: S('STREET_ADDRESS', p.addr.full) } : { line: [S('STREET_ADDRESS', w.addr.line1)], city: w.addr.city, postalCode: w.addr.postal }],
      };
      const obs = [];
      for (const [code, disp, unit, lo, hi] of r.sample([['718-7', 'Hemoglobin', 'g/dL', 11, 17], ['2345-7', 'Glucose', 'mg/dL', 70, 140], ['6690-2', 'WBC', '10*3/uL', 4, 11], ['2093-3', 'Cholesterol', 'mg/dL', 150, 260]], 3)) {
        obs.push({ fullUrl: `urn:uuid:${r.uuid()}`, resource: { resourceType: 'Observation', id: H(r.uuid()), status: 'final', code: { coding: [{ system: 'http://loinc.org', code: H(code), display: disp }] }, subject: { reference: `Patient/${pid}` }, effectiveDateTime: H(v.isoTs()), valueQuantity: { value: H(Number((lo + r.next() * (hi - lo)).toFixed(1))), unit }, performer: [{ display: cn ? S('PERSON_NAME', v.cnName()) : txt`Dr. ${S('PERSON_NAME', v.westName('US'))}` }] } });
      }
      return { method: 'GET', path: `/fhir/R4/Patient/${pid}/$everything`, direction: 'response', body: { resourceType: 'Bundle', type: 'searchset', total: obs.length + 1, entry: [{ fullUrl: `urn:uuid:${pid}`, resource: patient }, ...obs] } };
    },
  },
  {
    name: 'hospital-his-legacy',
    gen({ r, v }, i) {
      const p = v.cnPerson();
      const jg = [];
      for (const [xm, dw, ck] of r.sample([['白细胞计数', '10^9/L', '3.5-9.5'], ['血红蛋白', 'g/L', '130-175'], ['谷丙转氨酶', 'U/L', '9-50'], ['肌酐', 'umol/L', '57-111'], ['空腹血糖', 'mmol/L', '3.9-6.1']], r.int(3, 5))) jg.push({ XMDM: H(r.digits(6)), XMMC: xm, JG: String((r.next() * 100).toFixed(2)), DW: dw, CKFW: ck, YCBZ: r.pick(['', '↑', '↓']) });
      return {
        method: 'POST', path: '/HisWebService/LIS/GetReport', direction: 'response',
        body: {
          RESULTCODE: '1', RESULTMSG: '成功', MZH: H(r.digits(10)), ZYH: '', BGDH: H(v.compactTs() + r.digits(4)),
          BRXM: S('PERSON_NAME', p.name), BRXB: p.genderZh, NL: `${2024 - Number(p.birth.slice(0, 4))}岁`, CSRQ: S('DATE_OF_BIRTH', v.fmtDate(p.birth, 'iso') + ' 00:00:00'),
          SFZH: S('CN_RESIDENT_ID', p.id), LXDH: S('PHONE_NUMBER', i === 1 ? Number(p.mobile) : p.mobile), JTDZ: S('STREET_ADDRESS', p.addr.full), YBKH: H(r.digits(10)),
          KSMC: r.pick(['内分泌科', '消化内科', '体检中心']), SJYS: S('PERSON_NAME', v.cnName()), JYYS: S('PERSON_NAME', v.cnName()), SHYS: S('PERSON_NAME', v.cnName()),
          CJSJ: H(v.cnTs()), BGSJ: H(v.cnTs()), BBLX: '血清', TMH: H(r.digits(12)), JYJG: jg,
          LCZD: i === 2 ? txt`患者${S('PERSON_NAME', p.name)}，${p.genderZh}，主诉乏力三月，既往2型糖尿病史` : '2型糖尿病',
        },
      };
    },
  },
  {
    name: 'pharmacy-receta',
    gen({ r, v }, i) {
      const w = v.westPerson('ES'); const med = v.westParts('ES');
      const meds = [];
      for (const [d, pres] of r.sample([['Amoxicilina 500 mg cápsulas', 'cada 8 horas, 7 días'], ['Ibuprofeno 600 mg comprimidos', 'cada 12 horas si dolor'], ['Omeprazol 20 mg', '1 al día en ayunas'], ['Metformina 850 mg', '2 al día con comidas']], r.int(1, 3))) meds.push({ codigoNacional: H(r.digits(6) + '.' + r.digits(1)), codigoEAN: H(v.ean13()), descripcion: d, posologia: pres, cantidad: H(r.int(1, 3)), lote: H(r.upper(2) + r.digits(5)), caducidad: H('2026-' + pad(r.int(1, 12))) });
      return {
        method: 'POST', path: '/receta-electronica/v1/dispensaciones', direction: 'request',
        body: {
          idReceta: H(r.digits(16)), fechaPrescripcion: H(v.recentDate()), farmacia: { codigo: H('F' + r.digits(5)), nombre: 'Farmacia Central Lda.' },
          paciente: {
            nombre: S('PERSON_NAME', w.first), apellidos: S('PERSON_NAME', w.last), fechaNacimiento: S('DATE_OF_BIRTH', v.fmtDate(w.birth, 'eu')), sexo: r.pick(['H', 'M']),
            telefono: S('PHONE_NUMBER', w.phone), correo: i % 2 ? S('EMAIL_ADDRESS', w.email) : null, direccion: S('STREET_ADDRESS', `${w.addr.line1}, ${w.addr.postal} ${w.addr.city}`), tarjetaSanitaria: H(r.upper(4) + r.digits(12)),
          },
          medico: { nombreCompleto: txt`Dra. ${S('PERSON_NAME', med.full)}`, numColegiado: H(r.digits(9)), especialidad: 'Medicina Familiar' },
          medicamentos: meds, aportacion: { porcentaje: 40, importe: H(Number(v.amount(1, 60))) },
          observaciones: i === 2 ? txt`Paciente alérgica a penicilina. Contactar al ${S('PHONE_NUMBER', v.intlPhone('ES'))} antes de dispensar.` : '',
        },
      };
    },
  },
  {
    name: 'crm-export-legacy',
    gen({ r, v }, i) {
      const rows = [];
      for (let k = 0, n = r.int(6, 14); k < n; k++) {
        const p = v.cnPerson();
        const attrKind = r.pick(['email', 'birthday', 'wechat', 'vip_level']);
        const attr = attrKind === 'email' ? S('EMAIL_ADDRESS', p.email) : attrKind === 'birthday' ? S('DATE_OF_BIRTH', v.fmtDate(p.birth, 'slash')) : attrKind === 'wechat' ? 'wx_' + r.lower(8) : r.pick(['V1', 'V2', 'V3']);
        rows.push({
          F_CUST_ID: H(r.digits(10)), F_CUST_NM: S('PERSON_NAME', p.name), F_CUST_SEX: p.gender === 'M' ? 1 : 0, F_CERT_TP: '01', F_CERT_NO: k % 4 === 1 ? H(v.maskId(p.id)) : S('CN_RESIDENT_ID', p.id),
          c_tel_1: S('PHONE_NUMBER', Number(p.mobile)), c_tel_2: k % 3 === 0 ? S('PHONE_NUMBER', v.cnLandline(p.region)) : '', c_addr_h: S('STREET_ADDRESS', p.addr.full),
          attr_07_nm: attrKind, attr_07: attr, attr_08_nm: 'last_order_no', attr_08: H(v.orderNo()), attr_09_nm: 'ltv_amt', attr_09: H(v.amount(0, 90000)),
          F_CRT_TM: H(v.compactTs()), F_SRC_SYS: r.pick(['POS', 'EC', 'CALLCENTER']),
        });
      }
      return { method: 'GET', path: `/dw/export/T_CRM_CUST?page=${i + 1}&size=50`, direction: 'response', body: { page: i + 1, size: 50, total: H(r.int(10000, 900000)), columns_desc: { F_CUST_NM: '客户名称', c_tel_1: '联系电话1', c_addr_h: '家庭地址' }, rows } };
    },
  },
  {
    name: 'crm-custom-fields',
    gen({ r, v }, i) {
      const w = i % 2 ? v.westPerson(r.pick(['US', 'DE', 'GB'])) : null; const p = i % 2 ? null : v.cnPerson();
      const name = w ? w.full : p.name; const phone = w ? w.phone : p.mobile; const email = w ? w.email : p.email;
      const fields = r.shuffle([
        { key: 'field1', label: w ? 'Full name' : '客户姓名', type: 'text', value: S('PERSON_NAME', name) },
        { key: 'field3', label: w ? 'Mobile' : '手机号', type: 'phone', value: S('PHONE_NUMBER', phone) },
        { key: 'field4', label: w ? 'Email' : '邮箱', type: 'email', value: S('EMAIL_ADDRESS', email) },
        { key: 'field7', label: w ? 'Order #' : '订单号', type: 'text', value: H(v.orderNo()) },
        { key: 'field8', label: w ? 'Budget' : '预算', type: 'number', value: H(r.int(1, 90) * 1000) },
        { key: 'field9', label: w ? 'Birthday' : '生日', type: 'date', value: S('DATE_OF_BIRTH', v.fmtDate(w ? w.birth : p.birth, 'iso')) },
      ]);
      return {
        method: 'GET', path: `/crm/v3/objects/contacts/${r.digits(9)}?properties=all`, direction: 'response',
        body: {
          id: H(r.digits(11)), createdAt: H(v.isoTs()), archived: false,
          properties: { hs_object_id: H(r.digits(11)), firstname: S('PERSON_NAME', w ? w.first : p.name), lifecyclestage: 'lead', hs_analytics_source: 'ORGANIC_SEARCH', v1: S('PHONE_NUMBER', phone), v1_type: 'mobile', v2: w ? S('STREET_ADDRESS', w.addr.full) : S('STREET_ADDRESS', p.addr.full), v2_type: 'home_address', v3: H(v.sha256()), v3_type: 'dedupe_hash', data: S('EMAIL_ADDRESS', email) },
          form_submission: { formId: H(r.uuid()), fields },
        },
      };
    },
  },
];
