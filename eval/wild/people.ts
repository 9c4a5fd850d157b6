import type { Rng } from './values';

// Names, addresses and look-alike proper nouns (products, companies,
// securities) for the wild corpus. All combinations are invented.

const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '欧阳', '司马', '上官'];
const CN_GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '子涵', '浩然', '雨桐', '梓萱', '宇轩', '一诺', '思远'];
const EN_FIRST = ['Olivia', 'Liam', 'Amara', 'Mateo', 'Priya', 'Noah', 'Chloe', 'Dmitri', 'Fatima', 'Hiroshi', 'Grace', 'Kwame', 'Sofia', 'Ethan', 'Ingrid', 'Rafael', 'Mei', 'Lucas'];
const EN_LAST = ['Okafor', 'Nguyen', 'Garcia', 'Thompson', 'Kowalski', 'Patel', 'Fischer', "O'Brien", 'Haddad', 'Lindqvist', 'Moreau', 'Tanaka', 'Reyes', 'Campbell', 'Novak', 'Mensah'];

export function cnName(r: Rng): string {
  return r.pick(CN_SURNAMES) + r.pick(CN_GIVEN);
}
export function enName(r: Rng): { first: string; last: string; full: string } {
  const first = r.pick(EN_FIRST), last = r.pick(EN_LAST);
  return { first, last, full: `${first} ${last}` };
}
export function emailFor(r: Rng, first: string, last: string): string {
  const local = r.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}${r.int(1, 99)}`]).toLowerCase().replace(/'/g, '');
  return `${local}@${r.pick(['gmail.com', 'outlook.com', 'acme-corp.io', 'fastmail.fm', 'qq.com', '163.com', 'example.co.uk'])}`;
}
export function cnEmail(r: Rng): string {
  return r.pick([`${r.digits(9)}@qq.com`, `${r.alnum(6, 'abcdefghijklmnopqrstuvwxyz')}${r.int(10, 99)}@163.com`, `${r.alnum(5, 'abcdefghijklmnopqrstuvwxyz')}@126.com`]);
}

const CITIES: ReadonlyArray<readonly [string, string]> = [['北京市', '朝阳区'], ['上海市', '浦东新区'], ['广东省深圳市', '南山区'], ['浙江省杭州市', '西湖区'], ['四川省成都市', '武侯区'], ['湖北省武汉市', '洪山区']];
const ROADS = ['建国路', '世纪大道', '科技南十二路', '文三路', '天府大道北段', '珞喻路', '中山东一路'];
export function cnAddress(r: Rng): string {
  const [c, d] = r.pick(CITIES);
  return `${c}${d}${r.pick(ROADS)}${r.int(1, 999)}号${r.pick(['', `${r.int(1, 30)}栋${r.int(1, 3)}单元${r.int(101, 2806)}室`, `${r.pick(['阳光', '锦绣', '万科', '碧桂园'])}小区${r.int(1, 20)}号楼${r.int(101, 1802)}`])}`;
}
export function cnAddressParts(r: Rng): { province: string; district: string; detail: string } {
  const [c, d] = r.pick(CITIES);
  return { province: c, district: d, detail: `${r.pick(ROADS)}${r.int(1, 999)}号${r.int(1, 30)}幢${r.int(101, 2806)}室` };
}
const US_STREETS = ['Maple Ave', 'Harbor Blvd', 'N Lamar St', 'Elm Street', 'Commonwealth Ave', 'SW 5th Ave', 'Peachtree Rd NE'];
export function usStreet(r: Rng): string {
  return `${r.int(10, 9899)} ${r.pick(US_STREETS)}${r.pick(['', `, Apt ${r.int(1, 40)}${r.pick(['A', 'B', ''])}`, ` Suite ${r.int(100, 900)}`])}`;
}
export function usCity(r: Rng): { city: string; state: string; zip: string } {
  return r.pick([{ city: 'Boston', state: 'MA', zip: '02116' }, { city: 'Austin', state: 'TX', zip: '78701' }, { city: 'Portland', state: 'OR', zip: '97205' }, { city: 'Atlanta', state: 'GA', zip: '30309' }]);
}

export const PRODUCTS = ['Apple iPhone 15 Pro 256GB', '小米14 Ultra', '华为Mate 60 Pro', '三只松鼠坚果礼盒', 'Nike Air Zoom Pegasus 40', '李宁超轻21跑鞋', '王老吉凉茶 310ml*24罐', '张小泉剪刀套装', 'Patagonia Better Sweater'];
export const STOCKS: ReadonlyArray<readonly [string, string]> = [['600519', '贵州茅台'], ['000858', '五粮液'], ['601318', '中国平安'], ['300750', '宁德时代'], ['000001', '平安银行'], ['600036', '招商银行'], ['002594', '比亚迪']];
export const COMPANIES = ['杭州阿里巴巴网络科技有限公司', '深圳市腾讯计算机系统有限公司', '北京字节跳动科技有限公司', '上海浦东发展银行股份有限公司', 'Acme Robotics LLC', 'Globex Corporation'];
export const DRUGS = ['阿莫西林胶囊', '布洛芬缓释胶囊', '二甲双胍片', '阿托伐他汀钙片', '连花清瘟胶囊'];
