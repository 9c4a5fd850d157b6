import {
  COLUMN_NAME_KEYS, columnName, isHeaderCell, isHeaderKey, isLegendKey, MAX_COLUMNS, MAX_DESCRIPTION_CHARS, MAX_SIBLING_VALUE_CHARS, MIN_HEADER_CELLS,
} from '../json/path';
import { ParsedLeaf } from '../json/parsed-leaf';
import type { LeafKind } from '../types';

export { ParsedLeaf };

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
export function walkLeaves(
  doc: unknown, visit: (leaf: ParsedLeaf) => void, path: Array<string | number> = [], legend?: ReadonlyMap<string, string>,
): void {
  const own = leafOf(doc);
  if (own !== null) {
    visit(new ParsedLeaf(own[0], own[1], path.slice(), [], new Map()));
    return;
  }
  if (Array.isArray(doc)) {
    const names = headerRow(doc[0]);
    if (names !== null) {
      // A first row of names (`[["姓名", "手机号"], ["张三", …]]`): the rows after it are read under them, as PathStack does.
      walkLeaves(doc[0], visit, [...path, 0]);
      walkRows(doc, names, visit, path, legend, 1);
      return;
    }
    // A legend reaches the objects of an array directly under its owner, and no further.
    doc.forEach((item, i) => walkLeaves(item, visit, [...path, i], Array.isArray(item) ? undefined : legend));
    return;
  }
  const keys: string[] = [];
  const values = new Map<string, string>();
  let columns: string[] = [];
  let ownLegend: Map<string, string> | undefined;
  const members = Object.entries(doc as Record<string, unknown>);
  members.forEach(([k, v], at) => {
    const leaf = leafOf(v);
    if (leaf !== null) {
      const settled = at < members.length - 1 ? () => withEverySibling(leaf, [...path, k], members, at, legend?.get(k)) : undefined;
      visit(new ParsedLeaf(leaf[0], leaf[1], [...path, k], keys.slice(), new Map(values), legend?.get(k), settled));
      if (leaf[1].length <= MAX_SIBLING_VALUE_CHARS) values.set(k, leaf[1]);
    } else if (columns.length > 0 && Array.isArray(v)) walkRows(v, columns, visit, [...path, k], ownLegend);
    else walkLeaves(v, visit, [...path, k], Array.isArray(v) ? ownLegend : undefined);
    if (Array.isArray(v) && isHeaderKey(k)) columns = [...columns, ...columnsOf(v)].slice(0, MAX_COLUMNS);
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && isLegendKey(k)) ownLegend = legendOf(v as Record<string, unknown>, ownLegend);
    keys.push(k);
  });
}

/** An object's member seen with all its siblings, those after it too (ParsedLeaf.settled). */
function withEverySibling(
  leaf: [LeafKind, string], path: Array<string | number>, members: ReadonlyArray<[string, unknown]>, at: number, column: string | undefined,
): ParsedLeaf {
  const keys: string[] = [];
  const values = new Map<string, string>();
  members.forEach(([k, v], i) => {
    if (i === at) return;
    keys.push(k);
    const l = leafOf(v);
    if (l !== null && l[1].length <= MAX_SIBLING_VALUE_CHARS) values.set(k, l[1]);
  });
  return new ParsedLeaf(leaf[0], leaf[1], path, keys, values, column);
}

/** A legend's code → description pairs, added to those already read (see LEGEND_KEYS in json/path.ts). */
function legendOf(o: Record<string, unknown>, before: ReadonlyMap<string, string> | undefined): Map<string, string> {
  const out = new Map(before);
  for (const [code, d] of Object.entries(o)) if (typeof d === 'string' && d.length <= MAX_DESCRIPTION_CHARS && out.size < MAX_COLUMNS) out.set(code, d);
  return out;
}

/** The column names a table's first row gives (see isHeaderCell), or null. */
function headerRow(first: unknown): string[] | null {
  if (!Array.isArray(first) || first.length < MIN_HEADER_CELLS || first.length > MAX_COLUMNS) return null;
  return first.every((c) => typeof c === 'string' && isHeaderCell(c)) ? (first as string[]) : null;
}

/** Rows beside a header (from index `from`): each cell of a row that is an array is read under its column's name. */
function walkRows(
  rows: unknown[], columns: readonly string[], visit: (leaf: ParsedLeaf) => void, path: Array<string | number>, legend?: ReadonlyMap<string, string>, from = 0,
): void {
  rows.forEach((row, i) => {
    if (i < from) return;
    if (!Array.isArray(row)) return walkLeaves(row, visit, [...path, i], legend);
    row.forEach((cell, j) => {
      const leaf = leafOf(cell);
      if (leaf !== null && columns[j] !== undefined) visit(new ParsedLeaf(leaf[0], leaf[1], [...path, i, j], columns, new Map(), columns[j]));
      else walkLeaves(cell, visit, [...path, i, j]);
    });
  });
}

/** Column names of a header array: its strings, or the first name-like string of each of its objects. */
function columnsOf(header: unknown[]): string[] {
  const out: string[] = [];
  for (const h of header) {
    if (typeof h === 'string') out.push(columnName(h));
    else if (h !== null && typeof h === 'object' && !Array.isArray(h)) {
      const name = Object.entries(h as Record<string, unknown>).find(([k, v]) => COLUMN_NAME_KEYS.has(k) && typeof v === 'string');
      if (name !== undefined) out.push(columnName(name[1] as string));
    }
  }
  return out;
}
