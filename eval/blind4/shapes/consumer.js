'use strict';
// Consumer platforms: gyms, real-name ticketing, marathons, medical crowdfunding, charity,
// lottery prize claims, game real-name checks, live-stream payouts, mini-program auth,
// kindergarten pick-up authorisation.

module.exports = [
  {
    name: 'gym_membership',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      if (i === 3) {
        // French club, SEPA direct-debit mandate, French keys
        const m = c.intl('FR');
        return {
          method: 'POST', path: '/api/adherents', direction: 'request',
          body: { civilite: m.gender === 'M' ? 'M.' : 'Mme', nom: L('PERSON_NAME', m.last), prenom: L('PERSON_NAME', m.first), dateNaissance: L('DATE_OF_BIRTH', c.fmtDate(m.birth, 'dmy')), adresse: { rue: L('STREET_ADDRESS', m.addr.line1), codePostal: m.addr.postcode, ville: m.addr.city }, telephonePortable: L('PHONE_NUMBER', m.phone), courriel: L('EMAIL_ADDRESS', m.email),
            abonnement: { formule: 'Premium 12 mois', mensualite: H(39.9), fraisInscription: H(49), dateDebut: H(c.fmtDate(c.ts(), 'dmy')) },
            mandatSepa: { rum: H('RUM' + r.digits(12)), iban: L('BANK_ACCOUNT', c.fmtIban(c.iban('FR'), true)), bic: H('BNPAFRPP'), titulaire: L('PERSON_NAME', `${m.first} ${m.last}`), dateSignature: H(c.fmtDate(c.ts(), 'iso')) }, club: { code: H('PAR-011'), telephone: H('01 84 80 12 00') } },
        };
      }
      if (i === 2) {
        const m = c.intl('US');
        const card = c.card(r.pick(['visa', 'mc']));
        return {
          method: 'GET', path: `/v1/members/${r.nzDigits(8)}?include=agreement,visits`, direction: 'response',
          body: {
            MemberId: H(r.nzDigits(8)), Barcode: H(c.ean13('200')), FirstName: L('PERSON_NAME', m.first), LastName: L('PERSON_NAME', m.last), BirthDate: L('DATE_OF_BIRTH', c.fmtDate(m.birth, 'mdy')),
            Email: L('EMAIL_ADDRESS', m.email), MobilePhone: L('PHONE_NUMBER', m.phone), HomeAddress: { Street: L('STREET_ADDRESS', m.addr.line1), City: m.addr.city, State: m.addr.state, Zip: m.addr.postcode },
            Agreement: { Plan: 'Black Card', MonthlyDues: H(24.99), AnnualFee: H(49), StartDate: H(c.fmtDate(c.ts(), 'mdy')), BillingToken: H('tok_' + r.alnum(24)), CardLast4: H(c.cardLast4(card)), CardExp: '08/27' },
            Visits: Array.from({ length: 2 }, () => ({ Club: 'Austin - Mueller #0412', CheckIn: H(c.fmtTs(c.ts(), 'isoZ')) })),
          },
        };
      }
      const m = c.cn({ minY: 1978, maxY: 2004 });
      const ec = c.cnName();
      const body = {
        memberNo: H(c.orderNo11()), name: L('PERSON_NAME', m.name), gender: m.gender === 'M' ? 1 : 2, birthday: L('DATE_OF_BIRTH', c.fmtDate(m.birth, i === 0 ? 'iso' : 'epochMs'), String(c.fmtDate(m.birth, i === 0 ? 'iso' : 'epochMs'))),
        mobile: L('PHONE_NUMBER', i === 0 ? Number(m.mobile) : m.mobile, m.mobile), faceId: H(c.uuid()), idCardNo: i === 1 ? L('CN_RESIDENT_ID', m.id) : undefined,
        emergencyContact: { name: L('PERSON_NAME', ec.name), phone: L('PHONE_NUMBER', c.fmtMobile(c.mobile(), 'space')) },
        contract: { planName: r.pick(['年卡', '季卡', '私教30节']), price: H(r.pick([1999, 3680, 8800])), startDate: H(c.fmtDate(c.ts(), 'iso')), endDate: H(c.fmtDate(c.ts(), 'iso')), coach: L('PERSON_NAME', c.cnName().name) },
        checkins: Array.from({ length: 3 }, () => ({ club: r.pick(['乐刻健身 科兴店', '超级猩猩 望京店', '威尔士 徐家汇店']), time: H(c.fmtTs(c.ts(), 'sql')), gate: r.int(1, 4) })),
        bodyMetrics: { heightCm: r.int(155, 188), weightKg: r.float(45, 95, 1), bodyFatPct: r.float(10, 32, 1), measuredAt: H(c.fmtDate(c.ts(), 'iso')) },
      };
      return { method: 'GET', path: `/api/members/${body.memberNo.raw}`, direction: 'response', body: { code: 0, data: i === 1 ? c.shuffleKeys(c.clean(body)) : c.clean(body) } };
    },
  },

  {
    name: 'event_ticket_realname',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const perf = r.pick(['陈小北《夜航》2024世界巡回演唱会-深圳站', '星河乐队 回声25周年-上海站', '2024 城市篮球全明星周末', '林一航 60+巡回演唱会-广州站']);
      const viewers = Array.from({ length: r.int(1, 3) }, (_, k) => {
        const kind = k === 0 ? 'ID_CARD' : r.pick(['ID_CARD', 'PASSPORT', 'HK_MACAU_PERMIT', 'HOME_RETURN_PERMIT']);
        const p = c.cn({ minY: 1975, maxY: 2008 });
        const certNo = kind === 'ID_CARD' ? L('CN_RESIDENT_ID', p.id) : kind === 'PASSPORT' ? L('PASSPORT_NUMBER', c.passportCN()) : kind === 'HK_MACAU_PERMIT' ? L('CN_HK_MACAU_PERMIT', c.hkPermit('C')) : L('CN_HK_MACAU_PERMIT', c.hkPermit(r.pick(['H', 'M'])));
        return { name: L('PERSON_NAME', p.name), certType: kind, certNo };
      });
      const buyer = c.cn();
      if (i === 3) {
        // ticket check-in at the venue gate: masked viewer + QR ticket code
        return {
          method: 'POST', path: '/gate/api/v1/verify', direction: 'response',
          body: { result: 'PASS', ticketNo: H(r.nzDigits(16)), qr: H(c.sha256().slice(0, 40)), seat: { area: '内场A区', row: r.int(1, 30), seat: r.int(1, 40) }, viewerName: H(c.maskName(viewers[0].name.raw)), certNo: H(c.maskId(c.cnId(c.region(), c.date(1980, 2000), 'M'))), faceScore: r.float(0.8, 0.99, 2), gateId: 'G07', verifiedAt: H(c.fmtTs(c.ts(), 'epochMs')) },
        };
      }
      const body = {
        performanceName: H(perf), sessionId: H(r.nzDigits(9)), skuId: H(c.skuLuhn()), quantity: viewers.length,
        seats: viewers.map((v) => ({ area: r.pick(['内场A区', '看台201', '看台305']), price: H(r.pick([580, 880, 1280, 1880])), viewer: v })),
        buyer: { mobile: L('PHONE_NUMBER', c.fmtMobile(buyer.mobile, 'plus86c')), userId: H(r.nzDigits(11)) },
        delivery: i === 1 ? { type: 'EXPRESS', receiver: L('PERSON_NAME', buyer.name), phone: L('PHONE_NUMBER', buyer.mobile), address: L('STREET_ADDRESS', buyer.addr.full) } : { type: 'E_TICKET' },
        riskToken: H(r.alnum(32)),
      };
      return { method: 'POST', path: '/api/orders/realname/create', direction: 'request', body: i === 2 ? c.restyle(body, 'snake') : body };
    },
  },

  {
    name: 'marathon_registration',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      if (i === 3) {
        // Korean club bulk entry, keys romanised from Korean (ireum=name, saengnyeonworil=DOB ...)
        const rs = Array.from({ length: 2 }, () => c.intl('KR'));
        return { method: 'POST', path: '/api/race/entries/bulk', direction: 'request', body: { dancheMyeong: 'Seoul Runners Club', chamgaja: rs.map((p) => ({ ireum: L('PERSON_NAME', p.name), yeongmunIreum: L('PERSON_NAME', `${p.last.toUpperCase()} ${p.first.toUpperCase()}`), saengnyeonworil: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'compact')), yeogwonBeonho: L('PASSPORT_NUMBER', c.passportIntl('KR')), hyudaejeonhwa: L('PHONE_NUMBER', p.phone), imeil: L('EMAIL_ADDRESS', p.email), jongmok: 'FULL', baebeon: H(r.pick(['A', 'B']) + r.digits(5)) })), gyeoljeBeonho: H(c.orderNo18()) } };
      }
      const foreign = i === 2;
      const p = foreign ? c.intl(r.pick(['KR', 'JP', 'DE', 'TH'])) : c.cn({ minY: 1960, maxY: 2005 });
      const ec = foreign ? c.intl(p.country) : c.cn();
      const runner = foreign
        ? { nameEn: L('PERSON_NAME', p.name), gender: p.gender, birthDate: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'iso')), nationality: p.country, certType: 'PASSPORT', certNo: L('PASSPORT_NUMBER', c.passportIntl(p.country)), phone: L('PHONE_NUMBER', p.phone), email: L('EMAIL_ADDRESS', p.email) }
        : { nameCn: L('PERSON_NAME', p.name), namePinyin: L('PERSON_NAME', p.py.upper), gender: p.gender, birthDate: L('DATE_OF_BIRTH', c.fmtDate(p.birth, i === 0 ? 'iso' : 'slash')), nationality: i === 1 ? 'HKG' : 'CHN', certType: i === 1 ? 'HOME_RETURN_PERMIT' : 'ID_CARD', certNo: i === 1 ? L('CN_HK_MACAU_PERMIT', c.hkPermit('H')) : L('CN_RESIDENT_ID', p.id), phone: L('PHONE_NUMBER', i === 1 ? `+852 ${r.pick([5, 6, 9])}${r.digits(3)} ${r.digits(4)}` : c.fmtMobile(p.mobile, 'plus86d')), email: L('EMAIL_ADDRESS', p.email), mailingAddress: L('STREET_ADDRESS', i === 1 ? `Flat ${r.pick(['A', 'D', 'F'])}, ${r.int(3, 38)}/F, ${r.pick(['Tower 2, Laguna City', 'Block 5, Mei Foo Sun Chuen', 'Kwong Fai House'])}, Kowloon` : p.addr.full) };
      Object.assign(runner, { bloodType: r.pick(['A', 'B', 'O', 'AB']), tShirt: r.pick(['S', 'M', 'L', 'XL']), emergencyContact: { name: L('PERSON_NAME', ec.name), relation: r.pick(['配偶', '父母', 'friend']), phone: L('PHONE_NUMBER', foreign ? ec.phone : ec.mobile) } });
      const body = {
        raceId: H('SZM2024'), event: r.pick(['全程马拉松', '半程马拉松']), runner,
        medicalCert: { hospital: '深圳市第二人民医院', issueDate: H(c.fmtDate(c.ts(), 'iso')), ecg: '正常' },
        bestResult: { race: r.pick(['2023厦门马拉松', '2023 Seoul Marathon']), chipTime: H(`0${r.int(2, 5)}:${c.pad(r.int(0, 59))}:${c.pad(r.int(0, 59))}`), certificateUrl: `https://cert.example.com/${r.hex(20)}` },
        bib: H(r.pick(['A', 'B', 'C']) + r.digits(5)), chipEpc: H(r.hex(24).toUpperCase()), lotteryNo: H(r.nzDigits(11)), payOrderNo: H(c.aliTradeNo()),
      };
      return { method: i === 1 ? 'GET' : 'POST', path: i === 1 ? `/api/race/entries/${r.nzDigits(10)}` : '/api/race/entries', direction: i === 1 ? 'response' : 'request', body: i === 1 ? { code: 0, data: body } : body };
    },
  },

  {
    name: 'crowdfunding_medical',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const parent = c.cn({ minY: 1980, maxY: 1992 });
      const patient = c.cn({ minY: 2013, maxY: 2018, gender: 'F', region: parent.region.code, sur: parent.gender === 'M' ? parent.sur : undefined });
      const hosp = r.pick(['北京大学人民医院', '中南大学湘雅医院', '华中科技大学同济医学院附属协和医院']);
      const t = T();
      const story = t.done(`我是${t('PERSON_NAME', parent.name)}，女儿${patient.name}今年${2024 - patient.birth.getUTCFullYear()}岁，${r.pick(['上个月', '今年三月'])}确诊急性淋巴细胞白血病，目前在${hosp}血液科住院化疗，后续骨髓移植预计需要${r.int(30, 60)}万。家里已经卖了${r.pick(['县城的房子', '老家的车'])}，实在走投无路，恳请大家帮帮孩子！联系电话${t('PHONE_NUMBER', parent.mobile)}。`);
      if (i === 2) {
        // donation list page (only non-sensitive + nicknames)
        return {
          method: 'GET', path: `/api/projects/${r.nzDigits(8)}/donations?page=2`, direction: 'response',
          body: { list: Array.from({ length: 4 }, () => ({ donationId: H(c.orderNo18()), nickname: r.pick(['爱心人士', '小王子', 'Lucky', '匿名']), amount: H(r.pick([10, 20, 50, 100, 200])), time: H(c.fmtTs(c.ts(), 'sql')), message: r.pick(['加油宝贝！', '早日康复', '']), payTradeNo: H(c.wxTradeNo()) })), raised: H(c.amount(10000, 300000)) },
        };
      }
      const card = c.card('up');
      const body = {
        projectId: H(r.nzDigits(8)), title: '救救我患白血病的女儿，她才上小学', story,
        patient: { name: L('PERSON_NAME', patient.name), idNo: H(c.maskId(patient.id)), diagnosis: '急性淋巴细胞白血病', hospital: hosp, admissionNo: r.nzDigits(9) },
        payee: { payeeName: L('PERSON_NAME', parent.name), relation: parent.gender === 'M' ? '父女' : '母女', payeeIdNo: L('CN_RESIDENT_ID', parent.id), bankName: r.pick(['中国农业银行', '中国邮政储蓄银行']), bankCardNo: L('PAYMENT_CARD', c.fmtCard(card, r.pick(['plain', 'space']))) },
        targetAmount: H(500000), raisedAmount: H(c.amount(10000, 300000)), supporters: r.int(100, 9000), auditStatus: 'APPROVED', platformHotline: H(c.hotline()),
      };
      return i === 0
        ? { method: 'GET', path: `/api/projects/${body.projectId.raw}`, direction: 'response', body: { code: 0, data: body } }
        : { method: 'POST', path: '/api/projects', direction: 'request', body };
    },
  },

  {
    name: 'charity_donation',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      if (i === 3) {
        // Thai temple/foundation donation form, keys transliterated from Thai (chue=name, namsakun=surname ...)
        const d = c.intl('TH');
        return { method: 'POST', path: '/api/borijak', direction: 'request', body: { chue: L('PERSON_NAME', d.first), namsakun: L('PERSON_NAME', d.last), boe_tho: L('PHONE_NUMBER', d.phone.replace('+66 ', '0').replace(/ /g, '-')), ithamen: L('EMAIL_ADDRESS', d.email), thi_yu: L('STREET_ADDRESS', d.addr.full), wan_koet: L('DATE_OF_BIRTH', `${d.birth.getUTCDate()}/${d.birth.getUTCMonth() + 1}/${d.birth.getUTCFullYear() + 543}`), chamnuan_ngoen: H(r.pick([500, 1000, 5000])), lek_thi_bai_set: H('RC' + r.digits(10)), ok_bai_set: true } };
      }
      if (i < 2) {
        const d = c.intl(i === 0 ? 'GB' : 'US');
        const card = c.card(i === 1 ? 'amex' : r.pick(['visa', 'mc']));
        const t = T();
        const honoree = c.intl(d.country);
        return {
          method: 'POST', path: '/v1/donations', direction: 'request',
          body: c.clean({
            campaign_id: H('cmp_' + r.alnum(14)), amount: H(r.pick([25, 50, 100, 250])), currency: i === 0 ? 'GBP' : 'USD', recurring: r.pick(['monthly', null]),
            donor: { first_name: L('PERSON_NAME', d.first), last_name: L('PERSON_NAME', d.last), email: L('EMAIL_ADDRESS', d.email), phone: L('PHONE_NUMBER', d.phone), address: { line1: L('STREET_ADDRESS', d.addr.line1), city: d.addr.city, postcode: d.addr.postcode, country: d.country } },
            gift_aid: i === 0 ? { eligible: true, declaration_date: H(c.fmtDate(c.ts(), 'iso')) } : undefined,
            tribute: t.done(`In loving memory of ${t('PERSON_NAME', honoree.name)}`),
            payment: { method: 'card', number: i === 1 ? L('PAYMENT_CARD', Number(card), card) : L('PAYMENT_CARD', c.fmtCard(card, 'space')), exp_month: r.int(1, 12), exp_year: r.int(2026, 2030) },
            charity_number: H(i === 0 ? String(r.int(1000000, 1199999)) : `${r.digits(2)}-${r.digits(7)}`), utm_source: 'newsletter',
          }),
        };
      }
      // CN foundation receipt with USCC prefix 53 (foundation)
      const d = c.cn();
      const reg = c.region();
      const fnd = { name: reg.city.replace('市', '') + '市' + r.pick(['慈善会', '儿童希望基金会', '扶贫基金会']), uscc: c.uscc(reg, '53') };
      return {
        method: 'GET', path: `/api/donations/receipts/${r.nzDigits(12)}`, direction: 'response',
        body: { receiptNo: H('JZ' + r.digits(12)), donorName: L('PERSON_NAME', d.name), donorCertNo: L('CN_RESIDENT_ID', d.id), donorPhone: L('PHONE_NUMBER', d.mobile), amount: H(c.amount(100, 20000)), project: '2024年乡村儿童营养餐', org: { name: H(fnd.name), creditCode: L('CN_USCC', fnd.uscc), hotline: H(c.hotline()) }, fapiao: { code: H(c.fapiaoCode()), number: H(r.digits(8)), checkCode: H(r.digits(20)) } },
      };
    },
  },

  {
    name: 'lottery_prize_claim',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const w = c.cn({ minY: 1960, maxY: 2000 });
      const serial = `${r.digits(4)}-${r.digits(2)}-${r.digits(5)}-${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
      const prize = r.pick([5000, 10000, 200000, 5000000]);
      const body = {
        ticketSerial: H(serial), game: r.pick(['双色球', '大乐透', '七乐彩']), drawNo: H('2024' + r.digits(3)), prizeLevel: r.pick(['一等奖', '三等奖', '四等奖']), prizeAmount: H(prize),
        taxWithheld: H(prize > 10000 ? prize * 0.2 : 0), netAmount: H(prize > 10000 ? prize * 0.8 : prize),
        winner: { name: L('PERSON_NAME', w.name), idNo: L('CN_RESIDENT_ID', w.id), mobile: L('PHONE_NUMBER', w.mobile), bankCardNo: L('PAYMENT_CARD', c.card('up')), bankName: '中国工商银行' },
        station: { stationNo: H(r.nzDigits(8)), address: H(w.live.city + w.live.dist + r.pick(w.live.roads) + r.int(1, 300) + '号福彩投注站') },
        claimCenter: { name: w.live.prov + '福利彩票发行中心', hotline: H(c.hotline()), address: H(w.live.city + r.pick(w.live.roads) + r.int(1, 200) + '号') },
        claimedAt: H(c.fmtTs(c.ts(), 'sql')),
      };
      if (i === 1) return { method: 'POST', path: '/api/lottery/prize/claim', direction: 'request', body: c.restyle(body, 'pascal') };
      if (i === 2) return { method: 'GET', path: `/api/lottery/prize/claims?drawNo=${body.drawNo.raw}&status=PAID`, direction: 'response', body: { rows: [{ ...body, winner: { name: H(c.maskName(w.name)), idNo: H(c.maskId(w.id)), mobile: H(c.maskMobile(w.mobile)), bankCardNo: H(c.maskCard(c.card('up'))) } }] } };
      return { method: 'POST', path: '/api/lottery/prize/claim', direction: 'request', body };
    },
  },

  {
    name: 'game_realname_auth',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const p = c.cn({ minY: 1990, maxY: 2013 });
      const ai = c.md5();
      if (i === 0) return { method: 'POST', path: '/idcard/authentication/check', direction: 'request', body: { ai: H(ai), name: L('PERSON_NAME', p.name), idNum: L('CN_RESIDENT_ID', p.id) } };
      if (i === 1) return { method: 'POST', path: '/idcard/authentication/check', direction: 'response', body: { errcode: 0, errmsg: 'OK', data: { result: { status: 0, pi: H('1' + r.chars(37, 'abcdefghijklmnopqrstuvwxyz0123456789')) } } } };
      if (i === 2) {
        // test-environment request where the payload is base64-encoded JSON instead of AES
        return { method: 'POST', path: '/test/check', direction: 'request', body: { appId: H(r.hex(32)), bizId: H('1' + r.digits(9)), timestamps: H(c.fmtTs(c.ts(), 'epochMs')), data: c.B64(c.J({ ai: H(ai), name: L('PERSON_NAME', p.name), idNum: L('CN_RESIDENT_ID', p.id) })) } };
      }
      return {
        method: 'GET', path: `/api/account/${r.nzDigits(9)}/profile`, direction: 'response',
        body: { uid: H(r.nzDigits(9)), nickname: r.pick(['夜雨声烦', '不吃香菜', 'xX_Sniper_Xx']), realNameVerified: true, realName: H(c.maskName(p.name)), idCardMasked: H(c.maskId(p.id)), isAdult: 2024 - p.birth.getUTCFullYear() >= 18, bindMobile: L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'plus86')), bindEmail: L('EMAIL_ADDRESS', p.email), lastLoginIp: L('IP_ADDRESS', r.chance(0.5) ? c.ip4('cn') : c.ip6()), clientVersion: H(c.version4()), deviceImei: H(c.imei()), playtimeTodayMin: r.int(0, 180) },
      };
    },
  },

  {
    name: 'live_stream_payout',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const a = c.cn({ minY: 1990, maxY: 2004 });
      const guild = c.company(a.live, '91', '网络科技');
      const gifts = Array.from({ length: 3 }, () => ({ giftId: r.int(100, 999), giftName: r.pick(['嘉年华', '火箭', '小心心', '跑车']), count: r.int(1, 500), diamonds: H(r.int(100, 900000)) }));
      const body = {
        settleMonth: H('2024-05'), anchorId: H(r.nzDigits(11)), nickname: r.pick(['甜甜小可爱', '阿杰说车', '山里的蘑菇']),
        realName: L('PERSON_NAME', a.name), idCard: L('CN_RESIDENT_ID', a.id), gifts,
        payout: { bankName: r.pick(['招商银行', '中国建设银行']), bankCard: L('PAYMENT_CARD', c.card('up')), grossAmount: H(c.amount(3000, 80000)), taxWithheld: H(c.amount(100, 8000)), payoutNo: H(c.orderNo18()) },
        guild: { name: H(guild.name), uscc: L('CN_USCC', guild.uscc), contactPhone: H(c.hotline()) },
      };
      if (i === 1) body.taxInfo = { taxpayerType: '劳务报酬', address: L('STREET_ADDRESS', a.addr.full), mobile: L('PHONE_NUMBER', a.mobile) };
      if (i === 2) return { method: 'POST', path: '/api/anchor/settlements/confirm', direction: 'request', body: c.restyle(body, 'snake') };
      return { method: 'GET', path: `/api/anchor/settlements?month=2024-05&anchorId=${body.anchorId.raw}`, direction: 'response', body: { code: 0, data: body } };
    },
  },

  {
    name: 'miniprogram_user_auth',
    n: 4,
    build(c, i) {
      const { r, L, H, J, FORM } = c;
      const p = c.cn();
      const appid = 'wx' + r.hex(16);
      if (i === 0) return { method: 'GET', path: `/sns/jscode2session?appid=${appid}&grant_type=authorization_code`, direction: 'response', body: { session_key: L('CREDENTIAL', c.b64(22) + '=='), openid: H('o' + r.alnum(27)), unionid: H('o' + r.alnum(27)) } };
      if (i === 1) {
        return {
          method: 'POST', path: '/api/wx/phone/decrypt', direction: 'response',
          body: { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'plus86c')), purePhoneNumber: L('PHONE_NUMBER', p.mobile), countryCode: '86', watermark: { timestamp: H(c.fmtTs(c.ts(), 'epoch')), appid: H(appid) } } },
        };
      }
      if (i === 2) {
        // Alipay user info share response (authorised scopes incl. cert_no)
        const resp = { code: '10000', msg: 'Success', user_id: H('2088' + r.digits(12)), user_name: L('PERSON_NAME', p.name), cert_type: '0', cert_no: L('CN_RESIDENT_ID', p.id), mobile: L('PHONE_NUMBER', p.mobile), gender: p.gender, province: p.live.prov, city: p.live.city, person_birthday: L('DATE_OF_BIRTH', c.fmtDate(p.birth, 'compact')) };
        return { method: 'POST', path: '/gateway.do', direction: 'response', body: { alipay_user_info_share_response: resp, sign: H(c.b64(172) + '==') } };
      }
      // outgoing transfer to a user's Alipay account, raw form-encoded request logged in JSON
      const biz = J({ out_biz_no: c.orderNo18(), trans_amount: String(c.amount(1, 500)), product_code: 'TRANS_ACCOUNT_NO_PWD', biz_scene: 'DIRECT_TRANSFER', order_title: '活动奖励', payee_info: { identity: L('PHONE_NUMBER', p.mobile), identity_type: 'ALIPAY_LOGON_ID', name: L('PERSON_NAME', p.name) } });
      return {
        method: 'POST', path: '/internal/payout/log', direction: 'request',
        body: { traceId: H(r.hex(32)), rawRequest: FORM({ app_id: '2021' + r.digits(12), method: 'alipay.fund.trans.uni.transfer', charset: 'utf-8', sign_type: 'RSA2', timestamp: c.fmtTs(c.ts(), 'sql'), version: '1.0', biz_content: biz, sign: c.b64(40) }), httpStatus: 200 },
      };
    },
  },

  {
    name: 'kindergarten_pickup',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const dad = c.cn({ minY: 1983, maxY: 1992, gender: 'M' });
      const kid = c.cn({ minY: 2018, maxY: 2021, sur: dad.sur, live: dad.live.code });
      const mom = c.cn({ minY: 1985, maxY: 1994, gender: 'F', live: dad.live.code });
      const grandma = c.cn({ minY: 1950, maxY: 1962, gender: 'F' });
      const teacher = c.cnName('F');
      const g = (p, rel) => ({ name: L('PERSON_NAME', p.name), relation: rel, phone: L('PHONE_NUMBER', p.mobile), idNo: L('CN_RESIDENT_ID', p.id), faceRegistered: true, photoUrl: `https://oss.example.cn/face/${r.hex(32)}.jpg` });
      if (i === 2) {
        const t = T();
        return {
          method: 'POST', path: `/api/kg/children/${r.nzDigits(8)}/temp-pickup`, direction: 'request',
          body: { childName: L('PERSON_NAME', kid.name), tempPickup: { name: L('PERSON_NAME', grandma.name), phone: L('PHONE_NUMBER', c.fmtMobile(grandma.mobile, 'dash')), idNo: L('CN_RESIDENT_ID', grandma.id), validUntil: H(c.fmtTs(c.ts(), 'sql')) }, reason: t.done(`今天${t('PERSON_NAME', mom.name)}加班，由奶奶来接，如有问题请打我电话${t('PHONE_NUMBER', mom.mobile)}`), submittedBy: 'MOTHER' },
        };
      }
      return {
        method: 'GET', path: `/api/kg/children/${r.nzDigits(8)}/pickup-auth`, direction: 'response',
        body: {
          child: { name: L('PERSON_NAME', kid.name), birthDate: L('DATE_OF_BIRTH', c.fmtDate(kid.birth, i === 0 ? 'iso' : 'cn')), className: r.pick(['小一班', '中二班', '大三班']), studentNo: r.nzDigits(8), homeAddress: L('STREET_ADDRESS', kid.addr.full) },
          guardians: [g(mom, '母亲'), g(dad, '父亲')],
          pickupLogs: Array.from({ length: 2 }, () => ({ time: H(c.fmtTs(c.ts(), 'sql')), pickedBy: L('PERSON_NAME', r.pick([mom, dad]).name), gate: r.pick(['东门', '北门']), teacher: L('PERSON_NAME', teacher.name) })),
          schoolHotline: H(c.landline(kid.live)),
        },
      };
    },
  },
];
