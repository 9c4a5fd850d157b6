import { walkLeaves } from '../../src/classify';
import type { LeafClassifier } from '../../src/types';
import type { CompiledFieldMap, Direction, FieldHint, FieldPath, RouteTemplate, SensitiveType, Span } from '../../src/types';

export const NO_FIELDS: CompiledFieldMap = { route: 'GET /t' as RouteTemplate, version: 0, isEmpty: true, lookup: () => undefined };

export function fieldMapOf(hints: Record<string, FieldHint>): CompiledFieldMap {
  const m = new Map(Object.entries(hints));
  return { route: 'GET /t' as RouteTemplate, version: 1, isEmpty: m.size === 0, lookup: (_d: Direction, p: FieldPath) => m.get(p) };
}

/** pointer → spans for every leaf of doc (only leaves with findings). */
export function classifyDoc(c: LeafClassifier, doc: unknown, fm: CompiledFieldMap = NO_FIELDS, dir: Direction = 'response'): Map<string, readonly Span[]> {
  const out = new Map<string, readonly Span[]>();
  walkLeaves(doc, (leaf) => {
    const spans = c.classify(leaf, dir, fm);
    if (spans !== null) out.set(leaf.pointer(), spans);
  });
  return out;
}

/** The single whole-leaf type found at pointer, or null; '(partial)' marks spans inside the leaf. */
export function typeAt(c: LeafClassifier, doc: unknown, pointer: string, fm: CompiledFieldMap = NO_FIELDS): SensitiveType | null {
  const spans = classifyDoc(c, doc, fm).get(pointer);
  if (spans === undefined) return null;
  return spans[0]!.type;
}
