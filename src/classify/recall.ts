import { AWAIT_SIBLINGS, type CompiledFieldMap, type Direction, type LeafClassifier, type LeafView, type Span } from '../types';

/** Names kept per body: enough for a page of records, bounded for a bulk export. */
export const MAX_RECALLED = 32;

/** The evidence `scan --explain` gives for such a span. */
export const RECALLED = 'the same body names this person earlier';
/** Called for each span found only because the body named that person before (for `scan --explain`). */
export type OnRecall = (leaf: LeafView, span: Span) => void;

/**
 * One body's classifier: the shared one, plus the names it found earlier in the same body, looked for
 * again in the text after them (`{"WorkerName": "曹明", "Finding": "曹明在巷道未按规定…"}`). A name
 * masked in its field and left in clear in the remark beside it leaks all the same; the remark alone
 * often has no cue word before it. Made per body and dropped with it, so no value outlives the body.
 */
export function recalling(inner: LeafClassifier, onRecall?: OnRecall): LeafClassifier {
  return new RecallingClassifier(inner, onRecall);
}

// A class, not a closure: one per body, and a closure per body would give the masker's hot call site a
// new function every body (megamorphic, never inlined); instances of a class share their method.
class RecallingClassifier implements LeafClassifier {
  private readonly names: string[] = [];
  private readonly confidence: number[] = [];
  /** Han names and Latin ones: a leaf is searched only if it has a Han character, or a space. */
  private han = 0;
  private latin = 0;
  private shortest = Infinity;
  constructor(private readonly inner: LeafClassifier, private readonly onRecall: OnRecall | undefined) {}

  classify(leaf: LeafView, direction: Direction, fieldMap: CompiledFieldMap): readonly Span[] | null {
    const spans = this.inner.classify(leaf, direction, fieldMap);
    if (spans === AWAIT_SIBLINGS || leaf.kind !== 'string') return spans;
    const value = leaf.value;
    let out = spans;
    // A leaf found sensitive whole has nothing left to find; most other leaves of a record (ids, codes,
    // dates, states) are ASCII without spaces, which one pass rules out; and a leaf only a little longer
    // than a name (`北京市` beside `王伟`) holds a name only as all of itself.
    const whole = spans !== null && spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === value.length;
    if (!whole && ((this.han > 0 && hasHan(value)) || (this.latin > 0 && value.indexOf(' ') > 0)) &&
      (value.length >= this.shortest + 2 || this.names.includes(value))) {
      out = withRecalled(value, spans, this.names, this.confidence, leaf, this.onRecall);
    }
    if (spans !== null) this.remember(value, spans);
    return out;
  }

  private remember(value: string, spans: readonly Span[]): void {
    const { names } = this;
    for (const sp of spans) {
      if (sp.type !== 'PERSON_NAME' || names.length >= MAX_RECALLED) continue;
      const name = value.slice(sp.start, sp.end).trim();
      const script = names.includes(name) ? 0 : scriptOf(name);
      if (script === 0) continue;
      names.push(name);
      this.confidence.push(sp.confidence);
      this.shortest = Math.min(this.shortest, name.length);
      if (script === HAN) this.han++;
      else this.latin++;
    }
  }
}

const HAN = 1;
const LATIN = 2;

/**
 * HAN or LATIN for a name long enough not to turn up by chance inside other words: two Han characters
 * (a name's usual length), or a Latin name of two words or more (`Emily Clarke`; a lone `Grace` is also
 * a word); 0 for any other.
 */
function scriptOf(name: string): number {
  if (name.length < 2 || name.length > 40) return 0;
  let han = 0;
  for (let i = 0; i < name.length; i++) if (isHan(name.charCodeAt(i))) han++;
  if (han === name.length) return HAN;
  return han === 0 && /^\p{L}[\p{L}'.-]*(?:\s+\p{L}[\p{L}'.-]*)+$/u.test(name) ? LATIN : 0;
}

function hasHan(v: string): boolean {
  for (let i = 0; i < v.length; i++) if (isHan(v.charCodeAt(i))) return true;
  return false;
}

function withRecalled(
  value: string, spans: readonly Span[] | null, names: readonly string[], confidence: readonly number[], leaf: LeafView, onRecall: OnRecall | undefined,
): readonly Span[] | null {
  let added: Span[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    for (let at = value.indexOf(name); at >= 0; at = value.indexOf(name, at + name.length)) {
      const end = at + name.length;
      // Latin names only as whole words: `Ann Lee` is not inside `Joann Leeds`.
      if (isLetter(value.charCodeAt(at - 1)) && !isHan(value.charCodeAt(at))) continue;
      if (isLetter(value.charCodeAt(end)) && !isHan(value.charCodeAt(end - 1))) continue;
      if (overlaps(spans, at, end) || (added !== null && overlaps(added, at, end))) continue;
      const sp: Span = { start: at, end, type: 'PERSON_NAME', confidence: confidence[k]!, source: 'detector' };
      (added ??= []).push(sp);
      onRecall?.(leaf, sp);
    }
  }
  if (added === null) return spans;
  return [...(spans ?? []), ...added].sort((a, b) => a.start - b.start);
}

function overlaps(spans: readonly Span[] | null, start: number, end: number): boolean {
  if (spans === null) return false;
  for (const sp of spans) if (sp.start < end && start < sp.end) return true;
  return false;
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** NaN (before the start, past the end) is no letter. */
function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || isHan(c);
}
