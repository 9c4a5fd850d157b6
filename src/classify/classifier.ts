import type { Detector, Evidence } from '../detect/detector';
import { evidence } from '../detect/detector';
import { ALL_CLASSES, isFullwidthAlnum, Shape } from '../detect/shape';
import type {
  CompiledFieldMap, Direction, FieldHint, FieldPath, FieldSource, LeafClassifier, LeafView, RouteTemplate,
  SensitiveType, Span,
} from '../types';
import { AWAIT_SIBLINGS } from '../types';
import { scanEmbedded } from './embedded';
import { DetectorHooks } from './hooks';
import type { KeySense } from './keysense';
import { BESIDE_LOGIN, KeyLexicon, namesLogin } from './keysense';
import { isMasked, MAX_ENDS_SHOWN_CHARS } from './masked';
import { PRIOR, sigmoid } from './thresholds';
import { LABEL_KEYS, TAG_CONTAINERS, TYPE_TAGS } from './words';

/** Route-history evidence for an ambiguous leaf (implemented by FieldStats). */
export interface FieldEvidence {
  /** The largest weight evidenceFor() returns (absent: unbounded, so no detector is skipped for it). */
  readonly maxWeight?: number;
  evidenceFor(route: RouteTemplate, direction: Direction, path: FieldPath, type: SensitiveType): Evidence | null;
}

/** One finding with the evidence that decided it (for `scan --explain`). */
export interface ExplainedSpan extends Span {
  readonly evidence: readonly Evidence[];
}

export interface ClassifierDeps {
  readonly detectors: readonly Detector[];
  readonly thresholds: Readonly<Record<SensitiveType, number>>;
  readonly fieldEvidence?: FieldEvidence;
}

const EV_PERSON_SIBLINGS = evidence('sibling keys describe a person', 1);
const EV_PERSON_PATH = evidence('enclosing object is a person record', 1.5);
const EV_THING_SIBLINGS = evidence('sibling keys describe a product, trade or quantity', -1.5);
const EV_THING_PATH = evidence('enclosing object is a thing (product, stock, company…)', -2.5);
const EV_PLACE_PATH = evidence('enclosing object is a fixed place (station, store, POI)', -2.5);
/** A thing's name or date (`brand`, `city`, `founded`) is not a person's; other types keep their meaning. */
const EV_THING_KEY = evidence('key names a thing (product, city, company…)', -3);
/** Types a thing's key (`brand`, `founded`) counts against: a thing has a name and a date, not a person's. */
const PERSONAL: ReadonlySet<SensitiveType> = new Set<SensitiveType>(['PERSON_NAME', 'DATE_OF_BIRTH']);
const EV_LABEL = evidence('a sibling label names the type of this generic value', 0);
const EV_NUMBER_LEAF = evidence('JSON number', 0);
/** The most sibling keys can add (see context()). */
const SIBLINGS_MAX = 2 * EV_PERSON_SIBLINGS.weight;
/** The most later sibling keys can take away (things, not people: see context()). */
const SIBLINGS_MIN = 2 * EV_THING_SIBLINGS.weight;
/** The most sibling and path context can add. */
const CONTEXT_MAX = SIBLINGS_MAX + EV_PERSON_PATH.weight;
/** Scores outside this band are decided; context is only read inside it. */
const UNDECIDED_LOW = -4.5;
const UNDECIDED_HIGH = 2.5;
const MAX_EMBED_DEPTH = 3;
const LENGTH_BUCKETS = 256;

type Trace = ExplainedSpan[];

/**
 * Combines evidence into a confidence per (leaf, type): value format and
 * checksum, key semantics, sibling keys, enclosing path, JSON type, the
 * route's FieldMap hint and route statistics, as a sum of log-odds. The best
 * type over its threshold wins the whole leaf; otherwise string leaves are
 * searched for embedded values (see embedded.ts).
 */
export class ContextClassifier implements LeafClassifier {
  readonly lexicon: KeyLexicon;
  private readonly shapes: Shape[] = [];
  /** Detectors whose length range admits a value of length i (the last entry: every longer value). */
  private readonly byLength: DetectorHooks[][] = [];
  /** Every detector, in registry order: the reference path and hinted fields ask them all. */
  readonly hooks: readonly DetectorHooks[];
  /** Detectors that look into free text holding these character classes (index: Shape.classes), made on first need. */
  private readonly finders: Array<readonly DetectorHooks[] | undefined> = new Array<readonly DetectorHooks[] | undefined>(ALL_CLASSES + 1);
  private readonly scratch: Evidence[] = [];
  // Per-leaf lazily computed context, reset at the start of every whole-leaf decision.
  private ctxPerson = 0;
  private ctxThing = 0;
  /** What sibling keys alone add (the part of ctxPerson + ctxThing that later siblings could change). */
  private ctxSiblings = 0;
  /** A thing container (`/vehicle/…`, `/product/…`): counts against a person's name or birth date only. */
  private ctxThingPath = 0;
  /** A fixed place's container (`/station/…`): counts against coordinates only. */
  private ctxPlacePath = 0;
  private ctxReady = false;
  /** The leaf in decideWhole may still get siblings (see LeafView.laterSiblings). */
  private awaitable = false;
  /** Set by decideWhole: a candidate fell short by less than later siblings could still add. */
  private shortOfSiblings = false;
  /**
   * Set by decideWhole: the winner rests on its key alone (no positive value evidence) and siblings still to
   * come could take it under its bar (`{"token": " callback", "logprob": -0.01}`: a model's text, not a secret).
   */
  private overturnable = false;
  private readonly logitThreshold: Readonly<Record<SensitiveType, number>>;
  private readonly looseMin: number;

  constructor(private readonly deps: ClassifierDeps) {
    this.lexicon = new KeyLexicon(deps.detectors);
    this.logitThreshold = Object.fromEntries(
      Object.entries(deps.thresholds).map(([t, p]) => [t, p >= 1 ? Infinity : Math.log(p / (1 - p))]),
    ) as Record<SensitiveType, number>;
    for (let i = 0; i <= MAX_EMBED_DEPTH; i++) this.shapes.push(new Shape());
    const boost = CONTEXT_MAX + (deps.fieldEvidence === undefined ? 0 : (deps.fieldEvidence.maxWeight ?? Infinity));
    this.hooks = deps.detectors.map((d) => new DetectorHooks(d, PRIOR + (d.maxWeight ?? Infinity) + boost, this.logitThreshold[d.type], PERSONAL.has(d.type)));
    // Without a key naming the type, value evidence under this goes no further (see decideWhole).
    this.looseMin = deps.fieldEvidence === undefined ? 1 : -0.5;
    for (let n = 0; n <= LENGTH_BUCKETS; n++) {
      this.byLength.push(this.hooks.filter(({ detector: d }) => d.lengths[1] >= n && (n === LENGTH_BUCKETS || d.lengths[0] <= n)));
    }
  }

  classify(leaf: LeafView, direction: Direction, fieldMap: CompiledFieldMap): readonly Span[] | null {
    return this.run(leaf, direction, fieldMap, null, 0);
  }

  /** Same decision as classify(), with the evidence behind every span. */
  explain(leaf: LeafView, direction: Direction, fieldMap: CompiledFieldMap): readonly ExplainedSpan[] {
    const trace: Trace = [];
    const spans = this.run(leaf, direction, fieldMap, trace, 0) ?? [];
    if (spans === AWAIT_SIBLINGS) return AWAIT_SIBLINGS as readonly ExplainedSpan[];
    // The trace holds every candidate in the order found, overlapped ones too; the answer is the spans that won, in order.
    return spans.map((sp) => {
      const t = trace.find((x) => x.start === sp.start && x.end === sp.end && x.type === sp.type);
      return { ...sp, evidence: t?.evidence ?? [] };
    });
  }

  /** Used by embedded.ts for values nested inside a leaf. */
  run(leaf: LeafView, direction: Direction, fieldMap: CompiledFieldMap, trace: Trace | null, depth: number): readonly Span[] | null {
    const kind = leaf.kind;
    if (kind !== 'string' && kind !== 'number') return null;
    let value = leaf.value;
    let key = leaf.key;
    let ks = this.lexicon.sense(key);
    // Where the key naming the value sits in the path: its own segment, or the owner of a type-tagged value.
    let keyAt = leaf.depth - 1;
    if (ks.typeTag && leaf.segment(keyAt) === key) {
      keyAt = ownerAt(leaf, keyAt, true);
      key = keyAt < 0 ? undefined : (leaf.segment(keyAt) as string);
      ks = this.lexicon.sense(key);
    }
    // No detector accepts a value this short (numbers: the shortest is a coordinate, `1.234`); only a pinned
    // field can, or a part of a birth date (`dob: {day: 3}`).
    if (value.length < (kind === 'number' ? 5 : 2) && fieldMap.isEmpty && !ks.datePart) return null;
    if (value.length === 0) return null;
    const s = this.shapes[depth]!.fill(value);
    if (s.fullwidth > 0 && kind === 'string') {
      leaf = new FullwidthFolded(leaf);
      value = leaf.value;
      s.fill(value);
    }
    // Shortcuts (a gate that rules a leaf out before the full test) are skipped when explaining:
    // explain() is the reference the fast path is checked against (test/classify/fast-path).
    const fast = trace === null;
    const f = s.first;
    const endsShown = s.len <= MAX_ENDS_SHOWN_CHARS && (s.dot >= 3 || (s.other > 0 && value.indexOf('…') > 0)); // `sk-proj...9i9g` (see isMasked)
    if ((!fast || s.star > 0 || endsShown || f === 91 || f === 60 || f === 123 || f === 40 || (f === 104 && value.charCodeAt(1) === 58)) &&
      isMasked(value)) return null;
    if (ks.composable) {
      const at = ownerAt(leaf, keyAt, keyAt !== leaf.depth - 1);
      const parent = at < 0 ? undefined : (leaf.segment(at) as string);
      if (parent !== undefined) {
        const c = this.lexicon.withParent(parent, key!);
        if (c.types.length > 0 || c.negative !== null || c.document) ks = c;
      }
    }
    const awaitable = leaf.laterSiblings === true;
    // Whether a sibling still to come could name what this leaf is: a label or document kind
    // (`{"value": …, "type": "mobile"}`), or a login name beside a password.
    let awaits = false;
    let labelled = false;
    if (ks.generic || key === undefined || ks.document) {
      const label = ks.document ? this.kindLabel(leaf) : this.siblingLabel(leaf);
      if (label !== null) {
        ks = label;
        labelled = true;
      } else awaits = awaitable && valueMayDecide(s);
    } else if (ks.types.length === 0 && ks.negative === null && passwordShaped(s)) {
      if (this.besideLogin(leaf)) ks = BESIDE_LOGIN;
      else awaits = awaitable;
    }
    const hint = fieldMap.isEmpty ? undefined : fieldMap.lookup(direction, leaf.fieldPath());
    // A JSON document inside a string is a container: its inner leaves decide, not its text as a whole.
    const container = kind === 'string' && (s.first === 123 || s.first === 91) && (s.last === 125 || s.last === 93);
    // With route statistics a weak value can still be decided, so the value gate only applies without them.
    const gated = fast && this.deps.fieldEvidence === undefined;
    if (!container && (!gated || ks.types.length > 0 || hint !== undefined || valueMayDecide(s))) {
      this.awaitable = awaitable;
      this.shortOfSiblings = false;
      this.overturnable = false;
      const whole = this.decideWhole(leaf, s, ks, labelled, hint, direction, fieldMap, trace);
      if (whole !== null) return this.overturnable ? AWAIT_SIBLINGS : [whole];
      awaits ||= this.shortOfSiblings; // read before scanEmbedded: its inner leaves reuse the fields
    }
    const inner = kind !== 'string' || depth >= MAX_EMBED_DEPTH || s.len < 6 ? null : scanEmbedded(this, leaf, s, ks, direction, trace, depth);
    return awaits && (inner === null || inner.length === 0) ? AWAIT_SIBLINGS : inner;
  }

  /**
   * The detectors whose find() could match in a text with these character classes. Lowercase prose
   * (`shipped to warehouse`) has none, and then asks no detector at all.
   */
  textFinders(classes: number): readonly DetectorHooks[] {
    return (this.finders[classes] ??= this.hooks.filter((h) => h.finds && (classes & h.textClasses) !== 0));
  }

  get detectors(): readonly Detector[] {
    return this.deps.detectors;
  }
  threshold(t: SensitiveType): number {
    return this.deps.thresholds[t];
  }

  private siblingLabel(leaf: LeafView): KeySense | null {
    for (const k of LABEL_KEYS) {
      const v = leaf.siblingValue(k);
      if (v === undefined) continue;
      const sense = this.lexicon.label(v);
      if (sense.types.length > 0) return sense;
    }
    return null;
  }

  private besideLogin(leaf: LeafView): boolean {
    const sk = leaf.siblingKeys;
    for (let i = 0; i < sk.length && i < 32; i++) if (namesLogin(this.lexicon.sense(sk[i]))) return true;
    return false;
  }

  /** `certType: "HMT"` beside `certNo`: the document kind named by a sibling, or null. */
  private kindLabel(leaf: LeafView): KeySense | null {
    const sk = leaf.siblingKeys;
    for (let i = 0; i < sk.length && i < 32; i++) {
      if (!this.lexicon.sense(sk[i]).kind) continue;
      const v = leaf.siblingValue(sk[i]!);
      const sense = v === undefined ? null : this.lexicon.label(v);
      if (sense !== null && sense.types.length > 0) return sense;
    }
    return null;
  }

  private decideWhole(
    leaf: LeafView, s: Shape, ks: KeySense, labelled: boolean, hint: FieldHint | undefined,
    direction: Direction, fieldMap: CompiledFieldMap, trace: Trace | null,
  ): Span | null {
    const value = leaf.value;
    this.ctxReady = false;
    let bestType: SensitiveType | null = null;
    let bestScore = -Infinity;
    let bestSource: FieldSource = 'detector';
    let bestEvidence: Evidence[] | null = null;
    // The fast path only asks detectors whose length range admits the value; explain asks all (the
    // reference), and so does a hinted field (a config pin applies to values no detector accepts).
    const hooks = trace === null && hint === undefined ? this.byLength[Math.min(s.len, LENGTH_BUCKETS)]! : this.hooks;
    const fast = hooks !== this.hooks;
    // What the key says against a type it does not name, read once per leaf: a negative key counts
    // against every type, a thing's key (`brand`, `founded`) against a person's name or birth date only.
    const against: Evidence | null = ks.negative;
    const againstPersonal: Evidence | null = ks.negative ?? (ks.thing ? EV_THING_KEY : null);
    const types = ks.types;
    for (let i = 0; i < hooks.length; i++) {
      const h = hooks[i]!;
      if (fast && !h.admits(s.classes)) continue;
      let kev: Evidence | null = null;
      for (let k = 0; k < types.length; k++) if (types[k]!.type === h.type) kev = types[k]!.ev;
      // Skip a detector whose best answer could not carry this key over the bar (a timestamp under
      // `createdAt` is never asked whether it is a birth date) or past the best type found so far
      // (a mobile under `phone` is not then asked whether it is an SSN), nor get past the loose-value rule below.
      const keyEv = kev ?? (h.personal ? againstPersonal : against);
      if (fast) {
        if (kev === null && (h.maxWeight < this.looseMin || (this.looseMin > 0 && !h.mayBePositive(s)))) continue;
        const top = h.ceiling + (keyEv === null ? 0 : keyEv.weight);
        if (top < h.bar || top <= bestScore) continue;
      }
      const vev = h.assess(value, leaf.kind, s);
      const hinted = hint !== undefined && hint.type === h.type;
      if (vev === null) {
        if (hinted && hint.source === 'config' && bestScore < Infinity) {
          bestType = h.type; bestScore = Infinity; bestSource = 'config';
          bestEvidence = trace && [evidence(`route FieldMap pins this field (config)`, Infinity)];
        }
        continue;
      }
      // Weak value evidence with no key or hint only goes on when route history may still decide it, and is
      // then found only if the history speaks for it. A person's record (siblings, path) is context for a name
      // or a birth date in it (`NameInPNR: "DING/YA"` among passengers), not for a token or a number.
      const historyOnly = kev === null && !hinted && vev.weight < 1;
      if (historyOnly && (this.deps.fieldEvidence === undefined || vev.weight < -0.5)) continue;
      // The evidence list is only kept for explain(): the fast path sums weights and builds nothing.
      const ev = trace === null ? null : this.scratch;
      if (ev !== null) {
        ev.length = 0;
        ev.push(vev);
      }
      let score = PRIOR + vev.weight;
      if (leaf.kind === 'number') ev?.push(EV_NUMBER_LEAF);
      if (kev !== null) {
        score += kev.weight;
        ev?.push(labelled ? EV_LABEL : kev);
        if (labelled) ev?.push(kev);
      } else if (keyEv !== null) {
        score += keyEv.weight;
        ev?.push(keyEv);
      }
      let hintWeight = 0;
      if (hinted) {
        hintWeight = hint.source === 'config' ? 50 : 6 * hint.confidence;
        score += hintWeight;
        ev?.push(evidence(`route FieldMap labels this field (${hint.source}, ${hint.confidence.toFixed(2)})`, hintWeight));
      }
      // What siblings still to come could add, beyond those already read.
      let siblingGap = 0;
      let siblingDrop = 0;
      if (score > UNDECIDED_LOW && score < UNDECIDED_HIGH) {
        score += this.context(leaf, h.type, ev);
        if (this.awaitable) {
          siblingGap = SIBLINGS_MAX - this.ctxSiblings;
          siblingDrop = SIBLINGS_MIN - this.ctxThing;
        }
      }
      const fe = this.deps.fieldEvidence;
      let history = 0;
      if (fe !== undefined && score > UNDECIDED_LOW && score < UNDECIDED_HIGH) {
        const se = fe.evidenceFor(fieldMap.route, direction, leaf.fieldPath(), h.type);
        if (se !== null) {
          history = se.weight;
          score += se.weight;
          ev?.push(se);
        }
      }
      if (historyOnly && history <= 0 && !h.personal) continue;
      // Compared in log-odds: the logistic is computed once, for the winner.
      const bar = h.bar;
      if (score < bar && score + siblingGap >= bar) this.shortOfSiblings = true;
      if (score >= bar && score > bestScore) {
        this.overturnable = vev.weight <= 0 && score + siblingDrop < bar;
        bestType = h.type;
        bestScore = score;
        bestSource = hinted && score - hintWeight < bar ? hint.source : 'detector';
        if (ev !== null) bestEvidence = ev.slice();
      }
    }
    if (bestType === null) return null;
    const span: Span = { start: 0, end: value.length, type: bestType, confidence: round(sigmoid(bestScore)), source: bestSource };
    if (trace) trace.push({ ...span, evidence: bestEvidence ?? [] });
    return span;
  }

  /** Sibling and path evidence, read once per leaf and only for undecided candidates. */
  private context(leaf: LeafView, type: SensitiveType, ev: Evidence[] | null): number {
    if (!this.ctxReady) {
      this.ctxReady = true;
      let person = 0;
      let thing = 0;
      const sk = leaf.siblingKeys;
      for (let i = 0; i < sk.length && i < 32; i++) {
        const sense = this.lexicon.sense(sk[i]);
        if (sense.trade) thing++;
        // Coordinates are a store's or a station's as often as a person's: `lng` beside `lat` says nothing of whom.
        else if (sense.person || sense.types.some((t) => t.ev.weight >= 5 && t.type !== 'GEO_LOCATION')) person++;
      }
      this.ctxPerson = person > 0 ? EV_PERSON_SIBLINGS.weight * Math.min(person, 2) : 0;
      this.ctxThing = thing > person ? EV_THING_SIBLINGS.weight * Math.min(thing - person, 2) : 0;
      this.ctxSiblings = this.ctxPerson + this.ctxThing;
      this.ctxThingPath = 0;
      this.ctxPlacePath = 0;
      for (let i = leaf.depth - 2, n = 0; i >= 0 && n < 3; i--) {
        const seg = leaf.segment(i);
        if (typeof seg === 'number') continue;
        n++;
        const sense = this.lexicon.sense(seg);
        if (sense.place && n === 1) this.ctxPlacePath = EV_PLACE_PATH.weight;
        if (sense.person) {
          this.ctxPerson += EV_PERSON_PATH.weight;
          break;
        }
        if (sense.thing) {
          this.ctxThingPath = EV_THING_PATH.weight;
          break;
        }
      }
    }
    const thing = this.ctxThing + (PERSONAL.has(type) ? this.ctxThingPath : type === 'GEO_LOCATION' ? this.ctxPlacePath : 0);
    if (ev !== null && this.ctxPerson !== 0) ev.push(evidence('person context (siblings/path)', this.ctxPerson));
    if (ev !== null && thing !== 0) ev.push(evidence('thing context (siblings/path)', thing));
    return this.ctxPerson + thing;
  }
}

/**
 * Without a key, hint or label naming a type, only a value with one of these
 * shapes can carry enough evidence on its own; everything else (words, small
 * numbers, amounts) skips the detectors. Keep in step with the detectors'
 * strongest value evidence.
 */
function valueMayDecide(s: Shape): boolean {
  return s.digits >= 7 || s.at > 0 || s.cjk >= 2 || s.colon >= 2 || (s.dot >= 2 && s.digits >= 6) ||
    (s.dot === 3 && s.digits >= 4) || // IPv4
    (s.len >= 20 && s.letters > 0 && (s.space === 0 || s.first === 45)) || // JWT, vendor keys (no spaces), PEM (`-----BEGIN …`)
    (s.space === 1 && s.len >= 13) || // `Bearer <token>`
    (s.len === 17 && s.upper >= 2) || // VIN
    (s.space > 0 && s.upper >= 2) || (s.upper > 0 && s.digits >= 6) || (s.cjk >= 1 && s.upper >= 1) ||
    (s.space > 0 && s.space <= 3 && s.other >= 4 && s.digits === 0) || // a name in Cyrillic or other non-ASCII letters
    (s.other === s.len && s.len >= 2 && s.len <= 5) || // a Korean name
    (s.other >= 4 && s.space >= 2 && s.digits >= 1); // a Korean, Russian or Vietnamese address
}

/**
 * What people choose as passwords, by shape alone: 6-64 characters without spaces, letters and digits, and
 * a symbol or both cases (`huang7691!`, `Dragon#439`, `bHtYreO1aAR1`). Keep in step with the credential
 * detector's password evidence.
 */
function passwordShaped(s: Shape): boolean {
  return s.len >= 6 && s.len <= 64 && s.space === 0 && s.cjk === 0 && s.digits > 0 && s.letters > 0 &&
    (s.other + s.star + s.at + s.plus + s.equals + s.percent > 0 || (s.upper > 0 && s.lower > 0));
}

/**
 * Index of the nearest property name above path segment `from`, array indices skipped; -1 if none.
 * Above a type-tagged value, the tags and their containers are skipped too (`{"phones": {"L": [{"S": …}]}}`).
 */
function ownerAt(leaf: LeafView, from: number, tagged: boolean): number {
  for (let i = from - 1; i >= 0; i--) {
    const seg = leaf.segment(i);
    if (typeof seg === 'string' && !(tagged && (TYPE_TAGS.has(seg) || TAG_CONTAINERS.has(seg)))) return i;
  }
  return -1;
}

/**
 * A leaf whose full-width digits and letters are read as their ASCII twins: every detector then sees
 * `１３８０…` as the phone it is. One unit for one unit, so spans over it fit the original value.
 * Full-width punctuation (`，`) stays: it marks Chinese prose, which detectors read as such.
 */
class FullwidthFolded implements LeafView {
  readonly value: string;
  constructor(private readonly inner: LeafView) {
    let out = '';
    const v = inner.value;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      out += isFullwidthAlnum(c) ? String.fromCharCode(c - 0xfee0) : v[i];
    }
    this.value = out;
  }
  get kind() { return this.inner.kind; }
  get key() { return this.inner.key; }
  get depth() { return this.inner.depth; }
  get siblingKeys() { return this.inner.siblingKeys; }
  get laterSiblings() { return this.inner.laterSiblings; }
  segment(i: number) { return this.inner.segment(i); }
  siblingValue(key: string) { return this.inner.siblingValue(key); }
  pointer() { return this.inner.pointer(); }
  fieldPath() { return this.inner.fieldPath(); }
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
