'use strict';
// Synthetic data generators: people, identifiers with valid check digits,
// credentials, and confusable non-sensitive values (hard negatives).
const C = require('./checks');
const { REGIONS } = require('./regions');
const N = require('./names');

const pad = (n, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const fullWidth = (s) => s.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xFEE0));
const stripAccents = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^A-Za-z0-9 .-]/g, '');
const b64url = (s) => Buffer.from(s).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function makeData(r) {
  const D = { pad, fullWidth, stripAccents, b64url, regions: REGIONS, INTL_CO: N.INTL_CO, NAMEY_BRANDS: N.NAMEY_BRANDS };

  // ---------- dates ----------
  D.date = (y1, y2) => {
    const t1 = Date.UTC(y1, 0, 1), t2 = Date.UTC(y2, 11, 31);
    return new Date(t1 + Math.floor(r.next() * (t2 - t1) / 86400000) * 86400000);
  };
  // event timestamp in 2024-01-01 .. 2025-06-30 (UTC)
  D.ts = () => new Date(Date.UTC(2024, 0, 1) + Math.floor(r.next() * 546 * 86400) * 1000);
  D.addMin = (dt, m) => new Date(dt.getTime() + m * 60000);
  D.fmtDate = (dt, style = 'iso') => {
    const y = dt.getUTCFullYear(), m = dt.getUTCMonth() + 1, d = dt.getUTCDate();
    switch (style) {
      case 'iso': return `${y}-${pad(m)}-${pad(d)}`;
      case 'compact': return `${y}${pad(m)}${pad(d)}`;
      case 'compactNum': return Number(`${y}${pad(m)}${pad(d)}`);
      case 'slash': return `${y}/${pad(m)}/${pad(d)}`;
      case 'dot': return `${pad(d)}.${pad(m)}.${y}`;
      case 'dmy': return `${pad(d)}/${pad(m)}/${y}`;
      case 'mdy': return `${pad(m)}/${pad(d)}/${y}`;
      case 'cn': return `${y}年${m}月${d}日`;
      case 'cnPad': return `${y}年${pad(m)}月${pad(d)}日`;
      case 'long': return `${MONTHS[m - 1]} ${d}, ${y}`;
      case 'dMonY': return `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`;
      case 'isoT': return `${y}-${pad(m)}-${pad(d)}T00:00:00.000+08:00`;
      case 'epochMs': return dt.getTime();
      case 'yymmdd': return `${String(y).slice(2)}${pad(m)}${pad(d)}`;
      default: throw new Error('date style ' + style);
    }
  };
  D.fmtTs = (dt, style = 'iso8') => {
    const l = new Date(dt.getTime() + 8 * 3600000);
    const Y = l.getUTCFullYear(), M = pad(l.getUTCMonth() + 1), Dd = pad(l.getUTCDate());
    const h = pad(l.getUTCHours()), mi = pad(l.getUTCMinutes()), s = pad(l.getUTCSeconds());
    switch (style) {
      case 'iso8': return `${Y}-${M}-${Dd}T${h}:${mi}:${s}+08:00`;
      case 'isoZ': return dt.toISOString();
      case 'sql': return `${Y}-${M}-${Dd} ${h}:${mi}:${s}`;
      case 'compact': return `${Y}${M}${Dd}${h}${mi}${s}`;
      case 'epoch': return Math.floor(dt.getTime() / 1000);
      case 'epochMs': return dt.getTime();
      case 'hm': return `${h}:${mi}`;
      case 'date': return `${Y}-${M}-${Dd}`;
      default: throw new Error('ts style ' + style);
    }
  };

  // ---------- Chinese people ----------
  D.region = (code) => (code ? REGIONS.find((x) => x.code === code) : r.pick(REGIONS));
  D.cnName = (gender, surname) => {
    const g = gender || r.pick(['M', 'F']);
    const [sur, spy] = (surname && N.SURNAMES.find((s) => s[0] === surname)) || r.pick(N.SURNAMES);
    const pool = g === 'M' ? N.GIVEN_M : N.GIVEN_F;
    const parts = r.chance(0.7) ? [r.pick(pool), r.pick(pool)] : [r.pick(pool)];
    const given = parts.map((p) => p[0]).join('');
    const gpy = parts.map((p) => p[1]).join('');
    return { name: sur + given, sur, given, gender: g, py: { sur: spy, given: gpy, initials: parts.map((p) => p[1][0]).join(''), full: `${cap(spy)} ${cap(gpy)}`, upper: `${spy.toUpperCase()} ${gpy.toUpperCase()}` } };
  };
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  D.cap = cap;
  D.cnId = (region, birth, gender) => {
    const seq = pad(r.int(0, 99)) + String(gender === 'M' ? r.pick([1, 3, 5, 7, 9]) : r.pick([0, 2, 4, 6, 8]));
    const s17 = region.code + D.fmtDate(birth, 'compact') + seq;
    return s17 + C.idCheckChar(s17);
  };
  D.mobile = () => '1' + r.pick(['38', '39', '35', '36', '37', '50', '51', '52', '57', '58', '59', '82', '83', '87', '88', '30', '31', '32', '55', '56', '85', '86', '33', '53', '80', '81', '89', '77', '73', '99', '91', '98']) + r.digits(8);
  D.fmtMobile = (m, style) => {
    const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7);
    switch (style || 'plain') {
      case 'plain': return m;
      case 'num': return Number(m);
      case 'plus86': return `+86 ${a} ${b} ${c}`;
      case 'plus86c': return `+86${m}`;
      case 'plus86d': return `+86-${m}`;
      case 'dash': return `${a}-${b}-${c}`;
      case 'space': return `${a} ${b} ${c}`;
      case 'paren': return `(+86) ${a}-${b}-${c}`;
      case '86': return `86${m}`;
      case '0086': return `0086 ${m}`;
      case 'fw': return fullWidth(m);
      default: throw new Error('mobile style ' + style);
    }
  };
  D.landline = (region) => `${region.area}-${r.int(2, 8)}${r.digits(region.area.length === 3 ? 7 : 7)}`;
  D.cnEmail = (nm, work) => {
    if (work) return `${nm.py.given}.${nm.py.sur}@${work}`;
    return r.pick([
      () => `${nm.py.sur}${nm.py.given}${r.int(80, 99)}@163.com`,
      () => `${r.nzDigits(r.int(8, 10))}@qq.com`,
      () => `${nm.py.given}.${nm.py.sur}@outlook.com`,
      () => `${nm.py.sur}${nm.py.initials}${r.digits(3)}@126.com`,
      () => `${nm.py.sur}_${nm.py.given}@foxmail.com`,
      () => `${nm.py.initials}${nm.py.sur}${r.int(1, 999)}@sina.com`,
      () => `${nm.py.sur}.${nm.py.given}${r.int(1, 99)}@gmail.com`,
    ])();
  };
  D.cnStreet = (reg) => `${r.pick(reg.roads)}${r.int(1, 888)}号`;
  D.cnAddr = (reg) => {
    const road = r.pick(reg.roads), no = r.int(1, 888);
    const floor = r.int(1, 32), room = floor * 100 + r.int(1, 8);
    let detail;
    if (reg.prov === '北京市') detail = `${no}号院${r.int(1, 20)}号楼${r.int(1, 6)}单元${room}`;
    else if (reg.prov === '上海市') detail = `${no}弄${r.int(1, 40)}号${room}室`;
    else detail = `${no}号${r.pick(N.COMMUNITIES)}${r.int(1, 18)}栋${r.int(1, 4)}单元${room}室`;
    const head = reg.prov + (reg.city !== reg.prov ? reg.city : '') + reg.dist;
    return { prov: reg.prov, city: reg.city, dist: reg.dist, road, no, street: road + detail, full: head + road + detail, noProv: (reg.city !== reg.prov ? reg.city : reg.prov) + reg.dist + road + detail };
  };
  D.geoNear = (lat, lng, spread = 0.05) => [Number((lat + (r.next() - 0.5) * spread * 2).toFixed(6)), Number((lng + (r.next() - 0.5) * spread * 2).toFixed(6))];
  D.cn = (o = {}) => {
    const reg = o.region ? D.region(o.region) : D.region();
    const nm = o.minority && r.chance(0.5) ? (() => { const [n, g] = r.pick(N.MINORITY); return { name: n, gender: g, py: { sur: 'ali', given: 'ye', initials: 'a', full: n, upper: n } }; })() : D.cnName(o.gender, o.sur);
    const birth = o.birth || D.date(o.minY || 1958, o.maxY || 2003);
    const live = o.live ? D.region(o.live) : (r.chance(0.55) ? reg : D.region());
    const addr = D.cnAddr(live);
    return { ...nm, birth, region: reg, live, id: D.cnId(reg, birth, nm.gender), mobile: D.mobile(), email: D.cnEmail(nm), addr, home: D.geoNear(live.lat, live.lng, 0.06) };
  };

  // ---------- international people ----------
  const ADDR = {
    US: () => { const [city, st, zp] = r.pick([['Austin', 'TX', '787'], ['Seattle', 'WA', '981'], ['San Jose', 'CA', '951'], ['Chicago', 'IL', '606'], ['Boston', 'MA', '021'], ['Denver', 'CO', '802'], ['Brooklyn', 'NY', '112']]);
      const line1 = `${r.int(12, 9899)} ${r.pick(['Maple', 'Oak', 'Cedar', 'Pine', 'Elm', 'Washington', 'Lakeview', 'Hillcrest', 'Sunset', 'Highland'])} ${r.pick(['St', 'Ave', 'Blvd', 'Dr', 'Ln', 'Rd', 'Ct'])}`;
      const line2 = r.chance(0.5) ? `Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C', 'D'])}` : '';
      const postcode = zp + r.digits(2);
      return { line1, line2, city, state: st, postcode, country: 'US', full: `${line1}${line2 ? ', ' + line2 : ''}, ${city}, ${st} ${postcode}` }; },
    GB: () => { const [city, pc] = r.pick([['London', 'SW11 4NJ'], ['London', 'E8 3PB'], ['Leeds', 'LS6 2AB'], ['Manchester', 'M14 5RG'], ['Bristol', 'BS7 8JT']]);
      const line1 = `${r.int(1, 220)} ${r.pick(['Kingsley Road', 'Victoria Street', 'Church Lane', 'Mill Road', 'Station Road', 'Park Avenue', 'Albert Terrace'])}`;
      return { line1, line2: r.chance(0.3) ? `Flat ${r.int(1, 12)}` : '', city, state: '', postcode: pc, country: 'GB', full: `${line1}, ${city} ${pc}` }; },
    DE: () => { const [pc, city] = r.pick([['10969', 'Berlin'], ['80331', 'München'], ['50667', 'Köln'], ['20095', 'Hamburg'], ['60311', 'Frankfurt am Main']]);
      const line1 = `${r.pick(['Lindenstraße', 'Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Gartenweg'])} ${r.int(1, 140)}${r.chance(0.2) ? 'a' : ''}`;
      return { line1, line2: '', city, state: '', postcode: pc, country: 'DE', full: `${line1}, ${pc} ${city}` }; },
    FR: () => { const [pc, city] = r.pick([['75011', 'Paris'], ['69003', 'Lyon'], ['13001', 'Marseille'], ['31000', 'Toulouse']]);
      const line1 = `${r.int(1, 180)} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'rue Oberkampf'])}`;
      return { line1, line2: '', city, state: '', postcode: pc, country: 'FR', full: `${line1}, ${pc} ${city}` }; },
    ES: () => { const [pc, city] = r.pick([['28009', 'Madrid'], ['08013', 'Barcelona'], ['46001', 'Valencia']]);
      const line1 = `${r.pick(['Calle de Alcalá', 'Calle Mayor', 'Avenida de América', 'Calle de Serrano', 'Carrer de Mallorca'])} ${r.int(1, 260)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C'])}`;
      return { line1, line2: '', city, state: '', postcode: pc, country: 'ES', full: `${line1}, ${pc} ${city}` }; },
    JP: () => { const [area, ward, pc] = r.pick([['Jingumae', 'Shibuya-ku', '150-0001'], ['Nishi-Shinjuku', 'Shinjuku-ku', '160-0023'], ['Minami-Aoyama', 'Minato-ku', '107-0062'], ['Umeda', 'Kita-ku, Osaka', '530-0001']]);
      const line1 = `${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)} ${area}`;
      return { line1, line2: r.chance(0.5) ? `Room ${r.int(1, 12)}0${r.int(1, 9)}` : '', city: ward.includes('Osaka') ? 'Osaka' : 'Tokyo', state: ward, postcode: pc, country: 'JP', full: `${line1}, ${ward}, ${ward.includes('Osaka') ? '' : 'Tokyo '}${pc}` }; },
    KR: () => { const line1 = `${r.int(1, 520)} ${r.pick(['Teheran-ro', 'Sejong-daero', 'Olympic-ro', 'Banpo-daero'])}`;
      return { line1, line2: `Apt ${r.int(101, 115)}-${r.int(1, 25)}0${r.int(1, 4)}`, city: 'Seoul', state: 'Gangnam-gu', postcode: '0' + r.digits(4), country: 'KR', full: `${line1}, Gangnam-gu, Seoul` }; },
    TH: () => { const line1 = `${r.int(1, 300)}/${r.int(1, 90)} Soi Sukhumvit ${r.int(2, 71)}`;
      return { line1, line2: '', city: 'Bangkok', state: 'Khlong Toei', postcode: '10110', country: 'TH', full: `${line1}, Khlong Toei, Bangkok 10110` }; },
    AE: () => { const line1 = `Villa ${r.int(1, 90)}, Street ${r.int(1, 40)}, Al Barsha ${r.int(1, 3)}`;
      return { line1, line2: '', city: 'Dubai', state: '', postcode: '', country: 'AE', full: `${line1}, Dubai` }; },
    IN: () => { const line1 = `Flat ${r.int(1, 20)}0${r.int(1, 6)}, ${r.pick(['Prestige Lakeside', 'Sobha Dewflower', 'Brigade Gardenia'])}, ${r.pick(['Indiranagar 100 Feet Rd', 'Whitefield Main Rd', 'Koramangala 5th Block'])}`;
      return { line1, line2: '', city: 'Bengaluru', state: 'KA', postcode: '5600' + r.digits(2), country: 'IN', full: `${line1}, Bengaluru` }; },
    SG: () => { const line1 = `Blk ${r.int(100, 899)} Tampines Street ${r.int(11, 91)}, #${pad(r.int(2, 16))}-${r.int(100, 999)}`;
      return { line1, line2: '', city: 'Singapore', state: '', postcode: '52' + r.digits(4), country: 'SG', full: `${line1}, Singapore` }; },
  };
  const PHONE = {
    US: () => `+1 (${r.pick(['206', '312', '415', '512', '617', '720', '718'])}) ${r.int(201, 989)}-${r.digits(4)}`,
    GB: () => `+44 7700 ${r.int(900000, 900999)}`,
    DE: () => `+49 ${r.pick(['151', '160', '172', '176'])} ${r.digits(8)}`,
    FR: () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    ES: () => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    JP: () => `+81 90-${r.digits(4)}-${r.digits(4)}`,
    KR: () => `+82 10-${r.digits(4)}-${r.digits(4)}`,
    TH: () => `+66 8${r.int(1, 9)} ${r.digits(3)} ${r.digits(4)}`,
    AE: () => `+971 5${r.pick([0, 2, 5, 6])} ${r.digits(3)} ${r.digits(4)}`,
    IN: () => `+91 9${r.digits(4)} ${r.digits(5)}`,
    SG: () => `+65 ${r.pick([8, 9])}${r.digits(3)} ${r.digits(4)}`,
  };
  const MAILDOM = { US: ['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com'], GB: ['hotmail.co.uk', 'gmail.com', 'btinternet.com'], DE: ['web.de', 'gmx.de', 'posteo.de'],
    FR: ['orange.fr', 'free.fr', 'gmail.com'], ES: ['gmail.com', 'hotmail.es'], JP: ['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com'], KR: ['naver.com', 'daum.net'],
    TH: ['gmail.com', 'hotmail.com'], AE: ['gmail.com', 'outlook.com'], IN: ['gmail.com', 'rediffmail.com'], SG: ['gmail.com', 'singnet.com.sg'] };
  D.intl = (cc, o = {}) => {
    const country = cc || r.pick(Object.keys(N.WEST));
    const pool = N.WEST[country];
    const gender = o.gender || r.pick(['M', 'F']);
    const first = r.pick(gender === 'M' ? pool.m : pool.f), last = r.pick(pool.l);
    const e1 = stripAccents(first).toLowerCase().replace(/[ -]/g, ''), e2 = stripAccents(last).toLowerCase().replace(/[ -]/g, '');
    const email = r.pick([`${e1}.${e2}`, `${e1[0]}${e2}`, `${e1}${e2}${r.int(1, 99)}`, `${e1}_${e2.slice(0, 6)}`]) + '@' + r.pick(MAILDOM[country]);
    const birth = o.birth || D.date(o.minY || 1955, o.maxY || 2003);
    const name = ['JP', 'KR'].includes(country) && r.chance(0.3) ? `${last} ${first}` : `${first} ${last}`;
    return { country, gender, first, last, name, email, phone: PHONE[country](), addr: ADDR[country](), birth };
  };

  // ---------- identifiers ----------
  const UP_BINS = ['622202', '621226', '622848', '621700', '622700', '622588', '621483', '622262', '621661', '623058', '625807'];
  D.card = (brand) => {
    const b = brand || r.pick(['visa', 'mc', 'up', 'up', 'amex', 'jcb', 'mc2']);
    let prefix, len = 16;
    if (b === 'visa') prefix = '4' + r.digits(5);
    else if (b === 'mc') prefix = '5' + r.int(1, 5) + r.digits(4);
    else if (b === 'mc2') prefix = String(r.int(2221, 2720)) + r.digits(2);
    else if (b === 'amex') { prefix = r.pick(['34', '37']) + r.digits(4); len = 15; }
    else if (b === 'jcb') prefix = String(r.int(3528, 3589)) + r.digits(2);
    else if (b === 'up') { prefix = r.pick(UP_BINS); len = r.pick([16, 19, 19]); }
    else throw new Error('brand ' + b);
    const body = prefix + r.digits(len - 1 - prefix.length);
    return body + C.luhnDigit(body);
  };
  D.fmtCard = (c, style) => {
    switch (style || 'plain') {
      case 'plain': return c;
      case 'space': return c.length === 15 ? `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}` : c.replace(/(\d{4})(?=\d)/g, '$1 ');
      case 'dash': return c.replace(/(\d{4})(?=\d)/g, '$1-');
      default: throw new Error('card style');
    }
  };
  D.cardLast4 = (c) => c.slice(-4);
  // CN bank account that is not a payment card: not Luhn-valid, non-card prefix
  D.cnAcct = () => {
    for (;;) {
      const a = r.pick(['1', '3', '7', '8']) + r.digits(r.pick([12, 13, 14, 16, 18]));
      if (!C.luhnValid(a)) return a;
    }
  };
  D.usAcct = () => r.nzDigits(r.int(9, 12));
  D.ROUTING = ['021000021', '026009593', '121000248', '111000025', '322271627', '071000013', '011000138'];
  const IBAN_B = {
    DE: () => r.digits(18), GB: () => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(14), FR: () => r.digits(23), ES: () => r.digits(20),
    NL: () => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10), IT: () => r.upper(1) + r.digits(22), CH: () => r.digits(17), AE: () => r.digits(19),
    BE: () => r.digits(12), AT: () => r.digits(16), PL: () => r.digits(24), SA: () => r.digits(20),
  };
  D.iban = (cc) => { const c = cc || r.pick(Object.keys(IBAN_B)); return C.ibanFrom(c, IBAN_B[c]()); };
  D.fmtIban = (s, spaced) => (spaced ? s.replace(/(.{4})(?=.)/g, '$1 ') : s);
  D.BIC = ['DEUTDEFFXXX', 'COBADEFF', 'BNPAFRPP', 'ICBKCNBJ', 'BKCHCNBJ910', 'HSBCHKHH', 'CHASUS33', 'NWBKGB2L', 'INGBNL2A', 'CAIXESBB', 'EBILAEAD'];
  D.passportCN = () => r.pick(['E', 'E', 'E', 'G']) + r.digits(8);
  D.passportIntl = (cc) => {
    switch (cc) {
      case 'US': return r.chance(0.5) ? r.pick(['5', '6']) + r.digits(8) : r.pick(['A', 'B']) + r.digits(8);
      case 'GB': return r.pick(['1', '5', '9']) + r.digits(8);
      case 'DE': return 'C' + r.chars(8, 'CFGHJKLMNPRTVWXYZ' + '0123456789'.repeat(3));
      case 'FR': return r.digits(2) + r.upper(2) + r.digits(5);
      case 'JP': return r.pick(['TK', 'TR', 'MZ', 'TZ']) + r.digits(7);
      case 'KR': return 'M' + r.digits(8);
      case 'IN': return r.upper(1) + r.digits(7);
      case 'ES': return 'PA' + r.upper(1) + r.digits(6);
      case 'TH': return 'AA' + r.digits(7);
      case 'AE': return r.chance(0.5) ? r.digits(9) : 'N' + r.digits(8);
      case 'SG': return 'K' + r.digits(7) + r.upper(1);
      default: return r.upper(2) + r.digits(7);
    }
  };
  D.hkPermit = (kind) => {
    switch (kind || r.pick(['C', 'C', 'W', 'H', 'M'])) {
      case 'C': return 'C' + r.digits(8);
      case 'W': return 'W' + r.digits(8);
      case 'H': return 'H' + r.digits(r.pick([8, 10]));
      case 'M': return 'M' + r.digits(r.pick([8, 10]));
      default: throw new Error('permit');
    }
  };
  const PLATE_PREFIX = ['京A', '京N', '京Q', '沪A', '沪B', '沪N', '粤A', '粤B', '粤S', '浙A', '浙B', '苏A', '苏E', '川A', '鄂A', '陕A', '鲁B', '闽D', '渝A', '津A', '湘A', '豫A', '皖A'];
  const PL = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  D.plateCN = (kind, sep) => {
    const pre = r.pick(PLATE_PREFIX);
    let tail;
    const k = kind || r.pick(['std', 'std', 'nev', 'nevL']);
    if (k === 'std') tail = r.pick([() => r.digits(5), () => r.chars(1, PL) + r.digits(4), () => r.digits(3) + r.chars(2, PL), () => r.chars(2, PL) + r.digits(3), () => r.digits(2) + r.chars(1, PL) + r.digits(2)])();
    else if (k === 'nev') tail = r.pick(['D', 'F']) + (r.chance(0.4) ? r.chars(1, 'ABCDEFGHJK') : r.digits(1)) + r.digits(4);
    else tail = r.digits(5) + r.pick(['D', 'F']);
    return pre + (sep || '') + tail;
  };
  D.plateIntl = (cc) => {
    switch (cc) {
      case 'GB': return `${r.upper(2).replace(/[IQZ]/g, 'K')}${pad(r.int(11, 74))} ${r.chars(3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}`;
      case 'US': return `${r.int(5, 9)}${r.upper(3)}${r.digits(3)}`;
      case 'DE': return `${r.pick(['B', 'M', 'HH', 'K', 'F'])}-${r.upper(2)} ${r.int(1, 9999)}`;
      case 'FR': return `${r.upper(2)}-${r.digits(3)}-${r.upper(2)}`;
      case 'HK': return `${r.upper(2).replace(/[IOQ]/g, 'P')} ${r.int(1, 9999)}`;
      case 'ES': return `${r.digits(4)} ${r.chars(3, 'BCDFGHJKLMNPRSTVWXYZ')}`;
      default: return r.upper(3) + '-' + r.digits(4);
    }
  };
  const WMI = ['LSV', 'LFV', 'LGB', 'LHG', 'LRW', 'LGX', 'LVS', 'LB3', 'WBA', 'WDD', '1HG', '5YJ', 'JTD', 'KMH', 'WVW', 'VF1', '3FA'];
  const VCH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  D.vin = (wmi) => {
    const w = wmi || r.pick(WMI);
    const year = r.pick('ABCDEFGHJKLMNPRS'.split(''));
    const raw = w + r.chars(5, VCH) + '0' + year + r.chars(1, VCH) + r.digits(6);
    return raw.slice(0, 8) + C.vinCheckChar(raw) + raw.slice(9);
  };
  D.ssn = (style) => {
    let a; do { a = r.int(1, 899); } while (a === 666);
    const s = `${pad(a, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
    return style === 'plain' ? s.replace(/-/g, '') : s;
  };
  D.company = (reg, kindCode, industry) => {
    const rg = reg || D.region();
    const nm = rg.city.replace('市', '') + '市' + r.pick(N.CO_NAMES) + (industry || r.pick(N.CO_INDUSTRY)) + '有限公司';
    return { name: nm, uscc: D.uscc(rg, kindCode), addr: rg.prov + (rg.city !== rg.prov ? rg.city : '') + rg.dist + r.pick(rg.roads) + r.int(1, 500) + '号' + r.pick(['', '科技大厦', '国际中心', '创业园']) + r.int(2, 30) + '楼', region: rg };
  };
  D.uscc = (reg, kindCode) => {
    const rg = reg || D.region();
    const body8 = r.pick([() => 'MA' + r.chars(6, '0123456789ABCDEFGHJKLMNPQRTUWXY'), () => r.digits(8), () => '7' + r.digits(7)])();
    const org = body8 + C.orgCodeCheck(body8);
    const s17 = (kindCode || r.pick(['91', '91', '91', '92'])) + rg.code + org;
    return s17 + C.usccCheckChar(s17);
  };

  // ---------- network / location ----------
  D.ip4 = (kind) => {
    switch (kind || 'cn') {
      case 'cn': return `${r.pick(['117.136', '223.104', '112.96', '183.14', '36.112', '120.229', '39.144', '59.42', '14.153', '116.24', '101.88', '124.64'])}.${r.int(1, 254)}.${r.int(1, 254)}`;
      case 'intl': return `${r.pick(['73.162', '24.5', '81.2', '92.40', '86.12', '185.220', '95.91', '88.198', '2.84', '49.228', '175.223', '106.146'])}.${r.int(1, 254)}.${r.int(1, 254)}`;
      case 'private': return r.pick([() => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, () => `192.168.${r.int(0, 10)}.${r.int(2, 254)}`, () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`])();
      default: throw new Error('ip kind');
    }
  };
  D.ip6 = () => {
    const g = () => r.hex(r.pick([4, 4, 4, 3, 2])).replace(/^0+(?=.)/, '');
    return r.pick([
      () => `2409:8a${r.hex(2)}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`,
      () => `240e:${r.hex(3)}:${g()}:${g()}::${g()}`,
      () => `2a02:908:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`,
      () => `2600:1700:${g()}:${g()}::${g()}`,
    ])();
  };

  // ---------- credentials ----------
  D.password = (nm) => r.pick([
    () => (nm ? nm.py.sur + nm.py.initials : 'admin') + r.int(1970, 2005) + r.pick(['!', '@', '#', '']),
    () => r.alnum(r.int(10, 14)) + r.pick(['!', '#', '$', '%']),
    () => r.pick(['Qwe@', 'Abc#', 'Zxc!', 'Summer', 'Welcome']) + r.digits(r.int(3, 6)),
    () => `${r.pick(['Tiger', 'Panda', 'Dragon', 'Sunny'])}_${r.digits(4)}${r.upper(2)}`,
  ])();
  D.jwt = (payload) => `${b64url(JSON.stringify({ alg: r.pick(['HS256', 'RS256']), typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.${b64url(r.alnum(32)).slice(0, 43)}`;
  D.apiKey = (kind) => {
    switch (kind) {
      case 'stripe': return 'sk_live_' + r.alnum(24);
      case 'aws': return 'AKIA' + r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
      case 'awsSecret': return r.alnum(30) + '/' + r.alnum(4) + '+' + r.alnum(4);
      case 'github': return 'ghp_' + r.alnum(36);
      case 'slack': return `xoxb-${r.nzDigits(11)}-${r.nzDigits(13)}-${r.alnum(24)}`;
      case 'sendgrid': return `SG.${r.alnum(22)}.${r.alnum(43)}`;
      case 'google': return 'AIza' + r.alnum(35);
      case 'aliyun': return 'LTAI5t' + r.alnum(18);
      case 'aliyunSecret': return r.alnum(30);
      case 'tencent': return 'AKID' + r.alnum(32);
      case 'openai': return 'sk-proj-' + r.alnum(48);
      case 'hex32': return r.hex(32);
      case 'twilio': return r.hex(32);
      default: return r.alnum(40);
    }
  };
  D.pem = () => {
    const lines = ['MIIEpAIBAAKCAQEA' + r.chars(48, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')];
    for (let i = 0; i < 4; i++) lines.push(r.chars(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'));
    return `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`;
  };
  D.base32 = (n) => r.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
  D.b64 = (n) => r.chars(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

  // ---------- hard-negative material ----------
  D.orderNo11 = () => '1' + r.pick('3456789'.split('')) + r.digits(9);
  D.orderNo18 = (dt) => D.fmtDate(dt || D.ts(), 'compact') + r.digits(10);
  D.wxTradeNo = (dt) => '4200' + r.digits(6) + D.fmtDate(dt || D.ts(), 'compact') + r.digits(10);
  D.aliTradeNo = (dt) => D.fmtDate(dt || D.ts(), 'compact') + '22001' + r.digits(15);
  D.ems = () => { const d = r.digits(8); return 'E' + r.pick(['A', 'B', 'E', 'M']) + d + C.s10Check(d) + 'CN'; };
  D.tracking = (carrier) => {
    switch (carrier || r.pick(['SF', 'YT', 'ZTO', 'JD', 'EMS'])) {
      case 'SF': return 'SF' + r.nzDigits(13);
      case 'YT': return 'YT' + r.nzDigits(13);
      case 'ZTO': return '7' + r.digits(13);
      case 'JD': return 'JDVA' + r.digits(11);
      case 'EMS': return D.ems();
      case 'UPS': return '1Z' + r.chars(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789') + r.digits(10);
      default: return 'SF' + r.digits(13);
    }
  };
  D.ean13 = (pfx) => { const s = (pfx || r.pick(['690', '692', '693', '695', '400', '471', '880'])) ; const b = s + r.digits(12 - s.length); return b + C.ean13Check(b); };
  D.imei = () => { const b = r.pick(['35332509', '86012345', '35891108', '86472303', '35967210', '86881505']) + r.digits(6); return b + C.luhnDigit(b); };
  D.uuid = () => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
  D.sha256 = () => r.hex(64);
  D.sha1 = () => r.hex(40);
  D.md5 = () => r.hex(32);
  D.skuLuhn = () => { const b = r.pick(['62', '4', '5' + r.int(1, 5)]) + r.digits(13); const bb = b.slice(0, 15); return bb + C.luhnDigit(bb); };
  D.version4 = () => `${r.int(1, 12)}.${r.int(0, 20)}.${r.int(0, 255)}.${r.int(0, 255)}`;
  D.container = () => { const b = r.pick(['MSCU', 'MAEU', 'COSU', 'OOLU', 'EGLV', 'CMAU', 'TGHU']) + r.digits(6); return b + C.iso6346Check(b); };
  D.fapiaoCode = () => '0' + r.pick(['44', '31', '11', '33']) + r.digits(9);
  D.fapiaoNo20 = () => r.pick(['24', '25']) + r.pick(['44', '31', '11', '33']) + '2000000' + r.digits(9);
  D.drugApproval = () => '国药准字' + r.pick(['H', 'H', 'Z', 'J']) + r.pick(['1993', '2005', '2010', '2019', '2020']) + r.digits(4);
  D.serial = () => r.pick([() => 'C02' + r.chars(9, 'ABCDEFGHJKLMNPQRTVWXYZ0123456789'), () => 'SN' + r.digits(12), () => r.upper(2) + r.digits(2) + r.upper(1) + r.digits(7)])();
  D.amount = (a, b) => Number((a + r.next() * (b - a)).toFixed(2));
  D.hotline = () => r.pick([() => `400-${r.int(600, 999)}-${r.digits(4)}`, () => `400${r.int(600, 999)}${r.digits(4)}`, () => `800-${r.int(810, 999)}-${r.digits(4)}`, () => r.pick(['95588', '95533', '95555', '95599', '95566', '12345', '10086', '95518'])])();
  D.maskMobile = (m) => `${m.slice(0, 3)}****${m.slice(7)}`;
  D.maskId = (id) => r.pick([() => `${id.slice(0, 4)}**********${id.slice(14)}`, () => `${id.slice(0, 6)}********${id.slice(14)}`, () => `${id[0]}****************${id[17]}`])();
  D.maskCard = (c) => r.pick([() => `${c.slice(0, 4)} **** **** ${c.slice(-4)}`, () => `${c.slice(0, 6)}******${c.slice(-4)}`, () => `**** ${c.slice(-4)}`])();
  D.maskName = (n) => (n.length <= 2 ? n[0] + '*' : n[0] + '*'.repeat(n.length - 2) + n[n.length - 1]);
  D.maskEmail = (e) => e[0] + '***' + e.slice(e.indexOf('@') - 1);
  D.publicPlaceGeo = (reg) => D.geoNear(reg.lat, reg.lng, 0.02);
  return D;
}

module.exports = { makeData, pad, fullWidth, b64url };
