'use strict';
const P = require('../lib/pii');
const G = require('../lib/neg');
const C = require('../lib/checks');
const { L, N, tx, jsonStr, b64, urlenc, qs } = require('../lib/mark');

module.exports = [
  // ---------------------------------------------------------------- electricity bill (pinyin camelCase)
  { name: 'utility_bill_power', gen(r, i) {
    const n = P.cnName(r), a = P.cnAddress(r);
    const tiers = [{ dang: 1, duShu: N(r.int(50, 230)), danJia: N(0.617) }, { dang: 2, duShu: N(r.int(0, 170)), danJia: N(0.667) }, { dang: 3, duShu: N(r.int(0, 60)), danJia: N(0.917) }];
    const body = { fanHuiMa: '0000', shuJu: {
      huHao: N(r.digits(10)), huMing: L('PERSON_NAME', n.zh), yongDianDiZhi: L('STREET_ADDRESS', a.full), lianXiDianHua: L('PHONE_NUMBER', i === 2 ? P.cnLandline(r) : P.cnMobile(r)),
      zhangDanYueFen: '2024' + P.pad(r.int(1, 6), 2), dianBiaoHao: N('3' + r.digits(21)), qiMaShu: N(r.float(1000, 9000, 2)), zhiMaShu: N(r.float(9000, 12000, 2)),
      yongDianLiang: N(r.int(80, 600)), jieTiMingXi: tiers, yingJiaoJinE: N(G.amount(r, 40, 600)), zhiNaJin: N(0), jiaoFeiJieZhiRi: N(G.date(r)),
      daiKou: i % 2 ? { yinHang: r.pick(['建设银行', '工商银行', '上海银行']), zhangHao: L('BANK_ACCOUNT', P.bankAccount(r, 'cnCorp')), qianYueRen: L('PERSON_NAME', n.zh) } : { yinHang: '未签约', zhangHao: '' },
      keFuDianHua: N('95598'), gongDianDanWei: `国网${a.city.replace(/市$/, '')}供电公司` } };
    return i % 2 ? { method: 'GET', path: `/api/dianfei/zhangdan?huHao=${r.digits(10)}`, direction: 'response', body } : { method: 'POST', path: '/api/dianfei/zhangdan/query', direction: 'response', body };
  } },

  // ---------------------------------------------------------------- gas prepaid card recharge (kebab-case)
  { name: 'gas_prepay', gen(r, i) {
    const n = P.cnName(r), a = P.cnAddress(r);
    const body = { 'customer-no': N(r.digits(12)), 'customer-name': L('PERSON_NAME', n.zh), 'meter-address': L('STREET_ADDRESS', a.short), 'card-serial': N(r.hex(16).toUpperCase()),
      'meter-model': r.pick(['G2.5-IC', 'G4-IC']), 'topup-amount': N(r.pick([100, 200, 300, 500])), 'gas-volume-m3': N(r.float(30, 160, 2)), 'unit-price': N(3.15),
      'pay-channel': r.pick(['alipay', 'wechat', 'unionpay-app']), 'payer-mobile': L('PHONE_NUMBER', P.cnPhone(r)), 'request-time': N(G.epochMs(r)), 'trace-id': N(G.uuid(r)),
      'x-client-ip': L('IP_ADDRESS', P.ip(r)), 'operator-id': N(G.empNo(r)), 'receipt-url': N(`https://gas.example.cn/r/${r.alnum(10)}`) };
    if (i === 3) body['notify-query'] = qs([['name', L('PERSON_NAME', n.zh)], ['mobile', L('PHONE_NUMBER', P.cnMobile(r))], ['amt', String(body['topup-amount'].leaf)], ['ts', String(G.epoch(r))]]);
    return i % 2 ? { method: 'POST', path: '/gas/v1/prepay/recharge', direction: 'request', body } : { method: 'GET', path: `/gas/v1/prepay/orders/${r.digits(10)}`, direction: 'response', body: { ok: true, data: body } };
  } },

  // ---------------------------------------------------------------- residential visitor registration (property management)
  { name: 'visitor_registration', gen(r, i) {
    const one = () => { const v = P.cnName(r), id = P.cnId(r); return {
      visitorName: L('PERSON_NAME', v.zh), visitorPhone: L('PHONE_NUMBER', P.cnMobile(r)), idCardNo: r.chance(0.7) ? L('CN_RESIDENT_ID', id.id) : N(G.maskedId(r)),
      plateNo: r.chance(0.6) ? L('LICENSE_PLATE', P.plate(r)) : '', visitReason: r.pick(['探亲', '装修', '快递', '家政', '访友']), hostRoom: N(`${r.int(1, 30)}-${r.int(1, 4)}-${r.int(1, 33)}0${r.int(1, 4)}`),
      hostName: L('PERSON_NAME', P.cnName(r).zh), hostPhone: N(G.maskedPhone(r)), expectedArrival: N(G.epochMs(r)), visitId: N(G.orderNo(r, 'V')), faceImageId: N(G.uuid(r)) }; };
    if (i % 2 === 0) return { method: 'POST', path: '/wuye/api/visitor/register', direction: 'request', body: Object.assign({ communityId: N(r.digits(8)), gate: r.pick(['东门', '南门', '地库入口']) }, one()) };
    return { method: 'GET', path: '/wuye/api/visitor/list?date=today', direction: 'response', body: { community: r.pick(['万科城三期', '绿地海珀', '保利天悦']), total: N(r.int(20, 200)), items: r.times(r.int(5, 10), one) } };
  } },

  // ---------------------------------------------------------------- gym membership (Portuguese keys)
  { name: 'gym_membership_pt', gen(r, i) {
    const n = P.ptName(r), a = P.brAddress(r), ec = P.ptName(r);
    const body = {
      matricula: N(r.digits(8)), nomeCompleto: L('PERSON_NAME', n.full), dataNascimento: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r, 16, 65), 'dmy')), telefone: L('PHONE_NUMBER', P.intlPhone(r, 'BR')),
      email: L('EMAIL_ADDRESS', P.email(r, n, r.pick(['gmail.com', 'uol.com.br', 'hotmail.com']))),
      endereco: { logradouro: L('STREET_ADDRESS', a.line1), bairro: a.bairro, cidade: a.cidade, uf: a.uf, cep: N(a.cep) },
      plano: { nome: r.pick(['Anual Black', 'Mensal Smart', 'Semestral Fit']), valorMensal: N(r.pick([99.9, 129.9, 149.9])), inicio: N(G.date(r)), fim: N(G.date(r, 2025)), unidade: r.pick(['Paulista', 'Pinheiros', 'Moema']) },
      pagamento: i % 2 ? { forma: 'cartao_credito', cartao: L('PAYMENT_CARD', P.fmtCard(P.card(r, r.pick(['visa', 'mastercard'])), 'space')), titular: L('PERSON_NAME', n.full.toUpperCase()), validade: N(`${P.pad(r.int(1, 12), 2)}/${r.int(26, 30)}`) }
        : { forma: 'pix', chave: L('EMAIL_ADDRESS', P.email(r, n, 'gmail.com')), ultimosDigitos: N(G.last4(r)) },
      contatoEmergencia: { nome: L('PERSON_NAME', ec.full), telefone: L('PHONE_NUMBER', P.intlPhone(r, 'BR')), parentesco: r.pick(['mãe', 'irmão', 'cônjuge']) },
      checkins: r.times(r.int(3, 8), () => ({ unidade: r.pick(['Paulista', 'Pinheiros']), dataHora: N(G.iso(r)), catraca: N(r.int(1, 6)) })),
    };
    return i % 2 ? { method: 'POST', path: '/api/v1/alunos', direction: 'request', body } : { method: 'GET', path: `/api/v1/alunos/${r.digits(8)}`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- dating app
  { name: 'dating_profile', gen(r, i) {
    if (i % 2 === 0) {
      const results = r.times(r.int(3, 6), () => { const cn = r.chance(0.5); const n = cn ? P.cnName(r) : P.enName(r); const ph = cn ? P.cnMobile(r) : P.intlPhone(r, 'US');
        const bio = r.pick([
          tx(cn ? '喜欢爬山和咖啡，真诚交友，不聊的勿扰～' : 'Dog mom. Tacos > everything. Looking for my hiking buddy'),
          tx(cn ? '这里不常上，加我 v 或者直接打 ' : "Not on here much, text me ", ['PHONE_NUMBER', ph], cn ? ' 备注来意' : ' 🙂'),
          tx(cn ? '工作邮箱 ' : 'ig @', cn ? ['EMAIL_ADDRESS', P.email(r, n)] : 'sunny.days_' + r.digits(2), cn ? ' 有事找我' : ' — slide in'),
        ]);
        return { _id: N(G.objectId(r)), name: L('PERSON_NAME', cn ? n.given : n.first), birth_date: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r, 21, 45), 'iso') + 'T00:00:00.000Z'), gender: r.int(0, 1), bio,
          distance_mi: N(r.int(1, 40)), photos: r.times(r.int(2, 4), () => ({ id: N(G.uuid(r)), url: `https://images-ssl.example.com/${r.hex(24)}/640x800_${r.hex(8)}.jpg` })),
          jobs: [{ title: r.pick(['Designer', '产品经理', 'Nurse', '律师']), company: N(G.company(r)) }], s_number: N(Number(r.digits(12))), teaser: { type: 'school', string: r.pick(['NYU', '复旦大学', 'UCLA']) } }; });
      return { method: 'GET', path: '/v2/recs/core?locale=en', direction: 'response', body: { meta: { status: 200 }, data: { results } } };
    }
    const cn = i === 1; const n = cn ? P.cnName(r) : P.enName(r); const g = P.geo(r);
    const body = { full_name: L('PERSON_NAME', cn ? n.zh : n.full), email: L('EMAIL_ADDRESS', P.email(r, n)), phone_number: L('PHONE_NUMBER', cn ? P.fmtCn(P.cnMobile(r), '+86') : P.intlPhone(r, 'US')),
      birthday: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r, 21, 45), 'iso')), gender_pref: r.pick(['M', 'F', 'ANY']), age_filter_min: 24, age_filter_max: 35,
      pos: { lat: L('GEO_LOCATION', g.lat), lon: L('GEO_LOCATION', g.lng), at: N(G.epochMs(r)) }, bio: tx(cn ? '周末常在' : 'Usually around ', cn ? '静安寺附近' : 'Wicker Park', cn ? '，喜欢猫。' : ', cat person.'),
      app_version: N(G.build(r)), device_id: N(G.uuid(r).toUpperCase()) };
    return { method: 'POST', path: '/v2/profile', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- social media DMs
  { name: 'social_dm', gen(r, i) {
    const me = P.cnName(r), other = P.enName(r);
    const pool = [
      () => tx('在吗？明天的聚会地址发你了'),
      () => tx('我的新号码 ', ['PHONE_NUMBER', P.cnPhone(r)], '，旧号不用了'),
      () => tx('Sure, send the contract to ', ['EMAIL_ADDRESS', P.email(r, other)], ' and I will sign tonight'),
      () => tx('快递寄到 ', ['STREET_ADDRESS', P.cnAddress(r).full], '，收件人', ['PERSON_NAME', P.cnName(r).zh]),
      () => tx('哈哈哈哈 笑死我了'),
      () => tx('order #', N(G.orderNo(r)), ' still not shipped?? 😤'),
      () => tx('帮我订票要身份证号吗？', ['CN_RESIDENT_ID', P.cnId(r).id]),
      () => tx('ok 👍'),
      () => tx('wifi password is ', ['CREDENTIAL', P.password(r)], ' btw'),
      () => tx('周六下午三点，老地方见'),
      () => tx('刚转你了，卡号尾号', N(r.digits(4)), '那张'),
    ];
    const uids = [r.digits(15), r.digits(15)];
    const msgs = r.times(r.int(6, 12), () => ({ id: N(G.snowflake(r)), sender_id: N(r.pick(uids)), text: r.pick(pool)(), created_at: N(G.iso(r)),
      entities: { hashtags: [], urls: [] }, reactions: r.chance(0.3) ? [{ emoji: '❤️', count: 1 }] : [] }));
    const body = { conversation_id: N(`${r.digits(19)}-${r.digits(19)}`), participants: [
      { user_id: N(uids[0]), screen_name: '@' + me.pySur.toLowerCase() + r.digits(3), display_name: L('PERSON_NAME', me.zh), verified: false },
      { user_id: N(uids[1]), screen_name: '@' + other.first.toLowerCase() + '_' + r.digits(2), display_name: L('PERSON_NAME', other.full), verified: r.chance(0.2) }],
      messages: msgs, next_cursor: N(b64(r.hex(12)).leaf) };
    return i % 2 ? { method: 'POST', path: '/1.1/dm/conversations/sync', direction: 'request', body } : { method: 'GET', path: `/1.1/dm/conversations/${r.digits(10)}/messages`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- blood donation (Chinese keys)
  { name: 'blood_donation', gen(r, i) {
    const n = P.cnName(r), foreign = i === 3; const id = P.cnId(r, P.dob(r, 18, 55));
    const fn = P.enName(r);
    const body = {
      献血者信息: { 姓名: L('PERSON_NAME', foreign ? fn.full : n.zh), 性别: id.female ? '女' : '男', 出生日期: L('DATE_OF_BIRTH', P.fmtDate(foreign ? P.dob(r, 20, 50) : id.birth, i === 1 ? 'zh' : 'iso')),
        证件类型: foreign ? '护照' : '居民身份证', 证件号码: foreign ? L('PASSPORT_NUMBER', P.passport(r, r.pick(['US', 'DE', 'JP']))) : L('CN_RESIDENT_ID', id.id),
        手机号码: L('PHONE_NUMBER', P.cnMobile(r)), ABO血型: r.pick(['A', 'B', 'O', 'AB']), RhD: r.pick(['阳性', '阳性', '阴性']), 常住地址: L('STREET_ADDRESS', P.cnAddress(r).full), 工作单位: N(G.company(r)) },
      献血记录: { 献血码: N('31' + r.digits(12)), 献血量ml: N(r.pick([200, 300, 400])), 献血类型: r.pick(['全血', '机采血小板']), 采血点: r.pick(['人民广场献血屋', '徐家汇献血点', '流动采血车-浦东']),
        采血时间: N(G.dt(r)), 体检: { 血红蛋白: N(r.int(120, 165)), 血压: `${r.int(105, 135)}/${r.int(65, 85)}`, 体重kg: N(r.int(50, 90)), 谷丙转氨酶: N(r.int(8, 40)) } },
      既往献血次数: N(r.int(0, 30)), 累计献血量ml: N(r.int(0, 30) * 200), 荣誉: r.pick(['无', '无偿献血奉献奖铜奖']),
    };
    return i % 2 ? { method: 'GET', path: `/xzz/api/xianxue/jilu/${r.digits(12)}`, direction: 'response', body } : { method: 'POST', path: '/xzz/api/xianxue/dengji', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- vaccination records (Vietnamese keys)
  { name: 'vaccination_vn', gen(r, i) {
    const child = i % 2 === 1; const n = P.vnName(r), g = P.vnName(r);
    const body = {
      maHoSo: N(`HS${r.digits(10)}`), hoTen: L('PERSON_NAME', n.full), ngaySinh: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r, child ? 0 : 18, child ? 10 : 70), 'dmy')), gioiTinh: r.pick(['Nam', 'Nữ']),
      soDienThoai: child ? '' : L('PHONE_NUMBER', P.intlPhone(r, 'VN')), diaChi: L('STREET_ADDRESS', P.vnAddress(r)), maBHYT: N(r.upper(2) + r.digits(13)),
      muiTiem: r.times(r.int(1, 5), (k) => ({ stt: k + 1, tenVaccine: r.pick(child ? ['Hexaxim', 'Rotarix', 'MMR II', 'Varivax'] : ['Comirnaty', 'Vaxzevria', 'Gardasil 9', 'Influvac Tetra']),
        soLo: N(r.upper(2) + r.digits(4)), ngayTiem: N(G.date(r)), coSoTiem: r.pick(['Trung tâm Y tế Quận 1', 'VNVC Hoàng Văn Thụ', 'Bệnh viện Nhi Trung ương']), phanUngSauTiem: r.pick(['Không', 'Sốt nhẹ']) })),
      nguoiGiamHo: child ? { hoTen: L('PERSON_NAME', g.full), quanHe: r.pick(['Mẹ', 'Bố']), soDienThoai: L('PHONE_NUMBER', P.intlPhone(r, 'VN')) } : null,
      ghiChu: i === 2 ? tx('Liên hệ lại qua email ', ['EMAIL_ADDRESS', P.email(r, n, 'gmail.com')], ' để nhận giấy xác nhận') : '',
    };
    return i % 2 ? { method: 'GET', path: `/api/tiemchung/hoso/${r.digits(10)}`, direction: 'response', body } : { method: 'POST', path: '/api/tiemchung/dangky', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- dental clinic booking (Korean keys)
  { name: 'dental_kr', gen(r, i) {
    const n = P.krName(r), dr = P.krName(r);
    const body = {
      예약번호: N(`R${r.digits(10)}`), 환자: { 이름: L('PERSON_NAME', n.full), 생년월일: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r), 'kr')), 연락처: L('PHONE_NUMBER', P.intlPhone(r, 'KR')),
        이메일: L('EMAIL_ADDRESS', P.email(r, null, r.pick(['naver.com', 'daum.net', 'gmail.com']))), 주소: L('STREET_ADDRESS', P.krAddress(r)), 차트번호: N(r.digits(7)) },
      진료: { 예약일시: N(G.iso(r)), 진료과목: r.pick(['임플란트', '스케일링', '교정 상담', '신경치료']), 담당의: L('PERSON_NAME', dr.full, dr.full + ' 원장'), 치아번호: [r.int(11, 48), r.int(11, 48)], 예상비용: N(r.pick([50000, 1200000, 35000, 450000])) },
      메모: tx('오후 진료 선호. 보호자 연락처 ', ['PHONE_NUMBER', P.intlPhone(r, 'KR')]),
      결제: i >= 2 ? { 카드번호: L('PAYMENT_CARD', P.fmtCard(P.card(r, r.pick(['visa', 'mastercard'])), 'dash')), 할부: '일시불', 승인번호: N(r.digits(8)) } : { 방법: '현장결제' },
      알림동의: r.pick([true, false]),
    };
    return i % 2 ? { method: 'POST', path: '/api/예약', direction: 'request', body } : { method: 'GET', path: `/api/예약/${r.digits(6)}`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- veterinary clinic (owner data; pet dob is NOT a person's DOB)
  { name: 'vet_clinic', gen(r, i) {
    const uk = i % 2 === 1; const o = P.enName(r); const a = uk ? P.ukAddress(r) : P.usAddress(r);
    const body = {
      patient_id: N(`PT-${r.digits(6)}`),
      pet: { name: r.pick(['Biscuit', 'Luna', 'Max', 'Mochi', 'Pepper', 'Rocky']), species: r.pick(['canine', 'feline']), breed: r.pick(['Beagle', 'Maine Coon', 'Labrador', 'Shiba Inu']),
        dob: N(G.date(r, r.int(2012, 2022))), sex: r.pick(['MN', 'FS', 'M', 'F']), microchip: N(r.pick(['985', '900', '956']) + r.digits(12)), weight_kg: N(r.float(3, 40, 1)) },
      owner: { first_name: L('PERSON_NAME', o.first), last_name: L('PERSON_NAME', o.last), phone: L('PHONE_NUMBER', P.intlPhone(r, uk ? 'UK' : 'US')), email: L('EMAIL_ADDRESS', P.email(r, o)),
        address: { line1: L('STREET_ADDRESS', a.line1), city: a.city, postcode: N(a.zip) }, secondary_contact: i === 2 ? tx('Partner ', ['PERSON_NAME', P.enName(r).full], ' can also pick up') : null },
      visits: r.times(r.int(2, 5), () => ({ date: N(G.date(r)), reason: r.pick(['annual vaccines', 'limping left hind', 'dental cleaning', 'ear infection']), vet: ((v) => L('PERSON_NAME', v, `Dr. ${v}`))(P.enName(r).last), invoice_no: N(`INV-${r.digits(7)}`), total: N(G.amount(r, 45, 900)) })),
      reminders: [{ type: 'rabies booster', due: N(G.date(r, 2025)) }],
    };
    return i % 2 ? { method: 'GET', path: `/api/patients/${r.digits(6)}`, direction: 'response', body } : { method: 'PUT', path: `/api/patients/${r.digits(6)}`, direction: 'request', body };
  } },

  // ---------------------------------------------------------------- public library loans (Dutch keys)
  { name: 'library_nl', gen(r, i) {
    const n = P.nlName(r), a = P.nlAddress(r);
    const body = {
      lener: { lenernummer: N('2' + r.digits(13)), naam: L('PERSON_NAME', n.full), geboortedatum: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r, 8, 80), i % 2 ? 'dmy' : 'iso')), email: L('EMAIL_ADDRESS', P.email(r, n, r.pick(['ziggo.nl', 'kpnmail.nl', 'gmail.com']))),
        telefoon: L('PHONE_NUMBER', P.intlPhone(r, 'NL')), adres: L('STREET_ADDRESS', a.line1), postcode: N(a.zip), woonplaats: a.city, abonnement: r.pick(['Volwassen Basis', 'Jeugd', 'Volwassen Plus']) },
      uitleningen: r.times(r.int(3, 8), () => ({ titel: r.pick(['De avond is ongemak', 'Het diner', 'Max Havelaar', 'Tonio', 'Kinderen van de wind', 'Sapiens']), isbn: N(G.ean13(r, '978')),
        exemplaar: N('3' + r.digits(11)), uitleendatum: N(G.date(r)), vervaldatum: N(G.date(r)), verlengd: r.int(0, 2), boete: N(r.pick([0, 0, 0.5, 1.2])) })),
      reserveringen: r.times(r.int(0, 2), () => ({ titel: 'Het smelt', positie: r.int(1, 12) })), openstaandBedrag: N(r.pick([0, 1.5, 3.6])),
    };
    if (i === 3) body.lener.iban = L('BANK_ACCOUNT', P.iban(r, 'NL', true));
    return i % 2 ? { method: 'GET', path: `/api/lener/${r.digits(6)}/uitleningen`, direction: 'response', body } : { method: 'PATCH', path: `/api/lener/${r.digits(6)}`, direction: 'request', body };
  } },

  // ---------------------------------------------------------------- parish / NGO member list (Russian-transliterated keys)
  { name: 'ngo_members_ru', gen(r, i) {
    const chleny = r.times(r.int(5, 12), () => { const n = P.ruName(r); return {
      nomer_chlena: N(r.digits(6)), familiya: L('PERSON_NAME', n.fam), imya: L('PERSON_NAME', n.imya), otchestvo: L('PERSON_NAME', n.otch),
      data_rozhdeniya: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r, 18, 85), 'dot')), telefon: L('PHONE_NUMBER', P.intlPhone(r, 'RU')), adres: L('STREET_ADDRESS', P.ruAddress(r)),
      pochta: r.chance(0.5) ? L('EMAIL_ADDRESS', P.email(r, null, r.pick(['mail.ru', 'yandex.ru']))) : null, vznos_rub: N(r.pick([500, 1000, 3000])), data_vstupleniya: N(G.date(r, r.int(2005, 2023))), status: r.pick(['aktiven', 'priostanovlen']) }; });
    const body = { obshchina: r.pick(['Приход Святого Николая', 'Благотворительный фонд «Добро»']), inn_organizatsii: N(r.digits(10)), vygruzka: N(G.iso(r)), chleny };
    return i % 2 ? { method: 'POST', path: '/api/obshchina/chleny/import', direction: 'request', body } : { method: 'GET', path: '/api/obshchina/chleny?limit=50', direction: 'response', body };
  } },

  // ---------------------------------------------------------------- marathon registration
  { name: 'marathon_registration', gen(r, i) {
    const kind = ['ID', 'PP', 'HM', 'ID'][i];
    const n = kind === 'PP' ? P.enName(r) : P.cnName(r);
    const id = P.cnId(r, P.dob(r, 18, 60));
    let idNo;
    if (kind === 'ID') idNo = L('CN_RESIDENT_ID', id.id); else if (kind === 'PP') idNo = L('PASSPORT_NUMBER', P.passport(r, r.pick(['US', 'UK', 'JP', 'KR'])));
    else idNo = L('CN_HK_MACAU_PERMIT', P.hkMacauPermit(r, r.pick(['H', 'M'])));
    const ec = P.cnName(r);
    const body = {
      raceId: 'SHM2024', category: r.pick(['全程马拉松', '半程马拉松', '健康跑']), bibNo: N(`A${r.digits(5)}`), entryStatus: r.pick(['中签', '待抽签']),
      runner: { name: L('PERSON_NAME', kind === 'PP' ? n.full : n.zh), gender: r.pick(['M', 'F']), idType: { ID: '身份证', PP: '护照', HM: '港澳居民来往内地通行证' }[kind], idNo,
        birthday: L('DATE_OF_BIRTH', P.fmtDate(kind === 'ID' ? id.birth : P.dob(r, 20, 60), 'iso')), mobile: L('PHONE_NUMBER', kind === 'HM' ? P.intlPhone(r, 'HK') : P.cnMobile(r)),
        email: L('EMAIL_ADDRESS', P.email(r, n)), bloodType: r.pick(['A', 'B', 'O', 'AB']), tshirt: r.pick(['S', 'M', 'L', 'XL']), pb: N(`${r.int(2, 5)}:${P.pad(r.int(0, 59), 2)}:${P.pad(r.int(0, 59), 2)}`) },
      emergencyContact: { name: L('PERSON_NAME', ec.zh), relation: r.pick(['配偶', '父亲', '朋友']), mobile: L('PHONE_NUMBER', P.cnMobile(r)) },
      medicalCertFileId: N(G.uuid(r)), payment: { orderNo: N(G.orderNo(r, 'M')), amount: N(r.pick([200, 150, 100])), paidAt: N(G.dt(r)) },
    };
    return i % 2 ? { method: 'GET', path: `/api/race/entries/${r.digits(8)}`, direction: 'response', body: { code: 0, data: body } } : { method: 'POST', path: '/api/race/entries', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- concert tickets with real-name viewers
  { name: 'concert_realname', gen(r, i) {
    const tickets = r.times(r.int(1, 4), () => { const k = r.pick(['ID_CARD', 'ID_CARD', 'ID_CARD', 'HK_MO_RESIDENT', 'PASSPORT']); const n = k === 'PASSPORT' ? P.krName(r).full : P.cnName(r).zh;
      const cert = k === 'ID_CARD' ? L('CN_RESIDENT_ID', P.cnId(r).id) : k === 'PASSPORT' ? L('PASSPORT_NUMBER', P.passport(r, 'KR')) : L('CN_HK_MACAU_PERMIT', P.hkMacauPermit(r, r.pick(['H', 'M'])));
      return { ticketNo: N(`T${r.digits(15)}`), area: r.pick(['内场A区', '看台213', '看台108', 'VIP']), row: N(r.int(1, 40)), seat: N(r.int(1, 60)), price: N(r.pick([380, 680, 980, 1280, 1680])),
        viewer: { realName: L('PERSON_NAME', n), certType: k, certNo: cert }, ticketSerial: N(`${r.upper(2)}${r.digits(14)}`) }; });
    const body = { orderId: N(G.orderNo(r)), show: { name: r.pick(['2024 时光巡回演唱会-上海站', 'NOVA 世界巡演 北京站', '周末音乐节 Day 1']), sessionTime: N(G.dt(r)), venue: r.pick(['梅赛德斯-奔驰文化中心', '国家体育场', '深圳湾体育中心']) },
      tickets, buyer: { mobile: i % 2 ? N(G.maskedPhone(r)) : L('PHONE_NUMBER', P.cnMobile(r)), uid: N(r.digits(10)) }, deliveryType: 'E_TICKET', totalAmount: N(G.amount(r, 380, 6800)), paySerial: N(G.tradeNo(r)) };
    return i % 2 ? { method: 'GET', path: `/api/ticket/orders/${r.digits(12)}`, direction: 'response', body } : { method: 'POST', path: '/api/ticket/orders', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- rail tickets (12306-like snake_case)
  { name: 'train_ticket', gen(r, i) {
    const tickets = r.times(r.int(1, 4), () => { const t = r.pick(['1', '1', '1', 'C', 'B']); const n = t === 'B' ? P.enName(r) : P.cnName(r);
      const idno = t === '1' ? L('CN_RESIDENT_ID', P.cnId(r).id) : t === 'C' ? L('CN_HK_MACAU_PERMIT', P.hkMacauPermit(r, r.pick(['H', 'M']))) : L('PASSPORT_NUMBER', P.passport(r, r.pick(['US', 'UK', 'DE'])));
      return { passenger_name: L('PERSON_NAME', t === 'B' ? n.full.toUpperCase() : n.zh), passenger_id_type_code: t, passenger_id_type_name: { 1: '中国居民身份证', C: '港澳居民来往内地通行证', B: '护照' }[t],
        passenger_id_no: idno, mobile_no: r.chance(0.5) ? L('PHONE_NUMBER', P.cnMobile(r)) : '', ticket_type_name: r.pick(['成人票', '学生票']),
        coach_no: P.pad(r.int(1, 16), 2), seat_no: `${P.pad(r.int(1, 18), 2)}${r.pick('ABCDF')}`, seat_type_name: r.pick(['二等座', '一等座', '商务座']), ticket_price: N(r.pick([553, 933, 1748, 144.5, 219])),
        ticket_no: N(`E${r.digits(9)}10${r.digits(5)}`), batch_no: '1' }; });
    const body = { status: true, httpstatus: 200, data: { orderDBList: [{ sequence_no: N(`E${r.digits(9)}`), order_date: N(G.dt(r)), train_code: r.pick(['G1', 'G7', 'D3125', 'G1375']),
      from_station_name: r.pick(['上海虹桥', '北京南', '广州南']), to_station_name: r.pick(['杭州东', '南京南', '深圳北']), start_train_date: N(G.date(r)), tickets, ticket_total_price: N(G.amount(r, 100, 4000)) }] } };
    return i % 2 ? { method: 'POST', path: '/otn/queryOrder/queryMyOrder', direction: 'response', body } : { method: 'GET', path: '/otn/queryOrder/queryMyOrderNoComplete', direction: 'response', body };
  } },

  // ---------------------------------------------------------------- parking lot records / camera events
  { name: 'parking_lot', gen(r, i) {
    if (i === 3) {
      const g = P.geo(r);
      return { method: 'POST', path: '/parking/hook/lpr', direction: 'request', body: { event: r.pick(['ENTRY', 'EXIT']), plate: L('LICENSE_PLATE', P.plate(r)), plateColor: r.pick(['blue', 'green']), confidence: N(r.float(0.82, 0.99, 3)),
        cameraId: N(`CAM-${r.digits(4)}`), cameraIp: N(P.privIp(r)), laneNo: r.int(1, 6), snapshot: N(`https://oss.example.cn/lpr/${r.hex(32)}.jpg`), ts: N(G.epochMs(r)), lotGeo: N(`${g.lat},${g.lng}`) } };
    }
    const records = r.times(r.int(5, 14), () => { const nev = r.chance(0.3); const inT = G.epochMs(r); const dur = r.int(10, 900);
      return { recordId: N(r.digits(16)), plateNo: L('LICENSE_PLATE', P.plate(r, nev)), plateColor: nev ? '绿' : '蓝', entryTime: N(inT), exitTime: N(inT + dur * 60000), durationMin: N(dur),
        fee: N(Math.ceil(dur / 60) * 8), paid: r.chance(0.9), gate: r.pick(['B2-东出口', 'B1-南出口', 'P3-西出口']), payChannel: r.pick(['wechat', 'alipay', 'etc']) }; });
    const body = { lotId: N(r.digits(8)), lotName: r.pick(['环球港地下停车场', '正大广场P2', '万达广场停车场']), records,
      monthlyPass: i === 1 ? r.times(2, () => ({ ownerName: L('PERSON_NAME', P.cnName(r).zh), ownerPhone: L('PHONE_NUMBER', P.cnMobile(r)), plates: [L('LICENSE_PLATE', P.plate(r)), L('LICENSE_PLATE', P.plate(r, true))], validTo: N(G.date(r, 2025)) })) : [] };
    return { method: 'GET', path: '/parking/api/records?date=2024-03-15', direction: 'response', body };
  } },

  // ---------------------------------------------------------------- smart door lock sync
  { name: 'smart_lock', gen(r, i) {
    const owner = P.cnName(r), g = P.geo(r);
    const members = [owner.zh, P.cnName(r).zh, P.cnName(r).zh];
    const body = {
      deviceId: N(`SL${r.hex(12).toUpperCase()}`), model: r.pick(['Z3 Pro', 'K20V']), firmware: N('v' + G.version(r)), battery: N(r.int(8, 100)), mac: N(G.mac(r)), rssi: -r.int(40, 85),
      events: r.times(r.int(4, 10), () => { const m = r.pick(['FINGERPRINT', 'PASSWORD', 'NFC_CARD', 'APP', 'FACE']); return { ts: N(G.epochMs(r)), type: 'UNLOCK', method: m,
        userName: m === 'PASSWORD' ? '' : L('PERSON_NAME', r.pick(members)), userId: N(r.int(1, 20)) }; }),
      tempPasswords: r.times(r.int(1, 3), () => ({ pin: L('CREDENTIAL', r.digits(r.pick([6, 8]))), validFrom: N(G.epochMs(r)), validTo: N(G.epochMs(r)), label: r.pick(['保洁阿姨', '快递', '朋友', 'Airbnb guest']) })),
      wifi: { ssid: `ChinaNet-${r.hex(4).toUpperCase()}`, psk: i % 2 ? L('CREDENTIAL', P.password(r)) : '********' },
      owner: { phone: L('PHONE_NUMBER', P.cnMobile(r)), homeGeo: { lat: L('GEO_LOCATION', g.lat), lng: L('GEO_LOCATION', g.lng) } },
    };
    if (i >= 2) body.cloudAuth = { accessToken: L('CREDENTIAL', P.jwt(r, { did: 'SL' + r.hex(6) })), expiresIn: 7200 };
    return i % 2 ? { method: 'POST', path: '/iot/v1/lock/sync', direction: 'request', body } : { method: 'GET', path: `/iot/v1/lock/${r.hex(8)}/state`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- e-commerce after-sales / returns
  { name: 'ecommerce_return', gen(r, i) {
    if (i % 2 === 0) {
      const n = P.cnName(r), a = P.cnAddress(r);
      const body = { afterSaleNo: N(G.orderNo(r, 'AS')), orderNo: N(G.orderNo(r)), type: r.pick(['RETURN_REFUND', 'EXCHANGE', 'REFUND_ONLY']), reason: r.pick(['尺码不合适', '商品破损', '与描述不符', '七天无理由']),
        items: r.times(r.int(1, 3), () => ({ skuId: N(r.digits(14)), skuName: N(G.product(r)), ean: N(G.ean13(r)), qty: N(r.int(1, 3)), refundAmount: N(G.amount(r, 20, 3000)) })),
        pickupInfo: { contactName: L('PERSON_NAME', n.zh), contactMobile: L('PHONE_NUMBER', P.cnPhone(r)), province: a.prov, city: a.city, district: a.dist, detailAddress: L('STREET_ADDRESS', a.detail), pickupDate: N(G.date(r)) },
        evidenceImages: r.times(r.int(1, 3), () => `https://img.example.cn/as/${r.hex(16)}.jpg`), remark: tx('快递员上门前请先打电话 ', ['PHONE_NUMBER', P.cnMobile(r)], '，白天家里没人'),
        refundTo: { channel: 'ORIGINAL', cardTail: N(G.last4(r)) }, returnWaybill: N(G.tracking(r)) };
      return { method: 'POST', path: '/api/aftersale/apply', direction: 'request', body };
    }
    const n = P.enName(r), a = P.usAddress(r);
    const body = { return_id: N(`R${r.digits(9)}`), order_id: N(`${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`), status: r.pick(['AUTHORIZED', 'RECEIVED', 'REFUNDED']),
      items: r.times(r.int(1, 3), () => ({ asin: N('B0' + r.upper(8)), title: N(G.product(r)), qty: N(1), refund: { amount: N(G.amount(r, 10, 400)), currency: 'USD' } })),
      ship_from: { name: L('PERSON_NAME', n.full), address_line1: L('STREET_ADDRESS', a.line1), city: a.city, state: a.state, postal_code: N(a.zip), phone: L('PHONE_NUMBER', P.intlPhone(r, 'US')) },
      label: { carrier: 'UPS', tracking_number: N(G.tracking(r)), label_url: `https://returns.example.com/label/${r.hex(20)}.pdf` }, customer_note: i === 3 ? tx('Please email ', ['EMAIL_ADDRESS', P.email(r, n)], ' when refunded') : '' };
    return { method: 'GET', path: `/returns/v1/${r.digits(9)}`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- marketplace seller onboarding
  { name: 'seller_onboarding', gen(r, i) {
    if (i % 2 === 0) {
      const rep = P.cnName(r), id = P.cnId(r), co = G.company(r);
      const body = { applicationId: N(G.uuid(r)), shop: { shopName: r.pick(['青禾旗舰店', '云帆数码专营店', '天府好物']), category: r.pick(['3C数码', '食品', '服饰']), storeUrl: `https://shop${r.digits(8)}.example.cn` },
        entity: { type: 'ENTERPRISE', companyName: N(co), uscc: L('CN_USCC', P.uscc(r)), licenseImage: N(G.uuid(r)), validUntil: '长期' },
        legalRep: { name: L('PERSON_NAME', rep.zh), idType: 'ID_CARD', idNumber: L('CN_RESIDENT_ID', id.id), idValidUntil: N(G.date(r, 2036)), mobile: L('PHONE_NUMBER', P.cnMobile(r)) },
        settlement: { accountType: 'CORPORATE', accountName: N(co), accountNo: L('BANK_ACCOUNT', P.bankAccount(r, 'cnCorp')), bankName: r.pick(['招商银行上海分行张江支行', '中国银行深圳南山支行']), cnaps: N(r.pick(['308', '104', '102']) + r.digits(9)) },
        contact: { name: L('PERSON_NAME', P.cnName(r).zh), email: L('EMAIL_ADDRESS', P.email(r, null, 'foxmail.com')) }, deposit: N(r.pick([10000, 20000, 50000])) };
      return { method: 'POST', path: '/merchant/v2/onboarding', direction: 'request', body };
    }
    const o = P.nlName(r), a = P.nlAddress(r);
    const body = { id: N(`acct_${r.alnum(16)}`), business_type: 'sole_proprietor', business_name: N(G.company(r)), vat_number: N(`NL${r.digits(9)}B01`), kvk: N(r.digits(8)),
      owner: { full_name: L('PERSON_NAME', o.full), date_of_birth: L('DATE_OF_BIRTH', P.fmtDate(P.dob(r), 'iso')), home_address: L('STREET_ADDRESS', a.full), email: L('EMAIL_ADDRESS', P.email(r, o)), phone: L('PHONE_NUMBER', P.intlPhone(r, 'NL')),
        passport_number: i === 3 ? L('PASSPORT_NUMBER', r.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + r.digits(7)) : undefined },
      payout: { iban: L('BANK_ACCOUNT', P.iban(r, 'NL')), bic: N(G.bic(r)), schedule: 'weekly' }, requirements: { currently_due: [], pending_verification: ['owner.verification.document'] }, created: N(G.epoch(r)) };
    return { method: 'GET', path: `/v1/connect/accounts/${r.alnum(12)}`, direction: 'response', body };
  } },
];
