import { classifyWithEvidence, createClassifier, FieldStats, walkLeaves } from '../../src/classify';
import type { SensitiveType } from '../../src/types';
import { classifyDoc, fieldMapOf, NO_FIELDS, typeAt } from './helpers';

const c = createClassifier();

// [description, document, pointer, expected type or null]
const CASES: Array<[string, unknown, string, SensitiveType | null]> = [
  ['mobile under a phone key', { phone: '13812345678' }, '/phone', 'PHONE_NUMBER'],
  ['mobile under pinyin sjh', { sjh: '13812345678' }, '/sjh', 'PHONE_NUMBER'],
  ['mobile under lxdh as JSON number', { lxdh: 13812345678 }, '/lxdh', 'PHONE_NUMBER'],
  ['mobile under an obscure key', { c7: '13987654321' }, '/c7', 'PHONE_NUMBER'],
  ['mobile-shaped order id', { order_id: '13812345678' }, '/order_id', null],
  ['mobile-shaped trading volume (number)', { volume: 13812345678 }, '/volume', null],
  ['mobile-shaped number under an obscure key', { c3: 13812345678 }, '/c3', null],
  ['E.164', { whatsapp: '+44 20 7946 0958' }, '/whatsapp', 'PHONE_NUMBER'],
  ['CN landline', { officeTel: '010-65529988' }, '/officeTel', 'PHONE_NUMBER'],
  ['Chinese key 联系电话', { 联系电话: '021-62345678' }, '/联系电话', 'PHONE_NUMBER'],
  ['email anywhere', { x: 'li.na@example.com.cn' }, '/x', 'EMAIL_ADDRESS'],
  ['resident id with checksum', { sfzh: '11010519491231002X' }, '/sfzh', 'CN_RESIDENT_ID'],
  ['resident id under obscure key', { f12: '110105194912310021'.slice(0, 17) + '6' }, '/f12', null],
  ['18-digit trade number', { trade_no: '202411281234567890' }, '/trade_no', null],
  ['card with Luhn and BIN under card key', { cardNo: '4111111111111111' }, '/cardNo', 'PAYMENT_CARD'],
  ['grouped UnionPay card under neutral key', { x: '6222 0212 3456 7890 128' }, '/x', 'PAYMENT_CARD'],
  ['card-shaped order number', { orderNo: '4111111111111111' }, '/orderNo', null],
  // A person's account is numbered by their debit card: a Luhn- and BIN-valid number under an account key is the card.
  ['UnionPay card under an account key', { accountNo: '6228480402564890018' }, '/accountNo', 'PAYMENT_CARD'],
  ['UnionPay card under SAP BANKN', { BANKN: '6214831566565595143' }, '/BANKN', 'PAYMENT_CARD'],
  ['UnionPay card under 收款账号', { 收款账号: '6222021234567890128' }, '/收款账号', 'PAYMENT_CARD'],
  // Tokens that number a page or a step, a model's text token beside its logprob, a secret shown by its ends.
  ['pagination token', { nextPageToken: 'CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA' }, '/nextPageToken', null],
  ['MCP progress token', { progressToken: 'pt-uv8jsez0bs' }, '/progressToken', null],
  ['logprobs text token', { choices: [{ logprobs: { content: [{ token: ' callback', logprob: -0.01, bytes: [32, 99] }] } }] }, '/choices/0/logprobs/content/0/token', null],
  ['access token', { token: 'a9F3kLq0Zx81Pm2Vb7Rt' }, '/token', 'CREDENTIAL'],
  ['API key shown by its ends', { api_key: 'sk-proj...9i9g' }, '/api_key', null],
  ['employee number with a passport shape', { EmployeeNo: 'E99980031' }, '/EmployeeNo', null],
  ['hospital coordinates', { hospitalLocation: { lat: 31.2149, lng: 121.4513 } }, '/hospitalLocation/lat', null],
  ['a hospital campus address', { 院区地址: '上海市徐汇区宛平南路600号' }, '/院区地址', null],
  ['the legal representative of a company', { Parties: [{ Name: '某某科技有限公司', LegalRepresentative: '诸葛刚' }] }, '/Parties/0/LegalRepresentative', 'PERSON_NAME'],
  ['a visa status under work_authorization', { work_authorization: 'US Citizen' }, '/work_authorization', null],
  ['a parking lot position', { data: { parkLat: 31.200661, parkLng: 121.420041 } }, '/data/parkLat', null],
  ['corporate account under an account key', { accountNo: '3100024019609401778' }, '/accountNo', 'BANK_ACCOUNT'],
  ['Luhn-failing 62 number under an account key', { accountNo: '6228480402564890017' }, '/accountNo', 'BANK_ACCOUNT'],
  ['IPv4', { client: '192.168.31.20' }, '/client', 'IP_ADDRESS'],
  ['version string is not an IP', { version: '1.2.3.4' }, '/version', null],
  ['IPv6', { remote_addr: '2001:db8::8a2e:370:7334' }, '/remote_addr', 'IP_ADDRESS'],
  ['time is not IPv6', { t: '12:30:45' }, '/t', null],
  ['JWT anywhere', { x: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U' }, '/x', 'CREDENTIAL'],
  ['password key', { password: 'hunter2!x' }, '/password', 'CREDENTIAL'],
  ['password policy is not a password', { password_policy: 'min 8 chars' }, '/password_policy', null],
  ['token_type is not a credential', { token_type: 'Bearer' }, '/token_type', null],
  ['sha256 under hash key', { sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }, '/sha256', null],
  ['already masked phone', { phone: '138****5678' }, '/phone', null],
  ['already redacted', { phone: '[PHONE_NUMBER]' }, '/phone', null],
  ['already hashed', { phone: 'h:3f9a0c1d2e4b5a69' }, '/phone', null],
  ['already masked name', { xm: '张*' }, '/xm', null],
  ['already masked address, one token', { address: '广东省深圳市南山区****' }, '/address', null],
  ['generic value labelled by sibling', { type: 'mobile', value: '13812345678' }, '/value', 'PHONE_NUMBER'],
  ['generic value labelled by a k/v pair', { k: 'lxdh', v: '13812345678' }, '/v', 'PHONE_NUMBER'],
  ['mobile typed in full-width digits', { Phone: '１３８１２３４５６７８' }, '/Phone', 'PHONE_NUMBER'],
  ['resident id in full-width characters', { idNo: '１１０１０５１９４９１２３１００２Ｘ' }, '/idNo', 'CN_RESIDENT_ID'],
  ['full-width order number stays an order number', { orderNo: '１３８１２３４５６７８' }, '/orderNo', null],
  // Data-platform wire formats tag each value with its encoding; the key above the tag names it.
  ['DynamoDB attribute value', { Item: { name: { S: '司徒刚远' }, phone: { S: '13812345678' } } }, '/Item/phone/S', 'PHONE_NUMBER'],
  ['DynamoDB list of maps', { Item: { contacts: { L: [{ M: { mobile: { S: '13812345678' } } }] } } }, '/Item/contacts/L/0/M/mobile/S', 'PHONE_NUMBER'],
  ['DynamoDB string set', { Item: { phones: { SS: ['13812345678'] } } }, '/Item/phones/SS/0', 'PHONE_NUMBER'],
  ['DynamoDB number under a volume key', { Item: { volume: { N: '13812345678' } } }, '/Item/volume/N', null],
  ['Firestore timestamp of a birth date', { fields: { birthDate: { timestampValue: '1935-04-15T00:00:00Z' } } }, '/fields/birthDate/timestampValue', 'DATE_OF_BIRTH'],
  ['Firestore timestamp of an update', { fields: { updateTime: { timestampValue: '2024-04-15T00:00:00Z' } } }, '/fields/updateTime/timestampValue', null],
  ['protobuf Struct field', { profile: { fields: { idCard: { stringValue: '11010519491231002X' } } } }, '/profile/fields/idCard/stringValue', 'CN_RESIDENT_ID'],
  ['MongoDB extended JSON date', { pledgor: { birth: { $date: '1999-06-05T00:00:00Z' } } }, '/pledgor/birth/$date', 'DATE_OF_BIRTH'],
  ['Avro JSON union branch', { value: { bank_card: { string: '6222021234567890128' } } }, '/value/bank_card/string', 'PAYMENT_CARD'],
  ['Japanese name with a space under 氏名', { お客様: { 氏名: '高橋 太郎', 電話: '090-1234-5678' } }, '/お客様/氏名', 'PERSON_NAME'],
  ['its katakana reading under フリガナ', { お客様: { フリガナ: 'タカハシ タロウ' } }, '/お客様/フリガナ', 'PERSON_NAME'],
  ['German account holder beside the IBAN', { Geldgeschenk: { Kontoinhaber: 'Lena Schmidt', IBAN: 'DE40719798289969996902' } }, '/Geldgeschenk/Kontoinhaber', 'PERSON_NAME'],
  ['Russian travel passport, transliterated key', { ekipazh: [{ zagranpasport: '06 0435751' }] }, '/ekipazh/0/zagranpasport', 'PASSPORT_NUMBER'],
  ['spaced digits under a neutral key are no passport', { ekipazh: [{ smena: '06 0435751' }] }, '/ekipazh/0/smena', null],
  ["a cinema's coordinates are a public place's", { favCinema: { 'cinema-lat': 39.9087, 'cinema-lng': 116.4605 } }, '/favCinema/cinema-lat', null],
  ['Notion title property', { properties: { Name: { title: [{ plain_text: '黄俊宇' }] } } }, '/properties/Name/title/0/plain_text', 'PERSON_NAME'],
];

describe('classifier: whole-leaf decisions', () => {
  test.each(CASES)('%s', (_d, doc, pointer, want) => {
    expect(typeAt(c, doc, pointer)).toBe(want);
  });
});

describe('classifier: embedded values are spans over the original leaf', () => {
  const cases: Array<[string, string, Array<[string, SensitiveType]>]> = [
    ['Chinese free text', '客户张三来电，手机13812345678，邮箱zs@example.com', [['张三', 'PERSON_NAME'], ['13812345678', 'PHONE_NUMBER'], ['zs@example.com', 'EMAIL_ADDRESS']]],
    ['JSON in a string', '{"mobile":"13812345678","n":1}', [['13812345678', 'PHONE_NUMBER']]],
    ['query string', 'a=1&phone=13812345678&b=x', [['13812345678', 'PHONE_NUMBER']]],
    ['URL with query', 'https://cb.example.com/x?email=a.b%40example.com&t=1', [['a.b%40example.com', 'EMAIL_ADDRESS']]],
    ['prose with full-width digits and punctuation', '车主驾驶苏ＢＤ４２９６４追尾，联系电话１５０４８８９０５２０', [['苏ＢＤ４２９６４', 'LICENSE_PLATE'], ['１５０４８８９０５２０', 'PHONE_NUMBER']]],
    // An assistant's answer as a Markdown table: cells under their columns, the prose around them as text.
    ['Markdown table in an answer', '以下是需要回访的客户：\n\n| 姓名 | 手机 | 城市 |\n|---|---|---|\n| 石娟晓 | 173-9045-5762 | 北京市 |\n| 谢强 | 15060518340 | 上海市 |\n\n共2位，备用联系人陶然，电话13912345678。',
      [['石娟晓', 'PERSON_NAME'], ['173-9045-5762', 'PHONE_NUMBER'], ['谢强', 'PERSON_NAME'], ['15060518340', 'PHONE_NUMBER'], ['陶然', 'PERSON_NAME'], ['13912345678', 'PHONE_NUMBER']]],
    ['CSV in an agent observation', 'name,id_no,address\n姜伟娟,610113199906049970,陕西省西安市雁塔区南京路179弄62号648室',
      [['姜伟娟', 'PERSON_NAME'], ['610113199906049970', 'CN_RESIDENT_ID'], ['陕西省西安市雁塔区南京路179弄62号648室', 'STREET_ADDRESS']]],
    ['Markdown table of things', '| SKU | 数量 |\n|:--|--:|\n| AW-9-41 | 13812345678 |', []],
    // A mask inside text hides only the value it stands in: the others around it are still found.
    ['text with a masked and a clear phone', '旧号码138****5678已停用，新号码13912345678', [['13912345678', 'PHONE_NUMBER']]],
    ['English text with a masked card and a clear phone', 'card 6222********3459 on file, call 13912345678', [['13912345678', 'PHONE_NUMBER']]],
    // A URL's userinfo holds a password; what is left of it is no e-mail address.
    ['connection string', 'postgresql://rag_app:Panda%4028030zz@pgvector.internal:5432/rag', [['Panda%4028030zz', 'CREDENTIAL']]],
  ];
  test.each(cases)('%s', (_d, text, want) => {
    const spans = classifyDoc(c, { remark: text }).get('/remark') ?? [];
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual(want);
  });

  test('base64 of JSON covers the whole leaf', () => {
    const b64 = Buffer.from('{"idcard":"11010519491231002X"}').toString('base64');
    const spans = classifyDoc(c, { ext: b64 }).get('/ext') ?? [];
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 0, end: b64.length, type: 'CN_RESIDENT_ID' });
  });

  test('an order number in text is not a phone', () => {
    expect(classifyDoc(c, { remark: '订单号13812345678已发货' }).get('/remark')).toBeUndefined();
  });
});

describe('classifier: with route history, context alone', () => {
  // A classifier that may consult route statistics lets weak values on; with no history for the field, a person's
  // record still makes a name of a name-shaped value, but not a secret of a token or coordinates of a number.
  const h = createClassifier({ fieldEvidence: new FieldStats() });
  test.each<[string, unknown, string, SensitiveType | null]>([
    ['a WeChat id beside a person', { owner: { name: '王伟', phone: '13812345678', wechat: 'wxid_c3r1s6y2xoodrl' } }, '/owner/wechat', null],
    ['a student number beside a child', { child: { name: '王小明', birthday: '2019-03-02', studentNo: '74840055' } }, '/child/studentNo', null],
    ['a PNR name among passengers', { Passengers: [{ NameInPNR: 'DING/YA', IdNo: '110105194912310021', Mobile: '13812345678' }] }, '/Passengers/0/NameInPNR', 'PERSON_NAME'],
  ])('%s', (_d, doc, pointer, want) => {
    expect(typeAt(h, doc, pointer)).toBe(want);
  });
});

describe('classifier: route FieldMap hints', () => {
  test('an llm label decides an obscure field the value alone cannot', () => {
    const doc = { data: [{ c7: '王小明' }] };
    expect(typeAt(c, doc, '/data/0/c7')).toBeNull();
    const fm = fieldMapOf({ '/data/*/c7': { type: 'PERSON_NAME', confidence: 0.93, source: 'llm' } });
    const spans = classifyDoc(c, doc, fm).get('/data/0/c7');
    expect(spans?.[0]).toMatchObject({ type: 'PERSON_NAME', source: 'llm' });
  });
});

test('explain lists the evidence that decided a finding', () => {
  let out: ReturnType<typeof classifyWithEvidence> | undefined;
  walkLeaves({ customer: { sjh: '13812345678' } }, (leaf) => {
    out = classifyWithEvidence(c, leaf, 'response', NO_FIELDS);
  });
  expect(out!.spans[0]!.type).toBe('PHONE_NUMBER');
  const labels = out!.evidence[0]!.evidence.map((e) => e.label).join('; ');
  expect(labels).toMatch(/CN mobile/);
  expect(labels).toMatch(/key names PHONE_NUMBER/);
});

describe('classifier: prose with several values is split, not masked as one address', () => {
  test.each([
    ['收货人：李娜，电话：021-62345678，地址：上海市浦东新区张杨路500号3号楼201室', [['李娜', 'PERSON_NAME'], ['021-62345678', 'PHONE_NUMBER'], ['上海市浦东新区张杨路500号3号楼201室', 'STREET_ADDRESS']]],
    ['call me at (415) 555-0132 or mail a.b@example.com', [['(415) 555-0132', 'PHONE_NUMBER'], ['a.b@example.com', 'EMAIL_ADDRESS']]],
    ['客服热线400-820-8820，工作日9点到18点', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (text, want) => {
    const spans = classifyDoc(c, { desc: text }).get('/desc') ?? [];
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual(want);
  });
});
