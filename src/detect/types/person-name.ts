import type { Detector, TextHit } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';
import { isCjk } from '../keys';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES, THING_CHARS } from '../surnames';

const EV_CN_NAME = evidence('Chinese surname + 1-2 character given name', 2);
const EV_CJK_SHORT = evidence('short CJK text without a known surname', -0.5);
const EV_WESTERN = evidence('capitalised given name + family name', 1);
const EV_SINGLE_WORD = evidence('one capitalised word (could be a first name)', -0.5);
// Neutral on its own (`NOT FOUND` has the same shape): the key or context decides.
const EV_UPPER_NAME = evidence('upper-case romanised name, as printed on cards and passports (WANG LEI, SMITH/JOHN)', 0);
// Korean: a common surname syllable and one or two more (김민준, 남궁민수 has a two-syllable surname).
const EV_KO_NAME = evidence('Korean surname + 1-2 syllable given name', 1);
const KO_SURNAMES = new Set('김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용'.split(''));
const KO_COMPOUND = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문'];
function koName(v: string): boolean {
  if (v.length < 2 || v.length > 5) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0xac00 || c > 0xd7a3) return false;
  }
  const sn = KO_COMPOUND.some((p) => v.startsWith(p)) ? 2 : KO_SURNAMES.has(v[0]!) ? 1 : 0;
  return sn > 0 && v.length - sn >= 1 && v.length - sn <= 2;
}
/** Titles written after a Korean name: director, teacher or doctor, the honorifics 님 and 씨, ranks at work. */
const KO_TITLES = new Set(['원장', '선생님', '님', '씨', '교수', '의사', '간호사', '팀장', '과장', '부장', '대리', '사원', '실장', '이사', '대표']);
const JA_SPACED = /^[\u4e00-\u9fff]{1,4} [\u4e00-\u9fff]{1,4}$/;
const KANA_NAME = /^[\u30a1-\u30fa\u30fc]{2,10}[ \u3000][\u30a1-\u30fa\u30fc]{1,10}$/;
const EV_KANA_NAME = evidence('katakana reading of a name (family and given)', 1);
const EV_CUE_NAME = evidence('name after a person cue word (姓名, 联系人, Mr., patient…)', 5);
// Letters with diacritics count as letters (`José García`, `Jürgen`, `Łukasz`).
// A title may lead (`Dr. Anna Weber`, `Dra. Lucía Gómez`); it is masked with the name.
const WESTERN = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Dra|Prof|Sr|Sra|Srta|Mme|Mlle)\.? )?\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)?(?: \p{Lu}\.)?(?: (?:(?:van|von|de|der|den|del|della|da|das|dos|di|du|le|la|ter|ten) ){0,2}(?:O')?\p{Lu}\p{Ll}+(?:[-']\p{Lu}?\p{Ll}+)?){1,2}$/u;
// One family name may be an Irish `O'` form or double-barrelled (`O'Brien`, `Smith-Jones`).
const SINGLE = /^(?:\p{Lu}')?\p{Lu}\p{Ll}{1,14}(?:-\p{Lu}\p{Ll}{1,14})?$/u;
// Travel documents and GDS records write `SURNAME/GIVEN`, `SURNAME,GIVEN` or `SURNAME GIVEN`.
const UPPER = /^[A-Z]{2,14}(?:[-'][A-Z]{2,14})?(?:(?:[ /]|, ?)[A-Z]{1,14}(?:[-'][A-Z]{2,14})?){1,2}$/;
const UPPER_SINGLE = /^[A-Z]{2,14}(?:[-'][A-Z]{2,14})?$/;
/** Words after which running Chinese text names a person: roles, kin, and who introduces themselves (`我叫`). */
const CN_CUE_WORDS = ['姓名', '名字', '联系人', '联络人', '客户', '患者', '病人', '学生', '学员', '收货人', '收件人', '寄件人', '签收人',
  '派件员', '快递员', '配送员', '骑手', '持卡人', '车主', '经办人', '承办人', '负责人', '代表人', '申请人', '委托人', '投保人', '被保险人',
  '受益人', '借款人', '担保人', '收款人', '付款人', '转给', '转账给', '乘客', '司机', '用户', '家属', '监护人', '户名', '开户名', '业主',
  '租户', '员工', '医生', '护士', '老师', '同学', '家父', '家母', '父亲', '母亲', '丈夫', '妻子', '逝者', '班长', '组长', '队长',
  // A contract's parties, a phone's owner, a patient booked, a traveller, and a speaker introducing themselves.
  '甲方', '乙方', '丙方', '机主', '就诊人', '旅客', '住客', '入住人', '预约人', '报案人', '当事人', '考生', '我叫', '我是', '名叫', '叫做'];
const CN_CUE = new RegExp(`(?:${CN_CUE_WORDS.join('|')})[：:\\s是为]{0,2}(?=[\\u4e00-\\u9fff])`, 'g');
/** An English role or `is` before a name in Chinese (`Customer is 姜伟娟.`, `patient: 王芳`). */
const EN_CJK_CUE = /\b(?:[Cc]ustomer|[Pp]atient|[Uu]ser|[Nn]ame|[Tt]enant|[Mm]ember|[Cc]lient|[Ee]mployee|[Aa]pplicant|[Pp]olicyholder|[Pp]assenger|[Gg]uest|[Ii]nsured)(?: is|:)?\s*(?=[\u4e00-\u9fff])/g;
/** What follows a cue as often as a name does, its first character a surname (`客户管理`, `用户信息`, `员工关系`). */
const CUE_WORDS_AFTER = new Set(['管理', '信息', '经理', '满意', '关系', '关怀', '安全', '高级', '服务', '代表', '须知', '资料']);
/** Capitalised words that follow a role word without naming anyone (`Customer Service`, `Patient Portal`). */
const NOT_A_NAME = '(?!(?:Mr|Mrs|Ms|Miss|Dr|Service|Services|Support|Portal|Care|Team|Success|Relations|Experience|Information|Info|Details|Account|Number|Name|Id|ID|Us|All|The|Our|Your)\\b)';
const EN_CUE = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Miss|Dr|Dear|[Pp]atient|[Cc]ustomer|name|contact|attn|[Pp]assenger|driver|[Aa]pplicant|[Pp]olicyholder|[Mm]y name is)` +
    `\\.?:?\\s+(?:is\\s+)?(${NOT_A_NAME}[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})`,
  'g',
);
/** A speaker introducing themselves by full name (`Hi, this is Charlotte Hughes.`; not `I am Happy to help`). */
const EN_SELF = new RegExp(`\\b(?:[Tt]his is|I am|I'm)\\s+(${NOT_A_NAME}[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})`, 'g');
/** A role and a colon, then a full name (`Tenant: Emily Wilson;`, `From: Oliver Fletcher`). */
const EN_ROLE_COLON = new RegExp(
  `\\b(?:[Tt]enant|[Ll]andlord|[Ee]mployee|[Gg]uest|[Mm]ember|[Oo]wner|[Bb]uyer|[Ss]eller|[Rr]ecipient|[Ss]ender|[Cc]lient|[Ss]tudent|[Aa]uthor|From|To|Cc|[Ii]nsured|[Bb]orrower|[Bb]eneficiary)\\s*:\\s*(${NOT_A_NAME}[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})`, 'g');
/** A display name before its address in angle brackets or parentheses (`Oliver Fletcher <oliver@x.com>`, `卢沐娜 (li.wu@x.com)`). */
const DISPLAY_NAME = new RegExp(
  `(?:^|[\\s:,;"'(])(${NOT_A_NAME}\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2}|[\\u4e00-\\u9fff]{2,4})\\s*[<(（][^<>()\\s@]{1,64}@[^<>()\\s]{1,255}[>)）]`,
  'gu',
);
/**
 * What follows a name in Chinese: a form of address (`毛晨沐您好`, `张伟先生`), an identifier in brackets
 * (`段海（工号E63241）`), or one of the person's own records (`段海的工资卡`, `秦军平的体检报告`).
 */
const AFTER_NAME = /您好|先生|女士|[（(](?:工号|身份证|手机|电话|学号|员工号)|的(?:工资卡|银行卡|手机|电话|身份证|住址|家庭住址|地址|邮箱|生日|病历|体检)/g;
/** A full name whose own record follows (`Update Grace Bennett's direct line`, `Emily Wilson's date of birth`). */
const EN_POSSESSIVE = new RegExp(
  `\\b(${NOT_A_NAME}[A-Z][a-z]+ [A-Z][a-z]+)['’]s (?:direct line|mobile|cell|home address|e-?mail address|date of birth|birthday|SSN|passport|salary|medical record|account number|phone number)\\b`,
  'g',
);
/** How a person is related to another (`relation: "母亲"`): 母, 金, 高… are surnames, these words are not names. */
const KINSHIP = new Set(['父亲', '母亲', '配偶', '丈夫', '妻子', '儿子', '女儿', '子女', '本人', '朋友', '同事', '兄弟', '姐妹',
  '爷爷', '奶奶', '外公', '外婆', '哥哥', '姐姐', '弟弟', '妹妹', '父母', '亲属', '其他',
  // Two people's relation to each other (`relation: "母女"`).
  '母女', '母子', '父女', '父子', '夫妻', '兄妹', '姐弟', '祖孙', '婆媳', '师生', '同学', '邻居']);
/** Words that label a name rather than being one (`{"xm": "姓名"}` in a field legend). */
const LABELS = new Set(CN_CUE_WORDS);

/** Characters that end a name in running Chinese text (verbs, particles, honorifics). */
const STOP = new Set('来电的于在已说称反映要求预约先生女士同学老师医生您，。、；：！？的了和与及或电话手机号码地址住址身份证邮箱先'.split(''));

/** Length of a surname at s[i] (2 for compound, 1 for single), or 0. */
function surnameAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (i + 1 < s.length && COMPOUND_SURNAMES.has(c * 65536 + s.charCodeAt(i + 1))) return 2;
  return SINGLE_SURNAMES.has(c) ? 1 : 0;
}

function cnName(v: string): boolean {
  const n = v.length;
  const sn = surnameAt(v, 0);
  if (sn === 0 || n - sn < 1 || n - sn > 2) return false;
  for (let i = sn; i < n; i++) if (!isCjk(v.charCodeAt(i)) || THING_CHARS.has(v.charCodeAt(i))) return false;
  return true;
}

export const personName: Detector = {
  type: 'PERSON_NAME',
  classes: { needs: 0, allows: C.CJK | C.UPPER | C.LOWER | C.SPACE | C.DASH | C.DOT | C.OTHER },
  lengths: [2, 40],
  maxWeight: 2,
  keys: {
    strong: [
      // Romanised Korean (이름, 성명), Thai (ชื่อ, นามสกุล), Arabic (الاسم الكامل); social insurance column aac003 姓名.
      'ireum', 'seongmyeong', 'namsakun', 'ismalkamil', 'ismkamil', 'aac003',
      'realname', 'fullname', 'truename', 'xm', 'xingming', 'personname', 'firstname', 'lastname', 'givenname',
      'familyname', 'surname', 'middlename', 'lxr', 'contactperson', 'shr', 'sjr', 'fjr', 'lianxiren', 'cardholder',
      'consignee', 'holdername', 'accountholder', 'patientname', 'khxm', 'hm', 'huming', 'fname', 'lname',
      'vorname', 'nachname', 'familienname', 'apellido', 'apellidos', 'nombrecompleto', 'prenom', 'nomdefamille',
      'sobrenome', 'nomecompleto', 'cognome', 'voornaam', 'achternaam',
      // Romanised Japanese (氏名, 名前) and SAP HR's name columns (NACHN family name, VORNA first name).
      'shimei', 'namae', 'nachn', 'vorna',
      // Russian transliterated (фамилия, имя, отчество), Vietnamese (họ tên), Indonesian (nama lengkap).
      'familiya', 'imya', 'otchestvo', 'hoten', 'hovaten', 'namalengkap',
      // A company's legal representative (法定代表人) is a natural person, named in every registration.
      'legalrepresentative', 'legalrep', 'fddbr', 'fadingdaibiaoren', 'frdb',
    ],
    // SAP: NAMEV first name, KOINH account holder (Kontoinhaber; a company's too).
    weak: ['namev', 'koinh', 'kontoinhaber', 'inhaber', 'name', 'username', 'contact', 'holder', 'owner', 'receiver', 'recipient', 'sender', 'signer', 'applicant', 'nm', 'mc', 'nombre', 'nom', 'nome', 'naam', 'titulaire', 'titular', 'nama'],
    cjk: ['姓名', '名字', '联系人', '收货人', '收件人', '寄件人', '持卡人', '户名', '开户名', '患者', '真实姓名', '监护人', '姓', '名', '法定代表人', '法人代表', '聯繫人', '聯絡人', '收貨人', '氏名', 'フリガナ', 'ふりがな', 'シメイ', '이름', '성명', '성함', '담당자', '담당의', '보호자'],
  },
  textClasses: C.CJK | C.UPPER,
  textGate: (s) => s.cjk >= 3 || s.upper >= 1,
  assess(v, kind, s) {
    if (kind !== 'string' || s.digits > 0 || s.len > 40 || s.len < 2) return null;
    if (s.cjk > 0) {
      // Japanese writes a space between family and given name (`高橋 太郎`).
      if (s.cjk === s.len - 1 && s.space === 1 && s.len <= 9 && JA_SPACED.test(v)) return EV_CJK_SHORT;
      if (s.cjk !== s.len && !(s.cjk === s.len - 1 && v.indexOf('·') > 0)) return null;
      // An ethnic group (`民族: "满族"`) ends in 族 and a trade (`工种: "普工"`, 电工, 焊工) in 工, which no given name does.
      const last = v.charCodeAt(v.length - 1);
      if (KINSHIP.has(v) || LABELS.has(v) || last === 0x65cf /* 族 */ || last === 0x5de5 /* 工 */) return null;
      if (s.len <= 4 && cnName(v)) return EV_CN_NAME;
      for (let i = 0; i < v.length; i++) if (THING_CHARS.has(v.charCodeAt(i))) return null;
      return s.len <= 4 || v.indexOf('·') > 0 ? EV_CJK_SHORT : null;
    }
    if (s.other === s.len && koName(v)) return EV_KO_NAME;
    // A Korean name and the title after it (`박다은 원장`, `김민준 님`).
    if (s.space === 1 && s.other === s.len - 1) {
      const sp = v.indexOf(' ');
      if (KO_TITLES.has(v.slice(sp + 1)) && koName(v.slice(0, sp))) return EV_KO_NAME;
    }
    // A name's katakana reading (`フリガナ: "タカハシ ケンタ"`).
    if (s.other === s.len - s.space && s.space === 1 && KANA_NAME.test(v)) return EV_KANA_NAME;
    if (s.space > 0 && s.space <= 3 && WESTERN.test(v)) return EV_WESTERN;
    // Shape counts ASCII case only: a Cyrillic or accented name has neither, and goes on to the Unicode patterns.
    if (s.lower === 0 && s.upper > 0) {
      if (UPPER.test(v)) return EV_UPPER_NAME;
      if (UPPER_SINGLE.test(v)) return EV_SINGLE_WORD;
    }
    return SINGLE.test(v) ? EV_SINGLE_WORD : null;
  },
  find(text, hit, s) {
    if (text.length < 3) return;
    // A cue and a surname are three CJK characters at least; a Western name has capitals.
    if (s.cjk >= 3) {
      cnCued(text, hit, CN_CUE);
      cnBeforeCue(text, hit);
    }
    if (s.upper > 0) {
      enCued(text, hit, EN_CUE);
      enCued(text, hit, EN_ROLE_COLON);
      enCued(text, hit, EN_SELF);
      if (text.indexOf('s ') > 0) enPossessive(text, hit);
      if (s.cjk >= 2) cnCued(text, hit, EN_CJK_CUE);
    }
    if (s.at > 0) displayNames(text, hit);
  },
};

/** A Chinese name right after each match of `cue` (a regex ending where the name starts). */
function cnCued(text: string, hit: TextHit, cue: RegExp): void {
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const at = m.index + m[0].length;
    const sn = surnameAt(text, at);
    if (sn === 0 || CUE_WORDS_AFTER.has(text.slice(at, at + 2))) continue;
    let end = at + sn;
    while (end < text.length && end - at - sn < 2 && isCjk(text.charCodeAt(end)) && !STOP.has(text[end]!) && !THING_CHARS.has(text.charCodeAt(end))) end++;
    if (end > at + sn) hit(at, end, EV_CUE_NAME);
  }
}

/** A Chinese name right before what follows names (AFTER_NAME), starting the text or after a stop character. */
function cnBeforeCue(text: string, hit: TextHit): void {
  AFTER_NAME.lastIndex = 0;
  for (let m = AFTER_NAME.exec(text); m !== null; m = AFTER_NAME.exec(text)) {
    const bracketed = m[0].charCodeAt(0) === 0xff08 || m[0].charCodeAt(0) === 40;
    for (const len of [3, 2]) {
      const at = m.index - len;
      if (at < 0) continue;
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      // An identifier in brackets right after it says enough (`查一下段海（工号…）`); otherwise the name starts a phrase.
      if (!bracketed && isCjk(before) && !STOP.has(text[at - 1]!)) continue;
      if (cnName(text.slice(at, m.index))) {
        hit(at, m.index, EV_CUE_NAME);
        break;
      }
    }
  }
}

/** The name each match of `cue` captures (group 1, ending the match). */
function enCued(text: string, hit: TextHit, cue: RegExp): void {
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m !== null; m = cue.exec(text)) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    hit(at, at + name.length, EV_CUE_NAME);
  }
}

function enPossessive(text: string, hit: TextHit): void {
  EN_POSSESSIVE.lastIndex = 0;
  for (let m = EN_POSSESSIVE.exec(text); m !== null; m = EN_POSSESSIVE.exec(text)) hit(m.index, m.index + m[1]!.length, EV_CUE_NAME);
}

function displayNames(text: string, hit: TextHit): void {
  DISPLAY_NAME.lastIndex = 0;
  for (let m = DISPLAY_NAME.exec(text); m !== null; m = DISPLAY_NAME.exec(text)) {
    const name = m[1]!;
    const at = m.index + m[0].indexOf(name);
    if (isCjk(name.charCodeAt(0)) && !cnName(name)) continue;
    hit(at, at + name.length, EV_CUE_NAME);
  }
}
