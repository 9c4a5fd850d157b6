import { createClassifier } from '../../src/classify';
import { classifyDoc } from './helpers';

const c = createClassifier();

/** `type[text]` for every span of the leaf at pointer, in order. */
function spansAt(doc: unknown, pointer: string): string[] {
  const leaf = pointer.split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], doc);
  const text = String(leaf);
  return (classifyDoc(c, doc).get(pointer) ?? []).map((s) => `${s.type}[${text.slice(s.start, s.end)}]`);
}

// Keys in other languages and scripts (diacritics folded, Traditional Chinese, Japanese kanji).
const LANGUAGES: Array<[string, string, string | number, string | null]> = [
  ['German account number', 'Kontonummer', '731189528883986096', 'BANK_ACCOUNT'],
  ['Spanish account number', 'número_de_cuenta', '00491500051234567892', 'BANK_ACCOUNT'],
  ['where a supplier is paid', 'remit_to', '3100543534895950', 'BANK_ACCOUNT'],
  ['Japanese bank account (口座番号)', '口座番号', '1234567890123', 'BANK_ACCOUNT'],
  ['German password', 'Kennwort', 'Dragon#439', 'CREDENTIAL'],
  ['Spanish password with ñ', 'contraseña', 'huang7691!', 'CREDENTIAL'],
  ['Traditional Chinese password', '登入密碼', 'qwe!2345', 'CREDENTIAL'],
  ['German phone', 'Telefonnummer', '13812345678', 'PHONE_NUMBER'],
  ['Traditional Chinese mobile', '手機號碼', '13812345678', 'PHONE_NUMBER'],
  ['French email', 'courriel', 'jean.dupont@example.fr', 'EMAIL_ADDRESS'],
  ['Spanish family name', 'apellido', 'García', 'PERSON_NAME'],
  ['German first name', 'Vorname', 'Jürgen', 'PERSON_NAME'],
  ['Japanese full name (氏名)', '氏名', '王小明', 'PERSON_NAME'],
  ['German birth date', 'Geburtsdatum', '1987-03-14', 'DATE_OF_BIRTH'],
  ['Japanese birth date (生年月日)', '生年月日', '1987-03-14', 'DATE_OF_BIRTH'],
  ['Spanish passport', 'pasaporte', 'E12345678', 'PASSPORT_NUMBER'],
  ['Traditional Chinese ID card', '身份證號', '110105199003071239', 'CN_RESIDENT_ID'],
  ['a document qualifier after a permit word (hmtDoc)', 'hmtDoc', 'M63098569', 'CN_HK_MACAU_PERMIT'],
  ['German order number is still an order', 'Bestellnummer', '2024112800012345', null],
  ['Romanised Japanese phone (電話番号)', 'denwa_bangou', '080-2226-5634', 'PHONE_NUMBER'],
  ['Romanised Japanese address (住所)', 'juusho', '1-9-14 Nishi-Shinjuku, 530-0001 Osaka', 'STREET_ADDRESS'],
  ['Romanised Japanese birth date (生年月日)', 'seinengappi', '1962/10/31', 'DATE_OF_BIRTH'],
  ['SAP HR family name (NACHN)', 'NACHN', 'Fischer', 'PERSON_NAME'],
  ['SAP HR birth date (GBDAT)', 'GBDAT', '19650119', 'DATE_OF_BIRTH'],
  ['SAP street (STRAS)', 'STRAS', 'Goethestraße 45', 'STREET_ADDRESS'],
  ['SAP bank account (BANKN)', 'BANKN', '0548752463', 'BANK_ACCOUNT'],
  ['German mobile in national format', 'Telefon', '0176 33201062', 'PHONE_NUMBER'],
  ['US phone as ten bare digits under a phone key', 'phone', '6178369992', 'PHONE_NUMBER'],
  ['ten bare digits under a control number', 'control_number', '9835247407', null],
  ['Russian transliterated family name (familiya)', 'familiya', 'Иванова', 'PERSON_NAME'],
  ['Korean name (이름)', '이름', '김민준', 'PERSON_NAME'],
  ['Korean contact number (연락처)', '환자연락처', '010-2875-8089', 'PHONE_NUMBER'],
  ['Korean address (주소)', '주소', '서울특별시 마포구 월드컵북로 180, 2506호', 'STREET_ADDRESS'],
  ['Korean birth date (생년월일)', '생년월일', '2004.09.07', 'DATE_OF_BIRTH'],
  ['Russian address under adres', 'adres', 'г. Санкт-Петербург, ул. Ленина, д. 119, кв. 239', 'STREET_ADDRESS'],
  ['Vietnamese full name (họ tên)', 'hoTen', 'Nguyễn Văn An', 'PERSON_NAME'],
  ['Vietnamese birth date (ngày sinh)', 'ngaySinh', '23/04/1990', 'DATE_OF_BIRTH'],
  ['Indonesian full name (nama lengkap)', 'namaLengkap', 'Siti Rahmawati', 'PERSON_NAME'],
  ['Portuguese street line (logradouro)', 'logradouro', 'Rua Augusta, 1039 - Apto 96', 'STREET_ADDRESS'],
  ['a US address line in capitals', 'RES_ADDRESS', '9490 MAPLE CT', 'STREET_ADDRESS'],
  ['移动电话 in pinyin initials (yddh)', 'yddh', '15514553699', 'PHONE_NUMBER'],
  ['a remittance amount is not an account', 'remittance', 1280.5, null],
  ['where an order ships', 'ship_to', '广东省深圳市南山区科技园路88号', 'STREET_ADDRESS'],
  ['a bill-to line', 'billTo', '1200 NE 45th St, Seattle, WA 98105', 'STREET_ADDRESS'],
];

// A birth date split into parts is still a birth date; the same parts of another date are not.
const DATE_PARTS: Array<[string, unknown, string, string | null]> = [
  ['day of a split dob', { individual: { dob: { day: 14, month: 4, year: 1995 } } }, '/individual/dob/day', 'DATE_OF_BIRTH'],
  ['month of a split dob, as a string', { individual: { dob: { day: '14', month: '4', year: '1995' } } }, '/individual/dob/month', 'DATE_OF_BIRTH'],
  ['year under birthday', { birthday: { yyyy: '1980', mm: '11', dd: '03' } }, '/birthday/yyyy', 'DATE_OF_BIRTH'],
  ['day of a creation date', { createdAt: { day: 14, month: 4, year: 2024 } }, '/createdAt/day', null],
  ['a day counter', { stats: { day: 3 } }, '/stats/day', null],
];

describe('classifier: split birth dates', () => {
  test.each(DATE_PARTS)('%s', (_d, doc, pointer, want) => {
    expect(classifyDoc(c, doc).get(pointer)?.[0]?.type ?? null).toBe(want);
  });
});

describe('classifier: keys in other languages', () => {
  test.each(LANGUAGES)('%s', (_d, key, value, want) => {
    const spans = classifyDoc(c, { [key]: value }).get(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    expect(spans?.[0]?.type ?? null).toBe(want);
  });
});

// Values found by pattern in shapes the vocabularies were not written for.
const CASES: Array<[string, unknown, string, string[]]> = [
  // k=v strings: each value judged with its key and the other pairs as siblings.
  ['form body: name beside an email', { body: 'name=Li Na&email=lina@example.org' }, '/body', ['PERSON_NAME[Li Na]', 'EMAIL_ADDRESS[lina@example.org]']],
  ['form body, plus for space', { q: 'name=Mary+Jones&tel=13698765432' }, '/q', ['PERSON_NAME[Mary+Jones]', 'PHONE_NUMBER[13698765432]']],
  ['k=v; with a Chinese name under a role key', { log: 'user=黄丽娟; ip=172.16.4.20' }, '/log', ['PERSON_NAME[黄丽娟]', 'IP_ADDRESS[172.16.4.20]']],
  ['k=v without a person: a product title stays', { q: 'title=Blue Mug&sku=A100' }, '/q', []],
  // Names under role keys and nested role objects.
  ['role key holds a name', { issue: { assignee: '何志强' } }, '/issue/assignee', ['PERSON_NAME[何志强]']],
  ['committer object name', { commit: { committer: { name: 'Dana Lee' } } }, '/commit/committer/name', ['PERSON_NAME[Dana Lee]']],
  ['reviewer object name', { pr: { reviewer: { name: 'Sean O\'Brien' } } }, '/pr/reviewer/name', ['PERSON_NAME[Sean O\'Brien]']],
  ['hyphenated family name', { patient: { lastName: 'Garcia-Lopez' } }, '/patient/lastName', ['PERSON_NAME[Garcia-Lopez]']],
  ['a role key with a word that is not a name', { owner: 'root' }, '/owner', []],
  // Cards in Chinese prose, by a 卡 word before a Luhn + BIN valid run.
  ['card after 卡上 in a sentence', { msg: '客户说卡上：6217009876543213，没到账' }, '/msg', ['PAYMENT_CARD[6217009876543213]']],
  ['grouped card after 银行卡', { msg: '我的银行卡 6217-0098-7654-3213 已冻结' }, '/msg', ['PAYMENT_CARD[6217-0098-7654-3213]']],
  ['a Luhn-valid order number is not a card', { msg: '订单6217009876543213已发货' }, '/msg', []],
  // 86 + mobile digits: a phone by key or cue, a code otherwise.
  ['bare 86+mobile under a code key', { drug: { code: '8613812345678' } }, '/drug/code', []],
  ['bare 86+mobile under a phone key', { user: { phone: '8613812345678' } }, '/user/phone', ['PHONE_NUMBER[8613812345678]']],
  ['bare 86+mobile after a drug-code word', { msg: '国药准字本位码8613812345678' }, '/msg', []],
  ['bare 86+mobile after 联系电话', { msg: '联系电话8613812345678' }, '/msg', ['PHONE_NUMBER[8613812345678]']],
  ['US phone with area code in a sentence', { note: 'If you need help reach me at (523) 918-5788 after 5pm' }, '/note', ['PHONE_NUMBER[(523) 918-5788]']],
  // Coordinates whose trailing zeros JSON dropped.
  ['longitude with two decimals', { geo: { lat: 30.2741, lng: 120.28 } }, '/geo/lng', ['GEO_LOCATION[120.28]']],
  ['a price with two decimals', { item: { price: 120.28 } }, '/item/price', []],
  // A credential is a secret: known secret formats under any key, vendor record ids under none.
  ['AWS key id under an id-like key', { iam: { accessKeyId: 'AKIAQ3EXAMPLE7KEY2AB' } }, '/iam/accessKeyId', ['CREDENTIAL[AKIAQ3EXAMPLE7KEY2AB]']],
  ['AWS session key id under a generic key', { value: 'ASIAQ3EXAMPLE7KEY2AB' }, '/value', ['CREDENTIAL[ASIAQ3EXAMPLE7KEY2AB]']],
  ['Twilio account sid', { account: { sid: 'AC' + '0123456789abcdef'.repeat(2) } }, '/account/sid', []],
  ['Stripe charge id under token', { charge: { token: 'ch_3MmlLrLkdIwHu7ix0snN0B15' } }, '/charge/token', []],
  ['numeric session id', { sessionId: '8806512345678901' }, '/sessionId', []],
  ['a PIN under pin', { card: { pin: '884213' } }, '/card/pin', ['CREDENTIAL[884213]']],
  // US street lines led by a direction.
  ['street line with a direction', { shipping: { line1: 'SW 5th Ave' } }, '/shipping/line1', ['STREET_ADDRESS[SW 5th Ave]']],
  ['a direction-led title is not an address', { page: { title: 'N Main St' } }, '/page/title', []],
  // A resident ID wrapped in a one-letter prefix, span over the ID.
  ['student registration number G + ID', { student: { regNo: 'G110105199003071239' } }, '/student/regNo', ['CN_RESIDENT_ID[110105199003071239]']],
  ['a lettered order number is not an ID', { orderNo: 'E202411281200012345' }, '/orderNo', []],
  // A document number's kind named by a sibling (`certType`, `docType`, `证件类型`).
  ['certNo with certType HMT', { guest: { certType: 'HMT', certNo: 'H12345678' } }, '/guest/certNo', ['CN_HK_MACAU_PERMIT[H12345678]']],
  ['certNo with certType 港澳通行证', { guest: { certType: '港澳通行证', certNo: 'C12345678' } }, '/guest/certNo', ['CN_HK_MACAU_PERMIT[C12345678]']],
  ['docNumber with docType passport', { doc: { docType: 'passport', docNumber: 'E12345678' } }, '/doc/docNumber', ['PASSPORT_NUMBER[E12345678]']],
  ['证件号码 with 证件类型 护照', { 证件类型: '护照', 证件号码: 'E12345678' }, '/证件号码', ['PASSPORT_NUMBER[E12345678]']],
  ['a valid ID stays an ID whatever the label', { certType: 'passport', certNo: '110105199003071239' }, '/certNo', ['CN_RESIDENT_ID[110105199003071239]']],
  ['certNo alone, permit-shaped', { certNo: 'H12345678' }, '/certNo', []],
  ['docNumber labelled as an order', { docType: 'order', docNumber: 'E12345678' }, '/docNumber', []],
  // Pinyin-initial keys: a role's initials then the field's (`xm` name, `dh`/`sjh` phone, `dz` address, `sfzh` ID).
  ['jzxm 家长姓名', { jzxm: '罗志明' }, '/jzxm', ['PERSON_NAME[罗志明]']],
  ['yzsjh 业主手机号', { yzsjh: '13698765432' }, '/yzsjh', ['PHONE_NUMBER[13698765432]']],
  ['fjrdz 发件人地址', { fjrdz: '浙江省杭州市西湖区文三路90号' }, '/fjrdz', ['STREET_ADDRESS[浙江省杭州市西湖区文三路90号]']],
  ['jhrsfzh 监护人身份证号', { jhrsfzh: '440304198512120023' }, '/jhrsfzh', ['CN_RESIDENT_ID[440304198512120023]']],
  ['xsddh 销售订单号 is an order number', { xsddh: '13698765432' }, '/xsddh', []],
  // Plural keys name their items; a key's language or script qualifier does not change what it names.
  ['a list key in the plural', { user: { phoneNumbers: ['13698765432'] } }, '/user/phoneNumbers/0', ['PHONE_NUMBER[13698765432]']],
  ['numbers in one string under a plural key', { PhoneNumbers: '13698765432,15512345678' }, '/PhoneNumbers', ['PHONE_NUMBER[13698765432]', 'PHONE_NUMBER[15512345678]']],
  ['an amount list is not phones', { amounts: '1200000,3500000,4200000' }, '/amounts', []],
  ['emails', { emails: 'li.na@example.org' }, '/emails', ['EMAIL_ADDRESS[li.na@example.org]']],
  ['a plural container does not make its rows things', { pages: [['周杰', '440304198512120023']] }, '/pages/0/1', ['CN_RESIDENT_ID[440304198512120023]']],
  ['name qualified by language', { passenger: { psgNameEn: 'DONG,JIAXIA' } }, '/passenger/psgNameEn', ['PERSON_NAME[DONG,JIAXIA]']],
  ['surname in capitals', { pax: { Surname: 'DING' } }, '/pax/Surname', ['PERSON_NAME[DING]']],
  ['status in capitals is not a name', { order: { status: 'FILLED' } }, '/order/status', []],
  ['platform privacy number with an extension', { recipient_phone: '17282423400_5614' }, '/recipient_phone', ['PHONE_NUMBER[17282423400_5614]']],
  // A bare type/Art beside a document number names the document's kind.
  ['id_document with type passport', { id_document: { type: 'passport', number: 'G54573969' } }, '/id_document/number', ['PASSPORT_NUMBER[G54573969]']],
  ['German travel document (Reisedokument/Art)', { Reisedokument: { Art: 'Reisepass', Nummer: 'C01XR801V' } }, '/Reisedokument/Nummer', ['PASSPORT_NUMBER[C01XR801V]']],
  ['a bare type beside an order number says nothing', { order: { type: 'passport', number: 'G54573969' } }, '/order/number', []],
  ['a courier named in a tracking line', { lastNode: '【上海徐汇】快递员蒋曦梅（+8617641638738）正在为您派件' }, '/lastNode', ['PERSON_NAME[蒋曦梅]', 'PHONE_NUMBER[+8617641638738]']],
  ['a tracking number after 快递 is still not a phone', { msg: '快递单号13812345678已签收' }, '/msg', []],
  ['a background check subject is a person', { 'subject.dob': '1986-02-09' }, '/subject.dob', ['DATE_OF_BIRTH[1986-02-09]']],
  // A fixed place's coordinates are not a person's whereabouts; a home's or a vehicle's are.
  ['a fuel station position', { tx: { stationGeo: '22.543096,114.057865' } }, '/tx/stationGeo', []],
  ['a store latitude under /store', { store: { lat: 22.543096 } }, '/store/lat', []],
  ['a home latitude', { user: { home_lat: 22.543096 } }, '/user/home_lat', ['GEO_LOCATION[22.543096]']],
  ['a vehicle position', { vehicle: { lat: 22.543096 } }, '/vehicle/lat', ['GEO_LOCATION[22.543096]']],
  // Card data and document numbers in their trade's spelling.
  ['magnetic-stripe track 2', { TRACK2: '6217003714600316860' }, '/TRACK2', ['PAYMENT_CARD[6217003714600316860]']],
  ['an EMV tag after the field name', { CARDHOLDER_NAME_5F20: 'ZHANG/SAN' }, '/CARDHOLDER_NAME_5F20', ['PERSON_NAME[ZHANG/SAN]']],
  ['Italian passport number (passaporto/numero)', { passaporto: { numero: 'YA1234567' } }, '/passaporto/numero', ['PASSPORT_NUMBER[YA1234567]']],
  ['a certificate type naming a home-return permit', { viewer: { certType: 'HK_MO_RESIDENT', certNo: 'H01390708' } }, '/viewer/certNo', ['CN_HK_MACAU_PERMIT[H01390708]']],
  // A password-shaped value beside a login name is the login's secret, whatever its key.
  ['a password under an unknown key beside username', { username: 'admin', losung: 'li4098!' }, '/losung', ['CREDENTIAL[li4098!]']],
  ['mixed case and digits beside account', { account: 'ops', kodeord: 'bHtYreO1aAR1' }, '/kodeord', ['CREDENTIAL[bHtYreO1aAR1]']],
  ['the same value with no login name beside it', { note_code: 'li4098!' }, '/note_code', []],
  ['an id with separators beside username', { username: 'admin', ref: 'TCK-96948579' }, '/ref', []],
  ['a timestamp beside username', { username: 'admin', seen: '2024-03-23T03:35:59Z' }, '/seen', []],
  // Tables: a row's cells are read under the header's column names.
  ['a spreadsheet row beside its header', { sheet: { header: ['序号', '姓名', '手机号'], rows: [[1, '金凤俊', '17389307692']] } }, '/sheet/rows/0/1', ['PERSON_NAME[金凤俊]']],
  ['a phone cell stored as a number', { header: ['序号', '姓名', '手机号'], rows: [[1, '金凤俊', 17389307692]] }, '/rows/0/2', ['PHONE_NUMBER[17389307692]']],
  ['SQL result columns as objects', { columns: [{ name: 'order_no', type: 'varchar' }, { name: 'email', type: 'varchar' }], rows: [['13698765432', 'x@y.cn']] }, '/rows/0/0', []],
  ['a coded column described by a legend', { colDesc: { C01: '户主姓名', C03: '银行账号' }, rows: [{ C01: '邓凤', C03: '1108041408641547' }] }, '/rows/0/C03', ['BANK_ACCOUNT[1108041408641547]']],
  ['a record\'s fields object is not a legend', { fields: { summary: '银行账号' }, rows: [{ summary: '1108041408641547' }] }, '/rows/0/summary', []],
  ['a cell without a header column stays unnamed', { header: ['sku'], rows: [['SKU-1', '金凤俊']] }, '/rows/0/1', []],
  // Airline document dates.
  ['IATA birth date', { DocInfo: { BirthDate: '01MAY83' } }, '/DocInfo/BirthDate', ['DATE_OF_BIRTH[01MAY83]']],
  ['IATA expiry date', { DocInfo: { ExpiryDate: '11FEB34' } }, '/DocInfo/ExpiryDate', []],
  ['spmc 商品名称 is not a person', { spmc: '李宁' }, '/spmc', []],
  // A mobile-shaped JSON number is a phone only when the key says so.
  ['wldh 物流单号: dh after a non-person is 单号', { wldh: 13698765432 }, '/wldh', []],
  ['jsrdh 接收人电话: dh after …r (人) is 电话', { jsrdh: 13698765432 }, '/jsrdh', ['PHONE_NUMBER[13698765432]']],
  // Birth dates written with a month name.
  ['month-name birth date by key', { patient: { dob: 'March 3, 1985' } }, '/patient/dob', ['DATE_OF_BIRTH[March 3, 1985]']],
  ['a month-name release date', { album: { released: 'March 3, 1985' } }, '/album/released', []],
  ['a birth date as a zoned timestamp', { patient: { birthDate: '1990-05-11T16:00:00Z' } }, '/patient/birthDate', ['DATE_OF_BIRTH[1990-05-11T16:00:00Z]']],
  ['an old event timestamp', { log: { createdAt: '1990-05-11T16:00:00Z' } }, '/log/createdAt', []],
  ['出生年月 as a month', { 出生年月: '1990-05' }, '/出生年月', ['DATE_OF_BIRTH[1990-05]']],
  ['a year-month that is a period', { period: '1990-05' }, '/period', []],
];

describe('classifier: general patterns', () => {
  test.each(CASES)('%s', (_d, doc, pointer, want) => {
    expect(spansAt(doc, pointer)).toEqual(want);
  });
});
