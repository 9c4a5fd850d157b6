import * as V from './values';
import * as X from './negatives';
import { E, N, S } from './build';
import type { ApiShape } from './ctx';
import { times } from './ctx';

export const INDUSTRY: ApiShape[] = [
  {
    name: 'mes-workorders', industry: 'manufacturing',
    build: ({ r, k, seq }) => ({ method: 'GET', path: '/api/mes/workorders', direction: 'response', body: { rows: times(r, 2, 5, () => ({
      [k.s('work_order_no')]: N(`MO${String(seq()).padStart(10, '0')}`), [k.s('part_no')]: N(`PN-${r.digits(6)}-${r.alnum(2, 'ABCDEFGH')}`),
      [k.s('material_name')]: N('冷轧钢板 SPCC 1.2mm'), qty: N(r.int(1, 50000)), [k.s('batch_no')]: N(`B${r.digits(10)}`),
      operator: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.s('emp_no')]: N(String(100000 + r.int(0, 99999))) }, [k.s('started_at')]: N(X.isoTime(r)) })) } }),
  },
  {
    name: 'supplier-directory', industry: 'manufacturing',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/suppliers', direction: 'response', body: { suppliers: times(r, 1, 3, () => ({
      [k.s('company_name')]: N(r.pick(X.COMPANY_NAMES)), [k.k('uscc')]: S('CN_USCC', V.uscc(r)), [k.s('contact_person')]: S('PERSON_NAME', V.cnName(r)),
      [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)), [k.k('account')]: S('BANK_ACCOUNT', V.cnAccount(r)), [k.k('address')]: S('STREET_ADDRESS', V.cnAddress(r)),
      [k.s('credit_rating')]: 'AA' })) } }),
  },
  {
    name: 'equipment-telemetry', industry: 'manufacturing',
    build: ({ r, k }) => ({ method: 'POST', path: '/api/iot/telemetry', direction: 'request', body: {
      [k.s('device_id')]: N(X.uuid(r)), [k.k('ip')]: S('IP_ADDRESS', r.chance(0.8) ? V.ipv4(r) : V.ipv6(r)), mac: N(X.macAddr(r)), firmware: N(X.version(r)),
      imei: N(X.imei(r)), temperature: +(r.next() * 90).toFixed(1), ts: N(X.epochSeconds(r)), checksum: N(X.md5(r)) } }),
  },
  {
    name: 'meter-readings', industry: 'energy',
    build: ({ r, k, seq }) => ({ method: 'GET', path: `/api/meters/${seq()}/readings`, direction: 'response', body: {
      [k.s('meter_no')]: N(X.meterNo(r)), customer: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('address')]: S('STREET_ADDRESS', V.cnAddress(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)) },
      readings: times(r, 3, 6, () => ({ ts: N(X.epochMs(r)), kwh: +(r.next() * 1000).toFixed(2), voltage: 220 + r.int(-5, 5) })) } }),
  },
  {
    name: 'ev-charging-sessions', industry: 'energy',
    build: ({ r, k, seq }) => ({ method: 'GET', path: '/api/charging/sessions', direction: 'response', body: { sessions: times(r, 1, 3, () => ({
      [k.s('session_no')]: N(String(5000000 + seq())), [k.s('station_name')]: N('深圳湾超充站'), [k.k('plate')]: S('LICENSE_PLATE', V.plate(r)), [k.k('vin')]: S('VEHICLE_VIN', V.vin(r)),
      [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)), kwh: +(r.next() * 80).toFixed(2), [k.k('lat')]: S('GEO_LOCATION', V.lat(r)), [k.k('lng')]: S('GEO_LOCATION', V.lng(r)),
      fee: X.amount(r) })) } }),
  },
  {
    name: 'grid-outages', industry: 'energy',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/grid/outages', direction: 'response', body: { outages: times(r, 1, 4, () => ({
      feeder: N(`10kV ${r.pick(['建设', '人民', '东风'])}线`), [k.s('substation_name')]: N('110kV望京变电站'), affected: N(r.int(10, 9999)),
      [k.s('start_time')]: N(X.isoTime(r)), [k.s('notice_id')]: N(X.uuid(r)), reason: '计划检修' })) } }),
  },
  {
    name: 'vehicle-record', industry: 'automotive',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/vehicles/lookup', direction: 'response', body: {
      [k.k('vin')]: S('VEHICLE_VIN', V.vin(r)), [k.k('plate')]: S('LICENSE_PLATE', V.plate(r)), model: N('Model Y 长续航'), mileage: N(r.int(100, 200000)),
      owner: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('idcard')]: S('CN_RESIDENT_ID', V.cnId(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)) },
      [k.s('register_date')]: N(X.dateOnly(r)) } }),
  },
  {
    name: 'traffic-violations', industry: 'automotive',
    build: ({ r, k }) => {
      const plate = V.plate(r);
      return { method: 'GET', path: '/api/violations', direction: 'response', body: { list: times(r, 1, 3, () => ({
        [k.k('plate')]: S('LICENSE_PLATE', plate), description: E(`车辆${plate}在${r.pick(['人民路与解放路交叉口', '京港澳高速K15'])}超速20%`, [{ type: 'LICENSE_PLATE', value: plate }]),
        fine: N(r.pick([100, 200])), points: N(r.pick([3, 6])), [k.s('occurred_at')]: N(X.isoTime(r)) })) } };
    },
  },
  {
    name: 'telematics-trip', industry: 'automotive',
    build: ({ r, k }) => ({ method: 'POST', path: '/api/telematics/trips', direction: 'request', body: {
      [k.s('driver_id')]: N(String(r.int(10000, 99999))), [k.k('vin')]: S('VEHICLE_VIN', V.vin(r)),
      points: times(r, 2, 4, () => ({ [k.k('geo')]: S('GEO_LOCATION', `${V.lat(r)},${V.lng(r)}`), speed: r.int(0, 120), ts: N(X.epochSeconds(r)) })) } }),
  },
  {
    name: 'waybill-trace', industry: 'logistics',
    build: ({ r, k, seq }) => {
      const signer = V.cnName(r);
      const phone = V.mobile(r);
      return { method: 'GET', path: `/api/waybills/${X.tracking(r)}`, direction: 'response', body: {
        [k.s('waybill_no')]: N(X.tracking(r)),
        sender: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)), [k.k('address')]: S('STREET_ADDRESS', V.cnAddress(r)) },
        receiver: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)), [k.k('address')]: S('STREET_ADDRESS', V.cnAddress(r)) },
        traces: [{ time: N(X.isoTime(r)), desc: '快件已到达【深圳转运中心】' },
          { time: N(X.isoTime(r)), desc: E(`快件已签收，签收人：${signer}，如有疑问请联系派件员${phone}`, [{ type: 'PERSON_NAME', value: signer }, { type: 'PHONE_NUMBER', value: phone }]) }],
        weight: N(+(r.next() * 20).toFixed(2)), [k.s('order_id')]: N(String(seq())) } };
    },
  },
  {
    name: 'courier-location', industry: 'logistics',
    build: ({ r, k }) => ({ method: 'GET', path: '/api/couriers/location', direction: 'response', body: {
      courier: { [k.k('name')]: S('PERSON_NAME', V.cnName(r)), [k.k('phone')]: S('PHONE_NUMBER', V.mobile(r)) },
      [k.k('lat')]: S('GEO_LOCATION', V.lat(r)), [k.k('lng')]: S('GEO_LOCATION', V.lng(r)), eta: N(r.int(1, 60)), [k.s('station_name')]: N('望京营业部') } }),
  },
  {
    name: 'shipment-create', industry: 'logistics',
    build: ({ r, k, seq }) => {
      const name = V.cnName(r);
      const phone = V.mobile(r);
      const addr = V.cnAddress(r);
      return { method: 'POST', path: '/api/shipments', direction: 'request', body: {
        [k.s('client_order_no')]: N(X.orderNo(r, seq())),
        consignee: E(JSON.stringify({ name, mobile: phone, address: addr }), [{ type: 'PERSON_NAME', value: name }, { type: 'PHONE_NUMBER', value: phone }, { type: 'STREET_ADDRESS', value: addr }]),
        cargo: { name: N('电子元器件'), weight: 12.5, pieces: N(r.int(1, 20)) } } };
    },
  },
];
