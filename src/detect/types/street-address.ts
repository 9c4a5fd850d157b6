import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

// A Chinese address is admin levels (省/市/区/县/镇/街道/村) followed by a street or
// compound and a number; a Western one is a house number, a name and a street suffix.
const CN_ADMIN = /[省市区县旗镇乡村]|街道|自治[区州]/;
const CN_STREET = /(?:[路街道巷弄]|胡同|大道|小区|花园|公寓|大厦|社区|新村|家园|苑|园区)/;
const CN_NUMBER = /(?:[0-9０-９一二三四五六七八九十百]+(?:号|栋|幢|座|号楼|单元|室|层|楼|弄))/;
// US street lines may lead with a direction (`N Lamar St`, `1200 NE 45th St`) and name numbered streets (`5th Ave`).
const DIR = '(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\\.?';
const NAME = `(?: (?:[A-Z][a-z]+\\.?|\\d{1,3}(?:st|nd|rd|th)|${DIR})){1,4}`;
const SUFFIX = '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq)\\b\\.?';
// The line may end in a US state and ZIP (`TX 78701`) or a UK postcode (`BS1 4DJ`).
const WEST = new RegExp(
  `^(?:\\d{1,6}[A-Z]?|${DIR})${NAME} ${SUFFIX}(?: ${DIR}(?![\\w.]))?(?:,? (?:Apt|Suite|Unit|#)\\.? ?[\\w-]+)?` +
  '(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?(?:,? (?:[A-Z]{2}(?: \\d{5}(?:-\\d{4})?)?|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}))?$',
);
// Legacy and government systems print US lines in capitals (`9490 MAPLE CT`, `12 N MAIN ST APT 4`).
const WEST_UPPER = new RegExp(
  '^\\d{1,6}[A-Z]?(?: (?:[NSEW]|NE|NW|SE|SW))?(?: [A-Z]{2,}| \\d{1,3}(?:ST|ND|RD|TH)){1,4} ' +
  '(?:STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|LN|DRIVE|DR|COURT|CT|WAY|PLACE|PL|TERRACE|TER|PARKWAY|PKWY|HIGHWAY|HWY|CIRCLE|CIR|TRAIL|TRL)\\.?' +
  '(?: (?:[NSEW]|NE|NW|SE|SW))?(?:,? (?:APT|STE|SUITE|UNIT|#) ?[A-Z0-9-]+)?(?:, [A-Z ]+)?(?:,? [A-Z]{2}(?: \\d{5}(?:-\\d{4})?)?)?$',
);
// Russian (`ул. Ленина, д. 119`) and Vietnamese (`Số 98 Đường Điện Biên Phủ, Phường …, Quận …`) lines name
// their parts with markers, which is as specific as a Chinese address's 路 and 号.
const RU = /^(?:[^,]{1,40}, ){0,3}(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.|б-р|бульвар)\s*[^,]{2,40},\s*(?:д\.|дом)\s*\d+[^,]{0,6}(?:, [^,]{1,20}){0,3}$/iu;
// Korean road-name addresses: province or city, district, road or street, building number (`서울특별시 마포구 월드컵북로 180`).
// The whole value is the address (a sentence holding one is the text scan's): anchored, with at most a
// unit or floor after it.
const KO = /^(?:[가-힣]+(?:시|도) )+[가-힣]+(?:구|군|시) (?:[가-힣]+(?:동|읍|면) )?[가-힣0-9]+(?:로|길) ?\d+(?:-\d+)?(?:,? [가-힣0-9 ,()-]{1,30})?$/;
const VN = /^(?:Số )?\d*[A-Za-z/]*,? ?(?:Đường|Phố|Ngõ|Hẻm)\s[^,]{2,40},\s*(?:Phường|Xã|Thị trấn)\s[^,]{2,40}(?:, [^,]{2,40}){0,3}$/u;
// Continental lines put the street word first or glue it on, and the number after (`Hauptstraße 12a`,
// `Am Markt 64`, `42 avenue Victor Hugo`, `Calle de Serrano 50, 7º C, 46001 Valencia`); Japanese ones
// count blocks (`1-9-14 Nishi-Shinjuku, 530-0001 Osaka`). An optional postcode and town may follow.
// Postcodes: `10115`, `75002`, `530-0001`, `D-10115`, Dutch `1333 LC`.
const TOWN = '(?:,? (?:[A-Z]{1,2}-)?\\d{3,5}(?:-\\d{3,4}| [A-Z]{2})? \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)?';
const EU = new RegExp(
  '^(?:' +
    // German and Dutch: a name ending in a street word, or a preposition and a name, then the house number.
    '(?:(?:Am|An der|An den|Im|In der|Auf der|Auf dem|Zum|Zur) \\p{Lu}[\\p{L}-]+|\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|dijk|steeg))' +
    '(?: \\p{Lu}[\\p{L}-]+)? \\d{1,4}(?:-?[a-z]|-\\d{1,4})?' +
    // French: number, street word, name.
    "|\\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|boulevard|bd|chemin|place|allée|impasse|quai|route|cours)(?: [\\p{L}'’-]+){1,5}" +
    // Spanish, Italian, Portuguese: street word, name, number, then floor and door.
    "|(?:Calle|C/|Avenida|Avda\\.|Paseo|Plaza|Carrera|Camino|Ronda|Via|Viale|Piazza|Corso|Rua|Travessa|Largo|Alameda)(?: [\\p{L}'.-]+){1,5},? (?:n\\.?º ?)?\\d{1,4}[A-Za-z]?" +
    // Brazilian lines end in city, state and CEP (`Rua Sete de Setembro, 1549 - Rio de Janeiro - RJ, 20040-002`).
    "(?: - \\p{Lu}[\\p{L} ]{1,40} - [A-Z]{2}(?:,? \\d{5}-\\d{3})?|(?:,| -) [\\dº ª\\p{L}.-]{1,12})?" +
    // Japanese block numbers and a district.
    '|\\d{1,2}-\\d{1,3}-\\d{1,3} \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*' +
  `)${TOWN}$`,
  'iu', // street words in capitals too (`VIA DANTE 163`, `12 RUE DE LA PAIX`)
);
const WEST_TEXT = new RegExp(
  `\\b\\d{1,6}[A-Z]?${NAME} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl)\\b\\.?` +
  '(?:,? (?:Apt|Suite|Unit)\\.? ?[\\w-]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?:, [A-Z]{2} \\d{5}|,? [A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}\\b)?',
  'g',
);
// Running text: a run of CJK/digits ending in a house number; leading verbs and cue words are trimmed.
// After the number, a compound's name may come before its building (`…126号丽景湾3栋3单元406室`).
const CN_TEXT = /[\u4e00-\u9fff0-9]{2,40}?(?:[路街道巷弄]|胡同|大道|小区|花园|公寓|大厦|新村|家园)[0-9一二三四五六七八九十]+号(?:院)?(?:[\u4e00-\u9fff]{2,8}?(?=[0-9]+(?:号楼|栋|幢|座)))?(?:[0-9]+(?:号楼|栋|幢|座))?(?:[0-9]+单元)?(?:[0-9]+(?:室|号))?/g;
const LEAD = /^(?:.*?(?:地址|住址|送到|寄到|发往|位于|住在|住|在|到|至|于|是|为))?/;
const SENTENCE = /[，。：；！？、:;!?]/;
/** An organisation named after its city (`深圳市蓝海电子商务有限公司`, `广州市实验小学`) is not an address. */
const ORGANISATION = /(?:公司|集团|银行|分行|支行|医院|学校|小学|中学|大学|学院|幼儿园|委员会|研究所|事务所|营业部)$/;
const EV_CN_FULL = evidence('Chinese admin division + street + number', 3.5);
const EV_CN_PARTIAL = evidence('Chinese place name without street and number', 0);
const EV_WEST = evidence('house number + street name + street suffix', 3.5);
const EV_WEST_LINE = evidence('direction + street name + suffix, no house number', 0.5);
// Capitals drop the case that tells a street name from other words: a key or person context decides.
const EV_WEST_UPPER = evidence('house number + street name + street suffix, in capitals', 2.5);
const EV_MARKED = evidence('street and house markers (ул./д., Đường/Phường, 구/로)', 3.5);
// Weaker than EV_WEST alone: `Am Markt 64` or `Im Test 3` could name other things; a key or person context decides.
const EV_EU = evidence('street word + name + house number (continental or Japanese form)', 2.5);
const EV_TEXT = evidence('address grammar in running text', 3.5);

function isDirection(c: number): boolean {
  return c === 78 || c === 83 || c === 69 || c === 87; // N S E W
}

export const streetAddress: Detector = {
  type: 'STREET_ADDRESS',
  lengths: [4, 120],
  maxWeight: 3.5,
  keys: {
    strong: [
      // Romanised Korean (주소), Arabic (عنوان), Thai (ที่อยู่); social insurance column aae006 地址.
      'juso', 'unwan', 'thiyu', 'aae006',
      'address', 'addr', 'homeaddress', 'street', 'streetaddress', 'addressline', 'addressline1', 'addressline2', 'dz',
      'jtdz', 'zz', 'xxdz', 'shdz', 'txdz', 'hjdz', 'jzdz', 'residence', 'deliveryaddress', 'shippingaddress',
      'billingaddress', 'mailingaddress', 'detailaddress', 'fulladdress', 'addressdetail', 'dizhi', 'domicile', 'line1', 'line2',
      // Where goods or bills go (`ship_to`, `billTo`): an address, whatever else the record holds.
      'shipto', 'billto', 'deliverto', 'soldto',
      'adresse', 'anschrift', 'strasse', 'straße', 'direccion', 'domicilio', 'endereco', 'indirizzo', 'adres',
      // Romanised Japanese (住所) and SAP's street column.
      'juusho', 'jusho', 'stras',
      // Portuguese street line, Vietnamese (địa chỉ), Indonesian and Malay.
      'logradouro', 'diachi', 'alamat',
    ],
    weak: ['location', 'loc', 'destination', 'dest', 'origin', 'place', 'wohnort', 'calle', 'voie'],
    cjk: ['地址', '住址', '户籍', '居住地', '所在地', '详细地址', '收货地址', '戶籍', '住所', '주소', '거주지'],
  },
  // `12路3号` has two CJK characters; `1 Ab St` two capitals and two spaces.
  textClasses: C.CJK | C.UPPER,
  textGate: (s) => s.cjk >= 2 || (s.upper >= 2 && s.digits >= 1 && s.space >= 2),
  assess(v, kind, s) {
    if (kind !== 'string' || s.len < 4 || s.len > 120) return null;
    if (s.cjk >= 2) {
      // Sentence punctuation or lines mean prose or a table that may contain an address (and more): the text scan decides.
      if (s.other > 0 && (SENTENCE.test(v) || v.indexOf('\n') >= 0)) return null;
      const admin = CN_ADMIN.test(v);
      if (CN_STREET.test(v) && CN_NUMBER.test(v)) return EV_CN_FULL;
      if (ORGANISATION.test(v)) return null;
      return admin && s.digits + s.cjk + s.space >= s.len - 2 ? EV_CN_PARTIAL : null;
    }
    // Letters outside ASCII (Cyrillic, Vietnamese) count as `other`.
    if (s.space === 0 || s.upper + s.lower + s.other < 3) return null;
    if (s.space >= 2 && s.upper > 0) {
      if (s.digits > 0 && s.first <= 57) {
        if (s.lower > 0 ? WEST.test(v) : WEST_UPPER.test(v)) return s.lower > 0 ? EV_WEST : EV_WEST_UPPER;
      }
      if (isDirection(s.first) && WEST.test(v)) return EV_WEST_LINE;
    }
    if (s.digits === 0) return null;
    if (s.other > 0 && (RU.test(v) || VN.test(v) || KO.test(v))) return EV_MARKED;
    return EU.test(v) ? EV_EU : null;
  },
  find(text, hit, s) {
    if (s.cjk >= 2 && text.indexOf('号') >= 0) {
      CN_TEXT.lastIndex = 0;
      for (let m = CN_TEXT.exec(text); m !== null; m = CN_TEXT.exec(text)) {
        const lead = LEAD.exec(m[0])![0].length;
        const start = m.index + lead;
        const end = m.index + m[0].length;
        if (end - start >= 6 && CN_ADMIN.test(text.slice(start, end)) || end - start >= 8) hit(start, end, EV_TEXT);
      }
    }
    // A Western address line has a house number and a capitalised street name.
    if (s.upper === 0 || s.digits === 0) return;
    WEST_TEXT.lastIndex = 0;
    for (let m = WEST_TEXT.exec(text); m !== null; m = WEST_TEXT.exec(text)) hit(m.index, m.index + m[0].length, EV_TEXT);
  },
  cue: /(?:地址|住址|住在|送到|寄到|address|lives at|ship to)/i,
};
