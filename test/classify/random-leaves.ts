// Seeded random values of every shape a detector or a gate in front of it
// distinguishes: digit runs of every length (bare, grouped, as numbers), valid
// checksummed identifiers next to near misses, dates, coordinates, addresses,
// names, credentials, encodings and sentences with cue words. Checksummed
// values are found by trying check characters against the real validators, so
// they stay valid whatever the detectors' rules become.
import type { Rng } from '../../bench/fixtures';
import { gb11643, gb32100, iban, luhn, vinCheck } from '../../src/detect/checksums';

export const pick = <T>(r: Rng, xs: ArrayLike<T>): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const from = (r: Rng, alphabet: string, n: number): string => Array.from({ length: n }, () => pick(r, alphabet)).join('');
const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const CJK = '王李张刘陈杨黄赵周吴伟芳娜敏静磊洋艳勇军北京上海市区路街号楼单元室省县镇村花园小区大厦公司银行商品的了和在是有我他这个们中来上大为';
const LETTERS_VIN = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const VIN = LETTERS_VIN + DIGITS;
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/** Words that precede a value in free text, for every type and for the negative cues. */
export const CUES = [
  '电话', '手机：', '联系方式 ', '身份证号', '证件号码:', '卡号：', '银行卡 ', '账号：', 'account no. ', 'acct ',
  '出生日期：', '生日', 'born on ', 'DOB ', 'date of birth: ', '护照号码：', 'passport no. ', '通行证号码：', 'permit ',
  '回乡证', 'password: ', 'pwd=', '密码：', 'secret = ', 'Bearer ', 'Basic ', '地址：', '住在', '送到', 'ship to ',
  'Mr. ', 'customer ', '客户', '联系人：', '患者', 'ssn ', 'VIN ', '车架号', '坐标 ', 'location ', 'ip ', '来自',
  '订单号', '流水', 'amount ¥', 'version ', 'order ', '编号', '',
];

function withCheck(body: string, alphabet: string, ok: (s: string) => boolean): string {
  for (const c of alphabet) if (ok(body + c)) return body + c;
  return body + alphabet[0];
}

function date(r: Rng): [string, string, string] {
  return [String(int(r, 1930, 2030)), String(int(r, 0, 13)).padStart(2, '0'), String(int(r, 0, 32)).padStart(2, '0')];
}

const GENERATORS: ReadonlyArray<(r: Rng) => string> = [
  (r) => from(r, DIGITS, int(r, 1, 22)),
  (r) => '1' + pick(r, '3456789') + from(r, DIGITS, int(r, 8, 10)),
  (r) => {
    const d = '1' + pick(r, '3589') + from(r, DIGITS, 9);
    const sep = pick(r, [' ', '-', '']);
    return `${pick(r, ['', '+86 ', '0086-', '86'])}${d.slice(0, 3)}${sep}${d.slice(3, 7)}${sep}${d.slice(7)}`;
  },
  (r) => `0${from(r, DIGITS, int(r, 2, 3))}-${from(r, DIGITS, int(r, 6, 9))}${r() < 0.2 ? '-' + from(r, DIGITS, 3) : ''}`,
  (r) => `+${int(r, 1, 99)} ${from(r, DIGITS, int(r, 2, 3))} ${from(r, DIGITS, 4)} ${from(r, DIGITS, 4)}`,
  (r) => `(${from(r, DIGITS, 3)}) ${from(r, DIGITS, 3)}-${from(r, DIGITS, 4)}`,
  (r) => {
    const [y, m, d] = date(r);
    return withCheck(`${pick(r, ['110101', '440306', '310104', '510107', '999999'])}${y}${m}${d}${from(r, DIGITS, 3)}`, '0123456789X', gb11643);
  },
  (r) => {
    const [y, m, d] = date(r);
    return `${pick(r, ['110101', '440306'])}${y.slice(2)}${m}${d}${from(r, DIGITS, 3)}`;
  },
  (r) => {
    const card = withCheck(pick(r, ['4', '51', '62', '37', '6011', '35', '9']) + from(r, DIGITS, int(r, 11, 17)), DIGITS, luhn);
    const sep = pick(r, ['', '', ' ', '-']);
    return sep === '' ? card : card.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  },
  (r) => withCheck(`${pick(r, ['9', '1', 'Y'])}${pick(r, '123')}${pick(r, ['110000', '440300', '999999'])}${from(r, '0123456789ABCDEFGHJKLMNPQRTUWXY', 9)}`,
    '0123456789ABCDEFGHJKLMNPQRTUWXY', gb32100),
  (r) => {
    // Mixed, digit-heavy (one letter) and letter-heavy VINs, each with a valid check digit.
    const body = from(r, pick(r, [VIN, DIGITS, LETTERS_VIN]), 16).split('');
    body[int(r, 0, 15)] = pick(r, LETTERS_VIN);
    const tail = body.slice(8).join('');
    return withCheck(body.slice(0, 8).join(''), '0123456789X', (s) => vinCheck(s + tail)) + tail;
  },
  (r) => from(r, VIN, 17),
  (r) => {
    const tail = from(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', int(r, 12, 26));
    const cc = pick(r, ['GB', 'DE', 'FR', 'CN', 'XX']);
    let out = `${cc}00${tail}`;
    for (let k = 0; k < 100; k++) {
      const cand = `${cc}${String(k).padStart(2, '0')}${tail}`;
      if (iban(cand)) out = cand;
    }
    return r() < 0.5 ? out : out.replace(/(.{4})(?=.)/g, '$1 ');
  },
  (r) => `${from(r, DIGITS, 3)}${pick(r, ['-', ' ', ''])}${from(r, DIGITS, 2)}${pick(r, ['-', ' ', ''])}${from(r, DIGITS, 4)}`,
  (r) => pick(r, ['E', 'G', 'D', 'S', 'P', 'C', 'W', 'H', 'M', 'X', 'AB']) + from(r, UPPER + DIGITS, int(r, 0, 1)) + from(r, DIGITS, int(r, 6, 10)),
  (r) => pick(r, PROVINCES) + pick(r, UPPER) + pick(r, ['', '·', ' ', '-']) + from(r, UPPER + DIGITS, int(r, 4, 6)) + (r() < 0.1 ? '挂' : ''),
  (r) => {
    const [y, m, d] = date(r);
    return pick(r, [`${y}-${m}-${d}`, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${+m}月${+d}日`, `${y}${m}${d}`, `${d}/${m}/${y}`,
      `${y}-${m}-${d}T00:00:00Z`, `${y}-${m}-${d}T${from(r, DIGITS, 2)}:${from(r, DIGITS, 2)}:00+08:00`, `${y}-${m}-${d} 12:30:45`]);
  },
  (r) => String(int(r, 1_500_000_000, 1_900_000_000)) + (r() < 0.5 ? from(r, DIGITS, 3) : ''),
  (r) => Array.from({ length: 4 }, () => int(r, 0, r() < 0.3 ? 9 : 300)).join('.'),
  (r) => pick(r, ['2001:db8::8a2e:370:7334', 'fe80::1', '::1', '12:30:45', 'a:b:c', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', '::ffff:10.0.0.1']),
  (r) => `${(r() * 180 - 90).toFixed(int(r, 2, 7))}${pick(r, [',', ', ', '，', ' '])}${(r() * 360 - 180).toFixed(int(r, 2, 7))}`,
  (r) => `${pick(r, ['', '-'])}${int(r, 0, 200)}.${from(r, DIGITS, int(r, 1, 8))}`,
  (r) => `POINT(${(r() * 360 - 180).toFixed(5)} ${(r() * 180 - 90).toFixed(5)})`,
  (r) => `${from(r, 'abcdefghij.', int(r, 1, 12))}@${from(r, 'abcdefghij', int(r, 1, 8))}.${pick(r, ['com', 'cn', 'com.cn', 'x', 'org'])}`,
  (r) => from(r, CJK, int(r, 1, 12)),
  (r) => `${pick(r, ['北京市', '广东省深圳市', '浙江省杭州市'])}${pick(r, ['海淀区', '南山区', ''])}${from(r, CJK, int(r, 1, 4))}${pick(r, ['路', '街', '大道', '小区'])}${int(r, 1, 999)}号${r() < 0.5 ? int(r, 1, 30) + '栋' + int(r, 1, 9) + '单元' + int(r, 101, 2999) + '室' : ''}`,
  (r) => `${int(r, 1, 9999)} ${pick(r, ['Main', 'Lake', 'Cedar', 'Oak Hill'])} ${pick(r, ['Street', 'St', 'Avenue', 'Road', 'Blvd'])}${pick(r, ['', ', Springfield', ', Portland, IL 03639', ', Apt 4B'])}`,
  (r) => pick(r, ['John Smith', 'Mary-Jane O\'Neil', 'Li Na', 'WANG LEI', 'Smith', 'Apple', 'Elizabeth van Dyke', 'A B']),
  (r) => `eyJ${from(r, ALNUM + '_-', int(r, 6, 30))}.eyJ${from(r, ALNUM + '_-', int(r, 6, 40))}.${from(r, ALNUM + '_-', int(r, 0, 43))}`,
  (r) => pick(r, ['sk-', 'sk_live_', 'rk_test_', 'AKIA', 'ghp_', 'glpat-', 'xoxb-', 'AIza', 'LTAI', 'github_pat_']) + from(r, ALNUM, int(r, 10, 45)),
  (r) => `${pick(r, ['Bearer', 'Basic', 'Token', 'bearer'])} ${from(r, ALNUM + '._-', int(r, 4, 40))}`,
  (r) => from(r, ALNUM, int(r, 4, 70)),
  (r) => '-----BEGIN PRIVATE KEY-----\n' + from(r, ALNUM, 40),
  (r) => [8, 4, 4, 4, 12].map((n) => from(r, '0123456789abcdef', n)).join('-'),
  (r) => Buffer.from(from(r, ALNUM + ' {}":,', int(r, 8, 40))).toString(pick(r, ['base64', 'base64url'])),
  (r) => Buffer.from(Array.from({ length: int(r, 9, 40) }, () => int(r, 0, 255))).toString('base64'),
  (r) => `https://${pick(r, ['cdn', 'api'])}.example.com/${from(r, ALNUM, 6)}/${from(r, DIGITS, int(r, 5, 12))}.png${r() < 0.5 ? '?w=100&phone=' + '138' + from(r, DIGITS, 8) : ''}`,
  (r) => `${pick(r, ['a', 'phone', 'email', 'idcard', 'name'])}=${encodeURIComponent(pick(r, ['13812345678', 'a.b@example.com', '张三', 'x y']))}&t=${from(r, DIGITS, 3)}`,
  (r) => `u_${from(r, DIGITS, int(r, 4, 12))}`,
  (r) => `${pick(r, ['SO', 'MO', 'PN-', 'SKU-', 'B', 'P'])}${from(r, DIGITS, int(r, 6, 13))}${r() < 0.3 ? '-BLK' : ''}`,
  (r) => pick(r, ['138****5678', '[PHONE_NUMBER]', '<redacted>', 'h:0123456789abcdef', '张*', 'j***@x.com', '***']),
  (r) => `${from(r, DIGITS, int(r, 1, 6))}.${from(r, DIGITS, int(r, 1, 6))}.${from(r, DIGITS, int(r, 1, 6))}`,
];

/** One random value. */
export function randomValue(r: Rng): string {
  return pick(r, GENERATORS)(r);
}

/** A sentence of cue words, values and filler, the way remarks and chat messages read. */
export function randomSentence(r: Rng): string {
  const parts: string[] = [];
  for (let n = int(r, 1, 5); n > 0; n--) {
    const roll = r();
    parts.push(roll < 0.4 ? pick(r, CUES) + randomValue(r) : roll < 0.7 ? randomValue(r) : from(r, CJK + ' abc', int(r, 1, 10)));
  }
  return parts.join(pick(r, [' ', '，', '。', ', ', '', '; ', '\n']));
}
