import { keepLayout } from '../runtime/layouts';
import type { FieldPath, JsonPointer, LeafKind, LeafView } from '../types';

function escapeSegment(s: string | number): string {
  return typeof s === 'number' ? String(s) : s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * A LeafView over an already-parsed value: the classifier uses it for values
 * nested inside a leaf (JSON-in-string, `k=v&k=v`), and offline tools use
 * `walkLeaves` to classify whole documents without the streaming tokenizer.
 */
export class ParsedLeaf implements LeafView {
  readonly key: string | undefined;
  constructor(
    readonly kind: LeafKind,
    readonly value: string,
    private readonly path: ReadonlyArray<string | number>,
    readonly siblingKeys: readonly string[],
    private readonly siblings: ReadonlyMap<string, string>,
  ) {
    let key: string | undefined;
    for (let i = path.length - 1; i >= 0 && key === undefined; i--) {
      const s = path[i];
      if (typeof s === 'string') key = s;
    }
    this.key = key;
  }
  get depth(): number {
    return this.path.length;
  }
  segment(i: number): string | number {
    return this.path[i]!;
  }
  siblingValue(key: string): string | undefined {
    return this.siblings.get(key);
  }
  pointer(): JsonPointer {
    return this.path.map((s) => '/' + escapeSegment(s)).join('') as JsonPointer;
  }
  fieldPath(): FieldPath {
    return this.path.map((s) => (typeof s === 'number' ? '/*' : '/' + escapeSegment(s))).join('') as FieldPath;
  }
}
keepLayout(new ParsedLeaf('string', '', [], [], new Map())); // see runtime/layouts

function leafOf(v: unknown): [LeafKind, string] | null {
  if (typeof v === 'string') return ['string', v];
  if (typeof v === 'number') return ['number', String(v)];
  if (typeof v === 'boolean') return ['boolean', String(v)];
  if (v === null) return ['null', 'null'];
  return null;
}

/**
 * Every leaf of a parsed JSON value in document order, with the siblings that
 * came before it (as a streaming tokenizer would see them). Number leaves
 * carry `String(n)`; callers needing the literal text use the tokenizer.
 */
export function walkLeaves(doc: unknown, visit: (leaf: ParsedLeaf) => void, path: Array<string | number> = []): void {
  const own = leafOf(doc);
  if (own !== null) {
    visit(new ParsedLeaf(own[0], own[1], path.slice(), [], new Map()));
    return;
  }
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => walkLeaves(item, visit, [...path, i]));
    return;
  }
  const keys: string[] = [];
  const values = new Map<string, string>();
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    const leaf = leafOf(v);
    if (leaf !== null) {
      visit(new ParsedLeaf(leaf[0], leaf[1], [...path, k], keys.slice(), new Map(values)));
      if (leaf[1].length <= 64) values.set(k, leaf[1]);
    } else walkLeaves(v, visit, [...path, k]);
    keys.push(k);
  }
}
