import type { Detector, Evidence, TextHit } from '../detect/detector';
import { evidence } from '../detect/detector';
import { Shape } from '../detect/shape';
import type { CompiledFieldMap, Direction, LeafView, RouteTemplate, SensitiveType, Span } from '../types';
import { AWAIT_SIBLINGS } from '../types';
import type { ContextClassifier, ExplainedSpan } from './classifier';
import { round } from './classifier';
import type { KeySense } from './keysense';
import { ParsedLeaf, walkLeaves } from './leaf';
import { PRIOR, sigmoid } from './thresholds';

// Values hidden inside a string leaf. Spans are always reported over the
// ORIGINAL leaf string so the masker rewrites just that part and the leaf
// stays what it was (valid JSON text, a valid query string…):
// - JSON-in-string and k=v&k=v: the span covers the inner value's text in the
//   outer string (escaped inner strings: the whole inner string);
// - URL-encoded text: decoded, scanned, and mapped back to the encoded bytes;
// - base64: the encoding hides positions, so the whole leaf is covered, split
//   into one contiguous span per type found (each type masked with its strategy);
// - free text: each detector's verified matches plus cue words before them.

const NO_FIELDS: CompiledFieldMap = { route: '' as RouteTemplate, version: 0, isEmpty: true, lookup: () => undefined };
const B64 = /^[A-Za-z0-9+/]+={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const KV = /^[A-Za-z_][\w.[\]-]{0,40}=[^&;=]*(?:[&;] ?[A-Za-z_][\w.[\]-]{0,40}=[^&;]*)*$/;
/** Words right before a number that make it an identifier of a thing, not a person's value. */
const NEG_CUE = /(?:订单|单号|流水|交易(?!员)|成交|委托|运单|快递(?!员)|批次|编号|工单|合同|发票|sku|order|trade|tracking|invoice|ref|serial|txn|batch|版本|version|数量|金额|价格|qty|amount|price|¥|\$|￥)[^\d]{0,4}$/i;
/** A list of numbers in one string (`13800138000,13900139000`): each item is looked at like a word of text. */
const LIST_SEPARATOR = /[,;|]/;
const EV_CUE = evidence('cue word before the value', 2.5);
const EV_KEY_CUE = evidence('the key names this type', 2.5);
const EV_NEG_CUE = evidence('preceded by an identifier/quantity word', -5);

type Trace = ExplainedSpan[] | null;

export function scanEmbedded(
  c: ContextClassifier, leaf: LeafView, s: Shape, ks: KeySense, direction: Direction, trace: Trace, depth: number,
): Span[] | null {
  const v = leaf.value;
  if ((s.first === 123 || s.first === 91) && (s.last === 125 || s.last === 93)) {
    const r = inJson(c, v, direction, trace, depth);
    if (r !== undefined) return r;
  }
  // CJK values are fine (`user=郭秀兰; ip=…`): KV below only accepts a whole string of ASCII-keyed pairs.
  if (s.equals > 0) {
    const q = v.indexOf('?');
    const from = q >= 0 && q < v.length - 3 ? q + 1 : 0;
    const hashAt = v.indexOf('#', from);
    const part = v.slice(from, hashAt >= 0 ? hashAt : v.length);
    if (part.indexOf('=') > 0 && KV.test(part)) return inPairs(c, part, from, direction, trace, depth);
  }
  if (s.percent > 0 && /%[0-9A-Fa-f]{2}/.test(v)) return inPercent(c, leaf, v, direction, trace, depth);
  // Hex digests share the base64 alphabet; encoded text has both cases.
  if (s.len >= 12 && s.len % 4 === 0 && s.space === 0 && s.cjk === 0 && s.upper > 0 && s.lower > 0 && (B64.test(v) || B64URL.test(v))) {
    const r = inBase64(c, leaf, v, direction, trace, depth);
    if (r !== undefined) return r;
  }
  if (s.other >= 4 && s.dash > 0 && v.indexOf('|') >= 0 && v.indexOf('\n') > 0) {
    const r = inMarkdown(c, v, ks, direction, trace, depth);
    if (r !== undefined) return r;
  }
  if (s.other >= 2 && v.indexOf('\n') > 0) {
    const r = inDelimited(c, v, direction, trace, depth);
    if (r !== undefined) return r;
  }
  // Prose has spaces or CJK; a single token (timestamp, UUID, URL) was already judged whole, except an
  // identifier that wraps a number in a letter (`G` + resident ID as a registration number). Digits
  // alone hide nothing: every finder wants a non-alphanumeric edge, so only the whole could match; a
  // list of numbers in one string (`13800138000,13900139000`) has such edges between its items.
  if (s.len >= 8 && (s.space > 0 || s.cjk > 0 || s.at > 0 || ks.prose || (s.digits >= 17 && s.letters >= 1 && s.letters <= 2 && s.alnumOnly) ||
    (s.other > 0 && s.letters === 0 && s.digits >= 14 && LIST_SEPARATOR.test(v)))) {
    return inText(c, v, s, ks, trace);
  }
  return null;
}

function inJson(c: ContextClassifier, v: string, direction: Direction, trace: Trace, depth: number): Span[] | null | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(v);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null) return undefined;
  const out: Span[] = [];
  let cursor = 0;
  try {
    walkInner();
  } catch (e) {
    // Nesting deeper than the walk's stack: not a document a client reads field by field; scan it as text.
    if (e instanceof RangeError) return undefined;
    throw e;
  }
  return finish(out);

  function walkInner(): void {
  walkLeaves(doc, (inner) => {
    let innerTrace: ExplainedSpan[] | null = trace && [];
    let spans = c.run(inner, direction, NO_FIELDS, innerTrace, depth + 1);
    // The whole document is here: a member waiting for its later siblings is asked again with them.
    if (spans === AWAIT_SIBLINGS) {
      innerTrace = trace && [];
      spans = c.run(inner.settled!(), direction, NO_FIELDS, innerTrace, depth + 1);
    }
    if (inner.kind === 'string' || inner.kind === 'number') {
      const needle = inner.kind === 'string' ? JSON.stringify(inner.value) : inner.value;
      let at = v.indexOf(needle, cursor);
      if (at < 0) at = v.indexOf(needle);
      if (at >= 0) cursor = at + needle.length;
      if (spans === null) return;
      if (at < 0) {
        addWhole(out, trace, v, spans, `inside a JSON string at ${inner.pointer()} (re-encoded differently)`);
        return;
      }
      const base = inner.kind === 'string' ? at + 1 : at;
      // An inner string with escapes (JSON inside JSON inside a string): each span is mapped through them,
      // so it still covers its own value's text and nothing of its neighbours'.
      const offsets = inner.kind === 'number' || needle.length === inner.value.length + 2 ? null : escapedOffsets(inner.value);
      for (let i = 0; i < spans.length; i++) {
        const sp = spans[i]!;
        const start = base + (offsets === null ? sp.start : offsets[sp.start]!);
        const end = base + (offsets === null ? sp.end : offsets[sp.end]!);
        push(out, trace, { ...sp, start, end }, innerTrace?.[i]?.evidence, `inside a JSON string at ${inner.pointer()}`);
      }
    }
  });
  }
}

function inPairs(c: ContextClassifier, part: string, from: number, direction: Direction, trace: Trace, depth: number): Span[] | null {
  // Every pair sees all the others as siblings, as a JSON leaf would (`name=…&email=…`: the email makes `name` a person's).
  const pairs: Array<{ key: string; at: number; dec: { text: string; map: number[] } }> = [];
  const values = new Map<string, string>();
  let i = 0;
  while (i < part.length) {
    let end = i;
    while (end < part.length && part[end] !== '&' && part[end] !== ';') end++;
    const eq = part.indexOf('=', i);
    if (eq > i && eq < end) {
      const key = safeDecode(part.slice(i, eq));
      const dec = percentDecode(part.slice(eq + 1, end), true);
      pairs.push({ key, at: from + eq + 1, dec });
      if (dec.text.length <= 64) values.set(key, dec.text);
    }
    i = end + 1;
    while (i < part.length && part[i] === ' ') i++;
  }
  const keys = pairs.map((p) => p.key);
  const out: Span[] = [];
  for (const { key, at, dec } of pairs) {
    const inner = new ParsedLeaf('string', dec.text, [key], keys.filter((k) => k !== key), values);
    const innerTrace: ExplainedSpan[] | null = trace && [];
    const spans = c.run(inner, direction, NO_FIELDS, innerTrace, depth + 1);
    spans?.forEach((sp, k) => {
      push(out, trace, { ...sp, start: at + dec.map[sp.start]!, end: at + dec.map[sp.end]! },
        innerTrace?.[k]?.evidence, `in the query/form pair ${key}=…`);
    });
  }
  return finish(out);
}

/** A header cell: a column's name, not a value (no digits-only cell, nothing long). */
const HEADER_CELL = /^(?=.*[A-Za-z\u4e00-\u9fff])[^\d"]{1,40}$/;
const MAX_DELIMITED_ROWS = 1000;

/**
 * CSV or TSV in a string (an export endpoint's `content`), its first line naming the columns: each
 * cell is read under its column's name, with its row's other columns as siblings, as a JSON table's
 * cell is. Undefined when the text is not such a table (then it is read as text). Quoted cells are
 * not split: a table with quotes is read as text.
 */
function inDelimited(c: ContextClassifier, v: string, direction: Direction, trace: Trace, depth: number): Span[] | null | undefined {
  const firstEnd = v.indexOf('\n');
  const first = v.slice(0, firstEnd).replace(/\r$/, '');
  const sep = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(',') >= 0 ? ',' : null;
  if (sep === null || v.indexOf('"') >= 0) return undefined;
  const header = first.split(sep).map((h) => h.trim());
  if (header.length < 2 || !header.every((h) => HEADER_CELL.test(h))) return undefined;
  const out: Span[] = [];
  let rows = 0;
  for (let at = firstEnd + 1; at < v.length && rows < MAX_DELIMITED_ROWS; rows++) {
    let end = v.indexOf('\n', at);
    if (end < 0) end = v.length;
    const line = v.slice(at, v.charCodeAt(end - 1) === 13 ? end - 1 : end);
    const cells = line.split(sep);
    // A line of another shape (a footer, a wrapped note): the text is not one table after all.
    if (cells.length !== header.length) {
      if (line.trim() === '') {
        at = end + 1;
        continue;
      }
      return undefined;
    }
    let cellAt = at;
    const located = cells.map((text) => {
      const cell = { text, at: cellAt };
      cellAt += text.length + 1;
      return cell;
    });
    readRow(c, header, located, direction, trace, depth, out, 'a delimited table');
    at = end + 1;
  }
  return finish(out);
}

/**
 * One row of a table in text: each cell (`at`: where it starts in the text) is read under its column's name,
 * with the row's other columns as siblings, as a JSON table's cell is. Cells past the header, and blank ones, are not.
 */
function readRow(
  c: ContextClassifier, header: readonly string[], cells: ReadonlyArray<{ text: string; at: number }>, direction: Direction, trace: Trace,
  depth: number, out: Span[], table: string,
): void {
  const values = new Map<string, string>();
  cells.forEach((cell, j) => header[j] !== undefined && values.set(header[j]!, cell.text));
  cells.forEach((cell, j) => {
    const column = header[j];
    if (column === undefined || cell.text.trim() === '') return;
    const inner = new ParsedLeaf('string', cell.text, [column], header.filter((_, k) => k !== j), values);
    const innerTrace: ExplainedSpan[] | null = trace && [];
    const spans = c.run(inner, direction, NO_FIELDS, innerTrace, depth + 1);
    if (spans === null || spans === AWAIT_SIBLINGS) return;
    spans.forEach((sp, k) => push(out, trace, { ...sp, start: cell.at + sp.start, end: cell.at + sp.end }, innerTrace?.[k]?.evidence, `in the ${column} column of ${table}`));
  });
}

/** A Markdown table's delimiter row (`|---|:--:|`). */
const MD_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

/**
 * A Markdown table in text (`| 姓名 | 手机 |\n|---|---|\n| 石娟晓 | 173… |`), as assistants answer: each
 * cell is read under its column's name beside its row's other cells, and the text around it as text.
 * Undefined when the text holds no table whose header names its columns.
 */
function inMarkdown(c: ContextClassifier, v: string, ks: KeySense, direction: Direction, trace: Trace, depth: number): Span[] | null | undefined {
  const out: Span[] = [];
  let header: string[] | null = null;
  let tables = 0;
  let rows = 0;
  let prev = '';
  let prevAt = 0;
  /** The text with its tables' lines blanked (same offsets): the prose the text scan reads. */
  let prose = v;
  for (let at = 0; at <= v.length && rows < MAX_DELIMITED_ROWS; ) {
    let end = v.indexOf('\n', at);
    if (end < 0) end = v.length;
    const line = v.slice(at, v.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (header !== null && line.indexOf('|') >= 0) {
      rows++;
      prose = blank(prose, at, at + line.length);
      readRow(c, header, pipeCells(line, at), direction, trace, depth, out, 'a Markdown table');
    } else {
      header = null;
      if (prev.indexOf('|') >= 0 && MD_DELIMITER.test(line)) {
        const names = pipeCells(prev, prevAt).map((cell) => cell.text);
        if (names.length >= 2 && names.every((h) => HEADER_CELL.test(h))) {
          header = names;
          tables++;
          prose = blank(blank(prose, prevAt, prevAt + prev.length), at, at + line.length);
        }
      }
    }
    prev = line;
    prevAt = at;
    at = end + 1;
  }
  if (tables === 0) return undefined;
  // The cells were read under their columns (a quantity column's number is no phone); the prose around the
  // tables is read as text.
  const ps = new Shape().fill(prose);
  const text = ps.len - ps.space >= 8 ? inText(c, prose, ps, ks, trace) : null;
  if (text !== null) out.push(...text);
  return finish(out);
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** The cells of a Markdown table row between its pipes, trimmed, with where each starts in the text. */
function pipeCells(line: string, lineAt: number): Array<{ text: string; at: number }> {
  let from = 0;
  let to = line.length;
  while (from < to && line.charCodeAt(from) <= 32) from++;
  while (to > from && line.charCodeAt(to - 1) <= 32) to--;
  if (line[from] === '|') from++;
  if (to > from && line[to - 1] === '|') to--;
  const cells: Array<{ text: string; at: number }> = [];
  for (let i = from, start = from; i <= to; i++) {
    if (i < to && (line[i] !== '|' || line[i - 1] === '\\')) continue;
    const raw = line.slice(start, i);
    const text = raw.trim();
    cells.push({ text, at: lineAt + start + (text === '' ? 0 : raw.indexOf(text)) });
    start = i + 1;
  }
  return cells;
}

function inPercent(c: ContextClassifier, leaf: LeafView, v: string, direction: Direction, trace: Trace, depth: number): Span[] | null {
  const dec = percentDecode(v, false);
  if (dec.text === v) return null;
  const inner = new ParsedLeaf('string', dec.text, [leaf.key ?? ''], [], new Map());
  const innerTrace: ExplainedSpan[] | null = trace && [];
  const spans = c.run(inner, direction, NO_FIELDS, innerTrace, depth + 1);
  if (spans === null) return null;
  const out: Span[] = [];
  spans.forEach((sp, k) => {
    push(out, trace, { ...sp, start: dec.map[sp.start]!, end: dec.map[sp.end]! }, innerTrace?.[k]?.evidence, 'inside URL-encoded text');
  });
  return finish(out);
}

function inBase64(c: ContextClassifier, leaf: LeafView, v: string, direction: Direction, trace: Trace, depth: number): Span[] | null | undefined {
  const text = Buffer.from(v, 'base64').toString('utf8');
  if (!printable(text)) return undefined;
  const inner = new ParsedLeaf('string', text, [leaf.key ?? ''], [], new Map());
  const innerTrace: ExplainedSpan[] | null = trace && [];
  const spans = c.run(inner, direction, NO_FIELDS, innerTrace, depth + 1);
  if (spans === null) return null;
  const out: Span[] = [];
  addWhole(out, trace, v, spans, 'inside base64-encoded text', innerTrace);
  return out;
}

function inText(c: ContextClassifier, text: string, s: Shape, ks: KeySense, trace: Trace): Span[] | null {
  const out: Span[] = [];
  // One hit callback serves every detector (no closure or scope per detector): it reads the detector being asked.
  let d!: Detector;
  let keyNames = false;
  const hit: TextHit = (start, end, ev) => {
    // A hit covering the whole value was already judged as a whole leaf.
    if (start === 0 && end === text.length) return;
    const window = text.slice(Math.max(0, start - 16), start);
    let score = PRIOR + ev.weight;
    const why: Evidence[] | null = trace && [ev];
    if (keyNames) {
      score += EV_KEY_CUE.weight;
      why?.push(EV_KEY_CUE);
    } else if (d.cue !== undefined && d.cue.test(window)) {
      score += EV_CUE.weight;
      why?.push(EV_CUE);
    }
    // Identifier and quantity words speak of the number after them; a name after 快递员 (the courier) is a person's.
    if (d.type !== 'PERSON_NAME' && NEG_CUE.test(window)) {
      score += EV_NEG_CUE.weight;
      why?.push(EV_NEG_CUE);
    }
    const conf = sigmoid(score);
    if (conf < c.threshold(d.type)) return;
    const sp: Span = { start, end, type: d.type, confidence: round(conf), source: 'detector' };
    push(out, trace, sp, why ?? undefined, 'in free text');
  };
  for (const h of trace === null ? c.textFinders(s.classes) : c.hooks) {
    if (trace === null ? !h.mayFind(s) : !h.finds) continue;
    d = h.detector;
    keyNames = keyNamesType(ks, h.type);
    d.find!(text, hit, s);
  }
  return finish(out);
}

function keyNamesType(ks: KeySense, type: SensitiveType): boolean {
  for (const t of ks.types) if (t.type === type && t.ev.weight > 0) return true;
  return false;
}

function push(out: Span[], trace: Trace, sp: Span, ev: readonly Evidence[] | undefined, where: string): void {
  const span: Span = { start: sp.start, end: sp.end, type: sp.type, confidence: sp.confidence, source: sp.source, ...(sp.opaque ? { opaque: true } : {}) };
  out.push(span);
  trace?.push({ ...span, evidence: [...(ev ?? []), evidence(where, 0)] });
}

/** One contiguous span per distinct type, together covering the whole leaf; opaque (see Span.opaque). */
function addWhole(out: Span[], trace: Trace, v: string, spans: readonly Span[], where: string, innerTrace?: ExplainedSpan[] | null): void {
  const types: SensitiveType[] = [];
  const conf = new Map<SensitiveType, number>();
  for (const sp of spans) {
    if (!conf.has(sp.type)) types.push(sp.type);
    conf.set(sp.type, Math.max(conf.get(sp.type) ?? 0, sp.confidence));
  }
  const step = Math.floor(v.length / types.length);
  types.forEach((t, i) => {
    const start = i * step;
    const end = i === types.length - 1 ? v.length : start + step;
    const ev = innerTrace?.find((x) => x.type === t)?.evidence;
    push(out, trace, { start, end, type: t, confidence: conf.get(t)!, source: 'detector', opaque: true }, ev, where);
  });
}

/** Sorted, non-overlapping; on overlap the more confident span wins. */
function finish(spans: Span[]): Span[] | null {
  if (spans.length <= 1) return spans.length === 0 ? null : spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev !== undefined && sp.start < prev.end) {
      if (sp.confidence > prev.confidence) out[out.length - 1] = sp;
      continue;
    }
    out.push(sp);
  }
  return out;
}

/**
 * For every UTF-16 offset of `s` (and its end), the offset of the same point in JSON.stringify(s)
 * without its opening quote: how far the escapes before it have pushed it.
 */
export function escapedOffsets(s: string): number[] {
  const out = new Array<number>(s.length + 1);
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    out[i] = at;
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) at += 2;
    else if (c < 0x20) at += 6;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out[++i] = at + 1;
      at += 2;
    } else if (c >= 0xd800 && c <= 0xdfff) at += 6; // a lone surrogate: JSON.stringify writes \udXXX
    else at++;
  }
  out[s.length] = at;
  return out;
}

function printable(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch === 0xfffd || (ch < 32 && ch !== 9 && ch !== 10 && ch !== 13) || ch === 127) return false;
  }
  return true;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * Percent-decodes and keeps, for every UTF-16 offset of the decoded text,
 * the offset in the encoded text where it starts (map has length + 1 entries).
 */
export function percentDecode(s: string, plusIsSpace: boolean): { text: string; map: number[] } {
  const bytes: number[] = [];
  const origin: number[] = [];
  for (let i = 0; i < s.length; ) {
    const ch = s.charCodeAt(i);
    if (ch === 37 && i + 2 < s.length + 0 && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      origin.push(i);
      i += 3;
    } else if (ch === 43 && plusIsSpace) {
      bytes.push(32);
      origin.push(i);
      i++;
    } else if (ch < 0x80) {
      bytes.push(ch);
      origin.push(i);
      i++;
    } else {
      const enc = Buffer.from(s[i]!, 'utf8');
      for (const b of enc) {
        bytes.push(b);
        origin.push(i);
      }
      i++;
    }
  }
  const text = Buffer.from(bytes).toString('utf8');
  const map: number[] = [];
  if (text.indexOf('\ufffd') >= 0) {
    // Not UTF-8 underneath: offsets could not be mapped back, so leave it as it is.
    for (let k = 0; k <= s.length; k++) map.push(k);
    return { text: s, map };
  }
  let b = 0;
  for (let k = 0; k < text.length; k++) {
    const cp = text.codePointAt(k)!;
    map.push(origin[b] ?? s.length);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (cp >= 0x10000) {
      map.push(origin[b] ?? s.length);
      k++;
    }
    b += n;
  }
  map.push(s.length);
  return { text, map };
}
