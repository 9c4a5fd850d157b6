'use strict';
// Synthetic value generators: sensitive values (with valid check digits) and
// look-alike hard negatives. makeValues(rng) returns the generator set.
const crypto = require('crypto');
const C = require('./checks');
const { pad } = require('./rng');

const SUR = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['田', 'tian'], ['董', 'dong'], ['潘', 'pan'], ['袁', 'yuan'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['苏', 'su'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'], ['沈', 'shen'], ['姚', 'yao'], ['崔', 'cui'], ['钟', 'zhong'], ['谭', 'tan'], ['陆', 'lu'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['贾', 'jia'], ['夏', 'xia'], ['付', 'fu'], ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'], ['孟', 'meng'], ['熊', 'xiong'], ['秦', 'qin'], ['邱', 'qiu'], ['尹', 'yin'], ['薛', 'xue'], ['雷', 'lei'], ['侯', 'hou'], ['龙', 'long'], ['欧阳', 'ouyang'], ['司马', 'sima'], ['上官', 'shangguan']];
const GIV = [['秀', 'xiu'], ['英', 'ying'], ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'], ['华', 'hua'], ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'], ['红', 'hong'], ['玉', 'yu'], ['梅', 'mei'], ['鹏', 'peng'], ['飞', 'fei'], ['宇', 'yu'], ['浩', 'hao'], ['然', 'ran'], ['子', 'zi'], ['涵', 'han'], ['欣', 'xin'], ['怡', 'yi'], ['梓', 'zi'], ['轩', 'xuan'], ['思', 'si'], ['雨', 'yu'], ['俊', 'jun'], ['晨', 'chen'], ['曦', 'xi'], ['雅', 'ya'], ['琴', 'qin'], ['海', 'hai'], ['燕', 'yan'], ['文', 'wen'], ['博', 'bo'], ['嘉', 'jia'], ['婷', 'ting'], ['丹', 'dan'], ['晓', 'xiao'], ['东', 'dong'], ['春', 'chun'], ['秋', 'qiu'], ['菊', 'ju'], ['凤', 'feng'], ['淑', 'shu'], ['兰', 'lan'], ['佳', 'jia'], ['诗', 'shi'], ['奕', 'yi'], ['辰', 'chen']];

// region code -> address parts, centre coordinates
const REGIONS = [
  { code: '110101', p: '北京市', c: '北京市', d: '东城区', roads: ['东直门南大街', '和平里西街', '东四十条'], lat: 39.929, lng: 116.416, tel: '010' },
  { code: '110105', p: '北京市', c: '北京市', d: '朝阳区', roads: ['望京西路', '朝阳北路', '安立路', '建国路'], lat: 39.948, lng: 116.481, tel: '010' },
  { code: '110108', p: '北京市', c: '北京市', d: '海淀区', roads: ['中关村大街', '学院路', '知春路'], lat: 39.983, lng: 116.318, tel: '010' },
  { code: '310104', p: '上海市', c: '上海市', d: '徐汇区', roads: ['漕溪北路', '虹桥路', '宜山路', '龙华中路'], lat: 31.188, lng: 121.437, tel: '021' },
  { code: '310115', p: '上海市', c: '上海市', d: '浦东新区', roads: ['张杨路', '锦绣路', '东方路', '高科西路'], lat: 31.221, lng: 121.544, tel: '021' },
  { code: '440305', p: '广东省', c: '深圳市', d: '南山区', roads: ['科苑南路', '南海大道', '桃园路', '创业路'], lat: 22.533, lng: 113.930, tel: '0755' },
  { code: '440304', p: '广东省', c: '深圳市', d: '福田区', roads: ['福华三路', '彩田路', '景田北路'], lat: 22.541, lng: 114.055, tel: '0755' },
  { code: '440106', p: '广东省', c: '广州市', d: '天河区', roads: ['天河北路', '体育西路', '黄埔大道西'], lat: 23.125, lng: 113.361, tel: '020' },
  { code: '510107', p: '四川省', c: '成都市', d: '武侯区', roads: ['人民南路四段', '武侯祠大街', '科华北路'], lat: 30.642, lng: 104.043, tel: '028' },
  { code: '330106', p: '浙江省', c: '杭州市', d: '西湖区', roads: ['文三路', '天目山路', '古墩路'], lat: 30.260, lng: 120.130, tel: '0571' },
  { code: '320106', p: '江苏省', c: '南京市', d: '鼓楼区', roads: ['中山北路', '湖南路', '汉中门大街'], lat: 32.066, lng: 118.770, tel: '025' },
  { code: '420106', p: '湖北省', c: '武汉市', d: '武昌区', roads: ['中北路', '徐东大街', '武珞路'], lat: 30.554, lng: 114.316, tel: '027' },
  { code: '610113', p: '陕西省', c: '西安市', d: '雁塔区', roads: ['长安南路', '小寨东路', '科技路'], lat: 34.214, lng: 108.948, tel: '029' },
  { code: '500103', p: '重庆市', c: '重庆市', d: '渝中区', roads: ['中山三路', '大坪正街', '民生路'], lat: 29.553, lng: 106.568, tel: '023' },
  { code: '370202', p: '山东省', c: '青岛市', d: '市南区', roads: ['香港中路', '东海西路', '南京路'], lat: 36.067, lng: 120.383, tel: '0532' },
  { code: '350203', p: '福建省', c: '厦门市', d: '思明区', roads: ['湖滨南路', '厦禾路', '莲前西路'], lat: 24.479, lng: 118.089, tel: '0592' },
  { code: '430104', p: '湖南省', c: '长沙市', d: '岳麓区', roads: ['麓山南路', '枫林一路', '桐梓坡路'], lat: 28.213, lng: 112.931, tel: '0731' },
  { code: '410105', p: '河南省', c: '郑州市', d: '金水区', roads: ['花园路', '农业路', '经三路'], lat: 34.776, lng: 113.665, tel: '0371' },
];
const COMMUNITIES = ['阳光花园', '锦绣家园', '翠苑小区', '华润城', '万科城市花园', '保利香槟国际', '碧桂园', '世纪公寓', '幸福里', '金地格林小镇', '龙湖春森彼岸'];

const WEST = {
  US: { first: ['James', 'Olivia', 'Michael', 'Emily', 'Daniel', 'Ashley', 'Robert', 'Jessica', 'Tyler', 'Megan'], last: ['Johnson', 'Smith', 'Williams', 'Brown', 'Davis', 'Miller', 'Wilson', 'Anderson', 'Thompson', "O'Connor"] },
  DE: { first: ['Lukas', 'Hannah', 'Felix', 'Lea', 'Jonas', 'Sophie', 'Maximilian', 'Anna', 'Jürgen', 'Ursula'], last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer'] },
  FR: { first: ['Jean-Pierre', 'Camille', 'Chloé', 'Louis', 'Manon', 'Hugo', 'Léa', 'Théo', 'Inès', 'Mathieu'], last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Petit', 'Durand', 'Lefèvre', 'Moreau', 'Laurent', 'Girard'] },
  ES: { first: ['María', 'José', 'Lucía', 'Mateo', 'Sofía', 'Alejandro', 'Valentina', 'Diego', 'Carmen', 'Javier'], last: ['González', 'Rodríguez', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Hernández', 'Ramírez'] },
  JP: { first: ['Yuki', 'Haruto', 'Sakura', 'Ren', 'Aoi', 'Sota', 'Hina', 'Takumi', 'Yui', 'Kenji'], last: ['Tanaka', 'Sato', 'Suzuki', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'] },
  GB: { first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Jack', 'Freya', 'Charlie', 'Poppy'], last: ['Taylor', 'Davies', 'Evans', 'Wright', 'Walker', 'Roberts', 'Hughes', 'Patel', 'Khan', 'Clarke'] },
};
const WADDR = {
  US: { streets: ['Maple Ave', 'Oak Street', 'Elm St', 'Sunset Blvd', 'Market Street', 'Lexington Ave', 'Cedar Lane', 'Mission St'], cities: [['Springfield', 'IL', '62704', 39.78, -89.65], ['Austin', 'TX', '78701', 30.27, -97.74], ['Seattle', 'WA', '98109', 47.62, -122.35], ['Brooklyn', 'NY', '11215', 40.67, -73.98], ['San Jose', 'CA', '95112', 37.35, -121.89], ['Denver', 'CO', '80205', 39.76, -104.97]] },
  DE: { streets: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Lindenallee', 'Kastanienweg', 'Am Markt'], cities: [['Berlin', '', '10115', 52.53, 13.38], ['München', '', '80331', 48.14, 11.57], ['Hamburg', '', '20095', 53.55, 10.0], ['Köln', '', '50667', 50.94, 6.95], ['Frankfurt am Main', '', '60311', 50.11, 8.68]] },
  FR: { streets: ['rue de la Paix', 'avenue Victor Hugo', 'boulevard Haussmann', 'rue Nationale', 'allée des Tilleuls'], cities: [['Paris', '', '75002', 48.87, 2.33], ['Lyon', '', '69003', 45.76, 4.85], ['Marseille', '', '13001', 43.3, 5.38], ['Bordeaux', '', '33000', 44.84, -0.58]] },
  ES: { streets: ['Calle Mayor', 'Calle de Alcalá', 'Gran Vía', 'Calle de Serrano', 'Avenida de América'], cities: [['Madrid', '', '28013', 40.42, -3.7], ['Barcelona', '', '08001', 41.38, 2.17], ['Valencia', '', '46001', 39.47, -0.38], ['Sevilla', '', '41001', 37.39, -5.99]] },
  GB: { streets: ['Baker Street', 'High Street', 'Church Road', 'Victoria Road', 'Station Road', 'Kings Road'], cities: [['London', '', 'NW1 6XE', 51.52, -0.16], ['Manchester', '', 'M1 1AE', 53.48, -2.24], ['Bristol', '', 'BS1 4DJ', 51.45, -2.59], ['Leeds', '', 'LS1 4AP', 53.8, -1.55]] },
  JP: { streets: ['Meguro', 'Jingumae', 'Nishi-Shinjuku', 'Umeda', 'Sakae'], cities: [['Tokyo', '', '153-0063', 35.63, 139.7], ['Tokyo', '', '150-0001', 35.67, 139.71], ['Osaka', '', '530-0001', 34.7, 135.5]] },
};
const EMAIL_DOMAINS_CN = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'hotmail.com', 'gmail.com', 'aliyun.com'];
const EMAIL_DOMAINS_W = ['gmail.com', 'outlook.com', 'yahoo.com', 'web.de', 'gmx.de', 'orange.fr', 'hotmail.es', 'icloud.com', 'proton.me', 'yahoo.co.jp', 'btinternet.com'];
const STOCKS = [['600519', '贵州茅台'], ['000858', '五粮液'], ['300750', '宁德时代'], ['601318', '中国平安'], ['000001', '平安银行'], ['688981', '中芯国际'], ['002594', '比亚迪'], ['600036', '招商银行'], ['601012', '隆基绿能'], ['000333', '美的集团']];
const COMPANIES_CN = ['上海星河数码科技有限公司', '深圳市蓝海跨境电子商务有限公司', '杭州云栖智造科技有限公司', '成都天府云图软件有限公司', '北京恒信达商贸有限公司', '广州南沙鸿运物流有限公司', '武汉光谷新材料股份有限公司', '厦门海沧港通供应链有限公司'];
const COMPANIES_W = ['Acme Logistics GmbH', 'Nordwind Handels AG', 'Blue Harbor Trading Ltd', 'Soluciones Andinas S.L.', 'Maison Lumière SARL', 'Pinecrest Analytics Inc.'];
const PRODUCTS = ['iPhone 15 Pro 256GB 原色钛金属', '飞鹤星飞帆3段婴幼儿奶粉800g', '华为Mate 60 Pro 12GB+512GB', '小米空气净化器4 Pro', '农夫山泉饮用天然水550ml*24瓶', 'Nike Air Zoom Pegasus 40', '云南白药牙膏180g', '三只松鼠每日坚果750g', 'Anker 65W GaN 充电器', '戴森V12吸尘器'];

function makeValues(r) {
  const v = {};
  // ---------- names ----------
  v.cnNameParts = () => {
    const s = r.pick(SUR); const g = r.sample(GIV, r.chance(0.75) ? 2 : 1);
    return { zh: s[0] + g.map((x) => x[0]).join(''), sur: s[1], given: g.map((x) => x[1]).join(''), surZh: s[0] };
  };
  v.cnName = () => v.cnNameParts().zh;
  v.westParts = (cc) => { cc = cc || r.pick(Object.keys(WEST)); const W = WEST[cc]; const first = r.pick(W.first); let last = r.pick(W.last); if (cc === 'ES' && r.chance(0.6)) last += ' ' + r.pick(W.last); return { first, last, full: `${first} ${last}`, cc }; };
  v.westName = (cc) => v.westParts(cc).full;

  // ---------- phones ----------
  const MOB = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '166', '172', '173', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '195', '198', '199'];
  v.cnMobileRaw = () => r.pick(MOB) + r.digits(8);
  v.fmtCnMobile = (m, style) => {
    style = style || r.pick(['plain', 'plain', 'plain', '+86', '+86sp', 'dash', 'sp', '86', '+86-']);
    switch (style) {
      case '+86': return '+86' + m;
      case '+86sp': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
      case '+86-': return `+86-${m}`;
      case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
      case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
      case '86': return '86' + m;
      default: return m;
    }
  };
  v.cnMobile = (style) => v.fmtCnMobile(v.cnMobileRaw(), style);
  v.cnLandline = (region, style) => {
    const area = region ? region.tel : r.pick(['010', '021', '0755', '020', '028', '0571', '025']);
    const local = r.chars(1, '2345678') + r.digits(area.length === 3 ? 7 : 7);
    style = style || r.pick(['dash', 'dash', 'paren', 'plain']);
    if (style === 'paren') return `(${area})${local}`;
    if (style === 'plain') return area + local;
    return `${area}-${local}`;
  };
  v.usPhone = (style) => {
    const a = r.pick(['212', '415', '646', '312', '617', '206', '303', '512', '917', '408']); const ex = r.chars(1, '23456789') + r.digits(2); const ln = r.digits(4);
    style = style || r.pick(['e164', 'paren', 'dash', 'dot', 'plus1']);
    return { e164: `+1${a}${ex}${ln}`, paren: `(${a}) ${ex}-${ln}`, dash: `${a}-${ex}-${ln}`, dot: `${a}.${ex}.${ln}`, plus1: `+1 ${a}-${ex}-${ln}` }[style];
  };
  v.intlPhone = (cc) => {
    switch (cc) {
      case 'DE': return r.pick([`+49 30 ${r.digits(8)}`, `+49 151 ${r.digits(8)}`, `+4917${r.digits(9)}`, `0176 ${r.digits(8)}`]);
      case 'FR': return r.pick([`+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+337${r.digits(8)}`]);
      case 'ES': return r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+346${r.digits(8)}`]);
      case 'GB': return r.pick([`+44 7700 900${r.digits(3)}`, `+44 20 7946 0${r.digits(3)}`, `07700 900${r.digits(3)}`]);
      case 'JP': return r.pick([`+81 90-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `+8170${r.digits(8)}`]);
      case 'HK': return `+852 ${r.chars(1, '569')}${r.digits(3)} ${r.digits(4)}`;
      default: return v.usPhone();
    }
  };

  // ---------- email ----------
  v.emailCn = (p) => {
    const dom = r.pick(EMAIL_DOMAINS_CN);
    if (dom === 'qq.com' && r.chance(0.6)) return `${r.nzdigits(r.int(8, 10))}@qq.com`;
    const local = r.pick([`${p.sur}${p.given}`, `${p.sur}.${p.given}`, `${p.given}${p.sur}${r.int(1, 99)}`, `${p.sur}${p.given[0]}${r.int(1970, 2005)}`, `${p.given}_${p.sur}`]);
    return `${local}@${dom}`;
  };
  v.emailWest = (w) => {
    const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
    const f = strip(w.first), l = strip(w.last.split(' ')[0]);
    const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${r.int(1, 99)}`, `${l}.${f}`, `${f}_${l}`]);
    return `${local}@${r.pick(EMAIL_DOMAINS_W)}`;
  };
  v.workEmail = (w, domain) => `${w.first.toLowerCase().replace(/[^a-z]/g, '')}.${w.last.split(' ')[0].toLowerCase().replace(/[^a-z]/g, '')}@${domain}`;

  // ---------- dates ----------
  v.birth = (y0 = 1955, y1 = 2005) => { const y = r.int(y0, y1); const m = r.int(1, 12); const d = r.int(1, new Date(y, m, 0).getDate()); return `${y}${pad(m)}${pad(d)}`; };
  v.fmtDate = (ymd, style) => {
    const y = ymd.slice(0, 4), m = ymd.slice(4, 6), d = ymd.slice(6, 8);
    style = style || 'iso';
    return {
      iso: `${y}-${m}-${d}`, compact: ymd, slash: `${y}/${Number(m)}/${Number(d)}`, zh: `${y}年${Number(m)}月${Number(d)}日`,
      de: `${d}.${m}.${y}`, eu: `${d}/${m}/${y}`, us: `${m}/${d}/${y}`, gds: `${d}${['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][Number(m) - 1]}${y.slice(2)}`,
    }[style];
  };
  v.recentDate = (style) => v.fmtDate(`2024${pad(r.int(1, 12))}${pad(r.int(1, 28))}`, style);
  v.isoTs = () => `2024-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}${r.pick(['Z', '+08:00', '.' + r.digits(3) + 'Z'])}`;
  v.cnTs = () => `2024-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
  v.compactTs = () => `2024${pad(r.int(1, 12))}${pad(r.int(1, 28))}${pad(r.int(0, 23))}${pad(r.int(0, 59))}${pad(r.int(0, 59))}`;
  v.epochMs = () => 1704067200000 + r.int(0, 31535999) * 1000 + r.int(0, 999);
  v.epochS = () => 1704067200 + r.int(0, 31535999);

  // ---------- CN ids ----------
  v.region = () => r.pick(REGIONS);
  v.residentId = (region, birth, gender, wantX) => {
    region = region || v.region(); birth = birth || v.birth(); gender = gender || r.pick(['M', 'F']);
    for (let k = 0; k < 200; k++) {
      const seq = r.digits(2) + r.pick(gender === 'M' ? ['1', '3', '5', '7', '9'] : ['0', '2', '4', '6', '8']);
      const s17 = region.code + birth + seq; const id = s17 + C.idCheck(s17);
      if (!wantX || id.endsWith('X')) return id;
    }
    throw new Error('no X');
  };
  v.cnPerson = (opts = {}) => {
    const n = v.cnNameParts(); const gender = r.pick(['M', 'F']); const region = v.region();
    const birth = v.birth(opts.y0 || 1958, opts.y1 || 2004);
    const id = v.residentId(region, birth, gender, r.chance(0.12));
    const mobile = v.cnMobileRaw();
    return { ...n, name: n.zh, gender, genderZh: gender === 'M' ? '男' : '女', region, birth, id, mobile, email: v.emailCn(n), addr: v.cnAddr(region) };
  };
  v.cnAddr = (region) => {
    region = region || v.region();
    const road = r.pick(region.roads); const no = r.int(1, 999);
    const detail = r.pick([
      `${road}${no}号${r.pick(COMMUNITIES)}${r.int(1, 30)}栋${r.int(1, 4)}单元${r.int(1, 33)}0${r.int(1, 6)}室`,
      `${road}${r.int(1, 1200)}弄${r.int(1, 80)}号${r.int(1, 28)}0${r.int(1, 4)}室`,
      `${road}${no}号${r.pick(COMMUNITIES)}${r.int(1, 18)}号楼${r.int(1, 30)}0${r.int(1, 4)}`,
    ]);
    const head = region.p === region.c ? region.c : region.p + region.c;
    return { full: head + region.d + detail, head, p: region.p, c: region.c, d: region.d, detail, region };
  };
  v.uscc = () => {
    const head = r.pick(['91', '91', '91', '92', '12', '52', '93']); const region = r.pick(REGIONS).code.slice(0, 4) + '00';
    const org8 = r.chance(0.5) ? r.digits(8) : 'MA' + r.chars(6, '0123456789ABCDEFGHJKLMNPQRTUWXY');
    const s17 = head + region + org8 + C.orgCodeCheck(org8);
    return s17 + C.usccCheck(s17);
  };
  v.passportCN = () => r.pick(['E' + r.digits(8), 'E' + r.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + r.digits(7), 'G' + r.digits(8)]);
  v.passportUS = () => r.chars(1, '5689') + r.digits(8);
  v.passportGB = () => r.chars(1, '1235') + r.digits(8);
  v.passportDE = () => 'C01X' + r.chars(5, 'CFGHJKLMNPRTVWXYZ0123456789');
  v.passportJP = () => r.pick(['TK', 'TR', 'TZ', 'MZ']) + r.digits(7);
  v.hkmoPermit = () => r.pick(['C' + r.digits(8), 'C' + r.chars(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + r.digits(7)]);
  v.homeReturn = () => r.pick(['H', 'M']) + r.digits(r.pick([8, 10]));

  // ---------- addresses (west) ----------
  v.westAddr = (cc) => {
    const A = WADDR[cc] || WADDR.US; const city = r.pick(A.cities); const st = r.pick(A.streets); const n = r.int(1, 2999);
    let line1;
    switch (cc) {
      case 'DE': line1 = `${st} ${r.int(1, 180)}${r.chance(0.2) ? 'a' : ''}`; break;
      case 'FR': line1 = `${r.int(1, 140)} ${st}`; break;
      case 'ES': line1 = `${st} ${r.int(1, 200)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`; break;
      case 'GB': line1 = `${r.int(1, 240)}${r.chance(0.2) ? 'B' : ''} ${st}`; break;
      case 'JP': line1 = `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${st}`; break;
      default: line1 = `${n} ${st}${r.chance(0.35) ? `, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}` : ''}`;
    }
    const full = cc === 'US' ? `${line1}, ${city[0]}, ${city[1]} ${city[2]}` : cc === 'GB' ? `${line1}, ${city[0]} ${city[2]}` : `${line1}, ${city[2]} ${city[0]}`;
    return { line1, city: city[0], state: city[1], postal: city[2], full, lat: city[3], lng: city[4] };
  };
  v.westPerson = (cc) => {
    cc = cc || r.pick(['US', 'DE', 'FR', 'ES', 'GB', 'JP']);
    const w = v.westParts(cc);
    return { ...w, name: w.full, birth: v.birth(1950, 2003), email: v.emailWest(w), phone: v.intlPhone(cc), addr: v.westAddr(cc) };
  };

  // ---------- finance ----------
  v.card = (brand, fmt) => {
    brand = brand || r.pick(['visa', 'mc', 'mc2', 'up', 'up19', 'amex']);
    let prefix, len;
    switch (brand) {
      case 'visa': prefix = '4' + r.digits(5); len = 16; break;
      case 'mc': prefix = String(r.int(51, 55)) + r.digits(4); len = 16; break;
      case 'mc2': prefix = String(r.int(2221, 2720)) + r.digits(2); len = 16; break;
      case 'up': prefix = r.pick(['622202', '622848', '621700', '622588', '625911', '623668']); len = 16; break;
      case 'up19': prefix = r.pick(['622202', '622848', '621700', '621483', '623668', '621226']); len = 19; break;
      default: prefix = r.pick(['34', '37']) + r.digits(4); len = 15;
    }
    const body = prefix + r.digits(len - prefix.length - 1); const num = body + C.luhnDigit(body);
    fmt = fmt || r.pick(['plain', 'plain', 'space', 'dash']);
    if (fmt === 'plain') return num;
    const sep = fmt === 'space' ? ' ' : '-';
    if (len === 15) return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
    return num.match(/.{1,4}/g).join(sep);
  };
  v.iban = (cc, spaced) => {
    cc = cc || r.pick(['DE', 'GB', 'FR', 'ES', 'NL', 'IT']);
    const bban = {
      DE: () => r.digits(18), GB: () => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + r.digits(14), FR: () => r.digits(23),
      ES: () => r.digits(20), NL: () => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10), IT: () => r.chars(1, 'ABCDEFGHKLMNPRSTUVWXYZ') + r.digits(22),
    }[cc]();
    const s = cc + C.ibanCheckDigits(cc, bban) + bban;
    if (spaced === undefined) spaced = r.chance(0.5);
    return spaced ? s.match(/.{1,4}/g).join(' ') : s;
  };
  v.cnAcct = () => r.pick([r.chars(1, '13') + r.digits(18), '3100' + r.digits(15), r.chars(1, '17') + r.digits(r.pick([11, 14, 16])), '1001' + r.digits(16)]);
  v.usAcct = () => r.nzdigits(r.int(8, 12));
  v.aba = () => { for (;;) { const s = r.pick(['0', '1', '2']) + r.digits(8); if (C.abaValid(s)) return s; } };
  v.ssn = (fmt) => {
    let a; do { a = r.int(1, 899); } while (a === 666);
    const s = `${pad(a, 3)}-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
    return (fmt || r.pick(['dash', 'dash', 'plain'])) === 'plain' ? s.replace(/-/g, '') : s;
  };

  // ---------- network / geo ----------
  v.ipv4 = () => `${r.pick([36, 58, 61, 101, 112, 113, 114, 116, 117, 119, 120, 121, 123, 125, 180, 182, 183, 202, 210, 218, 220, 222, 223, 73, 98, 24, 81, 91, 185, 203])}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  v.ipv6 = () => `${r.pick(['2408:8207', '240e:3b4', '2409:8a1e', '2a02:8109', '2600:1700'])}:${r.hex(4).replace(/^0+/, '') || '0'}:${r.hex(4).replace(/^0+/, '') || '0'}::${r.hex(3)}:${r.hex(4)}`;
  v.privIp = () => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`]);
  v.geo = (center, spread = 0.06) => ({ lat: Number((center.lat + (r.next() - 0.5) * spread).toFixed(6)), lng: Number((center.lng + (r.next() - 0.5) * spread).toFixed(6)) });

  // ---------- vehicles ----------
  const PROV = '京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋蒙陕吉闽贵粤川宁琼';
  const PL = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  v.plate = (kind, fmt, prov) => {
    prov = prov || r.chars(1, PROV); const city = r.chars(1, PL.slice(0, 12));
    kind = kind || r.pick(['ice', 'ice', 'ev']);
    let tail;
    if (kind === 'ev') tail = r.chance(0.8) ? r.pick(['D', 'F']) + r.chars(1, '0123456789ABCDEFGHJK') + r.digits(4) : r.digits(5) + r.pick(['D', 'F']);
    else { tail = r.digits(5).split(''); const nl = r.int(0, 2); for (let k = 0; k < nl; k++) tail[r.int(0, 4)] = r.chars(1, PL); tail = tail.join(''); }
    fmt = fmt || r.pick(['none', 'none', 'dot', 'space']);
    return prov + city + (fmt === 'dot' ? '·' : fmt === 'space' ? ' ' : '') + tail;
  };
  const VA = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  v.vin = () => {
    const wmi = r.pick(['LSV', 'LFV', 'LHG', 'LRW', 'LGX', 'LVS', 'LBV', 'WBA', 'WVW', '5YJ', 'LSJ', 'LB3', 'JTD', 'LNB']);
    const s = wmi + r.chars(5, VA) + '0' + r.chars(1, 'HJKLMNPRS') + r.chars(1, VA) + r.digits(6);
    return s.slice(0, 8) + C.vinCheck(s) + s.slice(9);
  };

  // ---------- credentials ----------
  const b64url = (b) => Buffer.from(b).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  v.jwt = (claims) => {
    const h = b64url(JSON.stringify({ alg: r.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT', ...(r.chance(0.5) ? { kid: r.hex(8) } : {}) }));
    const p = b64url(JSON.stringify(claims || { sub: r.uuid(), iat: v.epochS(), exp: v.epochS() + 7200, scope: 'openid profile' }));
    return `${h}.${p}.${b64url(r.bytes(32))}`;
  };
  v.apiKey = (kind) => {
    kind = kind || r.pick(['sk', 'skproj', 'akia', 'ghp', 'slack', 'stripe', 'glpat']);
    switch (kind) {
      case 'sk': return 'sk-' + r.alnum(48);
      case 'skproj': return 'sk-proj-' + r.alnum(40) + '_' + r.alnum(24);
      case 'akia': return 'AKIA' + r.chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
      case 'ghp': return 'ghp_' + r.alnum(36);
      case 'slack': return `xoxb-${r.digits(12)}-${r.digits(13)}-${r.alnum(24)}`;
      case 'stripe': return 'sk_live_' + r.alnum(24);
      default: return 'glpat-' + r.alnum(20);
    }
  };
  v.awsSecret = () => r.chars(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+');
  v.opaqueToken = (n = 40) => r.alnum(n);
  v.password = () => r.pick([
    () => r.pick(['Sunny', 'Tiger', 'Dragon', 'Winter', 'Hello', 'Panda', 'Love', 'Summer']) + r.int(10, 2099) + r.pick(['!', '@', '#', '$', '.', '_', '!!']),
    () => r.chars(12, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!@#$%^&*'),
    () => r.pick(['wang', 'li', 'zhang', 'chen']) + r.int(1970, 2005) + r.pick(['..', '@qq', '_', '']),
    () => `P@ssw0rd${r.int(1, 99)}`,
  ])();
  v.pem = () => {
    const kind = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
    const body = r.bytes(r.pick([96, 144, 192])).toString('base64').match(/.{1,64}/g).join('\n');
    const lead = { 'RSA PRIVATE KEY': 'MIIEowIBAAKCAQEA', 'PRIVATE KEY': 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'EC PRIVATE KEY': 'MHcCAQEEI', 'OPENSSH PRIVATE KEY': 'b3BlbnNzaC1rZXktdjEAAAAA' }[kind];
    return `-----BEGIN ${kind}-----\n${lead}${body}\n-----END ${kind}-----`;
  };

  // ---------- hard negatives ----------
  v.orderNo = () => r.pick([`${v.compactTs()}${r.digits(r.int(4, 6))}`, `E${v.compactTs().slice(0, 8)}${r.digits(10)}`, `${r.nzdigits(r.int(16, 19))}`]);
  v.tradeNo18 = () => '20' + r.pick(['23', '24']) + r.digits(14); // 18 digits, region prefix 20xx never valid
  v.wxTxnId = () => '4200' + r.digits(6) + v.compactTs().slice(0, 8) + r.digits(10);
  v.aliTradeNo = () => v.compactTs().slice(0, 8) + '2200' + r.digits(16);
  v.luhnFail16 = () => { const c = v.card(r.pick(['visa', 'up', 'mc']), 'plain'); return c.slice(0, -1) + String((Number(c.slice(-1)) + r.int(1, 9)) % 10); };
  v.badResidentId = () => { const id = v.residentId(); const wrong = r.pick('0123456789X'.split('').filter((c) => c !== id[17])); return id.slice(0, 17) + wrong; };
  v.badIban = () => { const s = v.iban(null, false); const cd = (Number(s.slice(2, 4)) + r.int(1, 9)) % 100; return s.slice(0, 2) + pad(cd) + s.slice(4); };
  v.badVin = () => { const s = v.vin(); const alt = r.pick('0123456789X'.split('').filter((c) => c !== s[8])); return s.slice(0, 8) + alt + s.slice(9); };
  v.imei = () => { const b = r.pick(['35391110', '86456203', '35875509', '86769104', '35332511', '86891203']) + r.digits(6); return b + C.luhnDigit(b); };
  v.iccid = () => { const b = '898600' + r.digits(12); return b + C.luhnDigit(b); };
  v.ean13 = () => { const b = '69' + r.digits(10); return b + C.eanCheck(b); };
  v.sha256 = () => crypto.createHash('sha256').update(r.hex(16)).digest('hex');
  v.md5 = () => crypto.createHash('md5').update(r.hex(16)).digest('hex');
  v.version = () => r.pick([`${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 200)}`, `V${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${v.compactTs().slice(0, 8)}`, `${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}-build.${r.int(1000, 9999)}`]);
  v.tracking = () => r.pick(['SF' + r.digits(13), 'YT' + r.digits(13), 'JT' + r.digits(13), '7' + r.digits(13), '1Z' + r.chars(6, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ') + r.digits(10), 'JDX0' + r.digits(11), '9' + r.digits(21)]);
  v.stock = () => r.pick(STOCKS);
  v.companyCn = () => r.pick(COMPANIES_CN);
  v.companyW = () => r.pick(COMPANIES_W);
  v.product = () => r.pick(PRODUCTS);
  v.hotline = () => r.pick([`400-${r.digits(3)}-${r.digits(4)}`, `400${r.digits(7)}`, `800-${r.digits(3)}-${r.digits(4)}`, `400 ${r.digits(3)} ${r.digits(4)}`, '95' + r.digits(3)]);
  v.last4 = () => r.digits(4);
  v.maskPhone = (m) => (m || v.cnMobileRaw()).replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2');
  v.maskId = (id) => { id = id || v.residentId(); return r.chance(0.5) ? id.slice(0, 6) + '********' + id.slice(14) : id[0] + '****************' + id[17]; };
  v.maskName = (n) => { n = n || v.cnName(); return n.length === 2 ? n[0] + '*' : n[0] + '*'.repeat(n.length - 2) + n[n.length - 1]; };
  v.maskEmail = (e) => e.replace(/^(.{2})[^@]*/, '$1***');
  v.maskCard = (c) => { c = c || v.card(null, 'plain'); return r.pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `**** ${c.slice(-4)}`]); };
  v.amount = (lo = 1, hi = 9999) => (r.int(lo * 100, hi * 100) / 100).toFixed(2);
  v.pnr = () => r.chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
  v.ticketNo = () => r.pick(['999', '781', '784', '880', '220']) + r.digits(10);
  v.flight = () => r.pick(['CA1831', 'MU5101', 'CZ3101', 'HU7605', 'ZH9101', 'LH721', 'AF111', 'UA857', 'NH920', 'MU587']);
  v.swift = () => r.pick(['ICBKCNBJ', 'BKCHCNBJ', 'PCBCCNBJ', 'CMBCCNBS', 'DEUTDEFF', 'BNPAFRPP', 'HSBCGB2L']);
  v.invoiceNo20 = () => '24' + r.pick(['44', '31', '11', '51']) + r.digits(16);
  return v;
}

module.exports = { makeValues, REGIONS };
