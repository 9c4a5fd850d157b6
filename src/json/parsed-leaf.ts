import { keepLayout } from '../runtime/layouts';
import type { FieldPath, JsonPointer, LeafKind, LeafView } from '../types';

function escapeSegment(s: string | number): string {
  return typeof s === 'number' ? String(s) : s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The JSON Pointer of a path of keys and indices. */
export function pointerOf(path: ReadonlyArray<string | number>): JsonPointer {
  return path.map((s) => '/' + escapeSegment(s)).join('') as JsonPointer;
}

/** The FieldPath of a path: its array indices as `*`. */
export function fieldPathOf(path: ReadonlyArray<string | number>): FieldPath {
  return path.map((s) => (typeof s === 'number' ? '/*' : '/' + escapeSegment(s))).join('') as FieldPath;
}

/**
 * A LeafView over an already-parsed value: the classifier uses it for values
 * nested inside a leaf (JSON-in-string, `k=v&k=v`), offline tools use
 * `walkLeaves` to classify whole documents without the streaming tokenizer, and
 * the masker for a streamed leaf that waited for its later siblings.
 */
export class ParsedLeaf implements LeafView {
  readonly key: string | undefined;
  constructor(
    readonly kind: LeafKind,
    readonly value: string,
    private readonly path: ReadonlyArray<string | number>,
    readonly siblingKeys: readonly string[],
    private readonly siblings: ReadonlyMap<string, string>,
    /** A row's cell beside a header: its column's name is its key (see HEADER_KEYS in json/path.ts). */
    column?: string,
    /**
     * For an object member with members after it, seen with the siblings before it only: the same leaf
     * seen with every sibling (see LeafView.laterSiblings, AWAIT_SIBLINGS).
     */
    readonly settled?: () => ParsedLeaf,
  ) {
    let key: string | undefined = column;
    for (let i = path.length - 1; i >= 0 && key === undefined; i--) {
      const s = path[i];
      if (typeof s === 'string') key = s;
    }
    this.key = key;
  }
  get laterSiblings(): boolean {
    return this.settled !== undefined;
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
    return pointerOf(this.path);
  }
  fieldPath(): FieldPath {
    return fieldPathOf(this.path);
  }
}
keepLayout(new ParsedLeaf('string', '', [], [], new Map())); // see runtime/layouts
