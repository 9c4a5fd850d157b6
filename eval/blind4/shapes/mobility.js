'use strict';
// Mobility: ride-hailing, car rental, parking, EV charging (OCPP), camera recognition events.

module.exports = [
  {
    name: 'ride_hailing_trip',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      const city = c.region(r.pick(['440305', '110105', '310104', '510107', '330106']));
      const pax = c.cn({ live: city.code });
      const driver = c.cnName();
      const plate = c.plateCN(r.pick(['nev', 'std']), r.pick(['', '·']));
      const p1 = c.geoNear(city.lat, city.lng, 0.08), p2 = c.geoNear(city.lat, city.lng, 0.08);
      const start = c.ts();
      const tripId = c.orderNo18(start);
      if (i === 3) {
        // international app, English snake_case, rider receipt
        const rider = c.intl(r.pick(['US', 'GB', 'AE']));
        const drv = c.intl(rider.country, { gender: 'M' });
        const card = c.card(r.pick(['visa', 'mc', 'amex']));
        return {
          method: 'GET', path: `/v2/trips/${c.uuid()}/receipt`, direction: 'response',
          body: {
            trip_uuid: H(c.uuid()), request_time: H(c.fmtTs(start, 'isoZ')), status: 'completed',
            rider: { first_name: L('PERSON_NAME', rider.first), email: L('EMAIL_ADDRESS', rider.email), mobile: L('PHONE_NUMBER', rider.phone) },
            driver: { display_name: L('PERSON_NAME', drv.first), rating: 4.93, vehicle: { make_model: H('Toyota Camry Hybrid 2022'), license_plate: L('LICENSE_PLATE', c.plateIntl(rider.country === 'GB' ? 'GB' : 'US')), color: 'Silver' } },
            pickup: { address: L('STREET_ADDRESS', rider.addr.line1), lat: L('GEO_LOCATION', p1[0]), lng: L('GEO_LOCATION', p1[1]) },
            dropoff: { address: H('Terminal 3 Departures, Dubai International Airport'), lat: H(25.2486), lng: H(55.3524) },
            fare: { total: H(c.amount(12, 80)), currency: rider.country === 'GB' ? 'GBP' : 'USD', payment_method: { type: 'card', brand: 'visa', last4: H(c.cardLast4(card)) } },
            receipt_no: H('RCPT-' + r.digits(10)),
          },
        };
      }
      const t = T();
      const note = i === 1 ? t.done(`乘客备注：我在${t('STREET_ADDRESS', pax.addr.street)}门口，电话${t('PHONE_NUMBER', pax.mobile)}，有行李`) : '请准时到达';
      const body = {
        tripId: H(tripId), orderStatus: r.pick([5, 6]), cityCode: city.code.slice(0, 4) + '00',
        passenger: { uid: H(r.nzDigits(12)), phoneMasked: H(c.maskMobile(pax.mobile)), name: L('PERSON_NAME', pax.name), emergencyContactPhone: L('PHONE_NUMBER', c.fmtMobile(c.mobile(), 'plus86')) },
        driver: { name: L('PERSON_NAME', driver.name), driverId: H(r.nzDigits(11)), carPlate: L('LICENSE_PLATE', plate), carModel: H(r.pick(['比亚迪秦PLUS DM-i', '广汽埃安S', '丰田卡罗拉双擎', '小鹏P5'])), carVin: i !== 1 ? L('VEHICLE_VIN', c.vin(r.pick(['LGX', 'LHG', 'LSV']))) : undefined },
        route: {
          pickup: { lat: L('GEO_LOCATION', p1[0]), lng: L('GEO_LOCATION', p1[1]), poiName: r.pick(['科兴科学园B栋', '望京SOHO T1', '小区东门']) },
          dropoff: L('GEO_LOCATION', `${p2[1]},${p2[0]}`),
          polyline: L('GEO_LOCATION', [p1, c.geoNear(p1[0], p1[1], 0.01), p2].map((p) => `${p[1].toFixed(6)},${p[0].toFixed(6)}`).join(';'), `${p1[1].toFixed(6)},${p1[0].toFixed(6)}`),
          distanceM: r.int(1800, 32000), durationS: r.int(420, 4200),
        },
        fee: { total: H(c.amount(9, 160)), coupon: H(c.amount(0, 10)), payChannel: 'WXPAY', transactionId: H(c.wxTradeNo(start)) },
        remark: note,
        customerService: H('400-000-0999'),
      };
      return { method: 'GET', path: `/v2/trips/${tripId}?include=driver,route`, direction: 'response', body: { errno: 0, errmsg: 'SUCCESS', data: c.clean(i === 2 ? c.restyle(body, 'snake') : body) } };
    },
  },

  {
    name: 'car_rental_booking',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const pick = c.ts();
      if (i < 2) {
        const d = c.intl(r.pick(['US', 'DE', 'GB', 'FR']));
        const card = c.card(r.pick(['visa', 'mc', 'amex']));
        const style = i === 0 ? 'camel' : 'pascal';
        const body = {
          reservation: {
            pickupLocation: { code: 'LAX', name: H('Los Angeles Intl Airport'), address: H('9020 Aviation Blvd, Inglewood, CA 90301'), phone: H('+1 (800) 654-3131') },
            pickupDateTime: H(c.fmtTs(pick, 'isoZ')), returnDateTime: H(c.fmtTs(c.addMin(pick, 60 * 24 * r.int(2, 9)), 'isoZ')),
            vehicleClass: 'IFAR', rateCode: H('RC' + r.digits(6)), flightNumber: H(r.pick(['UA', 'LH', 'BA', 'AF']) + r.int(100, 999)),
          },
          driver: {
            givenName: L('PERSON_NAME', d.first), surname: L('PERSON_NAME', d.last), dateOfBirth: L('DATE_OF_BIRTH', c.fmtDate(d.birth, r.pick(['iso', 'mdy']))),
            email: L('EMAIL_ADDRESS', d.email), phone: L('PHONE_NUMBER', d.phone),
            address: { street: L('STREET_ADDRESS', d.addr.line1), city: d.addr.city, postalCode: d.addr.postcode, country: d.country },
            passportNumber: i === 1 || r.chance(0.5) ? L('PASSPORT_NUMBER', c.passportIntl(d.country)) : undefined,
            loyaltyNumber: H(r.nzDigits(9)),
          },
          payment: { cardNumber: L('PAYMENT_CARD', c.fmtCard(card, r.pick(['plain', 'space']))), expiry: `${c.pad(r.int(1, 12))}/${r.int(26, 30)}`, holderName: L('PERSON_NAME', d.name) },
          extras: ['GPS', 'CHILD_SEAT'],
        };
        return { method: 'POST', path: '/api/v2/reservations', direction: 'request', body: c.restyle(c.clean({ ...body, driver: c.clean(body.driver) }), style) };
      }
      const d = c.cn({ minY: 1970, maxY: 2000 });
      const store = c.region(r.pick(['440106', '350203', '530102', '460105']));
      const plate = c.plateCN(r.pick(['std', 'nev']));
      const vin = c.vin(r.pick(['LFV', 'LGB', 'LHG', 'LRW']));
      if (i === 2) {
        return {
          method: 'POST', path: '/zuche/api/order/create', direction: 'request',
          body: {
            storeId: H(r.int(10000, 99999)), storeAddr: H(store.city + store.dist + r.pick(store.roads) + r.int(1, 300) + '号'), pickTime: H(c.fmtTs(pick, 'sql')), returnTime: H(c.fmtTs(c.addMin(pick, 4320), 'sql')),
            modelId: H(r.int(1000, 9999)), modelName: H('大众朗逸 1.5L 自动'),
            renter: { realName: L('PERSON_NAME', d.name), mobile: L('PHONE_NUMBER', d.mobile), idCardNo: L('CN_RESIDENT_ID', d.id), drivingLicenseNo: L('CN_RESIDENT_ID', d.id), licenseFirstIssue: H(c.fmtDate(c.date(2005, 2019), 'iso')), email: L('EMAIL_ADDRESS', d.email) },
            deposit: { type: 'CREDIT_PREAUTH', cardNo: L('PAYMENT_CARD', c.card(r.pick(['up', 'visa', 'mc']))), amount: H(5000) },
            couponCode: H('ZC' + r.alnum(8).toUpperCase()),
          },
        };
      }
      return {
        method: 'GET', path: `/zuche/api/order/detail?orderId=${c.orderNo11()}`, direction: 'response',
        body: {
          code: '0000', data: {
            orderId: H(c.orderNo11()), status: '已取车',
            vehicle: { plateNo: L('LICENSE_PLATE', plate), vin: L('VEHICLE_VIN', vin), engineNo: H(r.upper(3) + r.digits(6)), mileageKm: r.int(3000, 90000), gpsDeviceImei: H(c.imei()), currentLocation: { lat: L('GEO_LOCATION', c.geoNear(store.lat, store.lng, 0.3)[0]), lng: L('GEO_LOCATION', c.geoNear(store.lat, store.lng, 0.3)[1]) } },
            renterName: L('PERSON_NAME', d.name), renterMobile: H(c.maskMobile(d.mobile)), renterIdCard: H(c.maskId(d.id)),
            store: { name: H(store.city + '机场店'), tel: H(c.hotline()), lat: H(store.lat), lng: H(store.lng) },
            amount: { rent: H(c.amount(300, 2000)), insurance: H(c.amount(50, 300)), total: H(c.amount(400, 2400)) },
          },
        },
      };
    },
  },

  {
    name: 'parking_session',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const reg = c.region();
      const inT = c.ts(), outT = c.addMin(inT, r.int(12, 900));
      const plate = c.plateCN(undefined, r.pick(['', '·', ' ']));
      const parkCode = 'P' + reg.code + r.digits(3);
      if (i === 3) {
        // record list, UPPER keys from a legacy parking system
        const owners = Array.from({ length: 3 }, () => c.cn({ live: reg.code }));
        return {
          method: 'GET', path: `/park/api/monthcard/list?parkCode=${parkCode}&status=1`, direction: 'response',
          body: { RESULT: 'OK', TOTAL: owners.length, ROWS: owners.map((o) => ({ CARD_NO: H(r.nzDigits(10)), PLATE_NO: L('LICENSE_PLATE', c.plateCN()), OWNER_NAME: L('PERSON_NAME', o.name), OWNER_TEL: L('PHONE_NUMBER', o.mobile), ROOM: `${r.int(1, 20)}-${r.int(1, 30)}0${r.int(1, 4)}`, VALID_FROM: H(c.fmtDate(c.ts(), 'iso')), VALID_TO: H(c.fmtDate(c.ts(), 'iso')), FEE: H(r.pick([300, 450, 600])) })) },
        };
      }
      const body = {
        ...(() => { const g = c.publicPlaceGeo(reg); return { parkCode: H(parkCode), parkName: reg.dist + r.pick(['万象城停车场', '人民医院停车场', '科技园P3']), parkLat: H(g[0]), parkLng: H(g[1]) }; })(),
        plateNo: L('LICENSE_PLATE', plate), plateColor: plate.replace(/[·\s]/g, '').length === 8 ? '绿' : '蓝', carType: 1,
        inTime: H(c.fmtTs(inT, 'sql')), outTime: H(c.fmtTs(outT, 'sql')), inGate: '东门入口1', outGate: '东门出口2',
        payAmount: H(c.amount(2, 80)), payType: r.pick(['WXPAY', 'ALIPAY', 'ETC']), transactionId: H(c.wxTradeNo(outT)), orderNo: H(c.orderNo18(outT)),
        inImage: `https://img.park.example.cn/${c.fmtDate(inT, 'compact')}/${r.hex(16)}.jpg`,
      };
      if (i === 1) {
        body.etc = { obuId: H(r.digits(16)), etcCardNo: '4401' + r.digits(16), ownerName: L('PERSON_NAME', c.cnName().name), vehicleVin: L('VEHICLE_VIN', c.vin(r.pick(['LSV', 'LFV', 'LHG', 'LGB']))) };
      }
      if (i === 2) {
        const u = c.cn();
        body.member = { openid: H('o' + r.alnum(27)), mobile: L('PHONE_NUMBER', c.fmtMobile(u.mobile, 'plus86c')), nickName: r.pick(['晴天', 'Alex', '小鱼儿']) };
      }
      return { method: 'POST', path: '/park/api/notify/exit', direction: 'request', body: { sign: H(c.md5()), timestamp: H(c.fmtTs(outT, 'epochMs')), data: i === 0 ? c.J(body) : body } };
    },
  },

  {
    name: 'ev_charging_session',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const reg = c.region();
      const u = c.cn({ live: reg.code });
      const vin = c.vin(r.pick(['LRW', 'LGX', 'LB3', 'LVS']));
      const plate = c.plateCN('nev', r.pick(['', '·']));
      const start = c.ts();
      const txId = r.int(100000, 999999);
      const evse = `CN*${r.upper(3)}*E${r.digits(6)}*${r.int(1, 4)}`;
      const ocpp = [
        [2, c.uuid(), 'StartTransaction', { connectorId: 1, idTag: H(r.hex(8).toUpperCase()), meterStart: r.int(10000, 90000), timestamp: H(c.fmtTs(start, 'isoZ')) }],
        [3, c.uuid(), { transactionId: txId, idTagInfo: { status: 'Accepted' } }],
        [2, c.uuid(), 'DataTransfer', { vendorId: 'com.example.iso15118', messageId: 'EVCCID', data: c.J({ vin: L('VEHICLE_VIN', vin), evccId: H(r.hex(12).toUpperCase()), soc: r.int(5, 60) }) }],
        [2, c.uuid(), 'MeterValues', { connectorId: 1, transactionId: txId, meterValue: [{ timestamp: H(c.fmtTs(c.addMin(start, 15), 'isoZ')), sampledValue: [{ value: String(r.int(3000, 20000)), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }] }],
      ];
      if (i === 2) {
        // raw frame log (array of arrays) only, kebab keys around
        return { method: 'POST', path: `/csms/api/v1/chargers/${encodeURIComponent(evse)}/frames`, direction: 'request', body: { 'charge-point-id': H(evse), 'firmware-version': H(c.version4()), frames: ocpp } };
      }
      return {
        method: 'GET', path: `/api/v1/charging/sessions/${txId}`, direction: 'response',
        body: {
          sessionId: H(c.orderNo18(start)), evseId: H(evse), status: 'FINISHED',
          user: { userId: H(r.nzDigits(10)), phone: L('PHONE_NUMBER', i === 0 ? c.fmtMobile(u.mobile, 'plus86') : u.mobile), realName: i === 1 ? L('PERSON_NAME', u.name) : null, plateNo: L('LICENSE_PLATE', plate), vin: L('VEHICLE_VIN', vin) },
          station: { name: reg.dist + r.pick(['科技园超充站', '万达广场充电站', '高铁站P2充电站']), lat: H(reg.lat), lng: H(reg.lng), operatorHotline: H(c.hotline()) },
          energyKWh: r.float(5, 80, 3), startSoc: r.int(5, 50), endSoc: r.int(60, 100), startTime: H(c.fmtTs(start, 'sql')), endTime: H(c.fmtTs(c.addMin(start, 55), 'sql')),
          fee: { electricity: H(c.amount(5, 60)), service: H(c.amount(2, 30)), total: H(c.amount(8, 90)) },
          ocppLog: ocpp,
        },
      };
    },
  },

  {
    name: 'camera_recognition_events',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const reg = c.region();
      const cam = () => ({ deviceId: H('34020000001320' + r.digits(6)), cameraSn: H(c.serial()), place: reg.dist + r.pick(['地铁站A口', '人民广场北侧', '步行街东入口', '高速收费站']), lon: H(c.publicPlaceGeo(reg)[1]), lat: H(reg.lat), ip: L('IP_ADDRESS', c.ip4('private')) });
      if (i === 1) {
        // LPR batch, vehicle events only
        return {
          method: 'POST', path: '/api/v1/lpr/events/batch', direction: 'request',
          body: { boxId: H(c.serial()), events: Array.from({ length: 3 }, () => ({ eventId: H(c.uuid()), camera: cam(), plateNo: L('LICENSE_PLATE', c.plateCN()), plateConfidence: r.float(0.8, 0.99, 2), vehicleBrand: H(r.pick(['Tesla Model Y', '比亚迪汉', '大众帕萨特'])), speedKmh: r.int(10, 80), captureTime: H(c.fmtTs(c.ts(), 'epochMs')) })) },
        };
      }
      const p = c.cn();
      const face = {
        eventId: H(c.uuid()), eventType: 'FACE_MATCH', camera: cam(), captureTime: H(c.fmtTs(c.ts(), 'iso8')),
        match: { personId: H(r.nzDigits(12)), name: L('PERSON_NAME', p.name), idCard: L('CN_RESIDENT_ID', p.id), libraryName: r.pick(['员工库', 'VIP客户库', '访客白名单']), similarity: r.float(0.82, 0.99, 3) },
        attributes: { gender: p.gender, ageRange: '30-40', mask: false, glasses: r.chance(0.3) },
        faceImageSha1: H(c.sha1()),
      };
      if (i === 2) face.match.phone = L('PHONE_NUMBER', p.mobile);
      return { method: 'POST', path: '/api/v1/events', direction: 'request', body: { version: H('2.1.0'), events: [face] } };
    },
  },
];
