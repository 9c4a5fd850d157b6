import type { Rng } from './rng';

// Synthetic sensitive values, generated here with valid structure and check
// digits. None is a real person's data.

const MOBILE_PREFIX = ['138', '139', '135', '136', '137', '150', '151', '152', '158', '159', '186', '187', '188', '189', '133', '153', '180', '181', '177', '199', '198', '166', '173', '147'];
export function mobile(r: Rng): string {
  return r.pick(MOBILE_PREFIX) + r.digits(8);
}
export function landline(r: Rng): string {
  return r.pick(['010-', '021-', '020-', '0755-', '0571-', '028-', '027-', '025-']) + r.int(2, 8) + r.digits(7);
}
export function intlPhone(r: Rng): string {
  return r.pick([`+44 20 7946 ${r.digits(4)}`, `+1 415 555 ${r.digits(4)}`, `+852 ${r.int(5, 9)}${r.digits(3)} ${r.digits(4)}`, `+86 ${mobile(r).replace(/(\d{3})(\d{4})(\d{4})/, '$1 $2 $3')}`]);
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宇鹏浩婷雪琳晨欣怡梓涵子轩宇航一鸣思远嘉怡雨桐佳琪志强海燕春梅';
export function cnName(r: Rng): string {
  const sn = r.chance(0.04) ? r.pick(['欧阳', '司马', '诸葛', '上官']) : r.pick(SURNAMES.split(''));
  const g = r.chance(0.6) ? r.pick(GIVEN.split('')) + r.pick(GIVEN.split('')) : r.pick(GIVEN.split(''));
  return sn + g;
}
const FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'Wei', 'Li', 'Olivia', 'Noah', 'Emma', 'Liam', 'Sophia', 'Lucas'];
const LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Wang', 'Zhang', 'Chen', 'Taylor', 'Anderson', 'Thomas', 'Moore', 'Martin'];
export function westernName(r: Rng): string {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}
const PINYIN = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu'];
export function email(r: Rng): string {
  const local = r.pick([`${r.pick(PINYIN)}.${r.pick(PINYIN)}`, `${r.pick(PINYIN)}${r.digits(3)}`, `${r.pick(FIRST).toLowerCase()}.${r.pick(LAST).toLowerCase()}`, `${r.pick(PINYIN)}_${r.alnum(4, 'abcdefghijklmnopqrstuvwxyz')}`]);
  return `${local}@${r.pick(['example.com', 'example.cn', 'mail.example.org', 'corp.example.com.cn', 'example.net'])}`;
}

const REGIONS = ['110105', '110108', '310115', '310104', '440305', '440106', '330106', '510107', '420106', '320102', '370202', '610113', '500103', '120101', '350203', '430104'];
export function birth(r: Rng): [number, number, number] {
  const y = r.int(1950, 2005);
  const m = r.int(1, 12);
  return [y, m, r.int(1, 28)];
}
function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}
export function cnId(r: Rng, b: [number, number, number] = birth(r), noX = false): string {
  for (;;) {
    const body = r.pick(REGIONS) + b[0] + pad(b[1]) + pad(b[2]) + r.digits(3);
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += +body[i]! * w[i]!;
    const check = '10X98765432'[sum % 11]!;
    if (!(noX && check === 'X')) return body + check;
  }
}
export function dob(r: Rng, b: [number, number, number] = birth(r)): string {
  return r.pick([`${b[0]}-${pad(b[1])}-${pad(b[2])}`, `${b[0]}/${pad(b[1])}/${pad(b[2])}`, `${b[0]}年${b[1]}月${b[2]}日`, `${b[0]}${pad(b[1])}${pad(b[2])}`]);
}

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = +body[body.length - 1 - i]!;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function card(r: Rng): string {
  const [prefix, len] = r.pick([['4', 16], ['5' + r.int(1, 5), 16], ['6222', 19], ['6217', 19], ['6228', 19], ['62', 16], ['37', 15], ['3528', 16]] as Array<[string, number]>);
  const body = prefix + r.digits(len - prefix.length - 1);
  return body + luhnDigit(body);
}
export function groupCard(c: string): string {
  return c.replace(/(\d{4})(?=\d)/g, '$1 ');
}
export function cnAccount(r: Rng): string {
  // Corporate and savings account numbers: digits, no card BIN, no Luhn guarantee.
  return r.pick(['1100', '3100', '4000', '1202', '3501', '7311']) + r.digits(r.int(12, 17));
}
export function iban(r: Rng): string {
  const [cc, bban] = r.pick([['GB', `WEST${r.digits(14)}`], ['DE', r.digits(18)], ['FR', r.digits(23)], ['NL', `ABNA${r.digits(10)}`]] as Array<[string, string]>);
  const rearranged = bban + cc + '00';
  let rem = 0;
  for (const ch of rearranged) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + +d) % 97;
  }
  return cc + pad(98 - rem) + bban;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function uscc(r: Rng): string {
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const body = r.pick(['91', '92', '52', '12']) + r.pick(REGIONS) + r.alnum(9, '0123456789ABCDEFGHJKLMNPQRTUWXY');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(body[i]!) * w[i]!;
  return body + USCC_CHARS[(31 - (sum % 31)) % 31];
}
export function passport(r: Rng): string {
  return r.pick([`E${r.digits(8)}`, `E${r.pick('ABCDEFGH'.split(''))}${r.digits(7)}`, `G${r.digits(8)}`, `K${r.digits(8)}`, r.digits(9)]);
}
export function permit(r: Rng): string {
  return r.pick([`C${r.digits(8)}`, `C${r.pick('ABCDEFGH'.split(''))}${r.digits(7)}`, `H${r.digits(8)}`, `M${r.digits(8)}`, `W${r.digits(8)}`]);
}
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export function plate(r: Rng): string {
  const head = r.pick(PROVINCES.split('')) + r.pick(PLATE_LETTERS.split(''));
  if (r.chance(0.35)) return head + r.pick(['D', 'F']) + r.alnum(1, PLATE_LETTERS + '0123456789') + r.digits(4);
  return head + r.alnum(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.slice(0, 24) + '0123456789'.repeat(3));
}
const VIN_ALPHA = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
export function vin(r: Rng): string {
  const val = (c: string) => (/\d/.test(c) ? +c : 'ABCDEFGH'.includes(c) ? c.charCodeAt(0) - 64 : 'JKLMN'.includes(c) ? c.charCodeAt(0) - 73 : c === 'P' ? 7 : c === 'R' ? 9 : c.charCodeAt(0) - 81);
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const chars = (r.pick(['LSV', 'LFV', 'LGB', 'LVS', '1HG', 'WBA', 'JTD', 'LHG']) + r.alnum(5, VIN_ALPHA) + '0' + r.pick('KLMNPR'.split('')) + r.alnum(1, VIN_ALPHA) + r.digits(6)).split('');
  let sum = 0;
  chars.forEach((c, i) => (sum += val(c) * w[i]!));
  chars[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return chars.join('');
}
export function ssn(r: Rng): string {
  return `${pad(r.int(1, 665), 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
}
export function ipv4(r: Rng): string {
  return r.pick([`192.168.${r.int(0, 255)}.${r.int(2, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
}
export function ipv6(r: Rng): string {
  return `2001:db8:${r.hex(4)}:${r.hex(3)}::${r.hex(2)}${r.int(1, 9)}`;
}
export function lat(r: Rng): number {
  return +(r.int(22, 45) + r.next()).toFixed(6);
}
export function lng(r: Rng): number {
  return +(r.int(100, 125) + r.next()).toFixed(6);
}
const CITIES: Array<[string, string, string[]]> = [
  ['北京市', '朝阳区', ['建国路', '望京街', '酒仙桥路']], ['上海市', '浦东新区', ['世纪大道', '张杨路', '陆家嘴环路']],
  ['广东省深圳市', '南山区', ['科技南路', '深南大道', '粤兴三道']], ['浙江省杭州市', '西湖区', ['文三路', '天目山路', '教工路']],
  ['四川省成都市', '武侯区', ['人民南路', '天府大道', '科华北路']], ['湖北省武汉市', '洪山区', ['珞喻路', '雄楚大道']],
];
export function cnAddress(r: Rng): string {
  const [city, district, roads] = r.pick(CITIES);
  const tail = r.pick([`${r.int(1, 30)}号楼${r.int(1, 6)}单元${r.int(101, 2505)}室`, `${r.pick(['阳光', '金色', '翠苑', '万科'])}${r.pick(['花园', '小区', '家园'])}${r.int(1, 20)}栋${r.int(101, 1808)}室`, '']);
  return `${city}${district}${r.pick(roads)}${r.int(1, 999)}号${tail}`;
}
export function westAddress(r: Rng): string {
  return `${r.int(1, 9999)} ${r.pick(['Maple', 'Oak', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lake'])} ${r.pick(['Street', 'Avenue', 'Road', 'Drive', 'Lane'])}, ${r.pick(['Springfield', 'Portland', 'Austin', 'Denver'])}, ${r.pick(['OR', 'TX', 'CO', 'IL'])} ${r.digits(5)}`;
}
function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}
export function jwt(r: Rng): string {
  return `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${r.digits(8)}","exp":${1700000000 + r.int(0, 9999999)}}`)}.${r.alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`;
}
export function apiKey(r: Rng): string {
  return r.pick([`sk-${r.alnum(40)}`, `AKIA${r.alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, `ghp_${r.alnum(36)}`, `sk_live_${r.alnum(24)}`]);
}
export function password(r: Rng): string {
  return r.pick([`${r.pick(PINYIN)}${r.digits(4)}!`, `P@ss${r.alnum(6)}`, r.alnum(12), `${r.pick(['Summer', 'Winter', 'Dragon'])}#${r.digits(3)}`]);
}
export function secretToken(r: Rng): string {
  return r.alnum(32);
}
