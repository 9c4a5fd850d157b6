'use strict';
const P = require('../lib/pii');
const G = require('../lib/neg');
const { L, N, tx, jsonStr, b64, qs } = require('../lib/mark');

module.exports = [
  // ---------------------------------------------------------------- SWIFT MT103 as JSON
  { name: 'swift_mt103', gen(r, i) {
    const oc = r.pick(['GB', 'NL', 'IT', 'NL', 'GB']);
    const ord = P.enName(r), ordIban = P.iban(r, oc);
    const ordAddr = oc === 'GB' ? P.ukAddress(r) : oc === 'NL' ? P.nlAddress(r) : oc === 'IT' ? P.itAddress(r) : P.usAddress(r);
    const toCn = i % 2 === 1;
    const ben = toCn ? P.cnName(r) : P.enName(r);
    const benAcct = toCn ? P.bankAccount(r, 'cnCorp') : P.iban(r, r.pick(['ES', 'DE', 'NL']));
    const benAddr = toCn ? P.cnAddress(r) : null;
    const amt = G.amount(r, 800, 98000);
    const body = {
      messageType: 'MT103', uetr: N(G.uuid(r)), direction: 'OUTGOING',
      block1: { appId: 'F', serviceId: '01', senderLT: N(G.bic(r)), sessionNumber: N(r.digits(4)), sequenceNumber: N(r.digits(6)) },
      block2: { ioId: 'I', messageType: '103', receiverAddress: N(G.bic(r)), priority: 'N' },
      fields: {
        ':20:': N('FT' + r.digits(2) + r.upper(3) + r.digits(7)),
        ':23B:': 'CRED',
        ':32A:': { valueDate: N('24' + P.pad(r.int(1, 6), 2) + P.pad(r.int(1, 28), 2)), currency: toCn ? 'USD' : 'EUR', amount: N(amt.toFixed(2).replace('.', ',')) },
        ':50K:': {
          account: L('BANK_ACCOUNT', ordIban, '/' + ordIban),
          nameAndAddress: [L('PERSON_NAME', ord.full.toUpperCase()), L('STREET_ADDRESS', ordAddr.line1.toUpperCase()), `${(ordAddr.zip || '')} ${ordAddr.city}`.toUpperCase().trim()],
        },
        ':52A:': N(G.bic(r)),
        ':57A:': N(G.bic(r)),
        ':59:': {
          account: L('BANK_ACCOUNT', benAcct, '/' + benAcct),
          nameAndAddress: toCn ? [L('PERSON_NAME', ben.py), L('STREET_ADDRESS', benAddr.full), 'CN'] : [L('PERSON_NAME', ben.full.toUpperCase()), 'MADRID ES'],
        },
        ':70:': N(`/INV/${r.digits(4)}-${r.digits(5)} ${r.pick(['CONSULTING FEES', 'TUITION Q2', 'FAMILY SUPPORT', 'SOFTWARE LICENCE'])}`),
        ':71A:': r.pick(['SHA', 'OUR', 'BEN']),
      },
      gpi: { status: r.pick(['ACSP', 'ACCC']), reasonCode: r.pick(['G000', 'G001', null]), updatedAt: N(G.iso(r)), chargesDeducted: N(G.amount(r, 5, 45)) },
    };
    if (i >= 2) body.fields[':72:'] = tx('/ACC/PLS CONTACT BENEFICIARY ', ['PHONE_NUMBER', toCn ? P.fmtCn(P.cnMobile(r), '+86') : P.intlPhone(r, 'UK')]);
    return i % 2 ? { method: 'GET', path: `/api/v2/swift/messages/${r.hex(8)}`, direction: 'response', body } : { method: 'POST', path: '/api/v2/swift/mt103', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- consumer loan application (pinyin initials, dotted variant)
  { name: 'loan_application', gen(r, i) {
    const n = P.cnName(r), id = P.cnId(r), ph = P.cnPhone(r), addr = P.cnAddress(r, id.region), g = P.geo(r, id.region);
    const ip = P.ip(r), card = P.card(r, 'unionpay');
    const contacts = r.times(r.int(2, 3), () => { const c = P.cnName(r); return { gx: r.pick(['配偶', '父亲', '母亲', '同事', '朋友']), xm: L('PERSON_NAME', c.zh), sjhm: L('PHONE_NUMBER', P.cnMobile(r)) }; });
    if (i % 2 === 1) {
      const body = {
        'apply.no': N(G.orderNo(r, 'LA')), 'apply.product': 'XYD-' + r.pick(['12M', '24M', '36M']), 'apply.amount': N(r.pick([20000, 50000, 80000, 150000])),
        'apply.rate': N(r.float(0.072, 0.18, 4)), 'borrower.name': L('PERSON_NAME', n.zh), 'borrower.idNo': L('CN_RESIDENT_ID', id.id),
        'borrower.mobile': L('PHONE_NUMBER', ph), 'borrower.liveAddr': L('STREET_ADDRESS', addr.full), 'borrower.company': N(G.company(r)),
        'borrower.monthlyIncome': N(r.pick([8000, 12000, 15500, 23000])), 'repay.cardNo': L('PAYMENT_CARD', card), 'repay.bank': r.pick(['工商银行', '建设银行', '招商银行']),
        'device.ip': L('IP_ADDRESS', ip), 'device.imei': N(G.imei(r)), 'device.gps': L('GEO_LOCATION', `${g.lat},${g.lng}`),
        'contact.list': contacts.map((c) => ({ relation: c.gx, name: c.xm, mobile: c.sjhm })),
        submitTime: N(G.epochMs(r)),
        ...(i === 3 ? { 'collateral.vin': L('VEHICLE_VIN', P.vin(r)), 'collateral.plate': L('LICENSE_PLATE', P.plate(r)), 'collateral.engineNo': N(r.upper(3) + r.digits(7)) } : {}),
      };
      return { method: 'POST', path: '/gateway/credit/loan/apply', direction: 'request', body };
    }
    const body = {
      code: '0000', msg: '受理成功',
      data: {
        sqbh: N(G.orderNo(r, 'SQ')), cpdm: 'XFD' + r.digits(3), dkje: N(r.pick([30000, 60000, 100000])), qx: 12, ll: N(r.float(0.06, 0.15, 4)),
        jkr: { xm: L('PERSON_NAME', n.zh), zjlx: '01', zjhm: L('CN_RESIDENT_ID', id.id), sjhm: L('PHONE_NUMBER', ph), hyzk: r.pick(['已婚', '未婚']),
          jzdz: L('STREET_ADDRESS', addr.full), dwmc: N(G.company(r)), ysr: N(r.pick([9000, 14000, 21000])) },
        hkzh: { khh: r.pick(['中国银行', '农业银行', '交通银行']), kh: L('PAYMENT_CARD', card), ylsjh: N(G.maskedPhone(r)) },
        lxr: contacts,
        fk: { sbip: L('IP_ADDRESS', ip), imei: N(G.imei(r)), jwd: { wd: L('GEO_LOCATION', g.lat), jd: L('GEO_LOCATION', g.lng) }, pf: N(r.int(520, 790)) },
        spzt: r.pick(['待审批', '人工复核', '已放款']), cjsj: N(G.dt(r)),
      },
    };
    return { method: 'GET', path: `/api/loan/v1/applications/${r.digits(10)}`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- credit card statement
  { name: 'cc_statement', gen(r, i) {
    const us = i % 2 === 0;
    const nm = us ? P.enName(r) : P.cnName(r);
    const addr = us ? P.usAddress(r).full : P.cnAddress(r).full;
    const pan = P.card(r, us ? r.pick(['visa', 'mastercard', 'amex']) : 'unionpay');
    const merch = us ? ['AMAZON MKTPLACE PMTS', 'STARBUCKS #1234', 'SHELL OIL 57442', 'UBER *EATS', 'WHOLEFDS MKT', 'NETFLIX.COM', 'DELTA AIR', 'TARGET 00023']
      : ['美团支付-外卖', '京东商城', '盒马鲜生', '中国石化加油站', '星巴克(国贸店)', '滴滴出行', '拼多多', '携程旅行'];
    const txns = r.times(r.int(7, 14), () => ({ txnDate: N(G.date(r)), postDate: G.date(r), description: r.pick(merch), amount: N(G.amount(r, 3, 1800)),
      currency: us ? 'USD' : 'CNY', referenceNo: N(`7${r.digits(22)}`), mcc: r.pick(['5411', '5812', '5541', '4121', '5999', '4511']) }));
    const supp = P.card(r, us ? 'visa' : 'unionpay');
    const sn = us ? P.enName(r) : P.cnName(r);
    const body = {
      statementId: N(`ST${r.digits(12)}`), cycle: { from: '2024-02-16', to: '2024-03-15' }, paymentDue: '2024-04-10',
      cardholder: { name: L('PERSON_NAME', us ? nm.full : nm.zh), mailingAddress: L('STREET_ADDRESS', addr), email: L('EMAIL_ADDRESS', P.email(r, nm)) },
      card: { productName: us ? 'Sapphire Preferred' : '经典白金卡', maskedPan: N(G.last4(r)), ...(i >= 2 ? { pan: L('PAYMENT_CARD', P.fmtCard(pan, 'space')) } : {}) },
      summary: { previousBalance: N(G.amount(r, 100, 9000)), paymentsAndCredits: N(-G.amount(r, 100, 9000)), purchases: N(G.amount(r, 100, 9000)),
        interestCharged: N(G.amount(r, 0, 80)), newBalance: N(G.amount(r, 100, 9000)), minimumPaymentDue: N(G.amount(r, 25, 300)), creditLimit: N(r.pick([8000, 15000, 30000, 50000])) },
      transactions: txns,
      supplementaryCards: [{ holderName: L('PERSON_NAME', us ? sn.full : sn.zh), cardNumber: i % 2 ? L('PAYMENT_CARD', supp) : N(G.last4(r)), spend: N(G.amount(r, 10, 900)) }],
      rewards: { pointsEarned: N(r.int(100, 9000)), pointsBalance: N(r.int(1000, 90000)) },
      customerService: N(us ? G.hotline(r).replace(/^400/, '1-800') : G.hotline(r)),
    };
    return { method: 'GET', path: `/api/cards/v3/statements/2024-03`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- acquirer batch upload (ISO 8583-ish, SCREAMING_CASE)
  { name: 'pos_iso8583_batch', gen(r, i) {
    const recs = r.times(r.int(5, 10), (k) => {
      const pan = P.card(r), exp = `${r.int(25, 29)}${P.pad(r.int(1, 12), 2)}`;
      const rec = { MTI: r.pick(['0200', '0200', '0220', '0400']), PROC_CODE: r.pick(['000000', '200000']), AMOUNT: N(P.pad(r.int(100, 999999), 12)),
        STAN: N(r.digits(6)), RRN: N(r.digits(12)), LOCAL_TIME: `${P.pad(r.int(0, 23), 2)}${P.pad(r.int(0, 59), 2)}${P.pad(r.int(0, 59), 2)}`, LOCAL_DATE: `0${r.int(1, 6)}${P.pad(r.int(10, 28), 2)}`,
        POS_ENTRY: r.pick(['051', '071', '021']), RESP_CODE: r.pick(['00', '00', '00', '51', '05']), AUTH_ID: N(r.digits(2) + r.upper(1) + r.digits(3)) };
      if (i === 2) { rec.PAN_MASKED = N(pan.slice(0, 6) + '******' + pan.slice(-4)); rec.CARDHOLDER_NAME_5F20 = L('PERSON_NAME', (() => { const n = P.cnName(r); return `${n.pySur}/${n.pyGiven}`; })()); }
      else {
        rec.PAN = L('PAYMENT_CARD', pan); rec.EXP_DATE = N(exp);
        if (k % 3 === 0) rec.TRACK2 = L('PAYMENT_CARD', pan, `${pan}=${exp}${r.pick(['101', '201', '220'])}${r.digits(10)}`);
      }
      return rec;
    });
    const body = { BATCH_NO: N(r.digits(6)), MERCHANT_ID: N('8983' + r.digits(11)), TERMINAL_ID: N(r.digits(8)), ACQ_INST_ID: N('4802' + r.digits(4)),
      SETTLE_DATE: N(G.date(r)), RECORD_COUNT: recs.length, TOTAL_AMOUNT: N(G.amountStr(r, 500, 90000)), RECORDS: recs, TERMINAL_IP: N(P.privIp(r)), SW_VER: N(G.version(r)) };
    return i % 2 ? { method: 'POST', path: '/acquirer/v1/batch/upload', direction: 'request', body }
      : { method: 'GET', path: `/acquirer/v1/batch/${r.digits(6)}`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- Indonesian e-wallet top-up
  { name: 'wallet_topup_id', gen(r, i) {
    const nm = P.idName(r), hp = P.intlPhone(r, 'ID');
    let metode;
    if (i % 3 === 0) metode = { jenis: 'KARTU_DEBIT', nomorKartu: L('PAYMENT_CARD', P.fmtCard(P.card(r, r.pick(['visa', 'mastercard'])), 'space')), namaPemilik: L('PERSON_NAME', nm.full.toUpperCase()) };
    else if (i % 3 === 1) metode = { jenis: 'TRANSFER_BANK', bank: r.pick(['BCA', 'BRI', 'Mandiri', 'BNI']), nomorRekening: L('BANK_ACCOUNT', P.bankAccount(r, 'id')), atasNama: L('PERSON_NAME', nm.full) };
    else metode = { jenis: 'MINIMARKET', gerai: r.pick(['Alfamart', 'Indomaret']), kodeBayar: N(`${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`) };
    const data = {
      idTransaksi: N(`TOP${r.digits(14)}`), waktu: N(G.iso(r)), status: r.pick(['BERHASIL', 'MENUNGGU', 'BERHASIL']),
      pengguna: { idPengguna: N(r.digits(9)), namaLengkap: L('PERSON_NAME', nm.full), nomorHp: L('PHONE_NUMBER', hp), email: L('EMAIL_ADDRESS', P.email(r, nm, r.pick(['gmail.com', 'yahoo.co.id']))) },
      jumlah: N(r.pick([50000, 100000, 250000, 500000, 1000000])), biayaAdmin: N(r.pick([0, 1000, 2500])), saldoAkhir: N(r.int(10000, 5000000)),
      metode, perangkat: { alamatIp: L('IP_ADDRESS', P.ipv4(r)), idPerangkat: N(G.uuid(r)), versiAplikasi: N(G.version(r)) },
      promo: r.chance(0.5) ? { kode: r.pick(['HEMAT10', 'CASHBACK25']), potongan: N(r.int(1000, 25000)) } : null,
    };
    return i % 2 ? { method: 'POST', path: '/v1/dompet/isi-ulang', direction: 'request', body: data }
      : { method: 'GET', path: `/v1/dompet/transaksi/${r.digits(8)}`, direction: 'response', body: { kode: '00', pesan: 'Sukses', data } };
  } },

  // ---------------------------------------------------------------- inbound remittance payout with base64 payload
  { name: 'remittance_payout_b64', gen(r, i) {
    const s = P.enName(r), rc = P.cnName(r), rid = P.cnId(r);
    const inner = {
      sender: { name: L('PERSON_NAME', s.full), country: 'US', phone: L('PHONE_NUMBER', P.intlPhone(r, 'US')), address: L('STREET_ADDRESS', P.usAddress(r).full) },
      receiver: { name: rc.zh, nameEn: rc.py, idType: 'CN_ID', idNumber: L('CN_RESIDENT_ID', rid.id), mobile: P.cnMobile(r) },
      purpose: r.pick(['FAMILY_SUPPORT', 'EDUCATION', 'GIFT']),
    };
    const payload = i % 2 ? b64(jsonStr(inner)) : b64(jsonStr(inner), true);
    const body = {
      mtcn: N(r.digits(10)), partnerRef: N(G.orderNo(r)), status: r.pick(['AVAILABLE', 'PAID', 'ON_HOLD']),
      payoutAmount: N(G.amount(r, 200, 5000)), payoutCurrency: 'CNY', fxRate: N(r.float(7.05, 7.25, 4)),
      payload, payloadEncoding: i % 2 ? 'base64' : 'base64url', signature: N(G.sha256(r)), signedAt: N(G.epoch(r)),
    };
    if (i >= 2) body.receiverAccount = { bank: '中国工商银行', accountNo: L('PAYMENT_CARD', P.card(r, 'unionpay')), holder: L('PERSON_NAME', rc.zh) };
    return i % 2 ? { method: 'GET', path: `/partner/v2/payouts/${r.digits(10)}`, direction: 'response', body }
      : { method: 'POST', path: '/partner/v2/payouts/notify', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- charity donations
  { name: 'charity_donation', gen(r, i) {
    if (i % 2 === 0) {
      const rows = r.times(r.int(5, 9), () => {
        const anon = r.chance(0.3), n = P.cnName(r);
        return { donationNo: N(G.orderNo(r, 'DN')), donor: anon ? { name: '爱心人士', mobile: N(G.maskedPhone(r)) } : { name: L('PERSON_NAME', n.zh), mobile: L('PHONE_NUMBER', P.cnMobile(r)), email: r.chance(0.5) ? L('EMAIL_ADDRESS', P.email(r, n)) : null },
          amountYuan: N(r.pick([10, 20, 50, 100, 200, 500, 1000, 99.9])), project: r.pick(['春蕾计划', '免费午餐', '山区助学', '乡村图书角']), paidAt: N(G.dt(r)),
          payment: { channel: r.pick(['wechat', 'alipay', 'unionpay']), cardTail: N(G.last4(r)), tradeNo: N(G.tradeNo(r)) }, anonymous: anon };
      });
      return { method: 'GET', path: '/api/charity/projects/1024/donations?page=1&size=20', direction: 'response',
        body: { receiptIssuer: { name: r.pick(['上海慈善基金会', '中国青少年发展基金会']), creditCode: L('CN_USCC', P.uscc(r, '53')) }, total: N(r.int(1000, 90000)), raised: N(G.amount(r, 10000, 900000)), list: rows } };
    }
    const n = P.enName(r), a = P.usAddress(r);
    const body = { campaign_id: N(`CMP-${r.digits(5)}`), amount_cents: N(r.pick([2500, 5000, 10000, 25000])), currency: 'USD', recurring: r.pick(['monthly', 'once']),
      donor: { first_name: L('PERSON_NAME', n.first), last_name: L('PERSON_NAME', n.last), email: L('EMAIL_ADDRESS', P.email(r, n)), phone: L('PHONE_NUMBER', P.intlPhone(r, 'US')) },
      billing_address: { line1: L('STREET_ADDRESS', a.line1), city: a.city, state: a.state, postal_code: N(a.zip) },
      card: { number: L('PAYMENT_CARD', P.card(r, r.pick(['visa', 'mastercard', 'amex']))), exp_month: r.int(1, 12), exp_year: r.int(2025, 2030), cvc: N(r.digits(3)) },
      tribute: i === 3 ? tx('In memory of ', ['PERSON_NAME', P.enName(r).full], ', who loved this shelter') : null,
      utm: { source: 'newsletter', campaign: 'spring24' }, client_ip: L('IP_ADDRESS', P.ipv4(r)) };
    return { method: 'POST', path: '/api/donations', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- fleet fuel card transactions
  { name: 'fleet_fuel_card', gen(r, i) {
    const d = P.cnName(r), did = P.cnId(r);
    const txns = r.times(r.int(5, 12), () => { const reg = r.pick(require('../lib/checks').REGIONS); return {
      stationName: r.pick(['中国石化', '中国石油', '壳牌']) + reg[3] + r.pick(['第一', '金桥', '东环', '高速服务区']) + '加油站', stationId: N(r.digits(8)), stationGeo: N(G.coord(r, reg)),
      fuelType: r.pick(['0#柴油', '92#汽油', '95#汽油']), liters: N(r.float(20, 380, 2)), unitPrice: N(r.float(7.2, 8.6, 2)), amount: N(G.amount(r, 150, 3000)),
      odometerKm: N(r.int(12000, 480000)), ts: N(G.epochMs(r)), receiptNo: N(G.orderNo(r)) }; });
    const body = {
      cardNo: N('1000' + r.digits(15)), cardType: r.pick(['单位副卡', 'FLEET_SUB']), balance: N(G.amount(r, 0, 50000)), company: N(G.company(r)), companyCreditCode: L('CN_USCC', P.uscc(r)),
      vehicle: { plateNo: L('LICENSE_PLATE', P.plate(r, i === 3)), vin: L('VEHICLE_VIN', P.vin(r)), model: r.pick(['福田欧曼EST', '解放J6P', '东风天龙', '比亚迪T5']) },
      driver: { name: L('PERSON_NAME', d.zh), mobile: L('PHONE_NUMBER', P.cnPhone(r)), licenseNo: L('CN_RESIDENT_ID', did.id), employeeNo: N(G.empNo(r)) },
      transactions: txns, limits: { dailyLiters: 400, monthlyAmount: N(30000) },
    };
    if (i === 1) { const g = P.geo(r); body.lastPosition = { lat: L('GEO_LOCATION', g.lat), lng: L('GEO_LOCATION', g.lng), reportedAt: N(G.iso(r)) }; }
    return { method: 'GET', path: `/fleet/api/cards/${r.digits(6)}/transactions`, direction: 'response', body };
  } },
];
