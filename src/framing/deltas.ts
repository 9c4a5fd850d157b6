import { ParsedLeaf } from '../classify';
import { fieldPathOf, pointerOf } from '../json/parsed-leaf';
import type { FieldPath, JsonPointer, LeafFinding, Span } from '../types';
import { AWAIT_SIBLINGS } from '../types';
import type { ValueContext } from './value';

// An LLM stream spells its answer over many SSE events (`choices[0].delta.content`: "Call me at 138", then
// "12345678"). Each event is masked on its own first; a value cut across events is whole in none of them. So an
// event whose delta text ends where a value could go on (a letter, digit, `@`, `.`, `-`, `+`, `_`) is held, and
// the run of held events is released once one ends elsewhere: the run's text, joined per delta field, is
// classified again, and what it finds across an event boundary is redacted in every part.

/** A run is released after this many held events or this much joined text, whatever its end. */
export const MAX_HELD_EVENTS = 8;
export const MAX_RUN_CHARS = 512;
const NO_SIBLINGS: ReadonlyMap<string, string> = new Map();
/** Where a value can go on in the next event. */
const OPEN_END = /[\p{L}\p{N}@._+-]$/u;

type Path = ReadonlyArray<string | number>;

interface Delta {
  readonly pointer: string;
  readonly path: Path;
  text: string;
}

interface HeldEvent {
  /** The event as masked on its own, ready to release. */
  readonly bytes: Buffer;
  /** Its data, parsed (only events with delta text are held). */
  readonly doc: unknown;
  readonly deltas: readonly Delta[];
  changed: boolean;
}

/** Rewrites an event's data with a new payload (see SseFraming). */
export type RewriteEvent = (event: Buffer, payload: string) => Buffer;

export class DeltaRuns {
  private held: HeldEvent[] = [];
  private chars = 0;

  constructor(private readonly ctx: ValueContext, private readonly rewrite: RewriteEvent) {}

  /** What to release now for an event already masked on its own (`payload`: its data as masked): this event and any held before it, or nothing yet. */
  next(event: Buffer, payload: Buffer | undefined): Buffer[] {
    const doc = payload === undefined ? undefined : deltaDoc(payload);
    const deltas = doc === undefined ? [] : deltasOf(doc);
    if (deltas.length === 0) return [...this.release(), event];
    // A copy: the event may be a view of the record stream's buffer, which the next chunk overwrites.
    this.held.push({ bytes: Buffer.from(event), doc, deltas, changed: false });
    for (const d of deltas) this.chars += d.text.length;
    const open = deltas.some((d) => OPEN_END.test(d.text));
    return open && this.held.length < MAX_HELD_EVENTS && this.chars < MAX_RUN_CHARS ? [] : this.release();
  }

  /** The held events, at the end of the body. */
  flush(): Buffer[] {
    return this.release();
  }

  private release(): Buffer[] {
    const run = this.held;
    if (run.length === 0) return [];
    this.held = [];
    this.chars = 0;
    if (run.length > 1) this.redactAcross(run);
    return run.map((e) => (e.changed ? this.rewrite(e.bytes, JSON.stringify(e.doc)) : e.bytes));
  }

  /** Classifies each delta field's joined text; spans that cross an event boundary are redacted in each event's part. */
  private redactAcross(run: HeldEvent[]): void {
    const fields = new Map<string, Array<{ event: HeldEvent; delta: Delta }>>();
    for (const event of run) for (const delta of event.deltas) {
      let parts = fields.get(delta.pointer);
      if (parts === undefined) fields.set(delta.pointer, (parts = []));
      parts.push({ event, delta });
    }
    for (const [pointer, parts] of fields) {
      if (parts.length < 2) continue;
      const joined = parts.map((p) => p.delta.text).join('');
      const path = parts[0]!.delta.path;
      const leaf = new ParsedLeaf('string', joined, path.slice(), [], NO_SIBLINGS);
      const spans = this.ctx.leaves.classifier.classify(leaf, this.ctx.direction, this.ctx.fieldMap);
      if (spans === null || spans === AWAIT_SIBLINGS) continue;
      const across = spans.filter((sp) => crossesBoundary(sp, parts.map((p) => p.delta.text.length)));
      if (across.length === 0) continue;
      let at = 0;
      for (const { event, delta } of parts) {
        const end = at + delta.text.length;
        let text = delta.text;
        for (const sp of across) {
          const from = Math.max(sp.start, at);
          const to = Math.min(sp.end, end);
          if (from < to) text = text.slice(0, from - at) + '*'.repeat(to - from) + text.slice(to - at);
        }
        if (text !== delta.text) {
          setAt(event.doc, delta.path, text);
          delta.text = text;
          event.changed = true;
        }
        at = end;
      }
      for (const sp of across) this.ctx.onFinding(finding(pointer, path, sp));
    }
  }
}

/** The event's data parsed, when it is a JSON object holding a `delta` (an LLM stream's chunk). */
function deltaDoc(payload: Buffer): unknown {
  if (payload.indexOf('"delta"') < 0) return undefined;
  try {
    const doc: unknown = JSON.parse(payload.toString('utf8'));
    return doc !== null && typeof doc === 'object' ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** String leaves under a `delta` key (`/choices/0/delta/content`, `/delta/text`, Responses' `/delta`). */
function deltasOf(doc: unknown): Delta[] {
  const out: Delta[] = [];
  const walk = (v: unknown, path: Array<string | number>, inDelta: boolean): void => {
    if (typeof v === 'string') {
      if (inDelta && v.length > 0) out.push({ pointer: pointerOf(path), path: path.slice(), text: v });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], inDelta));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, [...path, k], inDelta || k === 'delta');
    }
  };
  walk(doc, [], false);
  return out;
}

function crossesBoundary(sp: Span, lengths: readonly number[]): boolean {
  let at = 0;
  for (let k = 0; k < lengths.length - 1; k++) {
    at += lengths[k]!;
    if (sp.start < at && sp.end > at) return true;
  }
  return false;
}

function setAt(doc: unknown, path: Path, value: string): void {
  let cur = doc as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]!] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = value;
}

/** Found only across events: redacted outright (a partial shape split over events would keep more of it). */
function finding(pointer: string, path: Path, sp: Span): LeafFinding {
  return {
    pointer: `/~stream${pointer}` as JsonPointer, fieldPath: `/~stream${fieldPathOf(path)}` as FieldPath,
    type: sp.type, confidence: sp.confidence, source: sp.source, strategy: 'redact', released: 'none',
  };
}
