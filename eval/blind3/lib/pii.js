'use strict';
// Synthetic sensitive-value generators. Everything is produced from the seeded Rng.
const C = require('./checks');
const pad = (n, w) => String(n).padStart(w, '0');

// ---------------- names ----------------
const CN_SUR = [['王', 'WANG'], ['李', 'LI'], ['张', 'ZHANG'], ['刘', 'LIU'], ['陈', 'CHEN'], ['杨', 'YANG'], ['黄', 'HUANG'], ['赵', 'ZHAO'],
  ['吴', 'WU'], ['周', 'ZHOU'], ['徐', 'XU'], ['孙', 'SUN'], ['马', 'MA'], ['朱', 'ZHU'], ['胡', 'HU'], ['郭', 'GUO'], ['何', 'HE'], ['高', 'GAO'],
  ['林', 'LIN'], ['罗', 'LUO'], ['郑', 'ZHENG'], ['梁', 'LIANG'], ['谢', 'XIE'], ['宋', 'SONG'], ['唐', 'TANG'], ['韩', 'HAN'], ['冯', 'FENG'],
  ['邓', 'DENG'], ['曹', 'CAO'], ['彭', 'PENG'], ['曾', 'ZENG'], ['萧', 'XIAO'], ['田', 'TIAN'], ['董', 'DONG'], ['潘', 'PAN'], ['蒋', 'JIANG'],
  ['蔡', 'CAI'], ['余', 'YU'], ['杜', 'DU'], ['叶', 'YE'], ['程', 'CHENG'], ['魏', 'WEI'], ['吕', 'LV'], ['丁', 'DING'], ['沈', 'SHEN'],
  ['姚', 'YAO'], ['卢', 'LU'], ['钟', 'ZHONG'], ['欧阳', 'OUYANG'], ['司马', 'SIMA'], ['上官', 'SHANGGUAN'], ['诸葛', 'ZHUGE']];
const CN_GIV = [['伟', 'WEI'], ['芳', 'FANG'], ['娜', 'NA'], ['敏', 'MIN'], ['静', 'JING'], ['丽', 'LI'], ['强', 'QIANG'], ['磊', 'LEI'],
  ['军', 'JUN'], ['洋', 'YANG'], ['勇', 'YONG'], ['艳', 'YAN'], ['杰', 'JIE'], ['娟', 'JUAN'], ['涛', 'TAO'], ['明', 'MING'], ['超', 'CHAO'],
  ['霞', 'XIA'], ['平', 'PING'], ['刚', 'GANG'], ['桂', 'GUI'], ['华', 'HUA'], ['建', 'JIAN'], ['国', 'GUO'], ['文', 'WEN'], ['志', 'ZHI'],
  ['雪', 'XUE'], ['梅', 'MEI'], ['琳', 'LIN'], ['浩', 'HAO'], ['宇', 'YU'], ['轩', 'XUAN'], ['子', 'ZI'], ['涵', 'HAN'], ['欣', 'XIN'],
  ['怡', 'YI'], ['晨', 'CHEN'], ['思', 'SI'], ['佳', 'JIA'], ['嘉', 'JIA'], ['俊', 'JUN'], ['博', 'BO'], ['睿', 'RUI'], ['婷', 'TING'],
  ['雨', 'YU'], ['泽', 'ZE'], ['海', 'HAI'], ['鹏', 'PENG'], ['晓', 'XIAO'], ['东', 'DONG'], ['春', 'CHUN'], ['秋', 'QIU'], ['玉', 'YU'],
  ['兰', 'LAN'], ['凤', 'FENG'], ['红', 'HONG'], ['斌', 'BIN'], ['峰', 'FENG'], ['辉', 'HUI'], ['诗', 'SHI'], ['梓', 'ZI'], ['沐', 'MU']];
function cnName(r) {
  const s = r.pick(CN_SUR);
  const g = r.times(r.chance(0.75) ? 2 : 1, () => r.pick(CN_GIV));
  const zh = s[0] + g.map((x) => x[0]).join('');
  const given = g.map((x) => x[1]).join('');
  return { zh, full: zh, sur: s[0], given: g.map((x) => x[0]).join(''), pySur: s[1], pyGiven: given,
    py: `${s[1]} ${given}`, pyTitle: `${given[0]}${given.slice(1).toLowerCase()} ${s[1][0]}${s[1].slice(1).toLowerCase()}` };
}
const EN_FIRST = ['James', 'Mary', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'William', 'Linda', 'David', 'Elizabeth', 'Richard',
  'Barbara', 'Joseph', 'Susan', 'Thomas', 'Jessica', 'Daniel', 'Karen', 'Matthew', 'Emily', 'Anthony', 'Olivia', 'Mark', 'Sophie',
  'Oliver', 'Amelia', 'Ethan', 'Chloe', 'Noah', 'Hannah', 'Liam', 'Grace', 'Brandon', 'Megan', 'Tyler', 'Rachel', 'Kevin', 'Laura'];
const EN_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Wilson', 'Anderson', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker',
  'Hall', 'Young', "O'Brien", 'Fitzgerald', 'Kowalski', 'Novak', 'Schmidt', 'Nguyen', 'Patel', 'Okafor', 'Sullivan', 'Bennett'];
function enName(r) { const first = r.pick(EN_FIRST), last = r.pick(EN_LAST); const mid = r.pick('ABCDEJKLMRST'); return { first, last, mid, full: `${first} ${last}` }; }
const KR_SUR = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'];
const KR_GIV = ['민준', '서연', '지훈', '하은', '도윤', '수빈', '예준', '지우', '현우', '서윤', '준호', '유진', '성민', '다은'];
function krName(r) { const s = r.pick(KR_SUR), g = r.pick(KR_GIV); return { full: s + g, sur: s, given: g }; }
const VN_SUR = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const VN_MID = ['Văn', 'Thị', 'Minh', 'Đức', 'Ngọc', 'Thanh', 'Quốc', 'Hữu'];
const VN_GIV = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hương', 'Lan', 'Linh', 'Mai', 'Nam', 'Phúc', 'Quân', 'Trang', 'Tuấn', 'Yến'];
function vnName(r) { return { full: `${r.pick(VN_SUR)} ${r.pick(VN_MID)} ${r.pick(VN_GIV)}` }; }
const ID_FIRST = ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Andi', 'Nur', 'Eko', 'Sri', 'Fajar', 'Indah', 'Wahyu', 'Ayu'];
const ID_LAST = ['Santoso', 'Rahayu', 'Wijaya', 'Lestari', 'Pratama', 'Handayani', 'Saputra', 'Hidayat', 'Kusuma', 'Setiawan', 'Nugroho'];
function idName(r) { return { full: `${r.pick(ID_FIRST)} ${r.pick(ID_LAST)}` }; }
const PT_FIRST = ['João', 'Maria', 'Pedro', 'Ana', 'Lucas', 'Juliana', 'Gabriel', 'Fernanda', 'Rafael', 'Camila', 'Mateus', 'Beatriz'];
const PT_LAST = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Carvalho', 'Ferreira'];
function ptName(r) { return { full: `${r.pick(PT_FIRST)} ${r.pick(PT_LAST)} ${r.pick(PT_LAST)}` }; }
const IT_FIRST = ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Matteo', 'Sara', 'Lorenzo', 'Valentina', 'Davide'];
const IT_LAST = ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo'];
function itName(r) { const first = r.pick(IT_FIRST), last = r.pick(IT_LAST); return { first, last, full: `${first} ${last}` }; }
const NL_FIRST = ['Jan', 'Sanne', 'Daan', 'Emma', 'Bram', 'Lotte', 'Thijs', 'Fleur', 'Sem', 'Anouk', 'Ruben', 'Femke'];
const NL_LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'van den Berg', 'van Dijk', 'Mulder', 'de Boer', 'Bos'];
function nlName(r) { const first = r.pick(NL_FIRST), last = r.pick(NL_LAST); return { first, last, full: `${first} ${last}` }; }
const RU = [['Иванов', 'Иван', 'Петрович'], ['Смирнова', 'Ольга', 'Сергеевна'], ['Кузнецов', 'Алексей', 'Николаевич'], ['Попова', 'Анна', 'Викторовна'],
  ['Соколов', 'Дмитрий', 'Андреевич'], ['Лебедева', 'Мария', 'Игоревна'], ['Козлов', 'Николай', 'Олегович'], ['Новикова', 'Елена', 'Павловна'],
  ['Морозов', 'Сергей', 'Викторович'], ['Волкова', 'Татьяна', 'Юрьевна'], ['Фёдоров', 'Михаил', 'Ильич'], ['Орлова', 'Ирина', 'Алексеевна']];
function ruName(r) { const a = r.pick(RU), b = r.pick(RU); return { fam: a[0], imya: b[1], otch: b[2], full: `${a[0]} ${b[1]} ${b[2]}` }; }

// ---------------- dates ----------------
function dob(r, minAge = 18, maxAge = 70) {
  const y = 2024 - r.int(minAge, maxAge), m = r.int(1, 12);
  const d = r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { y, m, d };
}
function fmtDate(b, style) {
  const { y, m, d } = b, M = pad(m, 2), D = pad(d, 2);
  switch (style) {
    case 'compact': return `${y}${M}${D}`;
    case 'us': return `${M}/${D}/${y}`;
    case 'dmy': return `${D}/${M}/${y}`;
    case 'dot': return `${D}.${M}.${y}`;
    case 'kr': return `${y}.${M}.${D}`;
    case 'zh': return `${y}年${m}月${d}日`;
    case 'slash': return `${y}/${M}/${D}`;
    default: return `${y}-${M}-${D}`;
  }
}

// ---------------- phones ----------------
const CN_PFX = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '166',
  '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199'];
function cnMobile(r) { return r.pick(CN_PFX) + r.digits(8); }
function fmtCn(m, style) {
  switch (style) {
    case '+86': return '+86' + m;
    case '+86 ': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    default: return m;
  }
}
function cnPhone(r) { return fmtCn(cnMobile(r), r.pick(['plain', 'plain', 'plain', '+86', 'dash', 'space'])); }
function cnLandline(r) { const a = r.pick(['021', '010', '0571', '020', '0755', '028', '025']); return `${a}-${r.int(5, 8)}${r.digits(a.length === 3 ? 7 : 6)}`; }
function intlPhone(r, cc) {
  switch (cc) {
    case 'US': { const a = r.pick(['212', '310', '415', '617', '206', '512', '312', '646', '917', '614', '303', '404']); const e = `${r.int(2, 9)}${r.digits(2)}`;
      return r.pick([`(${a}) ${e}-${r.digits(4)}`, `+1 ${a}-${e}-${r.digits(4)}`, `${a}.${e}.${r.digits(4)}`, `${a}${e}${r.digits(4)}`]); }
    case 'KR': return `010-${r.int(2, 9)}${r.digits(3)}-${r.digits(4)}`;
    case 'ID': return r.pick([`+62 8${r.int(11, 59)}-${r.digits(4)}-${r.digits(4)}`, `08${r.int(11, 59)}${r.digits(8)}`]);
    case 'VN': return r.pick([`09${r.digits(8)}`, `+84 9${r.int(0, 8)} ${r.digits(3)} ${r.digits(4)}`, `03${r.int(2, 9)}${r.digits(7)}`]);
    case 'BR': return `+55 ${r.pick(['11', '21', '31', '41'])} 9${r.digits(4)}-${r.digits(4)}`;
    case 'IT': return `+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`;
    case 'NL': return r.pick([`+31 6 ${r.digits(8)}`, `06-${r.digits(8)}`]);
    case 'RU': return `+7 9${r.digits(2)} ${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`;
    case 'UK': return `+44 7${r.digits(3)} ${r.digits(6)}`;
    case 'HK': return `+852 ${r.pick(['5', '6', '9'])}${r.digits(3)} ${r.digits(4)}`;
    default: return cnPhone(r);
  }
}

// ---------------- email ----------------
function email(r, nm, dom) {
  const d = dom || r.pick(['gmail.com', 'outlook.com', '163.com', '126.com', 'qq.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'foxmail.com', 'sina.com']);
  if (d === 'qq.com' && r.chance(0.6)) return `${r.int(1, 9)}${r.digits(r.int(7, 9))}@qq.com`;
  let base;
  if (nm && nm.pySur) base = r.pick([`${nm.pyGiven}.${nm.pySur}`, `${nm.pySur}${nm.pyGiven}${r.int(1, 99)}`, `${nm.pyGiven[0]}${nm.pySur}${r.int(80, 99)}`]);
  else if (nm && nm.first) base = r.pick([`${nm.first}.${nm.last}`, `${nm.first[0]}${nm.last}`, `${nm.first}${r.int(1, 999)}`]);
  else if (nm && nm.full) base = nm.full.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').replace(/[^A-Za-z ]/g, '').trim().split(/\s+/).join('.') || 'user' + r.digits(5);
  else base = r.pick(['sunny', 'blue_sky', 'tiger', 'mia', 'jack', 'lucky', 'cola', 'xiaoyu']) + r.digits(r.int(2, 4));
  base = base.toLowerCase().replace(/[^a-z0-9._]/g, '');
  if (!base || base.length < 2) base = 'user' + r.digits(5);
  return `${base}@${d}`;
}

// ---------------- national IDs ----------------
function cnId(r, b) {
  const reg = r.pick(C.REGIONS);
  b = b || dob(r);
  const s17 = reg[0] + fmtDate(b, 'compact') + pad(r.int(1, 999), 3);
  return { id: s17 + C.cnIdCheck(s17), region: reg, birth: b, female: (+s17[16]) % 2 === 0 };
}
function passport(r, cc) {
  switch (cc || r.pick(['CN', 'CN', 'US', 'UK', 'DE', 'JP', 'KR', 'FR'])) {
    case 'CN': return r.chance(0.6) ? 'E' + r.digits(8) : r.pick(['EA', 'EB', 'EC', 'ED', 'EJ']) + r.digits(7);
    case 'US': return r.chance(0.5) ? r.digits(9).replace(/^0/, '5') : 'A' + r.digits(8);
    case 'UK': return '5' + r.digits(8);
    case 'DE': return 'C' + r.chars(1, 'FGHJKLMNPRTVWXYZ') + r.digits(7);
    case 'JP': return r.pick(['TK', 'TR', 'MZ', 'TZ']) + r.digits(7);
    case 'KR': return 'M' + r.digits(8);
    case 'FR': return r.digits(2) + r.upper(2) + r.digits(5);
    case 'IT': return r.upper(2) + r.digits(7);
    case 'BR': return r.upper(2) + r.digits(6);
    case 'VN': return r.pick(['B', 'C', 'N']) + r.digits(7);
    case 'ID': return r.pick(['A', 'B', 'C', 'X']) + r.digits(7);
    case 'RU': return r.digits(9);
    default: return 'E' + r.digits(8);
  }
}
// 往来港澳通行证 (C…) or 港澳居民来往内地通行证 (H/M…)
function hkMacauPermit(r, kind) {
  switch (kind || r.pick(['C', 'CL', 'H', 'M'])) {
    case 'C': return 'C' + r.digits(8);
    case 'CL': return 'C' + r.pick('ABCDEFGHJKLMNPQRSTUVWXY'.split('')) + r.digits(7);
    case 'H': return 'H' + r.digits(r.chance(0.5) ? 8 : 10);
    default: return 'M' + r.digits(r.chance(0.5) ? 8 : 10);
  }
}
function uscc(r, pfx) {
  const reg = r.pick(C.REGIONS)[0];
  let org = r.chance(0.5) ? r.digits(8) : 'MA' + r.chars(6, '0123456789ABCDEFGHJKLMNPQRTUWXY');
  let oc = C.orgCodeCheck(org);
  if (!C.USCC_CHARS.includes(oc)) oc = '0';
  const s17 = (pfx || r.pick(['91', '91', '91', '92', '93', '52', '12'])) + reg + org + oc;
  return s17 + C.usccCheck(s17);
}
function ssn(r, dashed = true) {
  let a; do { a = r.int(1, 899); } while (a === 666);
  const s = `${pad(a, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
  return dashed ? s : s.replace(/-/g, '');
}

// ---------------- payment ----------------
const BINS = { visa: ['453201', '476173', '414720', '438857', '402400', '491761'], mastercard: ['552433', '535522', '515735', '542418', '222300', '271011'],
  unionpay: ['622202', '621700', '622848', '621483', '622588', '625807', '623052', '621226'], amex: ['3782', '3714', '3400', '3759'] };
function card(r, brand) {
  brand = brand || r.pick(['visa', 'mastercard', 'unionpay', 'unionpay', 'amex']);
  const bin = r.pick(BINS[brand]);
  const len = brand === 'amex' ? 15 : brand === 'unionpay' ? r.pick([16, 19, 19]) : 16;
  const partial = bin + r.digits(len - bin.length - 1);
  return partial + C.luhnDigit(partial);
}
function fmtCard(n, style) {
  if (style === 'space') return n.length === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (style === 'dash') return n.replace(/(\d{4})(?=\d)/g, '$1-');
  return n;
}
function iban(r, cc, spaced) {
  cc = cc || r.pick(['DE', 'GB', 'FR', 'NL', 'IT', 'ES']);
  let bban;
  switch (cc) {
    case 'DE': bban = r.pick(['37040044', '10070000', '50010517', '20041111']) + r.digits(10); break;
    case 'GB': bban = r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(6) + r.digits(8); break;
    case 'FR': bban = r.pick(['30006', '20041', '10107']) + r.digits(5) + r.digits(11) + r.digits(2); break;
    case 'NL': bban = r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10); break;
    case 'IT': bban = r.upper(1).replace(/[IO]/, 'X') + r.pick(['03069', '02008', '05034']) + r.digits(5) + r.digits(12); break;
    case 'ES': bban = r.pick(['2100', '0049', '0182']) + r.digits(16); break;
    case 'BE': bban = r.digits(12); break;
    default: bban = r.digits(18);
  }
  const s = cc + C.ibanCheckDigits(cc, bban) + bban;
  return spaced ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
}
// Domestic account numbers that are NOT card-shaped (never brand+Luhn valid)
function bankAccount(r, kind) {
  for (;;) {
    let s;
    switch (kind) {
      case 'cnCorp': s = r.pick(['3105', '1001', '4000', '1210', '7311', '4420']) + r.digits(r.pick([12, 14, 15, 16])); break;
      case 'cnPassbook': s = r.pick(['8101', '8802', '1108', '2904']) + r.digits(r.pick([12, 14])); break;
      case 'us': s = r.digits(r.int(9, 12)).replace(/^0/, '7'); break;
      case 'id': s = r.digits(10).replace(/^0/, '1'); break;
      case 'br': s = `${r.digits(5)}-${r.int(0, 9)}`; break;
      default: s = r.digits(r.int(10, 17)).replace(/^[0456]/, '1');
    }
    if (!C.looksSensitive(s)) return s;
  }
}

// ---------------- addresses ----------------
const CN_ROADS = ['人民路', '中山路', '解放路', '建设路', '和平路', '长江路', '南京西路', '淮海中路', '天府大道', '科技园南路', '文三路', '学院路',
  '复兴路', '东风路', '延安西路', '胜利街', '光明路', '工业大道', '黄河路', '滨江大道', '金桥路', '五一路'];
const CN_COMM = ['阳光花园', '锦绣华庭', '碧水湾', '万科城', '翠湖苑', '金色家园', '世纪新城', '绿地小区', '香榭丽舍', '幸福里', '保利花园', '梧桐苑', '华润城'];
function cnAddress(r, reg) {
  reg = reg || r.pick(C.REGIONS);
  const [, prov, city, dist] = reg;
  const head = (prov === city ? prov : prov + city) + dist;
  const road = r.pick(CN_ROADS), no = r.int(1, 999);
  const tail = r.chance(0.8) ? `${r.pick(CN_COMM)}${r.int(1, 30)}栋${r.int(1, 4)}单元${r.int(1, 33)}0${r.int(1, 6)}室` : `${r.int(1, 12)}号楼${r.int(1, 25)}0${r.int(1, 4)}`;
  const detail = `${road}${no}号${tail}`;
  return { prov, city, dist, detail, full: head + detail, short: (dist || city) + detail, reg };
}
const US_ST = ['Oak', 'Maple', 'Cedar', 'Pine', 'Elm', 'Washington', 'Lake', 'Hill', 'Park', 'Sunset', 'Highland', 'Willow', 'Chestnut'];
const US_CITY = [['Columbus', 'OH', '432'], ['Springfield', 'IL', '627'], ['Austin', 'TX', '787'], ['Seattle', 'WA', '981'], ['Denver', 'CO', '802'],
  ['Portland', 'OR', '972'], ['Atlanta', 'GA', '303'], ['Boston', 'MA', '021'], ['Chicago', 'IL', '606'], ['San Jose', 'CA', '951']];
function usAddress(r) {
  const [city, st, z] = r.pick(US_CITY);
  const line1 = `${r.int(10, 9899)} ${r.pick(US_ST)} ${r.pick(['St', 'Ave', 'Dr', 'Blvd', 'Ln', 'Ct', 'Rd'])}` + (r.chance(0.35) ? ` Apt ${r.int(1, 40)}${r.pick('ABCD')}` : '');
  const zip = z + r.digits(2);
  return { line1, city, state: st, zip, full: `${line1}, ${city}, ${st} ${zip}` };
}
function ukAddress(r) {
  const line1 = `${r.int(1, 220)} ${r.pick(['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane', 'Kings Road'])}`;
  const city = r.pick(['London', 'Manchester', 'Leeds', 'Bristol', 'Glasgow']);
  const pc = `${r.pick(['SW1A', 'M1', 'LS2', 'BS1', 'G1', 'E14', 'N7'])} ${r.int(1, 9)}${r.upper(2)}`;
  return { line1, city, zip: pc, full: `${line1}, ${city} ${pc}` };
}
function nlAddress(r) {
  const line1 = `${r.pick(['Keizersgracht', 'Prinsengracht', 'Damrak', 'Kalverstraat', 'Oudegracht', 'Coolsingel', 'Breestraat'])} ${r.int(1, 480)}${r.chance(0.3) ? '-' + r.pick(['A', 'B', 'II', 'hs']) : ''}`;
  const zip = `${r.int(1011, 3599)} ${r.upper(2).replace(/[SFA]/g, 'K')}`;
  const city = r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Leiden', 'Den Haag']);
  return { line1, zip, city, full: `${line1}, ${zip} ${city}` };
}
function itAddress(r) {
  const line1 = `${r.pick(['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Dante', 'Viale Europa', 'Via Mazzini'])} ${r.int(1, 180)}`;
  const city = r.pick([['Milano', '201'], ['Roma', '001'], ['Torino', '101'], ['Bologna', '401'], ['Firenze', '501']]);
  const zip = city[1] + r.digits(2);
  return { line1, zip, city: city[0], full: `${line1}, ${zip} ${city[0]}` };
}
function brAddress(r) {
  const line1 = `${r.pick(['Rua das Flores', 'Av. Paulista', 'Rua Augusta', 'Rua Oscar Freire', 'Av. Atlântica'])}, ${r.int(10, 2400)}${r.chance(0.5) ? ' - Apto ' + r.int(11, 190) : ''}`;
  return { line1, bairro: r.pick(['Pinheiros', 'Jardins', 'Moema', 'Copacabana', 'Centro']), cidade: r.pick(['São Paulo', 'Rio de Janeiro', 'Curitiba']),
    uf: r.pick(['SP', 'RJ', 'PR']), cep: `${r.digits(5)}-${r.digits(3)}` };
}
function vnAddress(r) {
  return `Số ${r.int(1, 200)} ${r.pick(['Ngõ ' + r.int(2, 150) + ' ', ''])}${r.pick(['Phố Huế', 'Đường Lê Lợi', 'Đường Nguyễn Trãi', 'Phố Kim Mã', 'Đường Điện Biên Phủ'])}, ${r.pick(['Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Phường Kim Mã, Quận Ba Đình, Hà Nội', 'Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội'])}`;
}
function krAddress(r) {
  return `${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 해운대로', '경기도 성남시 분당구 판교역로'])} ${r.int(1, 400)}, ${r.int(1, 25)}0${r.int(1, 9)}호`;
}
function ruAddress(r) {
  return `${r.pick(['г. Москва', 'г. Санкт-Петербург', 'г. Казань', 'г. Новосибирск'])}, ${r.pick(['ул. Ленина', 'ул. Пушкина', 'пр. Мира', 'ул. Садовая'])}, д. ${r.int(1, 120)}, кв. ${r.int(1, 300)}`;
}
function idAddress(r) {
  return `Jl. ${r.pick(['Sudirman', 'Gatot Subroto', 'Diponegoro', 'Merdeka', 'Thamrin'])} No. ${r.int(1, 250)}, RT ${pad(r.int(1, 12), 3)}/RW ${pad(r.int(1, 9), 3)}, ${r.pick(['Jakarta Selatan', 'Bandung', 'Surabaya', 'Yogyakarta'])}`;
}

// ---------------- network / geo / vehicle ----------------
function ipv4(r) {
  const a = r.pick([36, 39, 58, 59, 101, 106, 112, 113, 114, 117, 120, 121, 123, 171, 180, 183, 202, 211, 218, 222, 223, 73, 98, 24, 81, 86, 92]);
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r) { return `${r.pick(['2408:8207', '240e:3b7', '2409:8a28', '2001:569'])}:${r.hex(4)}:${r.hex(4)}:${r.hex(3)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`.replace(/:0+([0-9a-f])/g, ':$1'); }
function ip(r) { return r.chance(0.8) ? ipv4(r) : ipv6(r); }
function privIp(r) { return r.pick([`10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(2, 250)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 250)}`, `192.168.${r.int(0, 10)}.${r.int(2, 250)}`]); }
function geo(r, reg) {
  reg = reg || r.pick(C.REGIONS);
  return { lat: +(reg[4] + r.float(-0.06, 0.06, 6)).toFixed(6), lng: +(reg[5] + r.float(-0.06, 0.06, 6)).toFixed(6) };
}
const PLATE_CITY = { 京: 'ABCEFGHJKLMNPQ', 沪: 'ABCDEFGHJKLMN', 粤: 'ABCDEFGHJKLMNPQRSTUVWXYZ', 浙: 'ABCDEFGHJKL', 苏: 'ABCDEFGHJKLMN', 川: 'ABCDEFHJKLMQRSTUVWXYZ', 鄂: 'ABCDEFGHJKLMNPQRS', 鲁: 'ABCDEFGHJKLMNPQRSUVY', 豫: 'ABCDEFGHJKLMNPQRSU', 陕: 'ABCDEFGHJKV', 闽: 'ABCDEFGHJK', 湘: 'ABCDEFGHJKLMNU', 津: 'ABCDEFGHJKLMNPQR' };
const PL = 'ABCDEFGHJKLMNPQRSTUVWXYZ', PLD = '0123456789';
function plate(r, nev) {
  const prov = r.pick(Object.keys(PLATE_CITY));
  const city = r.pick(PLATE_CITY[prov].split(''));
  if (nev === undefined) nev = r.chance(0.3);
  if (nev) {
    if (r.chance(0.8)) return prov + city + r.pick(['D', 'F']) + r.pick((PL + PLD).split('')) + r.digits(4);
    return prov + city + r.digits(5) + r.pick(['D', 'F']);
  }
  let tail = '';
  for (let i = 0; i < 5; i++) tail += r.chance(i < 2 ? 0.35 : 0.15) ? r.pick(PL.split('')) : r.pick(PLD.split(''));
  return prov + city + tail;
}
const WMI = ['LSVAU', 'LFV2A', 'LHGCR', 'LVGBE', 'LGBH5', 'LRW3E', 'LGXC7', 'LBV8V', 'WBA5R', 'WVWZZ', '1HGCV', '5YJ3E', 'JTDBR', 'LE4ZG'];
function vin(r) {
  const vc = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const v = r.pick(WMI) + r.chars(3, vc) + '0' + r.pick(['J', 'K', 'L', 'M', 'N', 'P', 'R']) + r.chars(1, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + r.digits(6);
  return v.slice(0, 8) + C.vinCheck(v) + v.slice(9);
}

// ---------------- credentials ----------------
const b64url = (s) => Buffer.from(s).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
function password(r) {
  const words = ['Summer', 'Dragon', 'Qwerty', 'Sunshine', 'Panda', 'Tiger', 'Hello', 'Wang', 'Admin', 'Liverpool', 'Monkey', 'Shanghai'];
  return r.pick([`${r.pick(words)}${r.int(1970, 2024)}${r.pick(['!', '@', '#', '$', '.'])}`, r.chars(12, 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789!@#$%^&*'),
    `${r.pick(words).toLowerCase()}_${r.digits(4)}`, `${r.pick(words)}@${r.digits(3)}${r.pick(words)}`]);
}
function apiKey(r, kind) {
  switch (kind || r.pick(['stripe', 'openai', 'aws', 'github', 'slack', 'gitlab', 'google', 'generic'])) {
    case 'stripe': return 'sk_live_' + r.alnum(24);
    case 'openai': return 'sk-proj-' + r.alnum(48);
    case 'aws': return 'AKIA' + r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    case 'awsSecret': return r.chars(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    case 'github': return 'ghp_' + r.alnum(36);
    case 'slack': return `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`;
    case 'gitlab': return 'glpat-' + r.chars(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
    case 'google': return 'AIza' + r.chars(35, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
    case 'npm': return 'npm_' + r.alnum(36);
    default: return r.hex(32);
  }
}
function jwt(r, claims) {
  const h = b64url(JSON.stringify({ alg: r.pick(['HS256', 'RS256']), typ: 'JWT' }));
  const p = b64url(JSON.stringify(Object.assign({ sub: String(r.int(100000, 9999999)), iat: 1710000000 + r.int(0, 5000000), exp: 1715000000 + r.int(0, 5000000) }, claims || {})));
  return `${h}.${p}.${r.chars(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}`;
}
function privateKey(r) {
  const lines = r.times(6, () => r.chars(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'));
  return `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${r.chars(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`;
}
function sessionId(r) { return r.pick([r.hex(32).toUpperCase(), r.alnum(32), 's%3A' + r.alnum(32) + '.' + r.alnum(27)]); }

module.exports = {
  pad, cnName, enName, krName, vnName, idName, ptName, itName, nlName, ruName, dob, fmtDate, cnMobile, fmtCn, cnPhone, cnLandline,
  intlPhone, email, cnId, passport, hkMacauPermit, uscc, ssn, card, fmtCard, iban, bankAccount, cnAddress, usAddress, ukAddress,
  nlAddress, itAddress, brAddress, vnAddress, krAddress, ruAddress, idAddress, ipv4, ipv6, ip, privIp, geo, plate, vin, password,
  apiKey, jwt, privateKey, sessionId, b64url,
};
