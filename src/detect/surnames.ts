// Chinese surnames (the ~300 most common single-character ones and the
// compound ones still in use), for the given-name shape check of PERSON_NAME.

export const SINGLE_SURNAMES: ReadonlySet<number> = codes(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'
  ),
);

/** Compound surnames as `first * 65536 + second` char codes. */
export const COMPOUND_SURNAMES: ReadonlySet<number> = pairs([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木',
  '独孤', '南宫', '西门', '轩辕', '闻人', '澹台', '公冶', '宗政', '濮阳', '太叔', '申屠', '呼延', '万俟', '钟离', '百里',
]);

/**
 * Characters that almost never appear in a given name but are common in the
 * names of things: organisations, places, products, securities.
 */
export const THING_CHARS: ReadonlySet<number> = codes(
  '司行店厂院局部处科室组市省区县镇村路街号楼栋元股票券基债品型机车药片粒克斤吨米箱包袋瓶盒装板块业集团科技有限份网络电器材料能源汽配件服务中心银保险证信托医疗教育物流贸易酒茶奶油食水站场馆所校系班课程级版',
);

// Char codes, so the hot path tests CJK characters without making one-character strings.
function codes(s: string): Set<number> {
  return new Set([...s].map((c) => c.charCodeAt(0)));
}
function pairs(words: string[]): Set<number> {
  return new Set(words.map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));
}
