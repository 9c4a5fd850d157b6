'use strict';
// Telecom, travel, mobility shapes.
const { S, H, txt, json, kv } = require('../lib/mark');
const { pad } = require('../lib/rng');

module.exports = [
  {
    name: 'telecom-cdr',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const own = p.mobile; const imei = v.imei(); const iccid = v.iccid();
      const records = [];
      for (let k = 0, n = r.int(5, 8); k < n; k++) {
        const t = r.pick(['MOC', 'MTC', 'SMS_MO', 'SMS_MT', 'GPRS']);
        let other;
        if (t === 'GPRS') other = r.pick(['cmnet', 'cmwap', 'ims']);
        else if (r.chance(0.3)) other = H(r.pick(['10086', '1065' + r.digits(r.int(8, 12)), '95' + r.digits(3), '12580']));
        else other = S('PHONE_NUMBER', r.chance(0.7) ? v.cnMobile(r.pick(['plain', '86'])) : v.cnLandline(null, 'plain'));
        records.push({
          seq_no: H(v.orderNo()), call_type: t,
          msisdn: S('PHONE_NUMBER', (i % 2 ? '86' : '') + own), other_party: other,
          imei: H(imei), iccid: H(iccid), lac: r.int(4000, 9999), cell_id: r.int(10000, 65000),
          start_time: H(v.compactTs()), duration_s: t.startsWith('GPRS') || t.startsWith('SMS') ? 0 : r.int(3, 1800),
          volume_kb: t === 'GPRS' ? r.int(100, 900000) : 0, fee_fen: H(r.int(0, 3000)), roam: r.pick(['0', '0', '1']),
        });
      }
      return {
        method: 'GET', path: `/boss/api/v3/billing/cdr?billCycle=2024${pad(r.int(1, 12))}`, direction: 'response',
        body: { result_code: '0000', result_msg: 'success', data: { acct_id: H(r.digits(12)), cust_name: S('PERSON_NAME', p.name), brand: r.pick(['全球通', '动感地带', '神州行']), plan_name: r.pick(['5G畅享套餐129元', '4G飞享套餐38元']), total_fee: H(v.amount(20, 400)), records } },
      };
    },
  },
  {
    name: 'telecom-number-porting',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const contact = v.cnMobileRaw();
      const body = {
        REQ_HEAD: { TRANS_ID: H(v.compactTs() + r.digits(8)), CHANNEL_ID: 'WX_MINI', OP_CODE: 'NP_OUT_AUTH', TIMESTAMP: H(v.compactTs()), APP_VERSION: H(v.version()) },
        REQ_BODY: {
          SERIAL_NUMBER: S('PHONE_NUMBER', i === 2 ? Number(p.mobile) : p.mobile),
          CUST_NAME: S('PERSON_NAME', p.name),
          PSPT_TYPE_CODE: '1', PSPT_TYPE_NAME: '居民身份证',
          PSPT_ID: S('CN_RESIDENT_ID', p.id),
          CONTACT_PHONE: S('PHONE_NUMBER', v.fmtCnMobile(contact, r.pick(['plain', '+86', 'dash']))),
          PSPT_ADDR: S('STREET_ADDRESS', p.addr.full),
          SIM_ICCID: H(v.iccid()), IMEI: H(v.imei()), NP_CODE: H(r.upper(2) + r.digits(6)),
          TARGET_NET: r.pick(['46001', '46003']), HOME_AREA: p.region.c,
        },
      };
      if (i % 2 === 0) body.REQ_BODY.AGENT_INFO = { AGENT_NAME: S('PERSON_NAME', v.cnName()), AGENT_PSPT: S('CN_RESIDENT_ID', v.residentId()), RELATION: '配偶' };
      return { method: 'POST', path: '/crm/np/v1/authCode/apply', direction: 'request', body };
    },
  },
  {
    name: 'sms-gateway-send',
    gen({ r, v }, i) {
      const nums = [v.cnMobileRaw(), v.cnMobileRaw()];
      const who = v.cnName();
      const tp = i % 2 === 0
        ? json({ name: S('PERSON_NAME', who), orderNo: H(v.orderNo()), amount: H(v.amount(10, 900)) })
        : json({ code: H(r.digits(6)), product: r.pick(['云账户', '会员中心']) });
      return {
        method: 'POST', path: '/?Action=SendSms&Version=2017-05-25', direction: 'request',
        body: {
          PhoneNumbers: i === 3 ? S('PHONE_NUMBER', nums[0]) : txt`${S('PHONE_NUMBER', nums[0])},${nums[1]}`,
          SignName: r.pick(['星河商城', '云栖科技']), TemplateCode: H('SMS_' + r.digits(9)), TemplateParam: tp,
          OutId: H(r.uuid()), SmsUpExtendCode: H(r.digits(4)),
        },
      };
    },
  },
  {
    name: 'airline-pnr',
    gen({ r, v }, i) {
      const pax = [];
      const contacts = [];
      const n = r.int(1, 3);
      for (let k = 0; k < n; k++) {
        const cn = r.chance(0.7);
        if (cn) {
          const p = v.cnPerson();
          const pp = v.passportCN();
          pax.push({
            PaxId: `P${k + 1}`, NameInPNR: txt`${S('PERSON_NAME', `${p.sur.toUpperCase()}/${p.given.toUpperCase()}`)} ${p.gender === 'M' ? 'MR' : 'MS'}`,
            Surname: S('PERSON_NAME', p.sur.toUpperCase()), GivenName: S('PERSON_NAME', p.given.toUpperCase()), NameLocal: S('PERSON_NAME', p.name),
            PTC: 'ADT', Gender: p.gender,
            SSR_DOCS: S('PASSPORT_NUMBER', pp),
            DocInfo: { DocType: 'P', DocID: S('PASSPORT_NUMBER', pp), IssueCountry: 'CHN', Nationality: 'CHN', BirthDate: S('DATE_OF_BIRTH', v.fmtDate(p.birth, 'gds')), ExpiryDate: H(v.fmtDate(`20${r.int(27, 34)}0${r.int(1, 9)}1${r.int(0, 9)}`, 'gds')) },
            TicketNumber: H(v.ticketNo()), FQTV: H(`CA${r.digits(12)}`),
          });
          if (k === 0) contacts.push({ Type: 'CTCM', Text: txt`CTCM ${S('PHONE_NUMBER', p.mobile)}/P${k + 1}` }, { Type: 'CTCE', Text: txt`CTCE ${S('EMAIL_ADDRESS', p.email.replace('@', '//').toUpperCase())}/P${k + 1}` });
        } else {
          const w = v.westPerson(r.pick(['US', 'DE', 'GB']));
          const pp = w.cc === 'US' ? v.passportUS() : w.cc === 'DE' ? v.passportDE() : v.passportGB();
          pax.push({
            PaxId: `P${k + 1}`, NameInPNR: txt`${S('PERSON_NAME', `${w.last.toUpperCase()}/${w.first.toUpperCase()}`)} ${r.pick(['MR', 'MRS', 'MS'])}`,
            Surname: S('PERSON_NAME', w.last.toUpperCase()), GivenName: S('PERSON_NAME', w.first.toUpperCase()), PTC: 'ADT',
            DocInfo: { DocType: 'P', DocID: S('PASSPORT_NUMBER', pp), IssueCountry: { US: 'USA', DE: 'D', GB: 'GBR' }[w.cc], BirthDate: S('DATE_OF_BIRTH', v.fmtDate(w.birth, 'gds')) },
            TicketNumber: H(v.ticketNo()),
          });
          if (k === 0) contacts.push({ Type: 'CTCM', Text: txt`CTCM ${S('PHONE_NUMBER', w.phone.replace(/\D/g, ''))}/P1` });
        }
      }
      const segs = [];
      for (let k = 0; k < r.int(1, 2); k++) segs.push({ SegId: k + 1, Carrier: 'CA', Flight: H(v.flight()), Class: r.pick(['Y', 'B', 'J']), Dep: r.pick(['PEK', 'PVG', 'CAN']), Arr: r.pick(['FRA', 'LHR', 'JFK', 'CTU']), DepTime: H(v.isoTs()), Status: 'HK' });
      return { method: 'GET', path: `/ndc/v18/OrderRetrieve`, direction: 'response', body: { Response: { Order: { OrderID: H(v.orderNo()), RecordLocator: H(v.pnr()), OwnerCode: 'CA', Passengers: pax, Contacts: contacts, Segments: segs, TotalPrice: { Amount: H(Number(v.amount(800, 20000))), Currency: 'CNY' }, CreateTime: H(v.isoTs()) } }, Errors: [] } };
    },
  },
  {
    name: 'boarding-pass',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const pnr = v.pnr(); const fl = v.flight();
      const nm = `${p.sur.toUpperCase()}/${p.given.toUpperCase()}`;
      const bcbp = `M1${nm.padEnd(20, ' ')}E${pnr} PEKSHA${fl.slice(0, 2)} ${fl.slice(2).padStart(4, '0')} ${r.int(100, 365)}Y0${r.int(10, 60)}${r.pick(['A', 'C', 'K'])}00${r.int(10, 99)} 100`;
      return {
        method: 'GET', path: `/api/checkin/boardingpass/${pnr}`, direction: 'response',
        body: {
          success: true,
          boardingPasses: [{
            passengerName: S('PERSON_NAME', nm), passengerNameCn: S('PERSON_NAME', p.name), flightNo: H(fl), flightDate: H(v.recentDate()),
            seatNo: `${r.int(10, 60)}${r.pick(['A', 'C', 'K'])}`, gate: `${r.pick(['C', 'E'])}${r.int(10, 80)}`, boardingTime: '07:35', seqNo: H(pad(r.int(1, 300), 3)),
            ticketNo: H(v.ticketNo()), ffpNo: H('CA' + r.digits(12)), cabin: '经济舱',
            barcodeData: txt`M1${S('PERSON_NAME', nm)}${bcbp.slice(2 + nm.length)}`,
            barcodeType: 'PDF417', idCardMasked: H(v.maskId(p.id)), mobileMasked: H(v.maskPhone(p.mobile)),
          }],
          traceId: H(r.uuid()),
        },
      };
    },
  },
  {
    name: 'hotel-ota-push',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const g2 = v.cnNameParts();
      const guests = [{ 'guest-name': S('PERSON_NAME', p.name), 'id-type': 'ID_CARD', 'id-no': S('CN_RESIDENT_ID', p.id), 'is-main': true }];
      if (i % 2) guests.push({ 'guest-name': S('PERSON_NAME', g2.zh), 'id-type': 'HK_MACAU_PASS', 'id-no': S('CN_HK_MACAU_PERMIT', v.hkmoPermit()), 'is-main': false });
      return {
        method: 'POST', path: '/pms/ota/reservation/push', direction: 'request',
        body: {
          'channel-code': r.pick(['CTRIP', 'MEITUAN', 'FLIGGY']), 'channel-order-id': H(v.orderNo()), 'hotel-code': H('H' + r.digits(6)), 'hotel-name': '锦江之星(上海徐家汇店)',
          'room-type-code': 'DKN', 'rate-plan': 'BAR_BF2', 'check-in': H(v.recentDate()), 'check-out': H(v.recentDate()), 'room-count': 1,
          'contact-name': S('PERSON_NAME', p.name), 'contact-mobile': S('PHONE_NUMBER', v.fmtCnMobile(p.mobile, r.pick(['plain', '+86']))), 'contact-email': i === 3 ? S('EMAIL_ADDRESS', p.email) : '',
          guests, 'total-amount': H(v.amount(200, 3000)), currency: 'CNY', 'guarantee-type': 'CREDIT_CARD',
          'guarantee-card': i === 0 ? { 'card-no': S('PAYMENT_CARD', v.card('up', 'plain')), 'holder': S('PERSON_NAME', p.name), 'expire': '08/28' } : { 'card-no-masked': H(v.maskCard()), 'token': H(v.sha256()) },
          remark: i === 1 ? txt`客人预计晚到，请保留房间，联系${S('PHONE_NUMBER', v.cnMobile('dash'))}` : '无烟房，高楼层',
          'created-at': H(v.cnTs()),
        },
      };
    },
  },
  {
    name: 'hotel-meldeschein',
    gen({ r, v }, i) {
      const w = v.westPerson(r.pick(['DE', 'DE', 'FR', 'US']));
      const pp = w.cc === 'DE' ? v.passportDE() : w.cc === 'US' ? v.passportUS() : r.digits(2) + r.upper(2) + r.digits(5);
      const begl = r.chance(0.5) ? [{ Vorname: S('PERSON_NAME', r.pick(['Mia', 'Paul', 'Emma'])), Nachname: S('PERSON_NAME', w.last), Geburtsdatum: S('DATE_OF_BIRTH', v.fmtDate(v.birth(2010, 2020), 'de')) }] : [];
      return {
        method: 'POST', path: '/api/v2/meldeschein', direction: 'request',
        body: {
          Betrieb: { BetriebsNr: H(r.digits(8)), Name: 'Hotel Am Stadtpark' },
          Gast: {
            Anrede: 'Herr/Frau', Vorname: S('PERSON_NAME', w.first), Nachname: S('PERSON_NAME', w.last),
            Geburtsdatum: S('DATE_OF_BIRTH', v.fmtDate(w.birth, 'de')), Staatsangehoerigkeit: w.cc,
            Anschrift: { 'Straße_Hausnr': S('STREET_ADDRESS', w.addr.line1), PLZ: w.addr.postal, Ort: w.addr.city, Land: w.cc },
            Reisedokument: { Art: 'Reisepass', Nummer: S('PASSPORT_NUMBER', pp) },
            Telefon: S('PHONE_NUMBER', w.phone), 'E-Mail': S('EMAIL_ADDRESS', w.email),
          },
          Mitreisende: begl,
          Anreise: H(v.recentDate('de')), Abreise: H(v.recentDate('de')), Zimmer: String(r.int(101, 512)), Buchungsnummer: H(r.upper(3) + r.digits(7)),
          Zahlung: i % 2 ? { Art: 'Kreditkarte', Karte: S('PAYMENT_CARD', v.card(r.pick(['visa', 'mc', 'amex']), 'space')), Gueltig: '11/27' } : { Art: 'Rechnung', Betrag: H(v.amount(90, 900)) },
          Unterschrift_Zeitstempel: H(v.isoTs()),
        },
      };
    },
  },
  {
    name: 'car-rental-cn',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const vin = v.vin(); const plate = v.plate();
      return {
        method: 'GET', path: `/rent/api/order/detail?orderId=${r.digits(10)}`, direction: 'response',
        body: {
          code: 200, msg: 'ok',
          data: {
            orderId: H(v.orderNo()), storeName: '一嗨租车上海虹桥站', pickupTime: H(v.cnTs()), returnTime: H(v.cnTs()),
            renter: { realName: S('PERSON_NAME', p.name), mobile: S('PHONE_NUMBER', p.mobile), idCardNo: S('CN_RESIDENT_ID', p.id), driverLicenseNo: S('CN_RESIDENT_ID', p.id), licenseClass: 'C1', emergencyContact: S('PERSON_NAME', v.cnName()), emergencyPhone: S('PHONE_NUMBER', v.cnMobile('dash')) },
            vehicle: { modelName: r.pick(['大众朗逸 1.5L', '比亚迪秦PLUS DM-i', '丰田卡罗拉']), plateNo: S('LICENSE_PLATE', plate), frameNo: S('VEHICLE_VIN', vin), engineNo: H(r.upper(3) + r.digits(6)), mileageStart: r.int(10000, 90000), fuelLevel: '8/8' },
            deposit: { preAuthAmount: H(v.amount(3000, 5000)), cardTail: H(v.last4()), preAuthNo: H(r.digits(12)) },
            fee: { rent: H(v.amount(100, 900)), insurance: H(v.amount(50, 200)), total: H(v.amount(200, 1200)) },
            violations: i === 2 ? [{ time: H(v.cnTs()), place: '沪闵高架路外圈', code: H('1345'), points: 3, fine: H('200.00') }] : [],
          },
        },
      };
    },
  },
  {
    name: 'rentacar-jp',
    gen({ r, v }, i) {
      const w = v.westPerson('JP');
      return {
        method: 'POST', path: '/yoyaku/api/v1/reservations', direction: 'request',
        body: {
          yoyaku_bango: H('R' + r.digits(10)), tenpo_code: H(r.digits(4)), kashidashi_nichiji: H(v.isoTs()), henkyaku_nichiji: H(v.isoTs()),
          kokyaku: {
            shimei: S('PERSON_NAME', `${w.last} ${w.first}`), shimei_kana: S('PERSON_NAME', r.pick(['タナカ ユキ', 'サトウ ハルト', 'スズキ サクラ'])),
            seinengappi: S('DATE_OF_BIRTH', v.fmtDate(w.birth, 'slash')), denwa_bangou: S('PHONE_NUMBER', v.intlPhone('JP')), meeru: S('EMAIL_ADDRESS', w.email),
            juusho: S('STREET_ADDRESS', w.addr.full), menkyosho_bangou: H(r.digits(12)), kokuseki: 'JP',
          },
          sharyo: { class_code: 'S', shamei: 'Toyota Yaris', nenpi: 21.6 },
          option: { child_seat: i % 2, etc_card: true, menseki_hosho: true },
          shiharai: { houhou: 'credit', card_bango: i === 1 ? S('PAYMENT_CARD', v.card('visa', 'dash')) : H(v.maskCard()), kingaku: H(r.int(5000, 60000)) },
        },
      };
    },
  },
  {
    name: 'ev-charging-session',
    gen({ r, v }, i) {
      const reg = v.region(); const vin = v.vin(); const start = v.epochMs();
      const meter = [];
      for (let k = 0; k < r.int(3, 5); k++) meter.push({ timestamp: H(start + k * 300000), sampledValue: [{ value: String(r.int(1000, 60000)), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }, { value: String(r.int(3, 120)), measurand: 'Power.Active.Import', unit: 'kW' }] });
      const pos = v.geo(reg, 0.02);
      return {
        method: 'POST', path: '/webhooks/charging/session-ended', direction: 'request',
        body: {
          event: 'session.ended', eventId: H(r.uuid()), chargeBoxId: H('CB' + r.digits(12)), connectorId: r.int(1, 2), transactionId: H(r.int(100000, 9999999)),
          idTag: H(r.hex(8).toUpperCase()), vehicle: { vin: S('VEHICLE_VIN', vin), plateNumber: S('LICENSE_PLATE', v.plate('ev')), brand: r.pick(['比亚迪', '特斯拉', '蔚来']) },
          user: { userId: H(r.digits(9)), nickName: r.pick(['充电小能手', 'Tesla车主', '阿杰']), phone: S('PHONE_NUMBER', i === 3 ? Number(v.cnMobileRaw()) : v.cnMobile()) },
          station: { stationId: H(r.digits(8)), name: `${reg.d}万象城充电站`, lat: H(pos.lat), lng: H(pos.lng), operator: '特来电' },
          meterValues: meter, energyKWh: Number((r.next() * 60).toFixed(2)), fee: { elec: H(v.amount(5, 60)), service: H(v.amount(2, 30)) },
          firmware: H(v.version()),
        },
      };
    },
  },
  {
    name: 'ride-hailing-trip',
    gen({ r, v }, i) {
      const reg = v.region(); const drv = v.cnNameParts();
      const track = [];
      let t = v.epochMs();
      for (let k = 0; k < r.int(3, 5); k++) { const g = v.geo(reg, 0.05); track.push([S('GEO_LOCATION', g.lng), S('GEO_LOCATION', g.lat), H(t), r.int(0, 80)]); t += 15000; }
      const pick = v.geo(reg, 0.05); const drop = v.geo(reg, 0.05);
      return {
        method: 'GET', path: `/v2/trips/${r.hex(12)}`, direction: 'response',
        body: {
          errno: 0, errmsg: 'SUCCESS',
          data: {
            trip_id: H(v.orderNo()), status: 'FINISHED', product: r.pick(['快车', '专车', '拼车']),
            passenger: { pid: H(r.digits(14)), phone: H(v.maskPhone()), nick: '乘客' + r.digits(4) },
            driver: { name: S('PERSON_NAME', i % 2 ? drv.zh : drv.surZh + '师傅'), phone: S('PHONE_NUMBER', v.cnMobile()), rating: 4.9, car_plate: S('LICENSE_PLATE', v.plate(null, 'none')), car_model: '白色 丰田凯美瑞', car_vin: i === 0 ? S('VEHICLE_VIN', v.vin()) : undefined },
            pickup: { name: `${reg.roads[0]}地铁站B口`, location: txt`${S('GEO_LOCATION', `${pick.lat},${pick.lng}`)}` },
            dropoff: { name: '家', addr: S('STREET_ADDRESS', v.cnAddr(reg).full), lat: S('GEO_LOCATION', drop.lat), lng: S('GEO_LOCATION', drop.lng) },
            track_points: track, track_fields: ['lng', 'lat', 'ts_ms', 'speed_kmh'],
            fare: { total_fen: H(r.int(1200, 12000)), distance_m: r.int(1000, 30000), duration_s: r.int(300, 4000) },
            invoice_title: H(v.companyCn()),
          },
        },
      };
    },
  },
  {
    name: 'vehicle-telematics',
    gen({ r, v }, i) {
      const reg = v.region();
      const rows = [];
      for (let k = 0; k < r.int(3, 6); k++) {
        const g = v.geo(reg, 0.2);
        rows.push({
          VIN: S('VEHICLE_VIN', v.vin()), PlateNo: S('LICENSE_PLATE', v.plate(null, 'dot')), TBoxSN: H(r.upper(2) + r.digits(12)), IMEI: H(v.imei()), ICCID: H(v.iccid()),
          GPS: { Lat: S('GEO_LOCATION', g.lat), Lon: S('GEO_LOCATION', g.lng), Alt: r.int(0, 500), Heading: r.int(0, 359), Valid: true },
          SpeedKph: r.int(0, 120), OdometerKm: r.int(1000, 200000), SOC: r.int(5, 100), FwVersion: H(v.version()), ReportTime: H(v.epochMs()),
        });
      }
      return { method: 'POST', path: '/fleet/api/v1/realtime/batchQuery', direction: 'response', body: { Code: 0, Message: 'OK', Total: rows.length, Items: rows, RequestId: H(r.uuid()) } };
    },
  },
];
