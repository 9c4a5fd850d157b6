'use strict';
// Hard-negative generators: values that look like PII to a naive regex but are not.
// Every generator is wrapped so that it never accidentally yields a check-digit-valid ID/card/USCC/IBAN/VIN/SSN.
const C = require('./checks');
const pad = (n, w) => String(n).padStart(w, '0');

function safe(fn) {
  return function (r, ...a) {
    for (let k = 0; k < 200; k++) { const v = fn(r, ...a); if (!C.looksSensitive(String(v))) return v; }
    throw new Error('could not generate safe negative: ' + fn.name);
  };
}
function day(r) { return { y: 2024, m: r.int(1, 6), d: r.int(1, 28), h: r.int(0, 23), mi: r.int(0, 59), s: r.int(0, 59) }; }
const G = {
  // 18-20 digit date-prefixed order numbers (look like ID numbers, fail the check)
  orderNo: (r, prefix = '') => { const t = day(r); return prefix + `${t.y}${pad(t.m, 2)}${pad(t.d, 2)}${pad(t.h, 2)}${pad(t.mi, 2)}${r.digits(r.pick([4, 6, 8]))}`; },
  tradeNo: (r) => `42000${r.digits(5)}2024${pad(r.int(1, 6), 2)}${pad(r.int(1, 28), 2)}${r.digits(10)}`,
  longDigits: (r, n, lead) => (lead || String(r.int(1, 9))) + r.digits(n - (lead || 'x').length),
  amount: (r, a = 1, b = 5000, dp = 2) => r.float(a, b, dp),
  amountStr: (r, a = 1, b = 5000) => r.float(a, b, 2).toFixed(2),
  sku: (r) => r.pick([`SKU-${r.upper(3)}-${r.digits(5)}`, `${r.digits(12)}`, `${r.upper(2)}${r.digits(6)}-${r.pick(['BLK', 'WHT', 'RED', 'M', 'L', 'XL'])}`]),
  ean13: (r, pfx) => { const p = (pfx || r.pick(['690', '692', '693', '695', '400', '471', '880', '978'])) ; let s = p + r.digits(12 - p.length); let sum = 0; for (let i = 0; i < 12; i++) sum += (+s[i]) * (i % 2 ? 3 : 1); return s + ((10 - (sum % 10)) % 10); },
  imei: (r) => { const p = r.pick(['35', '86']) + r.digits(12); return p + C.luhnDigit(p); },
  iccid: (r) => { const p = '8986' + r.pick(['00', '01', '03', '11']) + r.digits(13); return p + C.luhnDigit(p); },
  iso: (r) => { const t = day(r); return `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}T${pad(t.h, 2)}:${pad(t.mi, 2)}:${pad(t.s, 2)}${r.pick(['Z', '+08:00', '.' + r.digits(3) + 'Z'])}`; },
  dt: (r) => { const t = day(r); return `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)} ${pad(t.h, 2)}:${pad(t.mi, 2)}:${pad(t.s, 2)}`; },
  date: (r, y = 2024) => `${y}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`,
  epochMs: (r) => 1704067200000 + r.int(0, 15552000) * 1000 + r.int(0, 999),
  epoch: (r) => 1704067200 + r.int(0, 15552000),
  uuid: (r) => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`,
  sha1: (r) => r.hex(40),
  sha256: (r) => r.hex(64),
  objectId: (r) => '65' + r.hex(22),
  version: (r) => `${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 40)}`,
  version4: (r) => `${r.int(1, 12)}.${r.int(0, 9)}.${r.int(0, 99)}.${r.int(100, 9999)}`,
  build: (r) => `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)} (${2403}${r.digits(3)})`,
  tracking: (r) => r.pick([`SF${r.digits(13)}`, `YT${r.digits(13)}`, `JT${r.digits(13)}`, `1Z${r.upper(3)}${r.digits(3)}${r.digits(10)}`, `75${r.digits(12)}`, `LP${r.digits(14)}`]),
  stockCode: (r) => r.pick(['600519', '000858', '300750', '601318', '00700.HK', '09988.HK', 'AAPL', '002594']),
  hotline: (r) => r.pick([`400-${r.int(100, 999)}-${r.digits(4)}`, `400${r.int(100, 999)}${r.digits(4)}`, `800-${r.int(100, 999)}-${r.digits(4)}`, `1-800-${r.int(200, 999)}-${r.digits(4)}`, '95588', '95533', '95598', '12345']),
  last4: (r) => r.pick([`**** ${r.digits(4)}`, `•••• ${r.digits(4)}`, r.digits(4), `${r.pick(['6222', '4532', '5524', '6217'])} **** **** ${r.digits(4)}`]),
  maskedPhone: (r) => `1${r.int(3, 9)}${r.int(0, 9)}****${r.digits(4)}`,
  maskedId: (r) => `${r.pick(['3101', '1101', '4403', '3301', '5101'])}${'*'.repeat(r.pick([10, 12]))}${r.digits(r.pick([2, 3]))}${r.pick(['X', r.int(0, 9)])}`.slice(0, 18),
  maskedEmail: (r) => `${r.pick(['z', 'l', 'w', 'j', 'm'])}***${r.pick(['n', 'g', 'i'])}@${r.pick(['163.com', 'qq.com', 'gmail.com'])}`,
  postal: (r) => r.pick([`${r.pick(['200', '100', '310', '518', '610'])}${r.digits(3)}`, `${r.digits(5)}`]),
  empNo: (r) => r.pick([`E${r.digits(6)}`, `${r.digits(8)}`, `HR-${r.digits(5)}`]),
  studentNo: (r) => `${2018 + r.int(0, 6)}${r.digits(r.pick([6, 8]))}`,
  mac: (r) => r.times(6, () => r.hex(2).toUpperCase()).join(':'),
  deviceToken: (r) => r.hex(64),
  snowflake: (r) => `17${r.digits(17)}`,
  bic: (r) => r.pick(['DEUTDEFFXXX', 'BKCHCNBJ300', 'ICBKCNBJSHI', 'HSBCHKHHHKH', 'CHASUS33', 'BNPAFRPPXXX', 'INGBNL2A', 'UNCRITMMXXX', 'NWBKGB2L', 'CMBCCNBS']),
  company: (r) => r.pick(['上海云帆信息科技有限公司', '杭州青禾电子商务有限公司', '深圳市前海微链科技有限公司', '北京星河互联网络有限公司', '成都天府数据服务有限公司',
    'Acme Logistics GmbH', 'Northwind Traders Ltd', 'Blue Harbor Consulting LLC', 'Contoso Pharma B.V.', 'Globex Retail S.p.A.', '苏州工业园区恒通精密机械有限公司']),
  product: (r) => r.pick(['iPhone 15 Pro 256GB 原色钛金属', '小米14 Ultra 16+512GB', 'Nike Air Zoom Pegasus 40 男款 42码', '三只松鼠坚果礼盒 1.5kg', 'Dyson V12 Detect Slim',
    '飞利浦电动牙刷 HX6730', 'Lenovo ThinkPad X1 Carbon Gen 11', 'UNIQLO 男装 摇粒绒夹克 465185', '农夫山泉 550ml*24瓶']),
  hsCode: (r) => r.pick(['3304990099', '6403990090', '8517130000', '2106909090', '3401110000', '6110200099']),
  plateLike: (r) => `${r.pick(['A', 'B', 'C'])}${r.digits(2)}-${r.digits(3)}`,
  coord: (r, reg) => { const g = reg || r.pick(C.REGIONS); return `${(g[4] + r.float(-0.05, 0.05, 4)).toFixed(6)},${(g[5] + r.float(-0.05, 0.05, 4)).toFixed(6)}`; },
};
for (const k of Object.keys(G)) G[k] = safe(G[k]);
module.exports = G;
