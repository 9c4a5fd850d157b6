'use strict';
const v = require('./values');
const { S, H, tx, join, table, enc } = require('./mk');

// short label constructors
const PN = x => S('PERSON_NAME', x), PH = x => S('PHONE_NUMBER', x), EM = x => S('EMAIL_ADDRESS', x), RID = x => S('CN_RESIDENT_ID', x);
const PP = x => S('PASSPORT_NUMBER', x), HK = x => S('CN_HK_MACAU_PERMIT', x), USCC = x => S('CN_USCC', x), PC = x => S('PAYMENT_CARD', x);
const BA = x => S('BANK_ACCOUNT', x), ADDR = x => S('STREET_ADDRESS', x), DOB = x => S('DATE_OF_BIRTH', x), IP = x => S('IP_ADDRESS', x);
const GEO = x => S('GEO_LOCATION', x), LP = x => S('LICENSE_PLATE', x), VIN = x => S('VEHICLE_VIN', x), CR = x => S('CREDENTIAL', x), SSN = x => S('US_SSN', x);

function person(r, o = {}) {
  const region = o.region || r.pick(v.REGIONS);
  const birth = o.birth || v.dob(r, o.y0 || 1955, o.y1 || 2003);
  return { region, birth, name: v.cnName(r), id: v.residentId(r, region, birth), mob: v.mobile(r), addr: v.cnAddress(r, region) };
}
const mobFmt = (r, m) => v.fmtMobile(m, r.pick(['plain', 'plain', 'plain', 'dash', 'space', 'plus86', 'plus86c']));
const hnDate = r => { const d = v.recentDate(r); return v.fmtDate(d, 'iso'); };
const sha = r => r.hex(64);

const shapes = [];
const def = (name, fn) => shapes.push({ name, fn });

// 1 DynamoDB GetItem: construction-site real-name worker register
def('ddb-getitem-site-worker', (r) => {
  const p = person(r, { y0: 1965, y1: 2000 }), c = person(r);
  const item = {
    workerId: { S: H(v.snowflake(r)) }, name: { S: PN(p.name) }, idCardNo: { S: RID(p.id) }, mobile: { S: PH(mobFmt(r, p.mob)) },
    teamCode: { S: 'T-' + v.pad(r.int(1, 30), 2) }, trade: { S: r.pick(['钢筋工', '木工', '架子工', '电焊工', '混凝土工']) }, dailyWage: { N: String(r.int(280, 520)) },
    gateCardNo: { N: H(r.digits(10)) }, entryDate: { S: H(hnDate(r)) }, faceFeatureHash: { S: H(sha(r)) },
    emergency: { M: { relation: { S: r.pick(['配偶', '父亲', '兄弟']) }, contactName: { S: PN(c.name) }, contactTel: { S: PH(c.mob) } } },
    nativePlace: { S: ADDR(p.addr) },
  };
  if (r.chance(0.5)) item.wageCard = { M: { bank: { S: '中国工商银行' }, cardNo: { S: PC(v.card(r, 'unionpay')) } } };
  return { method: 'POST', path: '/api/ddb/GetItem', direction: 'response', body: { Item: item, ConsumedCapacity: { TableName: 'site_worker_register', CapacityUnits: 0.5 } } };
});

// 2 DynamoDB Query: seafarer crew roster with L/M nesting
def('ddb-query-crew-roster', (r) => {
  const items = [];
  for (let i = 0; i < r.int(2, 3); i++) {
    const lang = r.pick(['cn', 'ph', 'ru', 'in', 'id']);
    const nm = lang === 'cn' ? v.cnName(r) : v.foreignName(r, lang);
    const pcc = { cn: 'cn', ph: 'ph', ru: 'ru', in: 'in', id: 'id' }[lang];
    const ph = lang === 'cn' ? v.mobile(r) : v.intlPhone(r, lang);
    items.push({
      crewId: { S: H(v.uuid(r)) }, fullName: { S: PN(nm) }, rank: { S: r.pick(['Master', 'Chief Officer', 'AB', 'Oiler', '2nd Engineer', 'Cook']) },
      nationality: { S: lang.toUpperCase() }, dateOfBirth: { S: DOB(v.fmtDate(v.dob(r, 1965, 2002), 'iso')) }, contactPhone: { S: PH(ph) },
      certificates: { L: [{ M: { type: { S: 'PASSPORT' }, number: { S: PP(v.passport(r, pcc)) }, expiry: { S: H(v.fmtDate({ y: r.int(2026, 2034), m: r.int(1, 12), d: r.int(1, 28) }, 'iso')) } } }, { M: { type: { S: 'STCW-II/1' }, number: { S: 'COC-' + r.digits(6) }, expiry: { S: H(hnDate(r)) } } }] },
      signOnDate: { S: H(hnDate(r)) }, contractNo: { S: H('SEA-' + r.digits(10)) },
    });
  }
  return { method: 'POST', path: '/api/ddb/Query', direction: 'response', body: { Count: items.length, ScannedCount: items.length, Items: items, LastEvaluatedKey: { vesselImo: { S: H('IMO' + r.int(9100000, 9899999)) }, crewId: { S: H(v.uuid(r)) } } } };
});

// 3 DynamoDB Streams: homestay host payout card change (NewImage/OldImage)
def('ddb-stream-homestay-payout', (r) => {
  const p = person(r); const oldC = v.card(r, 'unionpay'), newC = v.card(r);
  const img = (c) => ({ hostId: { S: H('H' + r.digits(9)) }, hostName: { S: PN(p.name) }, payoutCard: { S: PC(c) }, bank: { S: r.pick(['招商银行', '建设银行', '农业银行']) }, listingCount: { N: String(r.int(1, 6)) }, updatedAt: { N: H(String(v.ts(r))) } });
  return { method: 'POST', path: '/api/streams/homestay-hosts/records', direction: 'request', body: { Records: [{ eventID: H(r.hex(32)), eventName: 'MODIFY', eventSource: 'aws:dynamodb', dynamodb: { ApproximateCreationDateTime: H(Math.floor(v.ts(r) / 1000)), Keys: { hostId: { S: H('H' + r.digits(9)) } }, NewImage: img(newC), OldImage: img(oldC), SequenceNumber: H(r.digits(21)), SizeBytes: r.int(200, 400), StreamViewType: 'NEW_AND_OLD_IMAGES' } }] } };
});

// 4 BigQuery query results: clinical-trial enrolment (schema separate from rows)
def('bq-rows-trial-enrolment', (r) => {
  const fields = ['subject_code', 'site_id', 'full_name', 'birth_date', 'contact_phone', 'arm', 'enrolled_at', 'consent_hash'];
  const rows = [];
  for (let i = 0; i < r.int(2, 3); i++) {
    const p = person(r, { y0: 1950, y1: 1995 });
    rows.push({ f: [{ v: H(`BX-${r.int(101, 130)}-${v.pad(r.int(1, 400), 4)}`) }, { v: String(r.int(101, 130)) }, { v: PN(p.name) }, { v: DOB(p.birth.iso) }, { v: PH(mobFmt(r, p.mob)) }, { v: r.pick(['A', 'B', 'PLACEBO']) }, { v: H((1.7e9 + r.int(0, 5e7)) + '.0E0') }, { v: H(sha(r)) }] });
  }
  return { method: 'POST', path: '/api/bigquery/v2/projects/trial-dw/queries', direction: 'response', body: { kind: 'bigquery#queryResponse', schema: { fields: fields.map(n => ({ name: n, type: n === 'enrolled_at' ? 'TIMESTAMP' : 'STRING', mode: 'NULLABLE' })) }, jobReference: { projectId: 'trial-dw', jobId: H('job_' + r.chars(28, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')), location: 'asia-east2' }, totalRows: String(rows.length), rows, jobComplete: true } };
});

// 5 BigQuery insertAll: mining safety log
def('bq-insertall-mining-log', (r) => {
  const rows = [];
  for (let i = 0; i < r.int(1, 3); i++) {
    const p = person(r, { y0: 1968, y1: 1998 }), lead = v.cnName(r);
    rows.push({ insertId: H(v.uuid(r)), json: { shift_date: H(hnDate(r)), shaft: r.pick(['主井', '副井', '风井']), worker_name: PN(p.name), worker_id_no: RID(p.id), lamp_no: H('KL' + r.digits(8)), ug_x_m: +(r.next() * 900).toFixed(1), ug_y_m: +(r.next() * 900).toFixed(1), ch4_pct: +(r.next() * 0.8).toFixed(2), incident_desc: tx`${r.int(1, 9)}号工作面瓦斯浓度短时超限，班长${PN(lead)}组织撤人，${PN(p.name)}未佩戴自救器已批评教育。` } });
  }
  return { method: 'POST', path: '/api/bigquery/v2/projects/mine-safety/datasets/ops/tables/shift_log/insertAll', direction: 'request', body: { kind: 'bigquery#tableDataInsertAllRequest', skipInvalidRows: false, rows } };
});

// 6 Elasticsearch search: used-car listings
def('es-hits-usedcar', (r) => {
  const hits = [];
  for (let i = 0; i < r.int(1, 3); i++) {
    const p = person(r);
    const src = { vin: VIN(v.vin(r)), plateNo: LP(v.fmtPlate(v.plate(r), r.pick(['', '', 'dot']))), model: H(r.pick(['大众 朗逸 2019款 1.5L', '丰田 卡罗拉 2020款', '本田 雅阁 2018款 260TURBO', '特斯拉 Model 3 2021款'])), mileageKm: r.int(8000, 160000), askPrice: r.int(30000, 220000), seller: { name: PN(p.name), mobile: PH(mobFmt(r, p.mob)), type: 'individual' }, listedAt: H(v.isoTs(r)) };
    if (r.chance(0.5)) src.dealer = { name: H(v.COMPANIES[1]), uscc: USCC(v.uscc(r)), hotline: H(r.pick(v.HOTLINES)) };
    src.inspectionReportNo = H('JC' + r.digits(16)); hits.push({ _seq_no: H(r.int(1e5, 9e6)), _primary_term: 1, _index: 'usedcar-listings-2024.06', _id: H(r.chars(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')), _score: +(r.next() * 10).toFixed(4), _source: src });
  }
  return { method: 'POST', path: '/api/es/usedcar-listings/_search', direction: 'response', body: { took: r.int(2, 40), timed_out: false, _shards: { total: 3, successful: 3, skipped: 0, failed: 0 }, hits: { total: { value: hits.length, relation: 'eq' }, max_score: 3.2, hits } } };
});

// 7 Elasticsearch _update_by_query: school-bus guardian update via script params
def('es-update-by-query-schoolbus', (r) => {
  const g = person(r); const reg = g.region; const [la, lo] = v.geoNear(r, reg);
  return { method: 'POST', path: '/api/es/schoolbus-students/_update_by_query', direction: 'request', body: { query: { term: { studentNo: H('S' + r.digits(10)) } }, script: { lang: 'painless', source: 'ctx._source.guardian.name = params.n; ctx._source.guardian.phone = params.p; ctx._source.pickup = params.loc', params: { n: PN(g.name), p: PH(mobFmt(r, g.mob)), loc: { lat: GEO(la), lon: GEO(lo) }, note: tx`家门口接送，地址：${ADDR(g.addr)}` } } } };
});

// 8 MongoDB extended JSON: pawnshop pledge ticket
def('mongo-extjson-pawn-ticket', (r) => {
  const p = person(r);
  return { method: 'GET', path: '/api/pawn/tickets/' + r.hex(24), direction: 'response', body: { _id: { $oid: H(r.hex(24)) }, ticketNo: H('DP' + v.orderNo(r)), pledgor: { name: PN(p.name), certType: '居民身份证', certNo: RID(p.id), phone: { $numberLong: PH(p.mob) }, birth: { $date: DOB(p.birth.iso + 'T00:00:00Z') } }, item: { desc: r.pick(['足金手镯 32.5g', '劳力士 116610LN 腕表', 'iPhone 15 Pro 256G']), imei: H(v.imei(r)), appraisal: { $numberDecimal: String(r.int(2000, 50000)) + '.00' } }, loanAmount: { $numberDecimal: String(r.int(1000, 30000)) + '.00' }, pledgedAt: { $date: { $numberLong: H(String(v.ts(r))) } }, version: { $numberInt: '3' } } };
});

// 9 MongoDB change stream: campus card holder update (dotted updatedFields keys)
def('mongo-changestream-campus', (r) => {
  const s = person(r, { y0: 2001, y1: 2006 }), g = person(r, { y0: 1965, y1: 1980 });
  const upd = { 'guardian.phone': PH(g.mob), 'guardian.name': PN(g.name) };
  if (r.chance(0.5)) upd['topupCard.no'] = PC(v.card(r, 'unionpay'));
  return { method: 'POST', path: '/api/cdc/mongo/campus.cardholders', direction: 'request', body: { _id: { _data: H('8266' + r.hex(60).toUpperCase()) }, operationType: 'update', clusterTime: { $timestamp: { t: H(Math.floor(v.ts(r) / 1000)), i: r.int(1, 9) } }, ns: { db: 'campus', coll: 'cardholders' }, documentKey: { _id: { $oid: H(r.hex(24)) } }, updateDescription: { updatedFields: upd, removedFields: ['tmpCardSerial'] }, fullDocument: { studentNo: H('20' + r.int(21, 24) + r.digits(8)), name: PN(s.name), idNo: RID(s.id), campusCardNo: H(r.digits(12)), dorm: r.pick(['东区12栋', '西区3栋', '南苑7栋']) + r.int(101, 620), balance: +(r.next() * 500).toFixed(2) } } };
});

// 10 Debezium change event: property-management repair ticket
def('debezium-repair-ticket', (r) => {
  const o = person(r), w = v.cnName(r), wm = v.mobile(r);
  const addr = v.cnAddress(r, o.region);
  const row = (status, withWorker) => ({ id: H(v.snowflake(r)), ticket_no: H('BX' + v.orderNo(r)), owner_name: PN(o.name), owner_phone: PH(o.mob), room_addr: ADDR(addr), status, repairman_name: withWorker ? PN(w) : null, repairman_phone: withWorker ? PH(wm) : null, content: tx`卫生间漏水，业主${PN(o.name)}要求下午上门，电话${PH(o.mob)}`, created_at: H(v.ts(r)) });
  return { method: 'POST', path: '/api/cdc/debezium/pm.repair_ticket', direction: 'request', body: { schema: { type: 'struct', name: 'pm.repair_ticket.Envelope', optional: false }, payload: { before: row('NEW', false), after: row('ASSIGNED', true), source: { version: H('2.5.0.Final'), connector: 'mysql', name: 'pm', ts_ms: H(v.ts(r)), db: 'pm', table: 'repair_ticket', server_id: 1, file: 'mysql-bin.000' + r.int(100, 999), pos: H(r.int(1e6, 9e8)), gtid: null }, op: 'u', ts_ms: H(v.ts(r)) } } };
});

// 11 Maxwell CDC: moving company orders (data/old)
def('maxwell-moving-order', (r) => {
  const c = person(r), newM = v.mobile(r);
  return { method: 'POST', path: '/api/cdc/maxwell', direction: 'request', body: { database: 'moving', table: 'orders', type: 'update', ts: H(Math.floor(v.ts(r) / 1000)), xid: H(r.int(1e7, 9e8)), commit: true, data: { order_id: H(v.orderNo(r, 'BJ')), contact: PN(c.name), contact_mobile: PH(newM), from_addr: ADDR(c.addr), to_addr: ADDR(v.cnAddress(r, c.region)), truck_plate: LP(v.plate(r, 'std')), volume_m3: +(r.next() * 30).toFixed(1), price: r.int(600, 5000) }, old: { contact_mobile: PH(c.mob) } } };
});

// 12 Canal flat message: cinema membership (all values as strings)
def('canal-cinema-member', (r) => {
  const m = person(r, { y0: 1975, y1: 2005 }), oldM = v.mobile(r);
  return { method: 'POST', path: '/api/cdc/canal/cinema.t_member', direction: 'request', body: { data: [{ id: H(v.snowflake(r)), member_name: PN(m.name), mobile: PH(m.mob), birthday: DOB(m.birth.iso), card_no: H('M' + r.digits(11)), points: String(r.int(0, 9000)), reg_ip: IP(v.ipv4(r)) }], database: 'cinema', es: H(v.ts(r)), id: r.int(1, 900), isDdl: false, mysqlType: { id: 'bigint(20)', member_name: 'varchar(32)', mobile: 'varchar(20)', birthday: 'date', card_no: 'varchar(16)', points: 'int', reg_ip: 'varchar(45)' }, old: [{ mobile: PH(oldM) }], pkNames: ['id'], sql: '', table: 't_member', ts: H(v.ts(r)), type: 'UPDATE' } };
});

// 13 Kafka REST consume: legal case events, value is JSON-in-string
def('kafka-rest-legal-case', (r) => {
  const recs = [];
  for (let i = 0; i < r.int(1, 2); i++) {
    const c = person(r), opp = v.cnName(r), lawyer = v.cnName(r);
    const inner = { caseNo: '(2024)京0105民初' + r.int(1000, 99999) + '号', client: { name: PN(c.name), idNo: RID(c.id), phone: PH(c.mob) }, opposingParty: PN(opp), lawyer: PN(lawyer), stage: '立案' };
    recs.push({ topic: 'legal.case.events', key: H('CASE-' + r.digits(10)), value: enc(inner), partition: r.int(0, 5), offset: H(r.int(1e5, 9e7)) });
  }
  return { method: 'GET', path: '/api/kafka-rest/consumers/lcm/instances/c1/records', direction: 'response', body: recs };
});

// 14 CloudEvents with data_base64: cold-chain driver assignment
def('cloudevents-b64-coldchain', (r) => {
  const d = person(r);
  const inner = { driverName: PN(d.name), driverMobile: PH(d.mob), tractorPlate: LP(v.plate(r, r.pick(['std', 'nevL']))), reeferVin: VIN(v.vin(r)), setpointC: -18, waybill: 'LL' + r.digits(12) };
  return { method: 'POST', path: '/api/events/coldchain', direction: 'request', body: { specversion: '1.0', type: 'com.example.coldchain.driver.assigned', source: '/dispatch/sh-01', id: H(v.uuid(r)), time: H(v.isoTs(r)), datacontenttype: 'application/json', data_base64: enc(inner, 'b64') } };
});

// 15 Pub/Sub push: homestay booking, data base64
def('pubsub-push-homestay-booking', (r) => {
  const g = person(r); const kind = r.int(0, 2); const foreign = kind === 1;
  const inner = kind === 2 ? { guest: PN(g.name), permitNo: HK(v.hkPermit(r, r.pick(['H', 'M']))), phone: PH(v.intlPhone(r, 'hk')), nights: r.int(1, 5) } : foreign ? { guest: PN(v.foreignName(r, 'en')), passport: PP(v.passport(r, r.pick(['us', 'uk']))), phone: PH(v.intlPhone(r, r.pick(['us', 'uk']))), email: EM(v.email(r)), nights: r.int(1, 5) } : { guest: PN(g.name), idNo: RID(g.id), phone: PH(g.mob), nights: r.int(1, 5), remark: '带一只猫，名叫' + r.pick(['团子', '咪咪', 'Lucky']) };
  return { method: 'POST', path: '/api/pubsub/push/homestay-bookings', direction: 'request', body: { message: { attributes: { eventType: 'booking.created', bookingId: H('MS' + v.orderNo(r)) }, data: enc(inner, 'b64'), messageId: H(r.digits(16)), publishTime: H(v.isoTs(r)) }, subscription: 'projects/homestay-prod/subscriptions/booking-to-police-reg' } };
});

// 16 SNS-in-SQS: cross-border parcel receiver (double JSON-in-string)
def('sqs-sns-crossborder-parcel', (r) => {
  const c = person(r);
  const parcel = { parcelNo: 'CB' + r.digits(12) + 'HK', receiver: r.chance(0.6) ? { name: PN(c.name), idCardNo: RID(c.id), mobile: PH(c.mob), address: ADDR(c.addr) } : { name: PN(c.name), permitType: '往来港澳通行证', permitNo: HK(v.hkPermit(r, 'C')), mobile: PH(c.mob), address: ADDR(c.addr) }, declaredValueCny: r.int(100, 4900), items: [{ desc: '奶粉', qty: 2 }] };
  const sns = { Type: 'Notification', MessageId: v.uuid(r), TopicArn: 'arn:aws-cn:sns:cn-north-1:000000000000:parcel-manifest', Message: enc(parcel), Timestamp: v.isoTs(r) };
  return { method: 'POST', path: '/api/queue/parcel-manifest/receive', direction: 'response', body: { Messages: [{ MessageId: H(v.uuid(r)), ReceiptHandle: H(r.chars(60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')), MD5OfBody: H(r.hex(32)), Body: enc(sns) }] } };
});

// 17 JSON:API: recruitment agency candidates + included recruiter
def('jsonapi-recruitment', (r) => {
  const rid = String(r.int(10, 99));
  const data = [];
  for (let i = 0; i < r.int(1, 2); i++) {
    const us = r.chance(0.5);
    const attrs = us ? { 'full-name': PN(v.foreignName(r, 'en')), email: EM(v.email(r)), phone: PH(v.intlPhone(r, 'us')), ssn: SSN(v.ssn(r)), 'current-employer': H('Acme Logistics Inc.'), 'expected-salary': r.int(80, 200) * 1000 } : (() => { const p = person(r, { y0: 1980, y1: 2001 }); return { 'full-name': PN(p.name), email: EM(v.email(r)), phone: PH(mobFmt(r, p.mob)), 'date-of-birth': DOB(p.birth.iso), 'current-employer': H(r.pick(v.COMPANIES)), 'expected-salary': r.int(10, 60) * 1000 }; })();
    data.push({ type: 'candidates', id: String(r.int(1000, 9999)), attributes: attrs, relationships: { recruiter: { data: { type: 'recruiters', id: rid } } } });
  }
  return { method: 'GET', path: '/api/v1/candidates?include=recruiter', direction: 'response', body: { data, included: [{ type: 'recruiters', id: rid, attributes: { 'work-email': EM(r.pick(v.PINYIN_SYL) + '.' + r.pick(v.PINYIN_SYL) + '@jincheng-hr.com'), 'desk-phone': PH(v.landline(r)), name: PN(v.cnName(r)) } }], meta: { total: data.length, 'request-id': H(v.uuid(r)) } } };
});

// 18 HAL: wedding registry with _embedded guests and gifts
def('hal-wedding-registry', (r) => {
  const a = v.cnName(r), b = v.cnName(r);
  const guests = [];
  for (let i = 0; i < r.int(2, 3); i++) guests.push({ name: PN(v.cnName(r)), mobile: PH(mobFmt(r, v.mobile(r))), rsvp: r.pick(['yes', 'no', 'maybe']), inviteCode: H(r.hex(12)), repliedAt: H(v.isoTs(r)), table: r.int(1, 30), _links: { self: { href: '/api/registries/42/guests/' + r.int(100, 999) } } });
  return { method: 'GET', path: '/api/registries/' + r.int(100, 999), direction: 'response', body: { _links: { self: { href: '/api/registries/42' }, gifts: { href: '/api/registries/42/gifts' } }, coupleNames: tx`${PN(a)} & ${PN(b)}`, weddingDate: H(hnDate(r)), venue: { name: H('杭州西湖国宾馆紫薇厅'), lat: H(30.2473), lng: H(120.1430) }, _embedded: { guests, gifts: [{ sku: H('SKU-' + r.digits(8)), ean: H(v.ean13(r)), item: '双立人刀具套装', purchasedBy: PN(guests[0].name.v) }] } } };
});

// 19 OData v2: mining safety inspection (d.results, /Date()/)
def('odata-v2-mining-inspection', (r) => {
  const res = [];
  for (let i = 0; i < r.int(1, 3); i++) {
    const ins = person(r), wk = person(r);
    res.push({ __metadata: { uri: "https://erp.example.cn/sap/opu/odata/MINE_SRV/SafetyLogs('" + r.digits(10) + "')", type: 'MINE_SRV.SafetyLog' }, LogId: H(r.digits(10)), CheckDate: H('/Date(' + v.ts(r) + ')/'), Inspector: PN(ins.name), InspectorMobile: PH(ins.mob), WorkerIdNo: RID(wk.id), WorkerName: PN(wk.name), Finding: tx`${PN(wk.name)}在-${r.int(300, 700)}m水平巷道未按规定敲帮问顶，罚款${r.int(1, 5)}00元`, ShaftCode: 'N-' + r.int(1, 9), ChangedAt: H('/Date(' + v.ts(r) + ')/'), DetectorImei: H(v.imei(r)) });
  }
  return { method: 'GET', path: "/api/sap/opu/odata/MINE_SRV/SafetyLogs?$inlinecount=allpages", direction: 'response', body: { d: { results: res, __count: String(res.length) } } };
});

// 20 OData v4: cold-chain consignees (full-width digits sometimes)
def('odata-v4-coldchain-consignee', (r) => {
  const value = [];
  for (let i = 0; i < r.int(1, 3); i++) {
    const c = person(r);
    value.push({ '@odata.etag': H('W/"' + r.hex(16) + '"'), ShipmentNo: H('CC' + r.digits(14)), ConsigneeName: PN(c.name), Phone: PH(v.fmtMobile(c.mob, r.pick(['fw', 'plus86', 'plain']))), Address: ADDR(c.addr), TempZone: r.pick(['-18', '0~4', '2~8']), PickupWindowStart: H(v.isoTs(r)), PalletLabel: H('SSCC' + r.digits(18)), Pallets: r.int(1, 12) });
  }
  return { method: 'GET', path: '/api/odata/v4/Consignees?$count=true&$top=3', direction: 'response', body: { '@odata.context': 'https://tms.example.cn/odata/v4/$metadata#Consignees', '@odata.count': value.length, value, '@odata.nextLink': 'https://tms.example.cn/odata/v4/Consignees?$skiptoken=' + r.digits(6) } };
});

// 21 JSON-RPC positional params: cross-border parcel receiver declaration
def('jsonrpc-parcel-declare', (r) => {
  const c = person(r); const k = r.int(0, 2);
  const doc = k === 0 ? RID(c.id) : k === 1 ? HK(v.hkPermit(r, r.pick(['C', 'W']))) : PP(v.passport(r, 'cn'));
  return { method: 'POST', path: '/api/rpc', direction: 'request', body: { jsonrpc: '2.0', method: 'parcel.declareReceiver', params: [H('CB' + v.orderNo(r)), PN(c.name), doc, PH(mobFmt(r, c.mob)), ADDR(c.addr), { declaredValue: r.int(100, 5000), currency: 'CNY', hsCode: H('0402' + r.digits(6)) }], id: r.int(1, 9999) } };
});

// 22 JSON-RPC batch response: school bus tracking
def('jsonrpc-batch-schoolbus', (r) => {
  const d = person(r); const reg = d.region; const [bl, bg] = v.geoNear(r, reg);
  const students = [];
  for (let i = 0; i < r.int(1, 3); i++) students.push({ studentNo: H('S' + r.digits(10)), name: PN(v.cnName(r)), stop: r.pick(['实验小学东门', '锦绣华庭南门公交站', '人民公园站']), stopLat: H(+(bl + 0.01).toFixed(5)), stopLng: H(+(bg - 0.01).toFixed(5)), guardianPhone: PH(v.mobile(r)) });
  return { method: 'POST', path: '/api/rpc/batch', direction: 'response', body: [{ jsonrpc: '2.0', id: 1, result: { busPlate: LP(v.fmtPlate(v.plate(r, 'nevL'), 'dot')), position: { lat: GEO(bl), lng: GEO(bg), speedKmh: r.int(0, 60) }, driver: { name: PN(d.name), phone: PH(d.mob) } } }, { jsonrpc: '2.0', id: 2, result: { students } }, { jsonrpc: '2.0', id: 3, error: { code: -32602, message: 'Invalid params', data: { studentNo: H('S' + r.digits(10)) } } }] };
});

// 23 gRPC-JSON transcoding with wrapper types: campus card holder patch
def('grpc-wrappers-campus-card', (r) => {
  const s = person(r, { y0: 2000, y1: 2006 });
  return { method: 'PATCH', path: '/api/campus.v1.CardService/cardholders/' + r.digits(10), direction: 'request', body: { cardholder: { studentNo: { value: H('20' + r.digits(10)) }, name: { value: PN(s.name) }, idNumber: { value: RID(s.id) }, phone: { value: PH(s.mob) }, balanceCents: { value: String(r.int(0, 50000)) }, cardSerial: { value: H(r.hex(8).toUpperCase()) }, lastTopupTime: H(v.isoTs(r)), frozen: { value: false } }, updateMask: 'name,phone,idNumber' } };
});

// 24 protobuf Struct JSON: cinema member profile
def('pb-struct-cinema-member', (r) => {
  const m = person(r, { y0: 1975, y1: 2005 });
  return { method: 'POST', path: '/api/cinema.member.v2.Profiles/Upsert', direction: 'request', body: { profile: { fields: { memberName: { stringValue: PN(m.name) }, mobile: { stringValue: PH(m.mob) }, birthday: { stringValue: DOB(v.fmtDate(m.birth, r.pick(['iso', 'compact', 'slash']))) }, points: { numberValue: r.int(0, 9999) }, favorites: { listValue: { values: [{ stringValue: 'IMAX' }, { stringValue: '杜比全景声' }] } }, address: { structValue: { fields: { line: { stringValue: ADDR(m.addr) }, zip: { stringValue: v.pad(r.int(100000, 850000), 6) } } } }, lastLoginIp: { stringValue: IP(r.chance(0.5) ? v.ipv4(r) : v.ipv6(r)) }, memberLevel: { stringValue: 'GOLD' } } } } };
});

// 25 Avro JSON encoding via REST proxy: agricultural co-op member
def('avro-json-coop-member', (r) => {
  const recs = [];
  for (let i = 0; i < r.int(1, 2); i++) {
    const p = person(r, { y0: 1950, y1: 1990 });
    recs.push({ key: { string: H('M' + r.digits(8)) }, value: { member_id: { long: r.int(100000, 999999) }, name: { string: PN(p.name) }, id_card: { string: RID(p.id) }, mobile: r.chance(0.3) ? { null: null } : { string: PH(p.mob) }, land_area_mu: { double: +(r.next() * 30).toFixed(2) }, bank_account: { string: BA(v.cnAccount(r)) }, village: { string: r.pick(['上李村', '石桥村', '河西村']) } } });
  }
  return { method: 'POST', path: '/api/kafka-rest/topics/coop.members', direction: 'request', body: { value_schema_id: r.int(10, 99), key_schema_id: r.int(10, 99), records: recs, coop: { name: H('丰收农民专业合作社'), uscc: USCC(v.uscc(r, '93')) } } };
});

// 26 Firestore REST document: home-care elder with geoPoint
def('firestore-homecare-elder', (r) => {
  const e = person(r, { y0: 1930, y1: 1955 }); const [la, lo] = v.geoNear(r, e.region);
  const cg = [];
  for (let i = 0; i < r.int(1, 2); i++) cg.push({ mapValue: { fields: { name: { stringValue: PN(v.cnName(r)) }, mobile: { stringValue: PH(v.mobile(r)) }, role: { stringValue: r.pick(['护理员', '子女']) } } } });
  return { method: 'GET', path: '/api/firestore/v1/projects/homecare/databases/(default)/documents/elders/' + r.hex(20), direction: 'response', body: { name: 'projects/homecare/databases/(default)/documents/elders/' + r.hex(20), fields: { fullName: { stringValue: PN(e.name) }, birthDate: { timestampValue: DOB(e.birth.iso + 'T00:00:00Z') }, homeLocation: { geoPointValue: { latitude: GEO(la), longitude: GEO(lo) } }, homeAddress: { stringValue: ADDR(e.addr) }, phone: { stringValue: PH(v.landline(r)) }, caregivers: { arrayValue: { values: cg } }, visitCount: { integerValue: String(r.int(1, 200)) } }, createTime: H(v.isoTs(r)), updateTime: H(v.isoTs(r)) } };
});

// 27 Segment identify: homestay host traits
def('segment-identify-homestay-host', (r) => {
  const h = person(r, { y0: 1965, y1: 1995 });
  return { method: 'POST', path: '/api/v1/identify', direction: 'request', body: { type: 'identify', userId: H('host_' + r.digits(8)), anonymousId: H(v.uuid(r)), traits: { name: PN(h.name), email: EM(v.email(r)), phone: PH(mobFmt(r, h.mob)), birthday: DOB(h.birth.iso), address: { street: ADDR(h.addr), city: v.cityOf(h.region) }, listings: r.int(1, 5), company: { name: H(v.COMPANIES[2]) } }, context: { ip: IP(v.ipv4(r)), locale: 'zh-CN', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', library: { name: 'analytics.js', version: H('4.1.0') } }, timestamp: H(v.isoTs(r)), messageId: H('ajs-' + r.hex(32)) } };
});

// 28 Mixpanel import batch: cinema app events
def('mixpanel-import-cinema', (r) => {
  const evs = [];
  for (let i = 0; i < r.int(2, 3); i++) {
    const props = { time: H(Math.floor(v.ts(r) / 1000)), distinct_id: H(v.uuid(r)), $insert_id: H(r.hex(16)), ip: IP(v.ipv4(r)), movie: r.pick(['热辣滚烫', '沙丘2', '哪吒之魔童闹海']), seat: r.int(1, 15) + '排' + r.int(1, 20) + '座', order_no: H(v.orderNo(r, 'CN')), amount: +(r.int(30, 90) + 0.9).toFixed(1) };
    if (r.chance(0.5)) { props.$email = EM(v.email(r)); props.$name = PN(v.cnName(r)); }
    evs.push({ event: r.pick(['ticket_purchased', 'seat_selected']), properties: props });
  }
  return { method: 'POST', path: '/api/mixpanel/import?strict=1', direction: 'request', body: evs };
});

// 29 Intercom-like conversation: funeral services
def('conversation-funeral-service', (r) => {
  const u = person(r), dec = v.cnName(r), admin = v.cnName(r);
  return { method: 'GET', path: '/api/conversations/' + r.digits(12), direction: 'response', body: { type: 'conversation', id: H(r.digits(12)), created_at: H(Math.floor(v.ts(r) / 1000)), source: { type: 'conversation', author: { type: 'user', id: H(r.hex(24)), name: PN(u.name), email: EM(v.email(r)) }, body: tx`<p>您好，家父${PN(dec)}昨晚过世，想预约明天上午的告别厅，我的电话是${PH(mobFmt(r, u.mob))}。</p>` }, conversation_parts: { type: 'conversation_part.list', conversation_parts: [{ part_type: 'comment', body: tx`<p>${PN(u.name)}您好，节哀。已为您预留${r.int(1, 6)}号告别厅，请携带逝者身份证原件，服务热线400-820-8820。</p>`, author: { type: 'admin', id: H(String(r.int(1000000, 9999999))), name: PN(admin) } }], total_count: 1 } } };
});

// 30 Airtable-like records with Chinese column names (incl. '/' in a key)
def('airtable-coop-roster', (r) => {
  const recs = [];
  for (let i = 0; i < r.int(1, 3); i++) {
    const p = person(r, { y0: 1950, y1: 1990 });
    recs.push({ id: H('rec' + r.chars(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')), createdTime: H(v.isoTs(r)), fields: { '社员姓名': PN(p.name), '身份证号': RID(p.id), '手机/电话': PH(mobFmt(r, p.mob)), '承包地块': r.int(1, 9) + '-' + r.int(1, 40) + '号地块', '入社股金': r.int(1, 20) * 1000, '银行卡号': PC(v.fmtCard(v.card(r, 'unionpay'), r.pick(['', 'space']))), '合同编号': H('HT' + v.orderNo(r)), '最后修改': H(v.isoTs(r)), '备注': r.chance(0.5) ? tx`家住${ADDR(p.addr)}` : '无' } });
  }
  return { method: 'GET', path: '/api/v0/appCoop/社员名册', direction: 'response', body: { records: recs, offset: H('itr' + r.chars(14, 'abcdefghijklmnop') + '/rec' + r.chars(14, 'ABCDEFGHIJKLMNOP')) } };
});

// 31 Notion-like page properties: recruitment talent pool
def('notion-page-talent-pool', (r) => {
  const p = person(r, { y0: 1985, y1: 2002 });
  return { method: 'GET', path: '/api/v1/pages/' + v.uuid(r), direction: 'response', body: { object: 'page', id: H(v.uuid(r)), created_time: H(v.isoTs(r)), properties: { 'Stage': { id: 'a%3Ab', type: 'select', select: { name: '二面' } }, 'Phone': { id: 'ph', type: 'phone_number', phone_number: PH(mobFmt(r, p.mob)) }, 'Email': { id: 'em', type: 'email', email: EM(v.email(r)) }, 'Resume': { id: 'rs', type: 'files', files: [{ name: tx`${PN(p.name)}_简历_2024.pdf`, type: 'external', external: { url: 'https://files.example.cn/r/' + r.hex(16) + '.pdf' } }] }, 'Notes': { id: 'nt', type: 'rich_text', rich_text: [{ type: 'text', plain_text: tx`前公司${r.pick(v.COMPANIES)}，期望薪资${r.int(15, 40)}k，生日${DOB(p.birth.iso)}` }] }, 'Name': { id: 'title', type: 'title', title: [{ type: 'text', text: { content: PN(p.name) }, plain_text: PN(p.name) }] } } } };
});

// 32 Form-builder submission: moving quote, answers keyed by question id
def('form-submission-moving-quote', (r) => {
  const c = person(r); const q = ['q_' + r.hex(4), 'q_' + r.hex(4), 'q_' + r.hex(4), 'q_' + r.hex(4), 'q_' + r.hex(4), 'q_' + r.hex(4)];
  const titles = ['您的称呼', '联系电话', '搬出地址', '搬入地址', '预计搬家日期', '大件物品'];
  const ans = {}; ans[q[0]] = PN(c.name); ans[q[1]] = PH(mobFmt(r, c.mob)); ans[q[2]] = ADDR(c.addr); ans[q[3]] = ADDR(v.cnAddress(r, c.region)); ans[q[4]] = H(hnDate(r)); ans[q[5]] = ['冰箱', '钢琴', '双人床'].slice(0, r.int(1, 3));
  return { method: 'POST', path: '/api/forms/' + r.hex(8) + '/submissions', direction: 'request', body: { formId: H(r.hex(8)), questions: q.map((id, i) => ({ id, title: titles[i], type: i === 5 ? 'checkbox' : 'text' })), answers: ans, meta: { submittedAt: H(v.isoTs(r)), ip: IP(v.ipv4(r)), channel: '微信公众号' } } };
});

// 33 name/value attribute list (Chinese names): funeral home registration
def('kv-name-value-funeral', (r) => {
  const d = person(r, { y0: 1925, y1: 1960 }), f = person(r);
  return { method: 'POST', path: '/api/funeral/registrations', direction: 'request', body: { orderNo: H(v.orderNo(r, 'BZ')), attrs: [{ name: '逝者姓名', value: PN(d.name) }, { name: '逝者身份证号', value: RID(d.id) }, { name: '出生日期', value: DOB(v.fmtDate(d.birth, 'cn')) }, { name: '逝世日期', value: H(v.fmtDate(v.recentDate(r), 'cn')) }, { name: '家属姓名', value: PN(f.name) }, { name: '家属手机号', value: PH(mobFmt(r, f.mob)) }, { name: '与逝者关系', value: r.pick(['长子', '女儿', '配偶']) }, { name: '墓位编号', value: H(r.pick(['A', 'B', 'C']) + '区-' + r.int(1, 30) + '排-' + v.pad(r.int(1, 40), 2) + '号') }, { name: '服务热线', value: H(r.pick(v.HOTLINES)) }, { name: '下单时间', value: H(v.isoTs(r)) }, { name: '火化证编号', value: H('HH' + r.digits(12)) }, { name: '殡仪馆统一社会信用代码', value: USCC(v.uscc(r, '12')) }] } };
});

// 34 k/v list with pinyin-initial keys: school-bus enrolment
def('kv-pinyin-initials-schoolbus', (r) => {
  const rows = [];
  for (let i = 0; i < r.int(1, 2); i++) {
    const s = person(r, { y0: 2012, y1: 2018 }), g = person(r, { region: s.region, y0: 1978, y1: 1990 });
    rows.push([{ k: 'bmsj', v: H(v.isoTs(r)) }, { k: 'xsxm', v: PN(s.name) }, { k: 'xh', v: H(r.digits(12)) }, { k: 'csrq', v: DOB(s.birth.compact) }, { k: 'jhrxm', v: PN(g.name) }, { k: 'jhrdh', v: PH(g.mob) }, { k: 'jtzz', v: ADDR(g.addr) }, { k: 'zdmc', v: r.pick(['实验小学东门', '人民公园站']) }]);
  }
  return { method: 'POST', path: '/api/xcjs/bm/tj', direction: 'request', body: { bm: 'XCJS', czy: H('op' + r.digits(4)), rows } };
});

// 35 CSV in a string: co-op roster export
def('csv-string-coop-export', (r) => {
  const rows = [['姓名', '身份证号', '手机号', '地块面积(亩)', '住址', '股金']];
  for (let i = 0; i < r.int(2, 4); i++) { const p = person(r, { y0: 1950, y1: 1990 }); rows.push([PN(p.name), RID(p.id), PH(p.mob), (r.next() * 20).toFixed(1), ADDR(p.addr), r.int(1, 9) * 1000]); }
  return { method: 'GET', path: '/api/coop/exports/' + r.digits(6), direction: 'response', body: { exportId: H(v.uuid(r)), format: 'csv', encoding: 'utf-8', content: table(rows, ',', true), generatedAt: H(v.isoTs(r)) } };
});

// 36 TSV in a string: crew manifest
def('tsv-string-crew-manifest', (r) => {
  const rows = [['NAME', 'RANK', 'NATIONALITY', 'PASSPORT', 'DOB', 'PHONE']];
  for (let i = 0; i < r.int(2, 4); i++) { const lang = r.pick(['ph', 'ru', 'in', 'en']); const cc = lang === 'en' ? 'uk' : lang; rows.push([PN(v.foreignName(r, lang).toUpperCase()), r.pick(['MASTER', 'C/O', 'AB', 'OS', 'BOSUN']), lang.toUpperCase(), PP(v.passport(r, cc)), DOB(v.fmtDate(v.dob(r, 1965, 2002), 'eu')), PH(v.intlPhone(r, cc))]); }
  return { method: 'POST', path: '/api/port/crew-manifests', direction: 'request', body: { vessel: H('ORIENT PEARL'), imo: H('IMO ' + r.int(9100000, 9899999)), mmsi: H(r.int(412000000, 413999999)), eta: H(v.isoTs(r)), manifest: table(rows, '\t') } };
});

// 37 columns + arrays of arrays (pandas split orient): site attendance
def('split-orient-site-attendance', (r) => {
  const data = [];
  for (let i = 0; i < r.int(2, 4); i++) { const p = person(r, { y0: 1965, y1: 2000 }); data.push([H('GH' + r.digits(6)), PN(p.name), PH(p.mob), RID(p.id), H(v.isoTs(r)), r.pick(['木工', '电工', '普工'])]); }
  return { method: 'GET', path: '/api/site/attendance/export?orient=split', direction: 'response', body: { columns: ['工号', '姓名', '手机', '身份证', '进场时间', '工种'], index: data.map((_, i) => i), data } };
});

// 38 Google-Sheets-like values with header row: wedding RSVP
def('sheets-values-wedding-rsvp', (r) => {
  const values = [['Guest', 'Phone', 'Email', 'Meal', 'Table', 'Notes']];
  for (let i = 0; i < r.int(2, 4); i++) { const lang = r.pick(['en', 'fr', 'de', 'cn']); values.push([PN(lang === 'cn' ? v.cnName(r) : v.foreignName(r, lang)), PH(lang === 'cn' ? v.mobile(r) : v.intlPhone(r, lang === 'en' ? 'uk' : 'de')), EM(v.email(r)), r.pick(['Fish', 'Beef', 'Veg']), 'T' + r.int(1, 20), r.pick(['', 'nut allergy', 'bringing dog "Biscuit"'])]); }
  return { method: 'GET', path: '/api/sheets/v4/spreadsheets/' + r.hex(20) + '/values/RSVP!A1:F9', direction: 'response', body: { range: 'RSVP!A1:F' + values.length, majorDimension: 'ROWS', values } };
});

// 39 deep generic container: legal document items
def('deep-container-legal-docs', (r) => {
  const c = person(r), lw = v.cnName(r);
  return { method: 'GET', path: '/api/legal/matters/' + r.digits(8) + '/docs', direction: 'response', body: { code: 0, msg: 'ok', data: { items: [{ type: 'contract', payload: { content: { title: '委托代理合同', parties: [r.chance(0.5) ? { role: '委托人', name: PN(c.name), idNo: RID(c.id), tel: PH(c.mob) } : { role: '委托人', name: PN(c.name), certType: '港澳居民来往内地通行证', certNo: HK(v.hkPermit(r, r.pick(['H', 'M']))), tel: PH(v.intlPhone(r, 'hk')) }, { role: '受托人', firm: H('北京某某律师事务所'), firmUscc: USCC(v.uscc(r, '31')), lawyer: PN(lw), licenseNo: H('1' + r.digits(16)) }], fee: r.int(5, 50) * 1000 } } }, { type: 'note', payload: { content: { text: tx`与委托人${PN(c.name)}电话沟通（${PH(c.mob)}），对方当事人住所地：${ADDR(v.cnAddress(r))}` } } }], page: { no: 1, size: 20, total: 2 } } } };
});

// 40 Fishing-vessel AIS: vessel positions are hard negatives, crew contact is not
def('ais-fishing-vessel', (r) => {
  const vs = [];
  for (let i = 0; i < r.int(1, 3); i++) {
    const cap = person(r);
    vs.push({ mmsi: H(r.int(412000000, 413999999)), imo: H(r.int(8100000, 9899999)), vesselName: H(r.pick(['浙岱渔', '闽狮渔', '鲁荣渔']) + v.pad(r.int(1, 9999), 5)), lat: H(+(25 + r.next() * 8).toFixed(5)), lon: H(+(120 + r.next() * 5).toFixed(5)), sog: +(r.next() * 12).toFixed(1), cog: r.int(0, 359), navStatus: r.pick([0, 7, 1]), ts: H(v.ts(r)), captain: { name: PN(cap.name), mobile: PH(cap.mob), satPhone: PH('+870 ' + r.digits(9)) } });
  }
  return { method: 'GET', path: '/api/ais/vessels?bbox=120,25,125,33', direction: 'response', body: { count: vs.length, vessels: vs, port: { name: '沈家门渔港', lat: H(29.9431), lon: H(122.3015) } } };
});

// 41 Stock exchange market data: hard negatives galore
def('market-data-snapshot', (r) => {
  const stocks = [['600519', '贵州茅台'], ['000858', '五粮液'], ['601318', '中国平安'], ['300750', '宁德时代'], ['002594', '比亚迪'], ['600036', '招商银行']];
  const snap = [];
  for (let i = 0; i < r.int(3, 5); i++) { const [c, n] = r.pick(stocks); snap.push({ code: H(c), name: H(n), last: +(r.next() * 1800 + 5).toFixed(2), volume: H(r.chance(0.4) ? +('1' + r.pick(['38', '59', '86']) + r.digits(8)) : r.int(1e6, 9e9)), turnover: H(r.int(1e8, 9e11)), bid1: +(r.next() * 100).toFixed(2), ts: H(v.ts(r)), seq: H(v.snowflake(r)) }); }
  const body = { exchange: 'SSE', snapshot: snap, channel: 'L1', hotline: H('400-888-8888') };
  if (r.chance(0.4)) body.subscriber = { account: H('SUB' + r.digits(8)), contactEmail: EM(v.email(r)) };
  return { method: 'GET', path: '/api/md/v1/snapshot?codes=' + snap.map(s => s.code.v).join(','), direction: 'response', body };
});

// 42 legacy cryptic field codes with legend: crematorium register
def('legacy-legend-crematorium', (r) => {
  const recs = [];
  for (let i = 0; i < r.int(1, 3); i++) { const d = person(r, { y0: 1925, y1: 1965 }); recs.push({ F01: PN(d.name), F02: RID(d.id), F03: r.pick(['男', '女']), F04: DOB(d.birth.compact), F05: H(v.fmtDate(v.recentDate(r), 'compact')), F06: PN(v.cnName(r)), F07: PH(v.mobile(r)), F08: H(r.pick(['东', '西']) + '厅' + r.int(1, 9) + '-' + r.int(100, 999)) }); }
  return { method: 'GET', path: '/api/legacy/hzdj/query', direction: 'response', body: { legend: { F01: '逝者姓名', F02: '证件号', F03: '性别', F04: '出生日期', F05: '火化日期', F06: '经办人', F07: '经办人电话', F08: '骨灰存放格位' }, recs, rc: '00', seq: H(v.snowflake(r)), qrysj: H(v.fmtDate(v.recentDate(r), 'compact') + '153000') } };
});

// 43 generic col_N with meta mapping: homestay police guest registration
def('col-meta-homestay-guest-reg', (r) => {
  const rows = [];
  for (let i = 0; i < r.int(1, 3); i++) {
    const k = r.pick([0, 1, 1, 2]); const p = person(r);
    const [typ, no, nm] = k === 0 ? ['居民身份证', RID(p.id), PN(p.name)] : k === 1 ? ['港澳居民来往内地通行证', HK(v.hkPermit(r, r.pick(['H', 'M']))), PN(p.name)] : ['护照', PP(v.passport(r, r.pick(['de', 'jp', 'kr']))), PN(v.foreignName(r, r.pick(['de', 'ja_ro', 'fr'])))];
    rows.push({ col_1: nm, col_2: typ, col_3: no, col_4: PH(k === 0 ? v.mobile(r) : v.intlPhone(r, k === 1 ? 'hk' : 'de')), col_5: String(r.int(101, 305)), col_6: H(v.isoTs(r)), col_7: k === 0 ? ADDR(p.addr) : '' });
  }
  return { method: 'POST', path: '/api/lvguan/upload', direction: 'request', body: { meta: { col_1: '入住人', col_2: '证件类型', col_3: '证件号码', col_4: '手机', col_5: '房号', col_6: '入住时间', col_7: '户籍地址' }, rows, shop: { name: H('莫干山竹隐民宿'), licence: H('浙' + r.digits(12)) } } };
});

// 44 EAV rows with attribute dictionary: used-car consignment
def('eav-attr-usedcar-consign', (r) => {
  const p = person(r); const e = H(r.digits(8));
  const defs = [['attr1', '车主'], ['attr2', '联系方式'], ['attr3', '证件号'], ['attr4', '车架号'], ['attr5', '车牌'], ['attr6', '里程'], ['attr7', '收款账户']];
  const vals = [PN(p.name), PH(mobFmt(r, p.mob)), RID(p.id), VIN(v.vin(r)), LP(v.plate(r)), String(r.int(1, 20)) + '万公里', BA(r.chance(0.5) ? v.cnAccount(r) : v.card(r, 'unionpay'))];
  if (vals[6].v.startsWith('62') && v.luhnOk(vals[6].v)) vals[6] = PC(vals[6].v);
  return { method: 'POST', path: '/api/consign/attrs/batch', direction: 'request', body: { attrDefs: defs.map(([a, l]) => ({ attr_id: a, label: l })), values: defs.map(([a], i) => ({ entity: H(e.v), attr_id: a, attr_val: vals[i] }))} };
});

// 45 Japanese keys: moving estimate (引越し見積)
def('jp-keys-moving-estimate', (r) => {
  const ln = r.pick(['山田', '佐藤', '鈴木', '高橋']), fn = r.pick(['太郎', '花子', '健太', '美咲']);
  const kana = { '山田': 'ヤマダ', '佐藤': 'サトウ', '鈴木': 'スズキ', '高橋': 'タカハシ', '太郎': 'タロウ', '花子': 'ハナコ', '健太': 'ケンタ', '美咲': 'ミサキ' };
  const b = v.dob(r, 1960, 2000);
  return { method: 'POST', path: '/api/hikkoshi/mitsumori', direction: 'request', body: { '見積番号': H('HM-' + r.digits(10)), 'お客様': { '氏名': PN(ln + ' ' + fn), 'フリガナ': PN(kana[ln] + ' ' + kana[fn]), '電話番号': PH(v.intlPhone(r, 'jp_dom')), 'メール': EM(v.email(r)), '生年月日': DOB(v.fmtDate(b, 'ja')) }, 'kyuJusho': ADDR(v.westAddress(r, 'jp')), 'shinJusho': ADDR(v.westAddress(r, 'jp')), 'sagyouBi': H(hnDate(r)), 'nimotsu': ['冷蔵庫', '洗濯機'], 'tantousha': { 'shimei': PN(v.foreignName(r, 'ja_ro')), 'naisen': '2041' } } };
});

// 46 German keys: wedding (Hochzeit) registry with IBAN for cash gifts
def('de-keys-hochzeit', (r) => {
  const p1 = [v.foreignName(r, 'de').split(' '), v.foreignName(r, 'de').split(' ')];
  const t = v.foreignName(r, 'de');
  return { method: 'PUT', path: '/api/hochzeit/' + r.digits(6), direction: 'request', body: { Brautpaar: p1.map(([fn, ln]) => ({ Vorname: PN(fn), Nachname: PN(ln), Geburtsdatum: DOB(v.fmtDate(v.dob(r, 1975, 2000), 'de')), Anschrift: ADDR(v.westAddress(r, 'de')) })), Geldgeschenk: { Kontoinhaber: PN(p1[0].join(' ')), IBAN: BA(r.chance(0.5) ? v.fmtIban(v.iban(r, 'DE')) : v.iban(r, 'DE')), Verwendungszweck: 'Hochzeit ' + r.int(2024, 2025) }, Trauzeuge: { Name: PN(t), Telefon: PH(v.intlPhone(r, 'de')), 'E-Mail': EM(v.email(r, t.replace(' ', '.'))) }, Standesamt: { Name: H('Standesamt Berlin-Mitte'), Telefon: H('+49 30 9018 0') }, Hochzeitsdatum: H(v.fmtDate(v.recentDate(r), 'de')), Hochzeitsauto: LP(r.pick(['B-', 'M-', 'HH-']) + r.pick(['MW', 'AB', 'XY']) + ' ' + r.int(10, 9999)) } };
});

// 47 Spanish / Portuguese keys: recruitment agency candidate
def('es-pt-keys-candidato', (r) => {
  if (r.chance(0.5)) {
    const n = v.foreignName(r, 'es');
    return { method: 'POST', path: '/api/reclutamiento/candidatos', direction: 'request', body: { candidato: { nombreCompleto: PN(n), telefono: PH(v.intlPhone(r, 'es')), correo: EM(v.email(r, n.split(' ')[0])), pasaporte: PP(v.passport(r, 'es')), fechaNacimiento: DOB(v.fmtDate(v.dob(r, 1975, 2002), 'eu')), direccion: ADDR(v.westAddress(r, 'es')), tarjetaReembolso: PC(v.fmtCard(v.card(r, r.pick(['visa', 'mc', 'amex'])), r.pick(['space', 'dash', '']))) }, vacante: { codigo: H('VAC-' + r.digits(6)), empresa: H('Grupo Logístico Ibérico S.A.') }, fechaAlta: H(hnDate(r)) } };
  }
  const n = v.foreignName(r, 'pt');
  return { method: 'POST', path: '/api/recrutamento/candidatos', direction: 'request', body: { candidato: { endereco: ADDR(v.westAddress(r, 'pt')), dataNascimento: DOB(v.fmtDate(v.dob(r, 1975, 2002), 'eu')), passaporte: PP(v.passport(r, 'br')), telefone: PH(v.intlPhone(r, 'br')), email: EM(v.email(r)), nome: PN(n) }, vaga: { codigo: H('VG-' + r.digits(6)), empresa: H('Transportes Atlântico Ltda.') } } };
});

// 48 Russian transliterated keys: seafarer crew
def('ru-translit-crew', (r) => {
  const ek = [];
  for (let i = 0; i < r.int(1, 3); i++) { const cy = r.chance(0.4); const [im, fa] = v.foreignName(r, cy ? 'ru_cy' : 'ru').split(' '); ek.push({ familiya: PN(fa), imya: PN(im), otchestvo: PN(cy ? r.pick(['Сергеевич', 'Ивановна', 'Петрович']) : r.pick(['Sergeyevich', 'Ivanovna', 'Petrovich'])), data_rozhdeniya: DOB(v.fmtDate(v.dob(r, 1965, 2000), 'de')), zagranpasport: PP(v.passport(r, 'ru')), telefon: PH(v.intlPhone(r, 'ru')), dolzhnost: r.pick(['Капитан', 'Старший механик', 'Матрос']), adres: ADDR(v.westAddress(r, 'ru')) }); }
  return { method: 'GET', path: '/api/sudno/' + r.int(9100000, 9899999) + '/ekipazh', direction: 'response', body: { sudno: { nazvanie: H('Капитан Хлебников'), imo: H(r.int(9100000, 9899999)) }, ekipazh: ek } };
});

// 49 Korean transliterated keys: used-car export
def('ko-translit-usedcar-export', (r) => {
  const n = v.foreignName(r, 'ko'); const b = v.dob(r, 1960, 1998);
  return { method: 'POST', path: '/api/junggocha/suchul', direction: 'request', body: { jeongbo: { ireum: PN(n), jeonhwaBeonho: PH(v.intlPhone(r, 'kr')), juso: ADDR(v.westAddress(r, 'kr')), saengnyeonworil: DOB(v.fmtDate(b, 'iso')), yeogwon: PP(v.passport(r, 'kr')) }, chaRyang: { beonho: LP(r.int(10, 399) + r.pick(['가', '나', '다', '라', '마']) + r.digits(4)), chadaeBeonho: VIN(v.vin(r)), mojel: H('Hyundai Sonata 2019'), jugeori: r.int(1, 20) * 10000 }, suchulBeonho: H('EX' + r.digits(12)) } };
});

// 50 UPPER_SNAKE legacy pawnshop core
def('upper-snake-pawn-core', (r) => {
  const p = person(r);
  return { method: 'POST', path: '/api/core/pawn/T1102', direction: 'response', body: { RET_CODE: '0000', RET_MSG: '交易成功', DATA: { PAWN_TKT_NO: H('DD' + v.orderNo(r)), CUST_NM: PN(p.name), CERT_TP: '01', CERT_NO: RID(p.id), MOB_NO: PH(p.mob), ADDR: ADDR(p.addr), LOAN_AMT: String(r.int(1, 90)) + '000.00', RCV_ACCT_NO: BA(v.cnAccount(r)), RCV_ACCT_NM: PN(p.name), RCV_BANK_NM: '中国建设银行' + v.cityOf(p.region) + '分行', TXN_DT: H(v.fmtDate(v.recentDate(r), 'compact')), TXN_TM: H(v.pad(r.int(80000, 175959), 6)), OPR_ID: H('0' + r.digits(5)), CUST_NM_MASK: H(v.maskName(p.name)), CERT_NO_MASK: H(v.maskId(p.id)), MOB_NO_MASK: H(v.maskMobile(p.mob)) }, SEQ_NO: H(v.snowflake(r)), TRACE_ID: H(r.hex(32)) } };
});

// 51 kebab-case keys: cinema member signup
def('kebab-keys-cinema-signup', (r) => {
  const m = person(r, { y0: 1980, y1: 2006 });
  return { method: 'POST', path: '/api/member/sign-up', direction: 'request', body: { 'mobile-no': PH(mobFmt(r, m.mob)), 'member-name': PN(m.name), 'birth-day': DOB(v.fmtDate(m.birth, r.pick(['iso', 'slash']))), 'x-client-ip': IP(v.ipv4(r)), 'device-imei': H(v.imei(r)), 'fav-cinema': { 'cinema-name': H('万达影城（CBD店）'), 'cinema-lat': H(39.9087), 'cinema-lng': H(116.4605), 'cinema-tel': H(r.pick(v.HOTLINES)) }, 'invite-code': H(r.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')) } };
});

// 52 PascalCase .NET DTO: cold-chain driver (driving licence no. == ID no.)
def('pascal-dotnet-coldchain-driver', (r) => {
  const d = person(r, { y0: 1965, y1: 1998 });
  return { method: 'GET', path: '/api/ColdChain/Drivers/' + r.int(1000, 9999), direction: 'response', body: { __type: 'DriverDto:#ColdChain.Contracts', DriverName: PN(d.name), MobilePhone: PH(v.fmtMobile(d.mob, r.pick(['fw', 'plus86', 'dash']))), IdCardNo: RID(d.id), DrivingLicenceNo: RID(d.id), LicenseClass: 'A2', TractorPlate: LP(v.plate(r, 'std')), CreatedOn: H('/Date(' + v.ts(r) + '+0800)/'), CarrierName: H(v.COMPANIES[0]), CarrierUscc: USCC(v.uscc(r)), EmergencyContact: { Relation: '妻子', Phone: PH(v.mobile(r)), Name: PN(v.cnName(r)) } } };
});

// 53 URL-encoded query string inside a JSON field: partner member callback
def('urlencoded-cinema-partner-callback', (r) => {
  const m = person(r, { y0: 1980, y1: 2006 });
  const parts = [['member_name', PN(m.name)], ['mobile', PH(m.mob)], ['birthday', DOB(m.birth.iso)], ['sign', r.hex(32)], ['ts', String(v.ts(r))]];
  const labels = []; const q = parts.map(([k, x]) => k + '=' + encodeURIComponent(x.__m ? (labels.push({ type: x.t, value: String(x.v) }), String(x.v)) : x)).join('&');
  return { method: 'POST', path: '/api/partner/member/callback', direction: 'request', body: { partner: 'h5-maoyan-like', callbackQuery: { __m: 'T', text: q, labels }, receivedAt: H(v.isoTs(r)) } };
});

// 54 raw k=v&k=v (not encoded) inside JSON: campus card top-up notify
def('kv-string-campus-topup', (r) => {
  const s = person(r, { y0: 2000, y1: 2006 });
  const biz = join(['student_no=' + '20' + r.digits(10), '&name=', PN(s.name), '&bank_card=', PC(v.card(r, 'unionpay')), '&amount=', r.int(50, 500) + '.00', '&trade_no=', v.orderNo(r, 'T')]);
  return { method: 'POST', path: '/api/campus/topup/notify', direction: 'request', body: { notifyType: 'topup.success', bizContent: biz, sign: H(r.hex(64)), signType: 'SHA256' } };
});

// 55 connector config with credentials: CDC pipeline
def('connector-config-credentials', (r) => {
  const pw = v.password(r), sasl = r.chars(24, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789');
  return { method: 'PUT', path: '/api/connectors/pm-cdc-source/config', direction: 'request', body: { 'connector.class': 'io.debezium.connector.mysql.MySqlConnector', 'database.hostname': H('10.' + r.int(0, 255) + '.' + r.int(0, 255) + '.' + r.int(1, 254)), 'database.port': '3306', 'database.user': 'cdc_reader', 'database.password': CR(pw), 'topic.prefix': 'pm', 'producer.override.sasl.jaas.config': tx`org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-cdc" password="${CR(sasl)}";`, 'schema.history.internal.kafka.bootstrap.servers': 'kafka-0.kafka:9092', 'transforms.mask.fields': 'owner_phone,owner_name' } };
});

// 56 service-account key + webhook secret: BI export job
def('service-account-bi-export', (r) => {
  const key = v.pem(r);
  return { method: 'POST', path: '/api/bi/export-jobs', direction: 'request', body: { name: 'daily-member-export', destination: { type: 'bigquery', dataset: 'cinema_dw', credentials: { type: 'service_account', project_id: 'cinema-dw', private_key_id: H(r.hex(40)), private_key: CR(key), client_email: H('bi-export@cinema-dw.iam.gserviceaccount.com'), client_id: H(r.digits(21)) } }, notify: { webhookUrl: 'https://hooks.example.cn/bi', webhookSecret: CR('whsec_' + r.chars(32, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')), authorization: tx`Bearer ${CR(v.jwt(r))}` }, schedule: '0 3 * * *' } };
});

// 57 Chinese free-text reviews: homestay
def('freetext-homestay-reviews', (r) => {
  const reviews = [];
  for (let i = 0; i < r.int(1, 3); i++) {
    const host = v.cnName(r), m = v.mobile(r);
    const k = r.int(0, 2);
    const content = k === 0 ? tx`房东${PN(host)}人很好，凌晨到也有人接，需要包车的可以打他电话${PH(v.fmtMobile(m, r.pick(['plain', 'dash', 'space'])))}。` : k === 1 ? tx`位置在${ADDR(v.cnAddress(r))}，离古镇步行十分钟，隔音一般。` : tx`性价比高，早餐丰富，老板养的狗叫${r.pick(['旺财', '豆豆'])}，很亲人。`;
    reviews.push({ orderNo: H(v.orderNo(r, 'MS')), reviewId: H(v.snowflake(r)), stars: r.int(3, 5), content, stayDate: H(hnDate(r)), reviewer: H(v.maskName(v.cnName(r))), hostReply: r.chance(0.5) ? H('谢谢亲的好评～欢迎再来，客服电话400-166-1234') : null });
  }
  return { method: 'GET', path: '/api/minsu/' + r.digits(6) + '/reviews', direction: 'response', body: { total: reviews.length, reviews } };
});

// 58 English free-text notes: legal matter
def('freetext-legal-notes-en', (r) => {
  const cl = v.foreignName(r, 'en'), au = v.foreignName(r, 'en'); const b = v.dob(r, 1955, 1995);
  const notes = [{ author: PN(au), createdAt: H(v.isoTs(r)), text: tx`Client ${PN(cl)} (DOB ${DOB(v.fmtDate(b, 'us'))}) called from ${PH(v.intlPhone(r, 'us'))}; moved to ${ADDR(v.westAddress(r, 'us'))}. SSN ${SSN(v.ssn(r))} on file for the asset disclosure.` }, { author: PN(au), createdAt: H(v.isoTs(r)), text: tx`Filed motion; court ref 2024-CV-${r.digits(5)}. Opposing counsel: ${PN(v.foreignName(r, 'en'))}, ${EM(r.pick(['j', 'm', 'k']) + r.pick(['harper', 'walsh', 'clarke']) + '@harperlaw.example')}.` }];
  return { method: 'GET', path: '/api/matters/' + r.digits(7) + '/notes', direction: 'response', body: { matterId: H('M-' + r.digits(7)), notes, billingCode: H('BC-' + r.digits(4)) } };
});

// 59 RFC 6902 JSON Patch: property-management resident profile
def('json-patch-resident-profile', (r) => {
  const t = person(r);
  return { method: 'PATCH', path: '/api/pm/residents/' + r.digits(8), direction: 'request', body: [{ op: 'test', path: '/version', value: r.int(1, 20) }, { op: 'replace', path: '/owner/mobile', value: PH(mobFmt(r, v.mobile(r))) }, { op: 'add', path: '/tenants/-', value: { name: PN(t.name), idNo: RID(t.id), moveIn: H(hnDate(r)) } }, { op: 'replace', path: '/carPlates/0', value: LP(v.fmtPlate(v.plate(r), r.pick(['', 'space']))) }, { op: 'remove', path: '/owner/oldMobile' }, { op: 'replace', path: '/parkingSpace', value: H('B2-' + r.int(100, 999)) }] };
});

// 60 numbers stored as JSON numbers: mine worker contact sync
def('numeric-leaves-mine-contacts', (r) => {
  const ws = [];
  for (let i = 0; i < r.int(2, 3); i++) { const p = person(r); ws.push({ badge: H(r.int(100000, 999999)), updatedAt: H(v.ts(r)), idNoMasked: H(v.maskId(p.id)), name: PN(p.name), tel: PH(+p.mob), wageCard: r.chance(0.5) ? PC(+vcard16(r)) : null, lampId: H(+r.digits(12)), shiftStart: H(v.ts(r)) }); }
  return { method: 'POST', path: '/api/mine/contacts/sync', direction: 'request', body: { mine: H('山西晋能矿业集团有限公司'), hotline: H(+('95' + r.digits(3))), workers: ws } };
});
function vcard16(r) { for (;;) { const c = v.card(r, 'unionpay'); if (c.length === 16) return c; } }

module.exports = { shapes };
