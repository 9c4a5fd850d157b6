'use strict';
// Name / place pools. Pinyin is kept alongside characters so that romanised
// forms (emails, passports, "Zhang Wei") stay consistent with the Han name.

const SURNAMES = [
  ['张', 'zhang'], ['王', 'wang'], ['李', 'li'], ['赵', 'zhao'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
  ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['林', 'lin'], ['罗', 'luo'], ['高', 'gao'], ['梁', 'liang'], ['郑', 'zheng'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'],
  ['肖', 'xiao'], ['田', 'tian'], ['董', 'dong'], ['潘', 'pan'], ['袁', 'yuan'], ['蔡', 'cai'], ['蒋', 'jiang'], ['余', 'yu'],
  ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'], ['魏', 'wei'], ['苏', 'su'], ['吕', 'lv'], ['丁', 'ding'], ['任', 'ren'],
  ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['钟', 'zhong'], ['姜', 'jiang'], ['崔', 'cui'], ['谭', 'tan'], ['陆', 'lu'],
  ['范', 'fan'], ['汪', 'wang'], ['廖', 'liao'], ['石', 'shi'], ['金', 'jin'], ['韦', 'wei'], ['贾', 'jia'], ['夏', 'xia'],
  ['付', 'fu'], ['方', 'fang'], ['邹', 'zou'], ['熊', 'xiong'], ['白', 'bai'], ['孟', 'meng'], ['秦', 'qin'], ['邱', 'qiu'],
  ['侯', 'hou'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['闫', 'yan'], ['段', 'duan'], ['雷', 'lei'], ['龙', 'long'],
  ['黎', 'li'], ['史', 'shi'], ['陶', 'tao'], ['贺', 'he'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'], ['龚', 'gong'],
  ['邵', 'shao'], ['万', 'wan'], ['覃', 'qin'], ['武', 'wu'], ['欧阳', 'ouyang'], ['司马', 'sima'], ['上官', 'shangguan'],
];
const GIVEN_M = [
  ['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'],
  ['斌', 'bin'], ['超', 'chao'], ['明', 'ming'], ['刚', 'gang'], ['平', 'ping'], ['辉', 'hui'], ['鹏', 'peng'], ['华', 'hua'],
  ['飞', 'fei'], ['鑫', 'xin'], ['波', 'bo'], ['宇', 'yu'], ['浩', 'hao'], ['凯', 'kai'], ['健', 'jian'], ['俊', 'jun'],
  ['帆', 'fan'], ['旭', 'xu'], ['宁', 'ning'], ['博', 'bo'], ['文', 'wen'], ['志', 'zhi'], ['建', 'jian'], ['国', 'guo'],
  ['晨', 'chen'], ['轩', 'xuan'], ['睿', 'rui'], ['子', 'zi'], ['梓', 'zi'], ['泽', 'ze'], ['航', 'hang'], ['昊', 'hao'],
];
const GIVEN_F = [
  ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['霞', 'xia'],
  ['秀', 'xiu'], ['玲', 'ling'], ['婷', 'ting'], ['雪', 'xue'], ['慧', 'hui'], ['琳', 'lin'], ['颖', 'ying'], ['倩', 'qian'],
  ['璐', 'lu'], ['欣', 'xin'], ['怡', 'yi'], ['佳', 'jia'], ['梦', 'meng'], ['晓', 'xiao'], ['露', 'lu'], ['雨', 'yu'],
  ['萱', 'xuan'], ['涵', 'han'], ['琪', 'qi'], ['瑶', 'yao'], ['悦', 'yue'], ['诗', 'shi'], ['思', 'si'], ['可', 'ke'],
];
// Uyghur-style names written with the middle dot, no pinyin mapping
const MINORITY = [['阿依古丽·买买提', 'F'], ['艾力·吐尔逊', 'M'], ['古丽娜扎·阿不都', 'F'], ['买买提江·热合曼', 'M']];

const WEST = {
  US: { m: ['James', 'Michael', 'Robert', 'David', 'Daniel', 'Matthew', 'Anthony', 'Joshua', 'Ryan', 'Kevin', 'Brandon', 'Tyler'],
    f: ['Jennifer', 'Jessica', 'Ashley', 'Emily', 'Sarah', 'Megan', 'Lauren', 'Rachel', 'Olivia', 'Hannah'],
    l: ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Thompson', 'Walker', 'Nguyen', 'Patel', "O'Connor", 'Kowalski'] },
  GB: { m: ['Oliver', 'Harry', 'George', 'Jack', 'Alfie', 'Callum'], f: ['Amelia', 'Isla', 'Poppy', 'Charlotte', 'Freya', 'Imogen'],
    l: ['Taylor', 'Evans', 'Hughes', 'Wright', 'Roberts', 'Clarke', 'Turner', 'Whitfield'] },
  DE: { m: ['Lukas', 'Jonas', 'Felix', 'Maximilian', 'Tobias', 'Niklas'], f: ['Lena', 'Hannah', 'Sophie', 'Anna', 'Katharina', 'Jule'],
    l: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer'] },
  FR: { m: ['Lucas', 'Hugo', 'Louis', 'Gabriel', 'Mathis', 'Théo'], f: ['Léa', 'Chloé', 'Manon', 'Camille', 'Inès', 'Élodie'],
    l: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux'] },
  ES: { m: ['Alejandro', 'Pablo', 'Javier', 'Diego', 'Sergio'], f: ['Lucía', 'María', 'Carmen', 'Sofía', 'Paula'],
    l: ['García Fernández', 'Martínez Ruiz', 'Sánchez Gómez', 'Romero Navarro', 'López Ortega'] },
  JP: { m: ['Haruto', 'Yuto', 'Sota', 'Ren', 'Takumi'], f: ['Yui', 'Hina', 'Aoi', 'Sakura', 'Misaki'],
    l: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'] },
  KR: { m: ['Min-jun', 'Ji-ho', 'Do-yun', 'Seung-woo'], f: ['Seo-yeon', 'Ha-eun', 'Ji-woo', 'Su-bin'],
    l: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'] },
  TH: { m: ['Somchai', 'Anan', 'Kittipong', 'Thanawat'], f: ['Siriporn', 'Nattaya', 'Pimchanok', 'Kanokwan'],
    l: ['Srisuk', 'Wongsawat', 'Chaiyaporn', 'Rattanakul'] },
  AE: { m: ['Mohammed', 'Ahmed', 'Omar', 'Khalid', 'Yousef'], f: ['Fatima', 'Aisha', 'Mariam', 'Noura', 'Huda'],
    l: ['Al-Mansouri', 'Al-Hashimi', 'Al-Qasimi', 'Haddad', 'Nasser'] },
  IN: { m: ['Arjun', 'Rahul', 'Vikram', 'Karthik'], f: ['Priya', 'Ananya', 'Sneha', 'Divya'], l: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair'] },
  SG: { m: ['Wei Jie', 'Jun Hao', 'Marcus'], f: ['Hui Min', 'Xin Yi', 'Rachel'], l: ['Tan', 'Lim', 'Ng', 'Goh', 'Ong'] },
};

const COMMUNITIES = ['阳光花园', '锦绣家园', '翠湖苑', '金色家园', '幸福里', '滨江公寓', '碧水湾', '绿城桂花园', '紫荆城', '南苑新村', '星河湾', '华润城'];
const CO_NAMES = ['腾达云', '恒信', '安居', '优家', '启航', '星河', '智联', '鼎盛', '华邦', '青禾', '远景', '瑞丰', '嘉和', '中科汇'];
const CO_INDUSTRY = ['科技', '物业管理', '房地产经纪', '物流', '医药连锁', '网络科技', '信息技术', '商贸', '汽车租赁', '新能源', '健身管理', '教育咨询'];
const INTL_CO = ['Northwind Logistics GmbH', 'Acme Freight Ltd', 'Bluewater Trading LLC', 'Helios Components B.V.', 'Sakura Precision Co., Ltd.',
  'Atlas Medical Supplies Inc.', 'Lumière Textiles SARL', 'Hanseatic Shipping AG', 'Pacific Rim Imports Pty Ltd'];
// Brand / product names that look like personal names (hard negatives)
const NAMEY_BRANDS = ['王老吉凉茶310ml', '张小泉剪刀', '李宁跑鞋 超轻21', '老干妈风味豆豉', '周黑鸭锁鲜装', '陈李济陈皮', '马应龙麝香痔疮膏', '杨国福麻辣烫', '黄飞红麻辣花生', '王守义十三香'];

module.exports = { SURNAMES, GIVEN_M, GIVEN_F, MINORITY, WEST, COMMUNITIES, CO_NAMES, CO_INDUSTRY, INTL_CO, NAMEY_BRANDS };
