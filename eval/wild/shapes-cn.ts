import { cnAddress, cnAddressParts, cnEmail, cnName, COMPANIES, DRUGS, PRODUCTS, STOCKS } from './people';
import type { Shape } from './shape';
import { Encoded, Neg, Sens, Text } from './tree';
import type { Rng } from './values';
import { cnMobile, cnPlate, cnResidentId, formatCnMobile, isoDate, spacedCard, unionPay, uscc, uuid, vin } from './values';

// Chinese domestic systems: hospital HIS with pinyin-initial columns,
// e-commerce and logistics with Chinese keys, brokerage, HR, schools, IoT.

const ts = (r: Rng) => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(10, 28))} ${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}`;
const phone = (r: Rng) => new Sens('PHONE_NUMBER', formatCnMobile(r, cnMobile(r)));

export const CN_SHAPES: Shape[] = [
  { shape: 'his-outpatient', method: 'GET', path: (r) => `/his/mz/ghxx/${r.digits(10)}`, make: (r) => ({
    code: 0, msg: 'success', data: { mzh: new Neg(`MZ${r.digits(12)}`), hzxm: new Sens('PERSON_NAME', cnName(r)), brxb: r.pick(['男', '女']), csrq: new Sens('DATE_OF_BIRTH', isoDate(r)),
      zjlx: '01', zjhm: new Sens('CN_RESIDENT_ID', cnResidentId(r)), lxrdh: phone(r), jtzz: new Sens('STREET_ADDRESS', cnAddress(r)), lxrxm: new Sens('PERSON_NAME', cnName(r)),
      ksmc: r.pick(['心内科', '呼吸内科', '儿科']), ysxm: new Sens('PERSON_NAME', cnName(r)), ghsj: new Neg(ts(r)), ghf: new Neg(r.pick([15, 25, 50])), ybkh: r.digits(10) } }) },
  { shape: 'his-prescription', method: 'GET', path: (r) => `/his/cf/list/${r.digits(8)}`, make: (r) => ({
    rows: [0, 1, 2].map(() => ({ cfh: new Neg(`CF${r.digits(14)}`), brxm: new Sens('PERSON_NAME', cnName(r)), ypmc: new Neg(r.pick(DRUGS)), gg: '0.25g*24粒', sl: r.int(1, 3), dj: new Neg(`${r.int(5, 90)}.${r.digits(2)}`), kdsj: new Neg(ts(r)), ypbm: new Neg(r.digits(13)) })),
    total: 3 }) },
  { shape: 'cn-ecommerce-order', method: 'GET', path: (r) => `/api/trade/order/detail/${r.digits(19)}`, make: (r) => ({
    订单号: new Neg(r.digits(19)), 下单时间: new Neg(ts(r)), 实付金额: new Neg(`${r.int(9, 3999)}.${r.digits(2)}`),
    商品: [{ 商品名称: new Neg(r.pick(PRODUCTS)), 商品编码: new Neg(r.digits(12)), 数量: r.int(1, 5) }],
    收货信息: { 收货人: new Sens('PERSON_NAME', cnName(r)), 手机号: phone(r), 收货地址: new Sens('STREET_ADDRESS', cnAddress(r)) },
    买家留言: r.chance(0.5) ? new Text('放门口就行，到了打我电话', new Sens('PHONE_NUMBER', cnMobile(r))) : '请尽快发货，谢谢', 物流单号: new Neg(`SF${r.digits(13)}`) }) },
  { shape: 'cn-ecommerce-address-save', method: 'POST', direction: 'request', path: () => '/api/user/address/save', make: (r) => {
    const a = cnAddressParts(r);
    return { consignee: new Sens('PERSON_NAME', cnName(r)), mobile: new Sens('PHONE_NUMBER', Number(cnMobile(r))), province: a.province, district: a.district, detailAddress: new Sens('STREET_ADDRESS', a.detail), isDefault: 1, tag: '家' };
  } },
  { shape: 'waybill', method: 'GET', path: (r) => `/open/waybill/${r.pick(['YT', 'ZTO', 'JD'])}${r.digits(13)}`, make: (r) => ({
    运单号: new Neg(`YT${r.digits(13)}`), 寄件人: { 姓名: new Sens('PERSON_NAME', cnName(r)), 电话: phone(r), 地址: new Sens('STREET_ADDRESS', cnAddress(r)) },
    收件人: { 姓名: new Sens('PERSON_NAME', cnName(r)), 电话: phone(r), 地址: new Sens('STREET_ADDRESS', cnAddress(r)) },
    重量kg: new Neg(r.int(1, 300) / 10), 运费: new Neg(r.int(8, 60)), 轨迹: [{ 时间: new Neg(ts(r)), 描述: `快件已到达【${r.pick(['杭州转运中心', '上海浦东集散中心'])}】` }] }) },
  { shape: 'brokerage-account', method: 'GET', path: (r) => `/trade/v1/account/${r.digits(12)}/positions`, make: (r) => {
    const [code, name] = r.pick(STOCKS);
    return { 资金账号: new Neg(r.digits(12)), 客户姓名: new Sens('PERSON_NAME', cnName(r)), 证件号码: new Sens('CN_RESIDENT_ID', cnResidentId(r)), 手机: phone(r), 股东代码: new Neg(`A${r.digits(9)}`),
      持仓: [{ 证券代码: new Neg(code), 证券名称: new Neg(name), 持仓数量: new Neg(r.int(1, 90) * 100), 成本价: new Neg(r.int(1000, 200000) / 100), 市值: new Neg(r.int(1e4, 9e6) / 100) }],
      委托编号: new Neg(r.digits(10)), 成交时间: new Neg(ts(r)) };
  } },
  { shape: 'hr-employee', method: 'GET', path: (r) => `/hrm/employee/${r.digits(6)}`, make: (r) => ({
    工号: new Neg(`E${r.digits(6)}`), 姓名: new Sens('PERSON_NAME', cnName(r)), 身份证号: new Sens('CN_RESIDENT_ID', cnResidentId(r)), 出生日期: new Sens('DATE_OF_BIRTH', isoDate(r)),
    银行卡号: new Sens('PAYMENT_CARD', spacedCard(r, unionPay(r))), 开户行: r.pick(['招商银行深圳分行', '中国工商银行杭州西湖支行']), 个人邮箱: new Sens('EMAIL_ADDRESS', cnEmail(r)),
    紧急联系人: { 姓名: new Sens('PERSON_NAME', cnName(r)), 关系: '配偶', 电话: phone(r) }, 入职日期: new Neg(isoDate(r)), 月薪: new Neg(r.int(8, 60) * 1000), 部门: '研发中心' }) },
  { shape: 'hr-import-broken-id', method: 'POST', direction: 'request', path: () => '/hrm/import/validate', make: (r) => ({
    // An import pre-check echoing rows that failed the ID check: the bad value is not a resident ID.
    errors: [{ row: r.int(2, 300), 姓名: new Sens('PERSON_NAME', cnName(r)), 身份证号: new Neg(cnResidentId(r, true)), 原因: '身份证号校验位错误' }] }) },
  { shape: 'school-student', method: 'GET', path: (r) => `/edu/api/students/${r.digits(10)}`, make: (r) => ({
    学号: new Neg(`2024${r.digits(6)}`), 学生姓名: new Sens('PERSON_NAME', cnName(r)), 班级: `${r.int(1, 6)}年级${r.int(1, 9)}班`, 家长姓名: new Sens('PERSON_NAME', cnName(r)), 家长电话: phone(r),
    考试成绩: [{ 科目: '数学', 分数: new Neg(r.int(60, 150)), 考试编号: new Neg(`KS${r.digits(8)}`) }], 家庭住址: new Sens('STREET_ADDRESS', cnAddress(r)), 学籍号: new Text('G', new Sens('CN_RESIDENT_ID', cnResidentId(r))) }) },
  { shape: 'iot-meter', method: 'POST', direction: 'request', path: (r) => `/iot/v1/devices/${r.digits(12)}/telemetry`, make: (r) => ({
    deviceSn: new Neg(`SN${r.digits(14)}`), imei: new Neg(r.digits(15)), fw: new Neg(`V${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 99)}.${r.int(1, 250)}`), ts: new Neg(1764300000000 + r.int(0, 9e7)),
    readings: { kwh: new Neg(r.int(1e4, 9e6) / 100), voltage: new Neg(220 + r.int(-90, 90) / 10), current: new Neg(r.int(1, 400) / 10) },
    gps: { lat: new Sens('GEO_LOCATION', 30 + r.int(0, 9999) / 1e4), lng: new Sens('GEO_LOCATION', 120 + r.int(0, 9999) / 1e4) }, rssi: -r.int(50, 110) }) },
  { shape: 'fleet-vehicle', method: 'GET', path: (r) => `/fleet/vehicles/${r.digits(6)}`, make: (r) => ({
    vehicleId: new Neg(r.int(1e5, 9e5)), plateNo: new Sens('LICENSE_PLATE', cnPlate(r)), vin: new Sens('VEHICLE_VIN', vin(r)), driver: { name: new Sens('PERSON_NAME', cnName(r)), tel: phone(r) },
    lastPosition: new Sens('GEO_LOCATION', `${(22.5 + r.int(0, 9999) / 1e4).toFixed(4)},${(113.9 + r.int(0, 9999) / 1e4).toFixed(4)}`), odometerKm: new Neg(r.int(1000, 300000)), engineNo: new Neg(r.alnum(3, 'ABCDEFGHJK') + r.digits(7)) }) },
  { shape: 'enterprise-registry', method: 'GET', path: (r) => `/open/company/${r.digits(9)}`, make: (r) => ({
    企业名称: new Neg(r.pick(COMPANIES)), 统一社会信用代码: new Sens('CN_USCC', uscc(r)), 法定代表人: new Sens('PERSON_NAME', cnName(r)), 注册资本: '5000万人民币', 成立日期: new Neg(isoDate(r)),
    注册地址: new Sens('STREET_ADDRESS', cnAddress(r)), 联系电话: phone(r), 经营范围: '技术开发、技术咨询；计算机软硬件销售。' }) },
  { shape: 'travel-booking', method: 'GET', path: (r) => `/api/flight/order/${r.digits(16)}`, make: (r) => {
    const hk = r.chance(0.5);
    return { orderNo: new Neg(r.digits(16)), flightNo: new Neg(r.pick(['CA1501', 'MU5101', 'CZ3101', 'HX235'])), passengers: [{ name: new Sens('PERSON_NAME', cnName(r)), certType: hk ? 'HMT' : 'PP',
      certNo: hk ? new Sens('CN_HK_MACAU_PERMIT', `C${r.digits(8)}`) : new Sens('PASSPORT_NUMBER', `E${r.digits(8)}`), birthday: new Sens('DATE_OF_BIRTH', isoDate(r)), ticketNo: new Neg(`999-${r.digits(10)}`) }],
      contact: { mobile: phone(r), email: new Sens('EMAIL_ADDRESS', cnEmail(r)) }, pnr: new Neg(r.alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')), totalFare: new Neg(r.int(500, 9000)) };
  } },
  { shape: 'cn-insurance-claim', method: 'GET', path: (r) => `/claim/report/${r.digits(15)}`, make: (r) => ({
    报案号: new Neg(`RPT${r.digits(15)}`), 保单号: new Neg(`PDAA2026${r.digits(12)}`), 被保险人: new Sens('PERSON_NAME', cnName(r)), 被保险人证件: new Sens('CN_RESIDENT_ID', cnResidentId(r)),
    出险经过: new Text('本人驾驶', new Sens('LICENSE_PLATE', cnPlate(r)), '于', ts(r).slice(0, 10), '在', new Sens('STREET_ADDRESS', cnAddress(r)), '与前车追尾，联系电话', new Sens('PHONE_NUMBER', cnMobile(r))),
    估损金额: new Neg(r.int(500, 90000)), 收款账户: { 户名: new Sens('PERSON_NAME', cnName(r)), 卡号: new Sens('PAYMENT_CARD', unionPay(r)) } }) },
  { shape: 'legacy-kv-log', method: 'GET', path: (r) => `/ops/audit/${uuid(r)}`, make: (r) => ({
    traceId: new Neg(uuid(r)), level: 'INFO', at: new Neg(ts(r)),
    line: new Encoded('kv', { uid: r.int(1e5, 9e5), user: new Sens('PERSON_NAME', cnName(r)), ip: new Sens('IP_ADDRESS', `${r.int(36, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`), idno: new Sens('CN_RESIDENT_ID', cnResidentId(r)), cost_ms: r.int(1, 900) }),
    extra: new Encoded('base64', { phone: new Sens('PHONE_NUMBER', cnMobile(r)), channel: 'app' }) }) },
  { shape: 'cross-border-kyc', method: 'GET', path: (r) => `/kyc/v2/applicants/${r.digits(10)}`, make: (r) => {
    const hk = r.chance(0.5);
    return { applicantNo: new Neg(`KYC${r.digits(12)}`), 姓名: new Sens('PERSON_NAME', cnName(r)), 证件类型: hk ? '港澳居民来往内地通行证' : '往来港澳通行证',
      证件号码: new Sens('CN_HK_MACAU_PERMIT', hk ? `${r.pick(['H', 'M'])}${r.digits(8)}` : `C${r.digits(8)}`), 护照号: new Sens('PASSPORT_NUMBER', `${r.pick(['E', 'EA', 'EB'])}${r.digits(7)}`.padEnd(9, String(r.int(0, 9)))),
      对公账户: { 开户名称: new Neg(r.pick(COMPANIES)), 账号: new Sens('BANK_ACCOUNT', `${r.pick(['3100', '1202', '4000', '7551'])}${r.digits(r.int(11, 15))}`), 开户行: '中国银行上海分行' }, 审核状态: 'PASS', 提交时间: new Neg(ts(r)) };
  } },
  { shape: 'cs-chat-transcript', method: 'GET', path: (r) => `/im/session/${r.digits(12)}/messages`, make: (r) => ({
    sessionId: new Neg(r.digits(12)), messages: [
      { from: 'customer', at: new Neg(ts(r)), text: new Text('你好，我的订单一直没到，收件人', new Sens('PERSON_NAME', cnName(r)), '，电话', new Sens('PHONE_NUMBER', formatCnMobile(r, cnMobile(r)))) },
      { from: 'agent', at: new Neg(ts(r)), text: '亲，麻烦提供一下订单号哦~' },
      { from: 'customer', at: new Neg(ts(r)), text: new Neg(`订单号${r.digits(19)}`) },
      { from: 'customer', at: new Neg(ts(r)), text: new Text('退款请打到我的卡上：', new Sens('PAYMENT_CARD', unionPay(r)), '，身份证', new Sens('CN_RESIDENT_ID', cnResidentId(r)), '，地址改成', new Sens('STREET_ADDRESS', cnAddress(r))) },
    ] }) },
];
