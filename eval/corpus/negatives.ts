import type { Rng } from './rng';

// Values that look sensitive to a format-only regex and are not: the hard
// negatives of the corpus.

export function orderNo(r: Rng, seq: number): string {
  return r.pick([`2024${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${String(seq).padStart(8, '0')}`, `${13800000000 + seq}`, `SO${String(seq).padStart(10, '0')}`]);
}
export function tradeNo(r: Rng, seq: number): string {
  return `20241128${String(r.int(10, 99))}${String(seq).padStart(8, '0')}`;
}
export function volume(r: Rng): number {
  return r.pick([r.int(100, 99999) * 100, 13000000000 + r.int(0, 999999999), r.int(1000000, 99999999)]);
}
export function amount(r: Rng): number {
  return +(r.int(1, 999999) + r.next()).toFixed(2);
}
export function sku(r: Rng): string {
  return r.pick([`SKU-${r.digits(8)}`, `${r.digits(13)}`, `P${r.digits(11)}`]);
}
export function ean13(r: Rng): string {
  const body = '69' + r.digits(10);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += +body[i]! * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}
export function stockCode(r: Rng): string {
  return r.pick(['600519', '000001', '601318', '000858', '300750', '002594', '600036', '000333', '601012', '688981']);
}
export const STOCK_NAMES = ['贵州茅台', '平安银行', '中国平安', '五粮液', '宁德时代', '比亚迪', '招商银行', '美的集团', '隆基绿能', '中芯国际', '金龙鱼', '海天味业', '万科A', '伊利股份', '格力电器', '东方财富', '汤臣倍健', '石头科技'];
export const PRODUCT_NAMES = ['华为Mate60 Pro', '小米14 Ultra', 'iPhone 15 Pro Max', '李宁运动鞋', '安踏跑步鞋', '王老吉凉茶', '周黑鸭鸭脖', '张小泉菜刀', '农夫山泉550ml', '三只松鼠坚果礼盒', '李锦记蚝油', '老干妈辣椒酱'];
export const COMPANY_NAMES = ['华为技术有限公司', '深圳市腾讯计算机系统有限公司', '阿里巴巴（中国）有限公司', '国家电网有限公司', '顺丰速运有限公司', '上海汽车集团股份有限公司'];
export const CITY_NAMES = ['杭州', '南京', '温州', '金华', '常州', '江门', '上海', '北京', '成都', '武汉'];
export function uuid(r: Rng): string {
  return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`;
}
export function sha256(r: Rng): string {
  return r.hex(64);
}
export function md5(r: Rng): string {
  return r.hex(32);
}
export function version(r: Rng): string {
  return r.pick([`${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`, `${r.int(1, 3)}.${r.int(0, 20)}.${r.int(0, 99)}`, `v${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}`]);
}
export function epochMs(r: Rng): number {
  return 1700000000000 + r.int(0, 99999999) * 1000;
}
export function isoTime(r: Rng): string {
  return `2024-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00Z`;
}
export function dateOnly(r: Rng): string {
  return `20${r.int(10, 24)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}
export function tracking(r: Rng): string {
  return r.pick([`SF${r.digits(13)}`, `YT${r.digits(13)}`, `JD${r.digits(13)}`, `7${r.digits(11)}`, `4${r.digits(15)}`]);
}
export function imei(r: Rng): string {
  const body = '86' + r.digits(12);
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = +body[13 - i]!;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}
export function meterNo(r: Rng): string {
  return r.pick([`${r.digits(12)}`, `DB${r.digits(10)}`]);
}
export function macAddr(r: Rng): string {
  return Array.from({ length: 6 }, () => r.hex(2)).join(':');
}
export function epochSeconds(r: Rng): number {
  return 1700000000 + r.int(0, 9999999);
}
