import type { Detector, Evidence } from '../detect/detector';
import { evidence } from '../detect/detector';
import { isCjkWord, tokenize } from '../detect/keys';
import type { SensitiveType } from '../types';
import {
  DOCUMENT_CJK, DOCUMENT_WORDS, GENERIC, KIND_CJK, KIND_WORDS, NEGATIVE, NEGATIVE_CJK, PERSON_CJK, PERSON_ROLES, NUMBER_WORDS, PLACE_CJK, PLACES, PREMISES,
  PROSE, PROSE_CJK, SUFFIXES, THING_CJK, THINGS, TRADE_WORDS, TYPE_TAGS,
} from './words';

export interface KeyType {
  readonly type: SensitiveType;
  readonly ev: Evidence;
}

/** What a key (or a path segment, or a sibling's label value) says, computed once per distinct key. */
export interface KeySense {
  /** Normalised tokens, for explanations. */
  readonly norm: string;
  readonly types: readonly KeyType[];
  /** The key names a non-sensitive thing (order number, amount, version…). */
  readonly negative: Evidence | null;
  /** A modifier or the key itself names a person role. */
  readonly person: boolean;
  /** A modifier or the key itself names a thing or an organisation. */
  readonly thing: boolean;
  /** A word of the key names a fixed public place (station, store, POI): its coordinates are no person's. */
  readonly place: boolean;
  readonly prose: boolean;
  readonly generic: boolean;
  /** The key names a price, quantity, security or product attribute. */
  readonly trade: boolean;
  /** The key numbers an identity document of unstated kind (`certNo`, `docNumber`): a sibling kind label decides. */
  readonly document: boolean;
  /** The key's value names the kind of a sibling (`certType`, `证件类型`). */
  readonly kind: boolean;
  /** Says what it is only with the key of the object holding it (`{"card": {"number": …}}`, `dob: {day}`): see withParent. */
  readonly composable: boolean;
  /** One part of a date (`day`, `month`, `year`): composable even though it reads as a number alone. */
  readonly datePart: boolean;
  /** The key only tags the value's encoding (`{"phone": {"S": …}}`): the key above it names the value (see TYPE_TAGS). */
  readonly typeTag: boolean;
}

const SLOT_MASK = 255;
const STRONG = 5;
const WEAK = 2;
const EV_NEGATIVE = evidence('key names a non-sensitive thing', -5);

interface Entry {
  readonly type: SensitiveType;
  readonly strong: boolean;
}

/** Turns key names into KeySense using the detectors' vocabularies. Bounded cache. */
export class KeyLexicon {
  private readonly ascii = new Map<string, Entry[]>();
  private readonly cjk: Array<{ word: string; entry: Entry }> = [];
  /** Longest first, for keys written as one lower-case run (`customermobile`). */
  private readonly suffixPhrases: string[];
  /** Pinyin-initial phrases (`xm` 姓名, `dh` 电话, `sfzh` 身份证号), longest first, for keys such as `hzxm` or `lxrdh`. */
  private readonly initialPhrases: string[];
  private readonly cache = new Map<string, KeySense>();
  private readonly slotKeys: Array<string | undefined> = new Array<string | undefined>(SLOT_MASK + 1).fill(undefined);
  private readonly slotSenses: Array<KeySense | undefined> = new Array<KeySense | undefined>(SLOT_MASK + 1).fill(undefined);
  /** Sibling label values (`{"type":"mobile"}`) vary more than keys: their own, smaller cache. */
  private readonly labels = new Map<string, KeySense>();
  private readonly composed = new Map<string, Map<string, KeySense>>();
  private readonly evidence = new Map<string, Evidence>();

  constructor(detectors: readonly Detector[], private readonly cacheLimit = 20000) {
    for (const d of detectors) {
      const add = (p: string, strong: boolean): void => {
        const list = this.ascii.get(p) ?? [];
        list.push({ type: d.type, strong });
        this.ascii.set(p, list);
      };
      for (const p of d.keys.strong) add(p, true);
      for (const p of d.keys.weak ?? []) add(p, false);
      for (const w of d.keys.cjk ?? []) this.cjk.push({ word: w.toLowerCase(), entry: { type: d.type, strong: true } });
      for (const w of d.keys.cjkWeak ?? []) this.cjk.push({ word: w.toLowerCase(), entry: { type: d.type, strong: false } });
    }
    this.suffixPhrases = [...this.ascii.keys(), ...NEGATIVE].filter((p) => p.length >= 5).sort((a, b) => b.length - a.length);
    const strongOrNegative = (p: string): boolean => NEGATIVE.has(p) || (this.ascii.get(p) ?? []).some((e) => e.strong);
    this.initialPhrases = [...this.ascii.keys(), ...NEGATIVE]
      .filter((p) => p.length >= 2 && INITIALS.test(p) && strongOrNegative(p)).sort((a, b) => b.length - a.length);
  }

  sense(key: string | undefined): KeySense {
    if (key === undefined || key.length === 0) return key === undefined ? EMPTY : this.cached(this.cache, this.cacheLimit, key);
    // Keys repeat leaf after leaf but arrive as fresh strings: a small direct-mapped table compared
    // with === (length first, then chars) is cheaper than hashing each one into the Map.
    const slot = (key.length * 31 + key.charCodeAt(0) * 7 + key.charCodeAt(key.length - 1)) & SLOT_MASK;
    if (this.slotKeys[slot] === key) return this.slotSenses[slot]!;
    const s = this.cached(this.cache, this.cacheLimit, key);
    this.slotKeys[slot] = key;
    this.slotSenses[slot] = s;
    return s;
  }

  /**
   * A bare `number`/`no`/`value`/`holder` says what it is only with the object
   * holding it: `{"card": {"number": …}}` is a card number, `{"order": {"no": …}}`
   * an order number. Cached per (parent, key) without building a string per leaf.
   */
  withParent(parent: string, key: string): KeySense {
    let byKey = this.composed.get(parent);
    if (byKey === undefined) {
      if (this.composed.size >= 2000) this.composed.clear();
      this.composed.set(parent, (byKey = new Map()));
    }
    let s = byKey.get(key);
    if (s === undefined && this.sense(key).datePart) {
      // `dob: {day, month, year}`: each part of a birth date is the birth date's.
      const whole = this.sense(parent);
      const birth = whole.types.filter((t) => t.type === 'DATE_OF_BIRTH' && t.ev.weight > 0);
      s = birth.length > 0 ? { ...EMPTY, norm: `${whole.norm} ${key}`, types: birth } : this.analyse(`${parent}_${key}`);
      byKey.set(key, s);
    }
    if (s === undefined) {
      // An array of them (`cards: [{number}]`): the singular names the item.
      const one = parent.length > 3 && parent.endsWith('s') ? this.analyse(`${parent.slice(0, -1)}_${key}`) : undefined;
      s = one !== undefined && (one.types.length > 0 || one.negative !== null) ? one : this.analyse(`${parent}_${key}`);
      byKey.set(key, s);
    }
    return s;
  }

  /** What a sibling's value says when it labels a generic value; only short word-like values can. */
  label(value: string): KeySense {
    if (value.length > 24 || !LABEL_SHAPE.test(value)) return EMPTY;
    return this.cached(this.labels, 1000, value);
  }

  private cached(cache: Map<string, KeySense>, limit: number, key: string): KeySense {
    let s = cache.get(key);
    if (s === undefined) {
      if (cache.size >= limit) cache.clear();
      s = this.analyse(key);
      cache.set(key, s);
    }
    return s;
  }

  private ev(type: SensitiveType, strength: number, why: string): Evidence {
    const k = `${type}|${strength}|${why}`;
    let e = this.evidence.get(k);
    if (e === undefined) {
      e = evidence(why, strength);
      this.evidence.set(k, e);
    }
    return e;
  }

  private analyse(key: string): KeySense {
    const tokens = tokenize(key);
    const latin = tokens.filter((t) => !isCjkWord(t.charCodeAt(0)));
    const cjkText = tokens.filter((t) => isCjkWord(t.charCodeAt(0))).join('');
    let headAt = -1;
    let entries: Entry[] | undefined;
    /** The phrase that named the head: a role (`lxr` 联系人, `holder`) is a person even under a thing. */
    let head = '';
    let negative = false;

    // The head is the longest tail of the key that names something, with and without trailing qualifiers.
    let end = latin.length;
    // Trailing qualifiers, numbers and single letters (`5F20`, an EMV tag) do not change what a key names.
    while (end > 1 && (SUFFIXES.has(latin[end - 1]!) || /^\d+$/.test(latin[end - 1]!) || latin[end - 1]!.length === 1)) end--;
    // A list names its items in the plural (`phoneNumbers`, `emails`): the singular is tried after the key as
    // written, for the sensitive types only. A plural thing (`pages`, `items`) is a container, and the values
    // in its rows are not the thing itself.
    const singular = latin.map(singularOf);
    const spellings = singular.some((t, i) => t !== latin[i]) ? [latin, singular] : [latin];
    // A person's number or code (`ownerCode`, `member_no`) identifies them: it is not their name.
    let numbered = false;
    for (const stop of end === latin.length ? [end] : [latin.length, end]) {
      numbered = latin.slice(stop).some((t) => NUMBER_WORDS.has(t));
      for (const words of spellings) {
        for (let i = 0; i < stop && headAt < 0; i++) {
          const phrase = words.slice(i, stop).join('');
          const hit = this.ascii.get(phrase);
          if (hit !== undefined) {
            entries = hit;
            headAt = i;
            head = phrase;
          } else if (words === latin && NEGATIVE.has(phrase)) {
            negative = true;
            headAt = i;
          }
        }
        if (headAt >= 0) break;
      }
      if (headAt >= 0) break;
    }
    let prefix = latin.slice(0, Math.max(headAt, 0));
    if (headAt < 0 && latin.length > 0 && latin.length <= 2) {
      // One lower-case run: match the longest known phrase it ends with.
      const whole = latin.slice(0, end).join('');
      let p = this.suffixPhrases.find((x) => whole.endsWith(x) && whole.length > x.length);
      // Pinyin initials are vowel-free: a role's initials then the field's (`hz`+`xm` 患者姓名, `sjr`+`dz` 收件人地址).
      if (p === undefined && whole.length >= 4 && whole.length <= 10 && INITIALS.test(whole)) {
        p = this.initialPhrases.find((x) => whole.endsWith(x) && initialsRole(whole.slice(0, whole.length - x.length), x));
      }
      if (p !== undefined) {
        const hit = this.ascii.get(p);
        head = p;
        if (hit !== undefined) entries = hit;
        else negative = true;
        prefix = [whole.slice(0, whole.length - p.length)];
      }
    }

    // Chinese keys: the word that ends last is the head (`订单联系电话` is a phone, `手机订单号` an order).
    let cjkHeadEnd = -1;
    let cjkEntries: Entry[] = [];
    let cjkNegative = false;
    let cjkHeadStart = 0;
    if (cjkText.length > 0) {
      for (const { word, entry } of this.cjk) {
        const at = cjkText.lastIndexOf(word);
        if (at < 0) continue;
        const e = at + word.length;
        if (e > cjkHeadEnd) {
          cjkHeadEnd = e;
          cjkEntries = [entry];
          cjkNegative = false;
          cjkHeadStart = at;
        } else if (e === cjkHeadEnd) cjkEntries.push(entry);
      }
      for (const w of NEGATIVE_CJK) {
        const at = cjkText.lastIndexOf(w);
        if (at >= 0 && at + w.length > cjkHeadEnd) {
          cjkHeadEnd = at + w.length;
          cjkEntries = [];
          cjkNegative = true;
          cjkHeadStart = at;
        }
      }
    }
    const cjkPrefix = cjkHeadEnd >= 0 ? cjkText.slice(0, cjkHeadStart) : '';

    // Without a head the whole key is a modifier: a container such as `customerInfo` or `stock_list`.
    const mods = headAt < 0 && entries === undefined && !negative ? latin : prefix;
    // `customerId`, `member_no`: an identifier of a person marks a person record.
    const personId = negative && latin.some((t) => PERSON_ROLES.has(t) || PERSON_ROLES.has(t.replace(/id$|no$/, '')));
    const person = mods.some((t) => PERSON_ROLES.has(t)) || PERSON_CJK.some((w) => cjkPrefix.includes(w)) ||
      (cjkHeadEnd < 0 && PERSON_CJK.some((w) => cjkText.includes(w)));
    const thing = mods.some((t) => THINGS.has(t)) || THING_CJK.some((w) => cjkPrefix.includes(w) || cjkText.endsWith(w));
    const place = latin.some((t) => PLACES.has(t)) || PLACE_CJK.some((w) => cjkText.includes(w));
    const premises = latin.some((t) => PREMISES.has(t)) || PLACE_CJK.some((w) => cjkText.includes(w));

    const types: KeyType[] = [];
    const push = (e: Entry, why: string): void => {
      if (numbered && e.type === 'PERSON_NAME') return;
      let w = e.strong ? STRONG : WEAK;
      let label = `key ${e.strong ? 'names' : 'suggests'} ${e.type} (${why})`;
      if (!e.strong && person && !personId) {
        w = STRONG;
        label = `key names ${e.type} of a person (${why})`;
      } else if (thing && (e.type === 'PERSON_NAME' || e.type === 'DATE_OF_BIRTH') && !PERSON_ROLES.has(head)) {
        w = -STRONG;
        label = `key names a thing's ${e.type === 'PERSON_NAME' ? 'name' : 'date'} (${why})`;
      } else if ((place && e.type === 'GEO_LOCATION') || (premises && e.type === 'STREET_ADDRESS')) {
        w = -STRONG;
        label = `key names a fixed place's ${e.type === 'GEO_LOCATION' ? 'coordinates' : 'address'} (${why})`;
      }
      if (!types.some((t) => t.type === e.type)) types.push({ type: e.type, ev: this.ev(e.type, w, label) });
    };
    const norm = tokens.join(' ');
    for (const e of entries ?? []) push(e, norm);
    for (const e of cjkEntries) push(e, norm);
    // A bare role (`user`, `assignee`, `committer`, `kfys` 开方医生 in pinyin initials) or whoever did
    // something (`pickedBy`, `approved_by`) holding a string is most often that person's name.
    if (types.length === 0 && !negative && !cjkNegative && cjkText.length === 0 && (bareRole(latin) || doneBy(latin))) {
      types.push({ type: 'PERSON_NAME', ev: this.ev('PERSON_NAME', WEAK, `key is a person role (${norm})`) });
    }

    const last = latin[latin.length - 1];
    const isNegative = (negative || cjkNegative) && types.length === 0;
    const datePart = DATE_PARTS.has(norm);
    return {
      norm,
      types,
      negative: isNegative ? EV_NEGATIVE : null,
      // For context: any word of the key naming a person role (`sender`, `customerId`, `patient_info`).
      person: person || personId || latin.some((t) => PERSON_ROLES.has(t)),
      thing,
      place,
      prose: (last !== undefined && PROSE.has(last)) || PROSE_CJK.some((w) => cjkText.endsWith(w)),
      generic: tokens.length === 1 && GENERIC.has(tokens[0]!),
      trade: latin.some((t) => TRADE_WORDS.has(t)),
      document: (latin.length >= 2 && NUMBER_WORDS.has(last!) && latin.slice(0, -1).some((t) => DOCUMENT_WORDS.has(t))) ||
        DOCUMENT_CJK.some((w) => cjkText.endsWith(w)) || types.some((t) => DOCUMENT_TYPES.has(t.type) && t.ev.weight > 0),
      // Read only beside a document-number key (see kindLabel), where a bare `type` or `Art` is the document's kind.
      kind: (last !== undefined && KIND_WORDS.has(last)) || KIND_CJK.some((w) => cjkText.endsWith(w)),
      composable: (!isNegative && COMPOSABLE.has(norm)) || datePart,
      datePart,
      typeTag: TYPE_TAGS.has(key),
    };
  }
}

/** Keys that only name a type together with the key of the object holding them. */
const COMPOSABLE: ReadonlySet<string> = new Set(['number', 'no', 'num', 'nr', 'nummer', 'numero', 'value', 'val', 'holder', 'owner']);
/** Keys that hold one part of a date, whatever else they mean alone. */
const DATE_PARTS: ReadonlySet<string> = new Set(['day', 'month', 'year', 'dd', 'mm', 'yyyy', 'yy']);
const INITIALS = /^[b-df-hj-np-tv-z]+$/;

/**
 * Roles written in pinyin initials (`kh` 客户, `ys` 医生): a vowel-free key ending in one (`kfys` 开方医生)
 * names that person. `ys` alone is as often 颜色 (a colour), so it is no role by itself.
 */
const INITIAL_ROLES = [...[...PERSON_ROLES].filter((r) => r.length >= 2 && INITIALS.test(r)), 'ys'];

function bareRole(latin: readonly string[]): boolean {
  if (latin.length !== 1) return false;
  const w = latin[0]!;
  return PERSON_ROLES.has(w) || (w.length >= 3 && w.length <= 6 && INITIALS.test(w) && INITIAL_ROLES.some((r) => w.endsWith(r)));
}

/** `pickedBy`, `approved_by`, `createdBy`: a verb's agent; not `sortBy`, `groupBy` (their values are field names). */
function doneBy(latin: readonly string[]): boolean {
  return latin.length === 2 && latin[1] === 'by' && /(?:ed|en)$/.test(latin[0]!);
}

/** `numbers` → `number`, `addresses` → `address`, `cities` → `city`; other words unchanged (`status`, `address`). */
function singularOf(w: string): string {
  if (w.length < 4 || w.charCodeAt(w.length - 1) !== 115 /* s */) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  return /(?:ss|us|is)$/.test(w) ? w : w.slice(0, -1);
}
/**
 * Whether `role` can lead the initials phrase `field`. Two initials are ambiguous (`dh` 电话 or 单号, `sj` 手机
 * or 时间), so they need a person's initials before them (`hz` 患者, any `…r` 人).
 */
function initialsRole(role: string, field: string): boolean {
  if (role.length === 0 || role.length > 4) return false;
  return field.length > 2 || role.endsWith('r') || PERSON_ROLES.has(role);
}
const LABEL_SHAPE = /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff .-]*$/;
const EMPTY: KeySense = {
  norm: '', types: [], negative: null, person: false, thing: false, place: false, prose: false, generic: false, trade: false, document: false, kind: false,
  composable: false, datePart: false, typeTag: false,
};
const DOCUMENT_TYPES: ReadonlySet<SensitiveType> = new Set<SensitiveType>(['CN_RESIDENT_ID', 'PASSPORT_NUMBER', 'CN_HK_MACAU_PERMIT']);

/** Keys that hold the name a person logs in with (normalised, as KeySense.norm). */
const LOGIN_NAMES: ReadonlySet<string> = new Set(['username', 'user name', 'user', 'login', 'login name', 'login id', 'loginname', 'account', 'account name', 'user account']);
export function namesLogin(sense: KeySense): boolean {
  return LOGIN_NAMES.has(sense.norm);
}
/**
 * What an unknown key says of a password-shaped value beside a login name (`{"username": "admin", "losung":
 * "li4098!"}`): it is most likely the secret the login is made with. Weaker than a key naming a password.
 */
export const BESIDE_LOGIN: KeySense = {
  ...EMPTY,
  norm: 'beside a login name',
  types: [{ type: 'CREDENTIAL', ev: evidence('a login name (username, account) beside a password-shaped value', 3) }],
};
