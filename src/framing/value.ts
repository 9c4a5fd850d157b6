import { ParsedLeaf } from '../classify';
import type { CompiledFieldMap, Direction, JsonPointer, LeafFinding } from '../types';
import type { LeafPlugins } from './outbound';

// One string value outside JSON (SSE text data, a form or query parameter),
// classified and masked exactly like a JSON string leaf: the same classifier
// (embedded JSON, URL-encoded text, free text, key context) and the same
// LeafMasker strategies.

export interface ValueContext {
  readonly leaves: LeafPlugins;
  readonly direction: Direction;
  readonly fieldMap: CompiledFieldMap;
  onFinding(f: LeafFinding): void;
}

const NO_SIBLINGS: ReadonlyMap<string, string> = new Map();

/**
 * The value to write instead of `leaf.value` (null: remove it), or undefined to
 * keep it. Findings are reported with `pointerPrefix` in front of the leaf's
 * own pointer (`/~record/3` for a record of a framed body).
 */
export function maskValue(ctx: ValueContext, leaf: ParsedLeaf, pointerPrefix = ''): string | null | undefined {
  const spans = ctx.leaves.classifier.classify(leaf, ctx.direction, ctx.fieldMap);
  if (spans === null || spans.length === 0) return undefined;
  const outcome = ctx.leaves.mask.mask(leaf, spans);
  for (const f of outcome.findings) ctx.onFinding(pointerPrefix === '' ? f : rebase(f, pointerPrefix));
  return outcome.replacement;
}

export function rebase(f: LeafFinding, prefix: string): LeafFinding {
  return { ...f, pointer: (prefix + f.pointer) as JsonPointer };
}

/** A free-text value with no key around it (SSE data that is not JSON). */
export function textLeaf(value: string): ParsedLeaf {
  return new ParsedLeaf('string', value, [], [], NO_SIBLINGS);
}

const MAX_SIBLINGS = 128;
const MAX_SIBLING_VALUE_CHARS = 64;

/**
 * `name=value` pairs of one form body or query string, in order. Each value is
 * classified with its name as key and the earlier pairs as siblings (what a
 * JSON object's leaf would see), and re-encoded only when it changed, so
 * untouched pairs keep their exact bytes.
 */
export class PairMasker {
  private readonly keys: string[] = [];
  private readonly values = new Map<string, string>();

  constructor(private readonly ctx: ValueContext) {}

  /** The rewritten pair (without its `&`), or undefined when it stays as it is. */
  pair(raw: string): string | undefined {
    const eq = raw.indexOf('=');
    const rawName = eq < 0 ? raw : raw.slice(0, eq);
    const rawValue = eq < 0 ? '' : raw.slice(eq + 1);
    const name = formDecode(rawName);
    const value = formDecode(rawValue);
    let out: string | undefined;
    if (value.length > 0) {
      const masked = maskValue(this.ctx, new ParsedLeaf('string', value, [name], this.keys.slice(), new Map(this.values)));
      if (masked !== undefined) out = `${rawName}=${formEncode(masked ?? '')}`;
    }
    if (this.keys.length < MAX_SIBLINGS) {
      this.keys.push(name);
      if (value.length <= MAX_SIBLING_VALUE_CHARS) this.values.set(name, value);
    }
    return out;
  }
}

/** application/x-www-form-urlencoded decoding; a malformed escape leaves the text as it came (it is still scanned). */
export function formDecode(s: string): string {
  const plus = s.indexOf('+') >= 0 ? s.replace(/\+/g, ' ') : s;
  if (plus.indexOf('%') < 0) return plus;
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus;
  }
}

export function formEncode(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+');
}
