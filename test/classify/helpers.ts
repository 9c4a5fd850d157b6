import { type ParsedLeaf, walkLeaves } from '../../src/classify';
import { JsonMasker } from '../../src/json/masker';
import { chunk, stream } from '../json/support';
import type { LeafClassifier } from '../../src/types';
import { AWAIT_SIBLINGS, type CompiledFieldMap, type Direction, type FieldHint, type FieldPath, type RouteTemplate, type SensitiveType, type Span } from '../../src/types';

export const NO_FIELDS: CompiledFieldMap = { route: 'GET /t' as RouteTemplate, version: 0, isEmpty: true, lookup: () => undefined };

export function fieldMapOf(hints: Record<string, FieldHint>): CompiledFieldMap {
  const m = new Map(Object.entries(hints));
  return { route: 'GET /t' as RouteTemplate, version: 1, isEmpty: m.size === 0, lookup: (_d: Direction, p: FieldPath) => m.get(p) };
}

/** What the classifier decides for a walked leaf: a leaf waiting for its later siblings is asked again with them. */
export function decide(c: LeafClassifier, leaf: ParsedLeaf, dir: Direction = 'response', fm: CompiledFieldMap = NO_FIELDS): readonly Span[] | null {
  const spans = c.classify(leaf, dir, fm);
  return spans === AWAIT_SIBLINGS ? c.classify(leaf.settled!(), dir, fm) : spans;
}

/** pointer → spans for every leaf of doc (only leaves with findings). */
export function classifyDoc(c: LeafClassifier, doc: unknown, fm: CompiledFieldMap = NO_FIELDS, dir: Direction = 'response'): Map<string, readonly Span[]> {
  const out = new Map<string, readonly Span[]>();
  walkLeaves(doc, (leaf) => {
    const spans = decide(c, leaf, dir, fm);
    if (spans !== null && spans.length > 0) out.set(leaf.pointer(), spans);
  });
  return out;
}

/** The single whole-leaf type found at pointer, or null; '(partial)' marks spans inside the leaf. */
export function typeAt(c: LeafClassifier, doc: unknown, pointer: string, fm: CompiledFieldMap = NO_FIELDS): SensitiveType | null {
  const spans = classifyDoc(c, doc, fm).get(pointer);
  if (spans === undefined) return null;
  return spans[0]!.type;
}

/**
 * pointer → the first span's type for every flagged leaf of a JSON text streamed through the JsonMasker,
 * as the sidecar reads it: a leaf may wait for the siblings after it (AWAIT_SIBLINGS).
 */
export function streamedTypes(c: LeafClassifier, json: string, sizes: readonly number[] = []): Map<string, SensitiveType> {
  const out = new Map<string, SensitiveType>();
  const masker = new JsonMasker({
    classifier: c, fieldMap: NO_FIELDS, direction: 'response', onFinding: () => undefined,
    mask: { mask: (leaf, spans) => (out.set(leaf.pointer(), spans[0]!.type), { replacement: undefined, findings: [] }) },
  });
  const body = Buffer.from(json);
  stream(masker, sizes.length === 0 ? [body] : chunk(body, sizes));
  return out;
}
