'use strict';
// Synthetic value generators and check-digit validators (shared by gen.js, validate.js, audit.js).

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
class R {
  constructor(seed) { this.f = mulberry32(seed >>> 0); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  chance(p) { return this.f() < p; }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += this.int(0, 9); return s; }
  chars(n, set) { let s = ''; for (let i = 0; i < n; i++) s += set[this.int(0, set.length - 1)]; return s; }
  hex(n) { return this.chars(n, '0123456789abcdef'); }
}
const pad = (n, w) => String(n).padStart(w, '0');

// ---------- regions (real GB/T 2260 district codes) ----------
const REGIONS = [
  ['110101', '北京市', '', '东城区'], ['110105', '北京市', '', '朝阳区'], ['110108', '北京市', '', '海淀区'],
  ['310101', '上海市', '', '黄浦区'], ['310104', '上海市', '', '徐汇区'], ['310115', '上海市', '', '浦东新区'],
  ['120101', '天津市', '', '和平区'], ['500103', '重庆市', '', '渝中区'],
  ['440106', '广东省', '广州市', '天河区'], ['440103', '广东省', '广州市', '荔湾区'], ['440305', '广东省', '深圳市', '南山区'], ['440304', '广东省', '深圳市', '福田区'],
  ['330106', '浙江省', '杭州市', '西湖区'], ['330102', '浙江省', '杭州市', '上城区'], ['320102', '江苏省', '南京市', '玄武区'], ['320106', '江苏省', '南京市', '鼓楼区'],
  ['510104', '四川省', '成都市', '锦江区'], ['510107', '四川省', '成都市', '武侯区'], ['420106', '湖北省', '武汉市', '武昌区'], ['420102', '湖北省', '武汉市', '江岸区'],
  ['610113', '陕西省', '西安市', '雁塔区'], ['370202', '山东省', '青岛市', '市南区'], ['350203', '福建省', '厦门市', '思明区'], ['430104', '湖南省', '长沙市', '岳麓区'],
  ['210102', '辽宁省', '沈阳市', '和平区'], ['230102', '黑龙江省', '哈尔滨市', '道里区'], ['410105', '河南省', '郑州市', '金水区'], ['530102', '云南省', '昆明市', '五华区'],
  ['450103', '广西壮族自治区', '南宁市', '青秀区'], ['620102', '甘肃省', '兰州市', '城关区'], ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区'], ['130102', '河北省', '石家庄市', '长安区'],
  ['140105', '山西省', '太原市', '小店区'], ['340104', '安徽省', '合肥市', '蜀山区'], ['360102', '江西省', '南昌市', '东湖区'], ['520102', '贵州省', '贵阳市', '南明区'],
  ['460105', '海南省', '海口市', '秀英区'], ['150102', '内蒙古自治区', '呼和浩特市', '新城区'], ['220102', '吉林省', '长春市', '南关区'], ['640104', '宁夏回族自治区', '银川市', '兴庆区'],
];
const REGION_CODES = new Set(REGIONS.map(r => r[0]));
const CITY_CENTRE = { '北京市': [39.90, 116.40], '上海市': [31.23, 121.47], '天津市': [39.12, 117.20], '重庆市': [29.56, 106.55], '广州市': [23.13, 113.26], '深圳市': [22.54, 114.06], '杭州市': [30.27, 120.15], '南京市': [32.06, 118.79], '成都市': [30.66, 104.07], '武汉市': [30.59, 114.30], '西安市': [34.34, 108.94], '青岛市': [36.07, 120.38], '厦门市': [24.48, 118.09], '长沙市': [28.23, 112.94], '沈阳市': [41.80, 123.43], '哈尔滨市': [45.80, 126.53], '郑州市': [34.75, 113.63], '昆明市': [25.04, 102.71], '南宁市': [22.82, 108.37], '兰州市': [36.06, 103.83], '乌鲁木齐市': [43.83, 87.62], '石家庄市': [38.04, 114.51], '太原市': [37.87, 112.55], '合肥市': [31.82, 117.23], '南昌市': [28.68, 115.86], '贵阳市': [26.65, 106.63], '海口市': [20.04, 110.20], '呼和浩特市': [40.84, 111.75], '长春市': [43.82, 125.32], '银川市': [38.49, 106.23] };

// ---------- names ----------
const SURN = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const SURN2 = ['欧阳', '司马', '诸葛', '上官', '慕容', '司徒'];
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强玉兰海燕晓东文博子涵浩然雨欣梓萱思远嘉怡俊杰宇航欣怡一诺佳琪天佑沐阳若曦铭轩诗涵晨曦'.split('');
function cnName(r) {
  const s = r.chance(0.05) ? r.pick(SURN2) : r.pick(SURN);
  const n = r.chance(0.35) ? 1 : 2;
  let g = ''; for (let i = 0; i < n; i++) g += r.pick(GIVEN);
  return s + g;
}
const FOREIGN = {
  en: [['James', 'Oliver', 'Emily', 'Charlotte', 'Henry', 'Grace', 'Thomas', 'Hannah'], ['Wilson', 'Thompson', 'Clarke', 'Bennett', 'Hughes', 'Fletcher', 'Walsh', 'Harper']],
  de: [['Lukas', 'Jonas', 'Lena', 'Katharina', 'Matthias', 'Anja', 'Jürgen', 'Sabine'], ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer']],
  es: [['María José', 'Alejandro', 'Lucía', 'Javier', 'Carmen', 'Diego', 'Sofía', 'Pablo'], ['García López', 'Fernández Ruiz', 'Martínez Gómez', 'Sánchez Díaz', 'Romero Torres', 'Navarro Gil']],
  pt: [['João', 'Ana Beatriz', 'Pedro Henrique', 'Mariana', 'Luiz Carlos', 'Fernanda'], ['Silva Santos', 'Oliveira', 'Souza Lima', 'Pereira', 'Costa Ribeiro', 'Almeida']],
  ru: [['Ivan', 'Dmitry', 'Olga', 'Sergey', 'Natalia', 'Alexei', 'Yekaterina'], ['Petrov', 'Ivanova', 'Smirnov', 'Kuznetsov', 'Volkova', 'Sokolov', 'Popov']],
  ru_cy: [['Иван', 'Дмитрий', 'Ольга', 'Сергей', 'Наталья', 'Алексей'], ['Петров', 'Смирнов', 'Кузнецов', 'Соколов', 'Попов', 'Волков']],
  ja: [['太郎', '花子', '健太', '美咲', '翔太', '陽菜', '大輔'], ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺']],
  ja_ro: [['Taro', 'Hanako', 'Kenta', 'Misaki', 'Shota', 'Hina'], ['Yamada', 'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe']],
  ko: [['민준', '서연', '지훈', '하은', '도윤', '수아'], ['김', '이', '박', '최', '정', '강']],
  fr: [['Amélie', 'Julien', 'Camille', 'Antoine', 'Élodie', 'Mathieu'], ['Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Rousseau']],
  ph: [['Juan', 'Mark Anthony', 'Jerome', 'Rodel', 'Maricel', 'Jose Rizal'], ['dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Mendoza']],
  in: [['Rahul', 'Priya', 'Arjun', 'Ananya', 'Vikram', 'Sneha'], ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta']],
  id: [['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky'], ['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Pratama']],
};
function foreignName(r, lang) {
  const [f, l] = FOREIGN[lang];
  if (lang === 'ja' || lang === 'ko') return r.pick(l) + (lang === 'ja' ? ' ' : '') + r.pick(f);
  if (lang === 'ja_ro') return r.pick(l) + ' ' + r.pick(f);
  return r.pick(f) + ' ' + r.pick(l);
}
const PINYIN_SYL = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'lin', 'he', 'gao', 'luo', 'wei', 'fang', 'jing', 'hao', 'ming', 'yu', 'xin', 'jie', 'tao', 'lei', 'hui', 'ting', 'yan'];

// ---------- dates ----------
function dob(r, y0 = 1955, y1 = 2004) {
  const y = r.int(y0, y1), m = r.int(1, 12), d = r.int(1, 28);
  return { y, m, d, iso: `${y}-${pad(m, 2)}-${pad(d, 2)}`, compact: `${y}${pad(m, 2)}${pad(d, 2)}` };
}
function fmtDate(dt, style) {
  const { y, m, d } = dt;
  switch (style) {
    case 'iso': return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 'compact': return `${y}${pad(m, 2)}${pad(d, 2)}`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'de': return `${pad(d, 2)}.${pad(m, 2)}.${y}`;
    case 'us': return `${pad(m, 2)}/${pad(d, 2)}/${y}`;
    case 'eu': return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
    case 'isoT': return `${y}-${pad(m, 2)}-${pad(d, 2)}T00:00:00Z`;
    case 'ja': return `${y}年${pad(m, 2)}月${pad(d, 2)}日`;
  }
  throw new Error(style);
}
function recentDate(r) { const y = r.int(2023, 2025), m = r.int(1, 12), d = r.int(1, 28); return { y, m, d }; }
function ts(r) { return 1700000000000 + r.int(0, 60000000) * 1000 + r.int(0, 999); }
function isoTs(r) { return new Date(ts(r)).toISOString(); }

// ---------- CN resident ID (GB 11643) ----------
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += +s17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function residentId(r, region, birth) {
  region = region || r.pick(REGIONS); birth = birth || dob(r);
  const s17 = region[0] + birth.compact + r.digits(3);
  return s17 + idCheck(s17);
}
function validDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function isResidentId(s) {
  s = norm(s).replace(/[\s-]/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!REGION_CODES.has(s.slice(0, 6))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s) === s[17];
}

// ---------- USCC (GB 32100) ----------
const USCC_CS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_CS.indexOf(s17[i]) * USCC_W[i]; const c = 31 - (s % 31); return USCC_CS[c === 31 ? 0 : c]; }
function orgCode(r) { const b = r.digits(8); const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) s += +b[i] * w[i]; const c = 11 - (s % 11); return b + (c === 10 ? 'X' : c === 11 ? '0' : String(c)); }
function uscc(r, kind = '91') { const s17 = kind + r.pick(REGIONS)[0] + orgCode(r); return s17 + usccCheck(s17); }
function isUscc(s) { s = norm(s).toUpperCase(); if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false; return usccCheck(s) === s[17]; }

// ---------- Luhn cards ----------
function luhnOk(d) { let s = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let n = +d[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } s += n; alt = !alt; } return s % 10 === 0; }
function luhnComplete(p) { for (let c = 0; c < 10; c++) if (luhnOk(p + c)) return p + c; }
const BINS = { unionpay: [['622202', 19], ['621700', 19], ['622848', 19], ['622588', 16], ['625807', 16], ['621226', 19]], visa: [['453201', 16], ['476173', 16], ['400837', 16], ['414720', 16]], mc: [['542523', 16], ['510510', 16], ['222300', 16], ['555544', 16]], amex: [['378282', 15], ['371449', 15], ['341111', 15]] };
function card(r, net) {
  net = net || r.pick(['unionpay', 'unionpay', 'visa', 'mc', 'amex']);
  const [bin, len] = r.pick(BINS[net]);
  return luhnComplete(bin + r.digits(len - bin.length - 1));
}
function fmtCard(c, style) { if (style === 'space') return c.replace(/(\d{4})(?=\d)/g, '$1 '); if (style === 'dash') return c.replace(/(\d{4})(?=\d)/g, '$1-'); return c; }
function isCard(s) { const d = norm(s).replace(/[\s-]/g, ''); if (!/^\d{13,19}$/.test(d) || !luhnOk(d)) return false; return /^(62|4|5[1-5]|2[2-7]|3[47]|35)/.test(d); }

// ---------- bank accounts ----------
function mod97(str) { let m = 0; for (const ch of str) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const c of v) m = (m * 10 + +c) % 97; } return m; }
function iban(r, cc) {
  cc = cc || r.pick(['DE', 'GB', 'FR', 'NL', 'ES']);
  let bban;
  if (cc === 'DE') bban = r.digits(18);
  else if (cc === 'GB') bban = r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK']) + r.digits(14);
  else if (cc === 'FR') bban = r.digits(10) + r.digits(11) + r.digits(2);
  else if (cc === 'NL') bban = r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10);
  else if (cc === 'ES') bban = r.digits(20);
  const chk = 98 - mod97(bban + cc + '00');
  return cc + pad(chk, 2) + bban;
}
function fmtIban(s) { return s.replace(/(.{4})(?=.)/g, '$1 '); }
function isIban(s) { s = s.replace(/\s/g, '').toUpperCase(); if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false; return mod97(s.slice(4) + s.slice(0, 4)) === 1; }
function cnAccount(r) { // corporate / passbook style account, deliberately NOT Luhn-valid so it is not mistaken for a card
  for (;;) { const a = r.pick(['3100', '1102', '4000', '6228', '7551', '1001']) + r.digits(r.pick([12, 13, 15])); if (!luhnOk(a)) return a; }
}

// ---------- phones ----------
const MOB_PREFIX = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '166', '173', '176', '177', '180', '181', '183', '185', '186', '187', '188', '189', '191', '195', '198', '199'];
function mobile(r) { return r.pick(MOB_PREFIX) + r.digits(8); }
function fmtMobile(m, style) {
  switch (style) {
    case 'plain': return m;
    case 'plus86': return '+86 ' + m.slice(0, 3) + ' ' + m.slice(3, 7) + ' ' + m.slice(7);
    case 'plus86c': return '+86' + m;
    case 'dash': return m.slice(0, 3) + '-' + m.slice(3, 7) + '-' + m.slice(7);
    case 'space': return m.slice(0, 3) + ' ' + m.slice(3, 7) + ' ' + m.slice(7);
    case 'paren': return '(+86)' + m;
    case '86dash': return '86-' + m;
    case 'fw': return fw(m);
  }
  throw new Error(style);
}
function anyMobile(r) { const m = mobile(r); return fmtMobile(m, r.pick(['plain', 'plain', 'plain', 'plus86', 'dash', 'space', 'plus86c', 'paren'])); }
function landline(r) { const [ac, n] = r.pick([['010', 8], ['021', 8], ['020', 8], ['0755', 8], ['0571', 8], ['028', 8], ['027', 8], ['0532', 8], ['0731', 8]]); return ac + '-' + r.int(2, 8) + r.digits(n - 1); }
function intlPhone(r, cc) {
  switch (cc) {
    case 'uk': return '+44 7700 ' + r.int(900000, 900999);
    case 'us': return '+1 ' + r.pick(['415', '212', '646', '312']) + '-555-01' + r.digits(2);
    case 'de': return '+49 ' + r.pick(['151', '160', '170', '176']) + ' ' + r.digits(8);
    case 'jp': return '+81 90-' + r.digits(4) + '-' + r.digits(4);
    case 'jp_dom': return '090-' + r.digits(4) + '-' + r.digits(4);
    case 'ru': return '+7 9' + r.digits(2) + ' ' + r.digits(3) + '-' + r.digits(2) + '-' + r.digits(2);
    case 'ph': return '+63 9' + r.digits(2) + ' ' + r.digits(3) + ' ' + r.digits(4);
    case 'kr': return '010-' + r.digits(4) + '-' + r.digits(4);
    case 'br': return '+55 11 9' + r.digits(4) + '-' + r.digits(4);
    case 'es': return '+34 6' + r.digits(2) + ' ' + r.digits(3) + ' ' + r.digits(3);
    case 'in': return '+91 9' + r.digits(4) + ' ' + r.digits(5);
    case 'id': return '+62 812-' + r.digits(4) + '-' + r.digits(4);
    case 'hk': return '+852 ' + r.pick(['5', '6', '9']) + r.digits(3) + ' ' + r.digits(4);
  }
  throw new Error(cc);
}
function isPhone(s) {
  const d = norm(s).replace(/[^\d+]/g, '');
  if (/^(\+?86)?1[3-9]\d{9}$/.test(d)) return true;
  if (/^0\d{2,3}\d{7,8}$/.test(d)) return true; // CN landline
  return /^\+?\d{7,15}$/.test(d);
}
const HOTLINES = ['400-820-8820', '400-610-1688', '800-830-8888', '95588', '95533', '4006-789-000', '400 166 1234'];

// ---------- email ----------
const MAILDOM = ['qq.com', '163.com', '126.com', 'gmail.com', 'outlook.com', 'foxmail.com', 'sina.com', 'yahoo.co.jp', 'gmx.de', 'mail.ru', 'hotmail.es', 'icloud.com'];
function email(r, base) {
  base = base || (r.pick(PINYIN_SYL) + (r.chance(0.5) ? '.' : '') + r.pick(PINYIN_SYL));
  const suffix = r.chance(0.5) ? String(r.int(1, 2005)) : '';
  return (base + suffix).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9._]/g, '') + '@' + r.pick(MAILDOM);
}
function qqMail(r) { return r.int(10000000, 2999999999) + '@qq.com'; }

// ---------- addresses ----------
const ROADS = ['人民路', '解放路', '中山路', '建国路', '长江路', '和平路', '文化路', '新华路', '学府路', '青年路', '光明街', '东风路', '滨江大道', '花园路', '南京路', '朝阳北路', '科技园路', '振兴街'];
const COMMUNITIES = ['阳光花园', '锦绣华庭', '翠湖小区', '枫林苑', '金色家园', '幸福里', '紫荆公寓', '碧桂苑', '书香门第', '丽景湾'];
function cnAddress(r, region) {
  region = region || r.pick(REGIONS);
  const [, prov, city, dist] = region;
  const head = (city ? prov + city : prov) + dist;
  const v = r.int(0, 2);
  if (v === 0) return `${head}${r.pick(ROADS)}${r.int(1, 999)}号${r.pick(COMMUNITIES)}${r.int(1, 30)}栋${r.int(1, 4)}单元${r.int(1, 32)}0${r.int(1, 6)}室`;
  if (v === 1) return `${head}${r.pick(ROADS)}${r.int(1, 500)}弄${r.int(1, 80)}号${r.int(101, 2504)}室`;
  return `${head}${r.pick(ROADS)}${r.int(1, 300)}号院${r.int(1, 20)}号楼${r.int(1, 28)}层${r.int(1, 12)}号`;
}
function cityOf(region) { return region[2] || region[1]; }
function geoNear(r, region, dec = 6) { const c = CITY_CENTRE[cityOf(region)]; return [+(c[0] + (r.next() - 0.5) * 0.2).toFixed(dec), +(c[1] + (r.next() - 0.5) * 0.2).toFixed(dec)]; }
function westAddress(r, cc) {
  switch (cc) {
    case 'uk': return `${r.int(1, 180)} ${r.pick(['Kingsley Road', 'Elm Grove', 'Victoria Street', 'Station Lane', 'Mill Close'])}, ${r.pick(['Leeds LS6 2AB', 'Bristol BS7 8QT', 'London SE15 4RF', 'Manchester M14 5JP'])}`;
    case 'us': return `${r.int(100, 9899)} ${r.pick(['Maple Ave', 'Oak Street', 'Pine Ridge Dr', 'Lincoln Blvd', '5th Avenue'])}, ${r.pick(['Springfield, IL 62704', 'Austin, TX 78701', 'Portland, OR 97205', 'Brooklyn, NY 11215'])}`;
    case 'de': return `${r.pick(['Hauptstraße', 'Lindenallee', 'Goethestraße', 'Bahnhofstraße', 'Schillerplatz'])} ${r.int(1, 120)}, ${r.pick(['10115 Berlin', '80331 München', '50667 Köln', '20095 Hamburg'])}`;
    case 'es': return `Calle ${r.pick(['de Alcalá', 'Mayor', 'del Sol', 'de Toledo'])} ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C'])}, ${r.pick(['28014 Madrid', '08002 Barcelona', '41001 Sevilla'])}`;
    case 'pt': return `Rua ${r.pick(['Augusta', 'das Flores', 'Sete de Setembro', 'Oscar Freire'])}, ${r.int(10, 2500)} - ${r.pick(['São Paulo - SP, 01305-100', 'Rio de Janeiro - RJ, 20040-002', 'Curitiba - PR, 80010-000'])}`;
    case 'jp': return `${r.pick(['東京都世田谷区太子堂', '大阪府大阪市北区梅田', '神奈川県横浜市港北区日吉', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}`;
    case 'ru': return `ул. ${r.pick(['Ленина', 'Пушкина', 'Садовая', 'Мира'])}, д. ${r.int(1, 120)}, кв. ${r.int(1, 300)}, ${r.pick(['Москва', 'Санкт-Петербург', 'Владивосток'])}`;
    case 'kr': return `서울특별시 ${r.pick(['강남구 테헤란로', '마포구 월드컵로', '송파구 올림픽로'])} ${r.int(1, 500)}, ${r.int(101, 1503)}호`;
    case 'ph': return `${r.int(1, 300)} ${r.pick(['Rizal Street', 'Mabini Avenue', 'Bonifacio Road'])}, Brgy. ${r.pick(['San Isidro', 'Poblacion', 'Malate'])}, ${r.pick(['Manila', 'Cebu City', 'Iloilo City'])}`;
  }
  throw new Error(cc);
}

// ---------- vehicles ----------
const PROV = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼'.split('');
const PL = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function plate(r, kind) {
  const p = r.pick(PROV) + r.pick(PL.slice(0, 12).split(''));
  kind = kind || r.pick(['std', 'std', 'nev', 'nevL']);
  if (kind === 'std') { let t = ''; for (let i = 0; i < 5; i++) t += (i < 2 && r.chance(0.3)) ? r.pick(PL.split('')) : r.digits(1); return p + t; }
  if (kind === 'nev') return p + r.pick(['D', 'F']) + (r.chance(0.5) ? r.pick(PL.split('')) : r.digits(1)) + r.digits(4);
  return p + r.digits(5) + r.pick(['D', 'F']);
}
function fmtPlate(p, style) { if (style === 'dot') return p.slice(0, 2) + '·' + p.slice(2); if (style === 'space') return p.slice(0, 2) + ' ' + p.slice(2); return p; }
function isPlate(s) {
  const t = s.replace(/[·\s-]/g, '');
  if (/^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])$/.test(t)) return true;
  if (/^\d{2,3}[가-힣]\d{4}$/.test(t)) return true; // KR
  if (/^[A-ZÄÖÜ]{1,3}[A-Z]{1,2}\d{1,4}[EH]?$/.test(t)) return true; // DE
  return false;
}
const VIN_CS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_TR = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinCheck(v) { let s = 0; for (let i = 0; i < 17; i++) { const c = v[i]; const n = /\d/.test(c) ? +c : VIN_TR[c]; s += n * VIN_W[i]; } const m = s % 11; return m === 10 ? 'X' : String(m); }
function vin(r) {
  const wmi = r.pick(['LSV', 'LFV', 'LVS', 'LGB', 'LRW', 'LBV', 'WBA', 'WVW', 'JTD', '1HG', '5YJ', 'KMH']);
  const v = wmi + r.chars(5, VIN_CS) + '0' + r.pick('HJKLMNPRS'.split('')) + r.chars(1, 'ABCDEFGH0123456789') + r.digits(6);
  return v.slice(0, 8) + vinCheck(v) + v.slice(9);
}
function isVin(s) { s = s.toUpperCase(); if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(s)) return false; return vinCheck(s) === s[8]; }

// ---------- documents ----------
function ssn(r) { let a; do { a = r.int(1, 899); } while (a === 666); return `${pad(a, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`; }
function isSsn(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/\s/g, '')); if (!m) return false; const a = +m[1]; return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000'; }
function hkPermit(r, kind) { kind = kind || r.pick(['C', 'C', 'W', 'H', 'M']); if (kind === 'C' || kind === 'W') return kind + r.digits(8); return kind + r.digits(r.chance(0.5) ? 8 : 10); }
function isHkPermit(s) { return /^([CW]\d{8}|[HM]\d{8}(\d{2})?)$/.test(s.replace(/\s/g, '')); }
function passport(r, cc) {
  switch (cc || 'cn') {
    case 'cn': return r.chance(0.5) ? 'E' + r.digits(8) : (r.chance(0.5) ? 'E' + r.pick(PL.split('')) + r.digits(7) : 'G' + r.digits(8));
    case 'us': return r.pick(['5', '6', 'A']) + r.digits(8);
    case 'uk': return r.digits(9);
    case 'de': return 'C' + r.chars(8, 'CFGHJKLMNPRTVWXYZ0123456789');
    case 'ru': return r.digits(2) + ' ' + r.digits(7);
    case 'jp': return r.pick(['TK', 'TR', 'MZ']) + r.digits(7);
    case 'kr': return 'M' + r.digits(8);
    case 'ph': return 'P' + r.digits(7) + r.pick(['A', 'B']);
    case 'in': return r.pick(['J', 'K', 'M', 'N']) + r.digits(7);
    case 'es': return r.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + r.digits(6);
    case 'br': return r.chars(2, 'ABCDEFGHJKLMN') + r.digits(6);
    case 'id': return r.pick(['A', 'B', 'C']) + r.digits(7);
  }
}
function isPassport(s) { return /^[A-Z0-9]{7,9}$/.test(s.replace(/\s/g, '')); }

// ---------- network / credentials ----------
function ipv4(r) { for (;;) { const a = r.int(1, 223); if ([10, 127, 0].includes(a) || (a === 192) || a === 172) continue; return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`; } }
function ipv6(r) { return `240e:${r.hex(3)}:${r.hex(4)}:${r.hex(4)}::${r.hex(3)}`; }
function isIp(s) { if (/^(\d{1,3}\.){3}\d{1,3}$/.test(s)) return s.split('.').every(x => +x <= 255); return /^[0-9a-f:]+$/i.test(s) && s.includes(':'); }
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function b64url(o) { return Buffer.from(JSON.stringify(o)).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'); }
function jwt(r, sub) { return b64url({ alg: 'HS256', typ: 'JWT' }) + '.' + b64url({ sub: sub || 'u_' + r.hex(10), iat: 1718000000 + r.int(0, 9999999), scope: 'read' }) + '.' + r.chars(43, B64URL); }
function password(r) { return r.pick(['Sunny', 'Tiger', 'Qwer', 'Haha', 'Blue', 'Panda', 'Dragon']) + r.pick(['@', '#', '!', '_', '$']) + r.digits(r.int(3, 6)) + r.pick(['', 'x', 'Ab', 'zz']); }
function apiKey(r, prefix) { return (prefix || 'ak_live_') + r.chars(32, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'); }
function pem(r) { const lines = []; for (let i = 0; i < 4; i++) lines.push(r.chars(64, B64URL.replace('-', '+').replace('_', '/'))); return '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + lines[0].slice(32) + '\n' + lines.slice(1).join('\n') + '\n-----END PRIVATE KEY-----\n'; }

// ---------- hard-negative generators ----------
function uuid(r) { const h = r.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; }
function snowflake(r) { return '1' + r.int(7, 8) + r.digits(16); } // 18 digits, not an ID
function orderNo(r, p) { return (p || '') + '2024' + pad(r.int(1, 12), 2) + pad(r.int(1, 28), 2) + r.digits(10); }
function imei(r) { return luhnComplete(r.pick(['35', '86']) + r.digits(12)); }
function ean13(r) { const b = '69' + r.digits(10); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return b + ((10 - s % 10) % 10); }
function maskMobile(m) { return m.slice(0, 3) + '****' + m.slice(7); }
function maskId(id) { return id.slice(0, 4) + '**********' + id.slice(14); }
function maskName(n) { return n[0] + '*'.repeat(Math.max(1, n.length - 1)); }
function maskCard(c) { return c.slice(0, 6) + '******' + c.slice(-4); }
const COMPANIES = ['上海振华冷链物流有限公司', '深圳市鹏城二手车交易市场有限公司', '杭州西溪民宿管理有限公司', '中铁建工集团有限公司', '广州安心殡葬服务有限公司', '北京顺安搬家服务有限公司', '成都锦程人力资源有限公司', '青岛远洋渔业有限公司', '山西晋能矿业集团有限公司', '浙江安居物业服务有限公司'];

// ---------- full-width ----------
function fw(s) { return s.replace(/[0-9A-Za-z]/g, c => String.fromCharCode(c.charCodeAt(0) + 0xFEE0)); }
function norm(s) { return String(s).replace(/[\uFF01-\uFF5E]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/\u3000/g, ' '); }

module.exports = {
  R, pad, REGIONS, REGION_CODES, CITY_CENTRE, cnName, foreignName, PINYIN_SYL, dob, fmtDate, recentDate, ts, isoTs,
  idCheck, residentId, isResidentId, uscc, isUscc, usccCheck, luhnOk, card, fmtCard, isCard, iban, fmtIban, isIban, cnAccount,
  mobile, fmtMobile, anyMobile, landline, intlPhone, isPhone, HOTLINES, email, qqMail, cnAddress, cityOf, geoNear, westAddress,
  plate, fmtPlate, isPlate, vin, isVin, vinCheck, ssn, isSsn, hkPermit, isHkPermit, passport, isPassport, ipv4, ipv6, isIp,
  jwt, password, apiKey, pem, uuid, snowflake, orderNo, imei, ean13, maskMobile, maskId, maskName, maskCard, COMPANIES, fw, norm, validDate,
};
