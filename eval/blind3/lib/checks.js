'use strict';
// Check-digit algorithms and "looks like a real identifier" tests shared by gen.js and validate.js.

// Real county-level GB/T 2260 codes: [code, province, city, district, lat, lng]
const REGIONS = [
  ['110101', '北京市', '北京市', '东城区', 39.9288, 116.4163],
  ['110105', '北京市', '北京市', '朝阳区', 39.9219, 116.4436],
  ['110108', '北京市', '北京市', '海淀区', 39.9593, 116.2981],
  ['120101', '天津市', '天津市', '和平区', 39.1172, 117.2147],
  ['130102', '河北省', '石家庄市', '长安区', 38.0475, 114.5391],
  ['131002', '河北省', '廊坊市', '安次区', 39.5026, 116.6946],
  ['140105', '山西省', '太原市', '小店区', 37.7362, 112.5651],
  ['150102', '内蒙古自治区', '呼和浩特市', '新城区', 40.8581, 111.6654],
  ['210102', '辽宁省', '沈阳市', '和平区', 41.7890, 123.4199],
  ['220102', '吉林省', '长春市', '南关区', 43.8640, 125.3504],
  ['230103', '黑龙江省', '哈尔滨市', '南岗区', 45.7599, 126.6687],
  ['310101', '上海市', '上海市', '黄浦区', 31.2317, 121.4845],
  ['310104', '上海市', '上海市', '徐汇区', 31.1885, 121.4365],
  ['310115', '上海市', '上海市', '浦东新区', 31.2215, 121.5447],
  ['320102', '江苏省', '南京市', '玄武区', 32.0484, 118.7977],
  ['320106', '江苏省', '南京市', '鼓楼区', 32.0663, 118.7700],
  ['320303', '江苏省', '徐州市', '云龙区', 34.2540, 117.2512],
  ['320505', '江苏省', '苏州市', '虎丘区', 31.2950, 120.5664],
  ['330102', '浙江省', '杭州市', '上城区', 30.2424, 120.1692],
  ['330106', '浙江省', '杭州市', '西湖区', 30.2597, 120.1301],
  ['330203', '浙江省', '宁波市', '海曙区', 29.8598, 121.5508],
  ['340104', '安徽省', '合肥市', '蜀山区', 31.8512, 117.2603],
  ['350203', '福建省', '厦门市', '思明区', 24.4453, 118.0823],
  ['360103', '江西省', '南昌市', '西湖区', 28.6566, 115.8772],
  ['370102', '山东省', '济南市', '历下区', 36.6666, 117.0768],
  ['370202', '山东省', '青岛市', '市南区', 36.0671, 120.4127],
  ['370602', '山东省', '烟台市', '芝罘区', 37.5402, 121.4006],
  ['410105', '河南省', '郑州市', '金水区', 34.8000, 113.6609],
  ['411302', '河南省', '南阳市', '宛城区', 32.9938, 112.5396],
  ['420106', '湖北省', '武汉市', '武昌区', 30.5538, 114.3161],
  ['421002', '湖北省', '荆州市', '沙市区', 30.3111, 112.2553],
  ['430104', '湖南省', '长沙市', '岳麓区', 28.2351, 112.9313],
  ['440103', '广东省', '广州市', '荔湾区', 23.1259, 113.2442],
  ['440106', '广东省', '广州市', '天河区', 23.1247, 113.3612],
  ['440304', '广东省', '深圳市', '福田区', 22.5223, 114.0553],
  ['440305', '广东省', '深圳市', '南山区', 22.5329, 113.9304],
  ['441302', '广东省', '惠州市', '惠城区', 23.0838, 114.3828],
  ['441900', '广东省', '东莞市', '', 23.0205, 113.7518],
  ['450103', '广西壮族自治区', '南宁市', '青秀区', 22.7854, 108.4944],
  ['460106', '海南省', '海口市', '龙华区', 20.0310, 110.3281],
  ['500103', '重庆市', '重庆市', '渝中区', 29.5528, 106.5690],
  ['510104', '四川省', '成都市', '锦江区', 30.6570, 104.0836],
  ['510107', '四川省', '成都市', '武侯区', 30.6421, 104.0431],
  ['520102', '贵州省', '贵阳市', '南明区', 26.5680, 106.7144],
  ['530102', '云南省', '昆明市', '五华区', 25.0430, 102.7070],
  ['610113', '陕西省', '西安市', '雁塔区', 34.2226, 108.9482],
  ['620102', '甘肃省', '兰州市', '城关区', 36.0573, 103.8252],
  ['640104', '宁夏回族自治区', '银川市', '兴庆区', 38.4740, 106.2882],
  ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', 43.7960, 87.6312],
];
const REGION_CODES = new Set(REGIONS.map((r) => r[0]));
const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82']);

function isValidDate(y, m, d) {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

// GB 11643-1999, ISO 7064 MOD 11-2
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function cnIdCheck(s17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (+s17[i]) * ID_W[i];
  return '10X98765432'[sum % 11];
}
function validCnId(s, strictRegion) {
  s = String(s);
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  if (strictRegion ? !REGION_CODES.has(s.slice(0, 6)) : !PROVINCES.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !isValidDate(y, m, d)) return false;
  return cnIdCheck(s) === s[17].toUpperCase();
}

// Luhn
function luhnSum(d) {
  let sum = 0, alt = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let n = +d[i];
    if (alt) { n *= 2; if (n > 9) n -= 9; }
    sum += n; alt = !alt;
  }
  return sum;
}
function luhnValid(d) { return /^\d+$/.test(d) && luhnSum(d) % 10 === 0; }
function luhnDigit(partial) { // digit to append to make partial Luhn-valid
  for (let c = 0; c < 10; c++) if (luhnValid(partial + c)) return String(c);
  throw new Error('luhn');
}
function cardBrand(d) {
  const L = d.length, p2 = +d.slice(0, 2), p3 = +d.slice(0, 3), p4 = +d.slice(0, 4);
  if (d[0] === '4' && (L === 13 || L === 16 || L === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && L === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && L === 15) return 'amex';
  if (p2 === 62 && L >= 16 && L <= 19) return 'unionpay';
  if (p4 >= 3528 && p4 <= 3589 && L >= 16 && L <= 19) return 'jcb';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) && L >= 16 && L <= 19) return 'discover';
  if ((p2 === 36 || (p3 >= 300 && p3 <= 305)) && L === 14) return 'diners';
  return null;
}
function validCard(s) {
  const d = String(s).replace(/[\s-]/g, '');
  return /^\d{13,19}$/.test(d) && !!cardBrand(d) && luhnValid(d);
}

// GB 32100-2015 unified social credit code
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(s17[i]);
    if (v < 0) return null;
    sum += v * USCC_W[i];
  }
  const c = 31 - (sum % 31);
  return USCC_CHARS[c === 31 ? 0 : c];
}
function validUscc(s) {
  s = String(s);
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17];
}
// GB 11714 organisation code check char (positions 9-17 of USCC)
function orgCodeCheck(s8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; sum += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

// IBAN ISO 13616 mod-97
function ibanMod(s) {
  const re = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of re) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const dd of v) rem = (rem * 10 + +dd) % 97;
  }
  return rem;
}
const IBAN_LEN = { DE: 22, GB: 22, FR: 27, NL: 18, IT: 27, ES: 24, BE: 16, CH: 21, AT: 20, PT: 25, IE: 22, PL: 28, LU: 20 };
function validIban(s) {
  s = String(s).replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const L = IBAN_LEN[s.slice(0, 2)];
  if (L && L !== s.length) return false;
  return ibanMod(s) === 1;
}
function ibanCheckDigits(country, bban) {
  const m = ibanMod(country + '00' + bban);
  return String(98 - m).padStart(2, '0');
}

// VIN ISO 3779 / 49 CFR 565 check digit
const VIN_T = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinCheck(v) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i];
    const n = /\d/.test(c) ? +c : VIN_T[c];
    if (n === undefined) return null;
    sum += n * VIN_W[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}
function validVin(s) {
  s = String(s);
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(s) && vinCheck(s) === s[8];
}

function validSsn(s) {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(String(s));
  if (!m) return false;
  const a = +m[1], g = +m[2], sr = +m[3];
  return a > 0 && a !== 666 && a < 900 && g > 0 && sr > 0;
}

const PLATE_PROV = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
function validPlate(s) {
  s = String(s).replace(/[\s·•.-]/g, '');
  const P = `[${PLATE_PROV}]`;
  return new RegExp(`^${P}[A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]$`).test(s) ||
    new RegExp(`^${P}[A-HJ-NP-Z](?:[DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF])$`).test(s);
}

// Does a (hard-negative) string accidentally contain a valid, check-digit-verified identifier?
function looksSensitive(str) {
  const s = String(str);
  for (const d of s.match(/\d+/g) || []) if (d.length >= 13 && d.length <= 19 && validCard(d)) return 'card:' + d;
  for (const m of s.matchAll(/\d{4}(?:[ -]\d{3,4}){2,4}/g)) { const d = m[0].replace(/\D/g, ''); if (validCard(d)) return 'card:' + m[0]; }
  for (const m of s.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)) if (validCnId(m[0], false)) return 'cnid:' + m[0];
  for (const m of s.matchAll(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/g)) if (validUscc(m[0])) return 'uscc:' + m[0];
  for (const m of s.matchAll(/[A-Z]{2}\d{2}[A-Z0-9]{11,30}/g)) if (validIban(m[0])) return 'iban:' + m[0];
  for (const m of s.matchAll(/(?<![0-9A-Z])[A-HJ-NPR-Z0-9]{17}(?![0-9A-Z])/g)) if (validVin(m[0])) return 'vin:' + m[0];
  for (const m of s.matchAll(/(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/g)) if (validSsn(m[0])) return 'ssn:' + m[0];
  return null;
}

module.exports = {
  REGIONS, REGION_CODES, isValidDate, cnIdCheck, validCnId, luhnValid, luhnDigit, cardBrand, validCard,
  USCC_CHARS, usccCheck, validUscc, orgCodeCheck, validIban, ibanCheckDigits, IBAN_LEN, vinCheck, validVin,
  validSsn, validPlate, PLATE_PROV, looksSensitive,
};
