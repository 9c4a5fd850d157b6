import { createClassifier, ParsedLeaf } from '../../src/classify';
import { AWAIT_SIBLINGS, type SensitiveType } from '../../src/types';
import { NO_FIELDS, streamedTypes, typeAt } from './helpers';

const c = createClassifier();

// The same value decided differently by its key, its siblings and its path.
const CASES: Array<[string, unknown, string, SensitiveType | null]> = [
  ['a name under a customer record', { customer: { name: '金龙鱼' } }, '/customer/name', 'PERSON_NAME'],
  ['the same text as a stock name in quotes', { quotes: [{ name: '金龙鱼', symbol: '300999' }] }, '/quotes/0/name', null],
  ['a name in a paged list of users (`items` is a list, not a product)', { data: { items: [{ uid: 'u_1', name: '陈涛磊', status: 'active' }] } }, '/data/items/0/name', 'PERSON_NAME'],
  ['a product name in a list with prices', { data: { items: [{ sku: 'A-1', name: '王老吉', price: 5 }] } }, '/data/items/0/name', null],
  ['an order\'s shipping address among trade fields', { items: [{ order_no: '20241128000012345', amount: 199, sku: 'SKU-88231-BLK', ship_to: '广东省深圳市南山区科技园路88号' }] }, '/items/0/ship_to', 'STREET_ADDRESS'],
  ['a product name', { product_name: '李宁运动鞋' }, '/product_name', null],
  ['a company name under a person-ish key', { company_name: '华为技术有限公司' }, '/company_name', null],
  ['a city is not a person', { city: '温州' }, '/city', null],
  ['Western name, weak key, person path', { sender: { userName: 'Patricia Davis' } }, '/sender/userName', 'PERSON_NAME'],
  ['pinyin key xm', { xm: '欧阳娜娜' }, '/xm', 'PERSON_NAME'],
  ['Chinese key 收货人电话', { 收货人电话: '13812345678' }, '/收货人电话', 'PHONE_NUMBER'],
  ['Chinese key 订单号 wins over the mobile shape', { 订单号: '13812345678' }, '/订单号', null],
  ['a 400 service line is a company', { shop_tel: '400-820-8820' }, '/shop_tel', null],
  ['sales volume among product fields', { hits: [{ title: '小米14', price: 3999, sales: 13412607909 }] }, '/hits/0/sales', null],
  ['mobile as a number in a person record (siblings + path)', { member: { memberId: '880001', cellular: 13912345678 } }, '/member/cellular', 'PHONE_NUMBER'],
  ['mobile as a number under a phone key', { member: { mobile: 13912345678 } }, '/member/mobile', 'PHONE_NUMBER'],
  ['birth date by key', { csrq: '1990-05-12' }, '/csrq', 'DATE_OF_BIRTH'],
  ['an event date is not a birth date', { created_at: '1990-05-12' }, '/created_at', null],
  ['company founding date', { brand_founded: '1990-05-12' }, '/brand_founded', null],
  ['latitude by key', { lat: 39.904211 }, '/lat', 'GEO_LOCATION'],
  ['a price is not a coordinate', { price: 39.904211 }, '/price', null],
  ['plate anywhere', { c9: '粤B·D12345' }, '/c9', 'LICENSE_PLATE'],
  ['VIN with check digit anywhere', { c9: '1M8GDM9AXKP042788' }, '/c9', 'VEHICLE_VIN'],
  ['USCC anywhere', { c9: '91350100M000100Y43' }, '/c9', 'CN_USCC'],
  ['IBAN anywhere', { c9: 'GB82WEST12345698765432' }, '/c9', 'BANK_ACCOUNT'],
  ['CN account digits need the key', { c9: '110012345678901234' }, '/c9', null],
  ['CN account digits under 收款账号', { 收款账号: '110012345678901234' }, '/收款账号', 'BANK_ACCOUNT'],
  ['passport by key', { passportNo: 'K12345678' }, '/passportNo', 'PASSPORT_NUMBER'],
  ['permit by pinyin key', { gatxz: 'C12345678' }, '/gatxz', 'CN_HK_MACAU_PERMIT'],
  ['SSN dashed anywhere', { c9: '219-09-9999' }, '/c9', 'US_SSN'],
  ['reisepass (German) is a passport, not a password key', { reisepass: 'G12345678' }, '/reisepass', 'PASSPORT_NUMBER'],
  ['a pet\'s birth date is not a person\'s', { pet: { name: '豆豆', dob: '2020-10-08' }, owner: { name: '李雷' } }, '/pet/dob', null],
  ['a camera\'s coordinates are not a person\'s', { camera: { id: 'C-12', lat: 30.642113, lon: 104.039819 } }, '/camera/lat', null],
  ['a store\'s address is the business\'s', { storeAddr: '昆明市五华区人民中路205号' }, '/storeAddr', null],
  ['a building site\'s address may be a home', { site_address: '7559 Sunset Ave', applicant_name: 'David Walker' }, '/site_address', 'STREET_ADDRESS'],
  ['a school hotline is an organisation\'s line', { schoolHotline: '0755-59422716' }, '/schoolHotline', null],
  ['a complaints line too', { complaintTel: '0551-24085425' }, '/complaintTel', null],
  ['a coach is a person', { session: { date: '2024-03-01', coach: '王建国' } }, '/session/coach', 'PERSON_NAME'],
  ['紧急联系人 in initials, though jj also reads as 基金 (a fund)', { rows: [{ xm: '司马婷芳', jjlxr: '郑可琳' }] }, '/rows/0/jjlxr', 'PERSON_NAME'],
  ['a fund\'s name is still a thing\'s', { fund_name: '华夏成长' }, '/fund_name', null],
  ['whoever picked a child up', { pickupLogs: [{ pickedBy: '田慧悦', time: '08:00' }] }, '/pickupLogs/0/pickedBy', 'PERSON_NAME'],
  ['a sort order names a field, not a person', { sortBy: 'Name' }, '/sortBy', null],
  ['开方医生 in pinyin initials', { data: { kfys: '雷雪秀' } }, '/data/kfys', 'PERSON_NAME'],
  ['who prepared a subsidy sheet (填报人)', { sheet: { preparer: '范刚' } }, '/sheet/preparer', 'PERSON_NAME'],
  ['ys alone is as often 颜色', { ys: '红色' }, '/ys', null],
];

describe('classifier: context decides', () => {
  test.each(CASES)('%s', (_d, doc, pointer, want) => {
    expect(typeAt(c, doc, pointer)).toBe(want);
  });
});

// Streamed, a leaf is read with every sibling of its object, those after it too: what decides it
// does not depend on the order an API writes its keys in.
const ANY_ORDER: Array<[string, string, Record<string, unknown>, string, SensitiveType | null]> = [
  ['a name before the keys that make its object a person', 'record', { name: 'Chloe Anderson', email: 'c.anderson@lawfirm.com', phone: '614-774-8270' }, 'name', 'PERSON_NAME'],
  ['a name under an unknown key before a phone and an ID', 'record', { who: '张伟', phone: '13812345678', idcard: '110105199003071239' }, 'who', 'PERSON_NAME'],
  ['a product name before its price and SKU', 'record', { name: 'Apple Watch', price: 2999, sku: 'AW-9-41' }, 'name', null],
  ['a generic value before the label that names it', 'record', { value: 'E12345678', type: 'passport' }, 'value', 'PASSPORT_NUMBER'],
  ['a password-shaped value before the login name', 'record', { zugang: 'Dragon#439', username: 'li.wei' }, 'zugang', 'CREDENTIAL'],
  ['a station\'s coordinates, beside its name', 'station', { stationId: '36764570', name: '朝阳区万象城充电站', lat: 39.955729, lng: 116.489626 }, 'lat', null],
  ['an owner code is not the owner\'s name', 'record', { OwnerCode: 'CA', Passengers: [], Contacts: [], customerName: 'x' }, 'OwnerCode', null],
];

describe('classifier: siblings after a leaf count as much as those before it', () => {
  test.each(ANY_ORDER)('%s', (_d, container, doc, key, want) => {
    const last = { ...doc };
    delete last[key];
    last[key] = doc[key];
    for (const order of [doc, last]) {
      const json = JSON.stringify({ [container]: order });
      expect(streamedTypes(c, json).get(`/${container}/${key}`) ?? null).toBe(want);
      expect(streamedTypes(c, json, [7]).get(`/${container}/${key}`) ?? null).toBe(want);
    }
  });

  it('only asks to wait where later siblings could still arrive', () => {
    const all = new ParsedLeaf('string', 'Chloe Anderson', ['record', 'name'], ['email', 'phone'], new Map());
    const alone = new ParsedLeaf('string', 'Chloe Anderson', ['record', 'name'], [], new Map());
    expect(c.classify(alone, 'response', NO_FIELDS)).toBeNull();
    const first = new ParsedLeaf('string', 'Chloe Anderson', ['record', 'name'], [], new Map(), undefined, () => all);
    expect(c.classify(first, 'response', NO_FIELDS)).toBe(AWAIT_SIBLINGS);
    expect(c.classify(all, 'response', NO_FIELDS)?.[0]?.type).toBe('PERSON_NAME');
    const price = new ParsedLeaf('number', '2999', ['record', 'price'], [], new Map(), undefined, () => price);
    expect(c.classify(price, 'response', NO_FIELDS)).toBeNull();
  });

  it('reads JSON inside a string the same way: every member with all its siblings', () => {
    const inner = JSON.stringify({ name: 'Chloe Anderson', email: 'c.anderson@lawfirm.com', phone: '614-774-8270' });
    const found = streamedTypes(c, JSON.stringify({ content: [{ type: 'text', text: inner }] }));
    expect(found.get('/content/0/text')).toBe('PERSON_NAME'); // the first span of the leaf
    const spans = c.classify(new ParsedLeaf('string', inner, ['text'], [], new Map()), 'response', NO_FIELDS) ?? [];
    expect(spans.map((s) => `${s.type}[${inner.slice(s.start, s.end)}]`)).toContain('PERSON_NAME[Chloe Anderson]');
  });
});

// Values a format-only regex flags and apiward must not.
const HARD_NEGATIVES: Array<[string, string, string | number]> = [
  ['order number', 'orderNo', '2024112800012345'],
  ['trade number (18 digits)', 'trade_no', '202411281200012345'],
  ['tracking number', 'waybill_no', 'SF1234567890123'],
  ['IMEI (Luhn-valid)', 'imei', '861234567890128'],
  ['EAN-13 barcode', 'barcode', '6901234567892'],
  ['UUID', 'request_id', '550e8400-e29b-41d4-a716-446655440000'],
  ['md5', 'checksum', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['version', 'firmware', '10.2.0.1'],
  ['epoch millis', 'ts', 1732780800000],
  ['ISO time', 'updated_at', '2024-11-28T12:30:00Z'],
  ['stock code', 'stock_code', '600519'],
  ['amount', 'amount', 13800138000.5],
  ['MAC address', 'mac', 'aa:bb:cc:dd:ee:ff'],
  ['base64 of a hex signature', 'sign', Buffer.from('d41d8cd98f00b204e9800998ecf8427e').toString('base64')],
];

describe('classifier: hard negatives', () => {
  test.each(HARD_NEGATIVES)('%s', (_d, key, value) => {
    expect(typeAt(c, { [key]: value }, `/${key}`)).toBeNull();
  });
});
