import { ParsedLeaf } from './parsed-leaf';
import { keepLayout } from '../runtime/layouts';
import type { FieldPath, JsonPointer, LeafKind, LeafView } from '../types';

/** Sibling values longer than this are context noise, not labels: not kept. */
export const MAX_SIBLING_VALUE_CHARS = 64;
/** Keys remembered per open object: bounds memory on huge objects; later keys are still walked, not recalled. */
export const MAX_SIBLING_KEYS = 128;
const MAX_SIBLING_KEY_CHARS = 256;

const NO_KEYS: readonly string[] = [];
/**
 * Keys whose array names the columns of rows held beside it (`{"header": ["姓名", "手机号"], "rows": [[…]]}`,
 * `{"columns": [{"name": "email"}], "data": [[…]]}`): a row's cell is then read under its column's name.
 */
export const HEADER_KEYS: ReadonlySet<string> = new Set([
  'header', 'headers', 'columns', 'cols', 'fields', 'fieldnames', 'columnnames', 'columnheaders', 'titles', '表头', '列名', '字段',
]);
/** Keys of a column object (`{"name": "email", "type": "text"}`) that hold the column's name. */
export const COLUMN_NAME_KEYS: ReadonlySet<string> = new Set(['name', 'label', 'title', 'field']);
/** Columns remembered per object. */
export const MAX_COLUMNS = 256;
/**
 * Keys whose object describes coded columns (`{"colDesc": {"C03": "银行账号"}, "rows": [{"C03": …}]}`): a
 * row's member is then read under its code's description. Named outright: `fields` or `columns` holding an
 * object is as often a record (Jira's `fields`).
 */
export const LEGEND_KEYS: ReadonlySet<string> = new Set([
  'coldesc', 'columndesc', 'columndescs', 'columndescription', 'columndescriptions', 'fielddesc', 'fielddescs',
  'fielddescription', 'fielddescriptions', 'columnlabels', 'fieldlabels', 'legend', '字段说明', '列说明', '字段含义',
]);
/** Longer descriptions are prose, not a column's name. */
export const MAX_DESCRIPTION_CHARS = 64;

/**
 * Whether a string in the first row of an array of arrays can be a column's name (`[["姓名", "手机号"], ["张三", …]]`,
 * as spreadsheet APIs return tables): short, and not a value — a phone, an id or a date has digits.
 */
export function isHeaderCell(v: string): boolean {
  if (v.length === 0 || v.length > MAX_DESCRIPTION_CHARS) return false;
  let digits = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits > 3) return false;
  }
  return true;
}
/** A first row names columns only with this many cells or more: a lone string is as likely a value. */
export const MIN_HEADER_CELLS = 2;

/**
 * A case-insensitive membership test for a set of lower-case keys, asked for every container an object
 * holds: most keys are ruled out by their first character, without hashing or lower-casing them.
 */
function keyTest(keys: ReadonlySet<string>): (key: string) => boolean {
  const firsts = new Set([...keys].map((k) => k.charCodeAt(0)));
  return (key) => {
    const c0 = key.charCodeAt(0);
    if (!firsts.has(c0 >= 65 && c0 <= 90 ? c0 | 0x20 : c0)) return false;
    return keys.has(key) || keys.has(key.toLowerCase());
  };
}
export const isHeaderKey = keyTest(HEADER_KEYS);
export const isLegendKey = keyTest(LEGEND_KEYS);

export function columnName(name: string): string {
  return name.length <= MAX_SIBLING_KEY_CHARS ? name : '';
}
/** A leaf whose decision waits for its object's later members (see PathStack.settle). */
export interface WaitingLeaf {
  readonly kind: LeafKind;
  readonly value: string;
  readonly path: ReadonlyArray<string | number>;
  /** Frame of its object. */
  readonly frame: number;
  /** Where its key and value land among the object's remembered keys and values. */
  readonly keyAt: number;
  readonly valueAt: number;
}

const POINTER = 0;
const FIELD_PATH = 1;
type PathKind = typeof POINTER | typeof FIELD_PATH;

class Frame {
  isArray = false;
  /** Current property name (objects) — the path segment while its value is open. */
  key: string | undefined = undefined;
  /** `key` escaped for a pointer, built on first demand. */
  escapedKey: string | undefined = undefined;
  /** Current index (arrays); -1 before the first item. */
  index = -1;
  /** Frame index of the nearest object enclosing this container (-1: none), restored when it closes. */
  outerObject = -1;
  // Replaced, not truncated, on reuse: a fresh small array is cheaper in V8 than setting `length`.
  /** Keys before the current one. */
  keys: string[] = [];
  /** Short scalar siblings as parallel arrays: appended per leaf, searched rarely. */
  valueKeys: string[] = [];
  values: string[] = [];
  /**
   * Objects: column names from a header array among its values (see HEADER_KEYS). Arrays of rows: the names
   * their first row gave (see firstRow). A first row itself: its cells so far.
   */
  columns: string[] = [];
  /** Arrays: the first item of an array, still open, whose cells may all be column names (see isHeaderCell). */
  firstRow = false;
  /**
   * Arrays: a header (the value of a HEADER_KEYS key), whose strings are column names. Objects: an item of
   * a header array, whose name is one.
   */
  header = false;
  /** Objects in a header array: this column's name was taken (one per column keeps the columns aligned). */
  named = false;
  /** Objects: a legend among its values (see LEGEND_KEYS), code → description. */
  legend: Map<string, string> | undefined = undefined;
  /** Objects: this object is a legend (the value of a LEGEND_KEYS key). */
  isLegend = false;
  /** This container's own pointer ([POINTER]) and FieldPath ([FIELD_PATH]), built on first demand and valid while it stays open. */
  readonly paths: [string | undefined, string | undefined] = [undefined, undefined];

  open(isArray: boolean): void {
    this.isArray = isArray;
    this.key = undefined;
    this.escapedKey = undefined;
    this.index = -1;
    if (this.keys.length > 0) this.keys = [];
    if (this.values.length > 0) {
      this.valueKeys = [];
      this.values = [];
    }
    if (this.columns.length > 0) this.columns = [];
    this.firstRow = false;
    this.header = false;
    this.named = false;
    this.legend = undefined;
    this.isLegend = false;
    this.paths[POINTER] = undefined;
    this.paths[FIELD_PATH] = undefined;
  }
}
// Frames are made on a stack's first descent; an idle masker's stack has none (see runtime/layouts).
keepLayout(new Frame());

function escapeSegment(s: string): string {
  if (s.indexOf('~') < 0 && s.indexOf('/') < 0) return s;
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function escapedKey(f: Frame): string {
  return (f.escapedKey ??= escapeSegment(f.key!));
}

/**
 * The pointer stack: follows the tokenizer's events and answers `LeafView` for
 * the leaf being handled. Frames are reused across objects so a steady stream
 * allocates nothing per container; pointers are built only when asked for.
 */
export class PathStack implements LeafView {
  private readonly frames: Frame[] = [];
  private top = -1;
  /** Frame index of the innermost open object (-1: none): the leaf's key and siblings live there. */
  private object = -1;
  kind: LeafKind = 'null';
  value = '';
  /** The current leaf's column name when it is a table cell (see column(), described()), found once per leaf. */
  private cellColumn: string | undefined = undefined;
  /** The column names of the current cell's table (its siblings), when it is a cell of a row. */
  private cellColumns: readonly string[] = NO_KEYS;
  /** Open objects holding a legend: while none is open, no leaf looks for one. */
  private legends = 0;

  get depth(): number {
    return this.top + 1;
  }

  openObject(): void {
    this.push(false);
  }

  openArray(): void {
    this.push(true);
  }

  close(): void {
    const f = this.frames[this.top]!;
    if (f.legend !== undefined) this.legends--;
    if (f.firstRow) this.closeFirstRow(f);
    this.object = f.outerObject;
    this.top--;
  }

  setKey(name: string): void {
    const f = this.frames[this.top]!;
    if (f.key !== undefined && f.keys.length < MAX_SIBLING_KEYS && f.key.length <= MAX_SIBLING_KEY_CHARS) f.keys.push(f.key);
    f.key = name;
    f.escapedKey = undefined;
  }

  /** Makes this scalar the current leaf; call `leaveLeaf` once it has been handled. */
  enterLeaf(kind: LeafKind, value: string): void {
    this.advanceIndex();
    this.kind = kind;
    this.value = value;
    // Most leaves are an object's members (top === object): one comparison rules them out.
    const t = this.top;
    this.cellColumn = t === this.object ? (this.legends > 0 && t >= 2 ? this.described(this.frames[t]!) : undefined) : t >= 1 ? this.cell(t) : undefined;
  }

  /** The column of an array item at frame t that is a cell of a table's row (see column(), rowColumn()), or undefined. */
  private cell(t: number): string | undefined {
    const named = t === this.object + 2 && t >= 2 ? this.column(this.frames[this.object]!) : undefined;
    return named ?? this.rowColumn(t);
  }

  /** Remembers the leaf as a sibling for the leaves after it, and as a column name if it is one. */
  leaveLeaf(): void {
    if (this.top < 0) return;
    const f = this.frames[this.top]!;
    if (f.header) this.columnLeaf(f);
    else if (f.isLegend) this.legendLeaf(f);
    else if (f.firstRow) this.firstRowLeaf(f);
    if (!f.isArray && this.value.length <= MAX_SIBLING_VALUE_CHARS && f.values.length < MAX_SIBLING_KEYS) {
      f.valueKeys.push(f.key!);
      f.values.push(this.value);
    }
  }

  /** A string in a header array, or the name of a column object in one (`{"columns": [{"name": "email"}]}`). */
  private columnLeaf(f: Frame): void {
    if (this.kind !== 'string') return;
    if (f.isArray) this.addColumn(f.outerObject);
    else if (!f.named && COLUMN_NAME_KEYS.has(f.key!)) {
      f.named = true;
      this.addColumn(this.frames[this.top - 1]!.outerObject);
    }
  }

  /** A cell of a first row: kept as a column name while every cell so far could be one. */
  private firstRowLeaf(f: Frame): void {
    if (this.kind === 'string' && isHeaderCell(this.value) && f.columns.length < MAX_COLUMNS) f.columns.push(this.value);
    else this.notFirstRow(f);
  }

  /** A first row that holds a value: its cells so far are dropped, so no cell below it reads them as columns. */
  private notFirstRow(f: Frame): void {
    f.firstRow = false;
    if (f.columns.length > 0) f.columns = [];
  }

  /** A first row closed: if all its cells were names, they name the columns of the rows after it. */
  private closeFirstRow(f: Frame): void {
    const table = this.frames[this.top - 1]!;
    if (f.columns.length >= MIN_HEADER_CELLS && f.columns.length === f.index + 1) {
      table.columns = f.columns;
      f.columns = [];
    }
  }

  /**
   * Whether the array at frame d is part of a table already, and so cannot be one itself: the rows array of a
   * table a header key names (see column()), or a row of any table.
   */
  private inTable(d: number): boolean {
    const o = this.object;
    if (o >= 0 && (d === o + 1 || d === o + 2) && this.frames[o]!.columns.length > 0) return true;
    const up = this.frames[d - 1];
    return up !== undefined && up.isArray && up.columns.length > 0;
  }

  /**
   * The column of a cell in a row after a first row of names (`[["姓名", "手机号"], ["张三", …]]`), or undefined:
   * the cell at frame t is an item of a row array, itself an item of the table array holding the names.
   */
  private rowColumn(t: number): string | undefined {
    const row = this.frames[t]!;
    const table = this.frames[t - 1]!;
    if (!row.isArray || !table.isArray || table.columns.length === 0) return undefined;
    this.cellColumns = table.columns;
    return table.columns[row.index];
  }

  private legendLeaf(f: Frame): void {
    if (this.kind !== 'string' || this.value.length > MAX_DESCRIPTION_CHARS) return;
    const owner = this.frames[f.outerObject]!;
    if (owner.legend === undefined) {
      owner.legend = new Map();
      this.legends++;
    }
    if (owner.legend.size < MAX_COLUMNS) owner.legend.set(f.key!, this.value);
  }

  /**
   * The description of a row member's code (`rows[i].C03` under the object holding `colDesc`), or undefined.
   * The row is an object in an array directly under that object.
   */
  private described(row: Frame): string | undefined {
    const t = this.top;
    if (row.outerObject !== t - 2 || !this.frames[t - 1]!.isArray) return undefined;
    return this.frames[t - 2]!.legend?.get(row.key!);
  }

  private addColumn(owner: number): void {
    const o = this.frames[owner];
    // An overlong name is kept as '' so the columns after it stay aligned with their cells.
    if (o !== undefined && o.columns.length < MAX_COLUMNS) o.columns.push(columnName(this.value));
  }

  /**
   * The column of a cell in a row beside a header (`rows[i][j]` under the object f holding `header`, two
   * levels down), or undefined. Rows are arrays of arrays directly under that object.
   */
  private column(f: Frame): string | undefined {
    const t = this.top;
    if (f.columns.length === 0 || !this.frames[t]!.isArray || !this.frames[t - 1]!.isArray) return undefined;
    this.cellColumns = f.columns;
    return f.columns[this.frames[t]!.index];
  }

  /** Forget everything (next document). */
  reset(): void {
    this.top = -1;
    this.object = -1;
    this.legends = 0;
  }

  get key(): string | undefined {
    if (this.cellColumn !== undefined) return this.cellColumn;
    const f = this.nearestObject();
    return f === undefined ? undefined : f.key;
  }

  segment(i: number): string | number {
    const f = this.frames[i]!;
    return f.isArray ? f.index : f.key!;
  }

  /** An object's member (not a table cell): its later siblings are still to come. */
  get laterSiblings(): boolean {
    return this.top >= 0 && this.top === this.object && this.cellColumn === undefined;
  }

  /** The current leaf (one with laterSiblings) as it waits for its object to close; see settle(). */
  waitingLeaf(): WaitingLeaf {
    const f = this.frames[this.top]!;
    const path: Array<string | number> = [];
    for (let i = 0; i <= this.top; i++) path.push(this.segment(i));
    return { kind: this.kind, value: this.value, path, frame: this.top, keyAt: f.keys.length, valueAt: f.values.length };
  }


  /**
   * A waiting leaf seen with every sibling its object has had so far (all of them once it closes),
   * later ones included. Its frame must still be open.
   */
  settle(w: WaitingLeaf): LeafView {
    const f = this.frames[w.frame]!;
    const own = w.path[w.path.length - 1] as string;
    const keys = f.keys.filter((k, i) => i !== w.keyAt || k !== own);
    if (f.key !== undefined && (w.keyAt < f.keys.length || f.key !== own) && f.keys.length < MAX_SIBLING_KEYS) keys.push(f.key);
    const values = new Map<string, string>();
    for (let i = 0; i < f.values.length; i++) if (i !== w.valueAt || f.valueKeys[i] !== own) values.set(f.valueKeys[i]!, f.values[i]!);
    return new ParsedLeaf(w.kind, w.value, w.path, keys, values);
  }

  get siblingKeys(): readonly string[] {
    // A table cell's siblings are the other columns of its row (a described row member keeps its row's keys).
    if (this.cellColumn !== undefined && this.top !== this.object) return this.cellColumns;
    const f = this.nearestObject();
    return f === undefined ? NO_KEYS : f.keys;
  }

  siblingValue(key: string): string | undefined {
    const f = this.nearestObject();
    if (f === undefined) return undefined;
    // Last wins, as in JSON.parse, should a key repeat.
    const i = f.valueKeys.lastIndexOf(key);
    return i < 0 ? undefined : f.values[i];
  }

  pointer(): JsonPointer {
    return (this.top < 0 ? '' : this.childPath(this.top, POINTER)) as JsonPointer;
  }

  fieldPath(): FieldPath {
    return (this.top < 0 ? '' : this.childPath(this.top, FIELD_PATH)) as FieldPath;
  }

  private push(isArray: boolean): void {
    this.advanceIndex();
    const d = ++this.top;
    let f = this.frames[d];
    if (f === undefined) this.frames.push((f = new Frame()));
    f.open(isArray);
    f.outerObject = this.object;
    if (d > 0) {
      // Header arrays are an object's values; column objects are a header array's items.
      const parent = this.frames[d - 1]!;
      f.header = isArray ? !parent.isArray && isHeaderKey(parent.key!) : parent.isArray && parent.header;
      f.isLegend = !isArray && !parent.isArray && isLegendKey(parent.key!);
      // The first item of an array of rows may name the columns, unless that array is part of a table already;
      // a container inside it means it does not.
      f.firstRow = isArray && parent.isArray && parent.index === 0 && parent.columns.length === 0 && !this.inTable(d - 1);
      if (parent.firstRow) this.notFirstRow(parent);
    }
    if (!isArray) this.object = d;
  }

  private advanceIndex(): void {
    if (this.top >= 0) {
      const f = this.frames[this.top]!;
      if (f.isArray) f.index++;
    }
  }

  /** Pointer or FieldPath (array indices as `*`) of the value currently open in frame d. */
  private childPath(d: number, kind: PathKind): string {
    const f = this.frames[d]!;
    return this.containerPath(d, kind) + '/' + (!f.isArray ? escapedKey(f) : kind === FIELD_PATH ? '*' : String(f.index));
  }

  private containerPath(d: number, kind: PathKind): string {
    const f = this.frames[d]!;
    if (f.paths[kind] === undefined) {
      // Frames are cached top-down, so this walks back only to the nearest cached ancestor.
      let from = d;
      while (from > 0 && this.frames[from - 1]!.paths[kind] === undefined) from--;
      if (from === 0) this.frames[0]!.paths[kind] = '';
      for (let i = Math.max(from, 1); i <= d; i++) this.frames[i]!.paths[kind] = this.childPath(i - 1, kind);
    }
    return f.paths[kind]!;
  }

  private nearestObject(): Frame | undefined {
    return this.object < 0 ? undefined : this.frames[this.object];
  }
}
