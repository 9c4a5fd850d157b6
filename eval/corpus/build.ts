import { tokenize } from '../../src/detect/keys';
import type { SensitiveType } from '../../src/types';
import type { Rng } from './rng';

// A case body is built as a tree with tagged leaves; serialising it yields the
// raw JSON text and, from the same walk, the labels and hard-negative pointers.

export class Sens {
  constructor(readonly type: SensitiveType, readonly value: string | number | BigLiteral) {}
}
export class Neg {
  constructor(readonly value: string | number | BigLiteral) {}
}
/** A string leaf with sensitive values inside it (free text, encoded content). */
export class Emb {
  constructor(readonly text: string, readonly inner: ReadonlyArray<{ type: SensitiveType; value: string }>) {}
}
/** A number literal beyond 2^53 (an 18-digit ID stored as a JSON number). */
export class BigLiteral {
  constructor(readonly digits: string) {}
}
export const S = (type: SensitiveType, value: string | number | BigLiteral) => new Sens(type, value);
export const N = (value: string | number | BigLiteral) => new Neg(value);
export const E = (text: string, inner: Array<{ type: SensitiveType; value: string }>) => new Emb(text, inner);

export interface Label {
  pointer: string;
  type: SensitiveType;
  /** The sensitive text as it appears in the decoded leaf (for the masking check). */
  value: string;
}
export interface CorpusCase {
  id: string;
  method: string;
  path: string;
  direction: 'request' | 'response';
  contentType: string;
  body: string;
  labels: Label[];
  hardNegatives: string[];
  /** `wild`: the outsider's corpus (eval/wild/), written without reading our vocabularies. */
  split: 'main' | 'heldout' | 'wild';
  shape: string;
}

function esc(seg: string | number): string {
  return String(seg).replace(/~/g, '~0').replace(/\//g, '~1');
}
function leafText(v: string | number | BigLiteral): string {
  return v instanceof BigLiteral ? v.digits : typeof v === 'number' ? JSON.stringify(v) : JSON.stringify(v);
}
function plain(v: string | number | BigLiteral): string {
  return v instanceof BigLiteral ? v.digits : String(v);
}

export function serialise(tree: unknown, indent: number): { body: string; labels: Label[]; hardNegatives: string[] } {
  const labels: Label[] = [];
  const hardNegatives: string[] = [];
  const walk = (node: unknown, ptr: string, depth: number): string => {
    const nl = indent > 0 ? '\n' + ' '.repeat(indent * (depth + 1)) : '';
    const close = indent > 0 ? '\n' + ' '.repeat(indent * depth) : '';
    const sep = indent > 0 ? ': ' : ':';
    if (node instanceof Sens) {
      labels.push({ pointer: ptr, type: node.type, value: plain(node.value) });
      return leafText(node.value);
    }
    if (node instanceof Neg) {
      hardNegatives.push(ptr);
      return leafText(node.value);
    }
    if (node instanceof Emb) {
      for (const i of node.inner) labels.push({ pointer: ptr, type: i.type, value: i.value });
      return JSON.stringify(node.text);
    }
    if (node instanceof BigLiteral) return node.digits;
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]';
      return '[' + node.map((x, i) => nl + walk(x, `${ptr}/${i}`, depth + 1)).join(',') + close + ']';
    }
    if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node as Record<string, unknown>).filter(([, v]) => v !== undefined);
      if (entries.length === 0) return '{}';
      return '{' + entries.map(([k, v]) => nl + JSON.stringify(k) + sep + walk(v, `${ptr}/${esc(k)}`, depth + 1)).join(',') + close + '}';
    }
    return JSON.stringify(node);
  };
  return { body: walk(tree, '', 0), labels, hardNegatives };
}

export type KeyStyle = 'camel' | 'snake' | 'kebab' | 'upper' | 'pascal';

/** Re-spells an English key in a naming convention; pinyin and Chinese keys stay as written. */
export function styled(key: string, style: KeyStyle): string {
  if (/[\u4e00-\u9fff]/.test(key)) return key;
  const t = tokenize(key);
  if (t.length <= 1 && style !== 'upper') return key;
  switch (style) {
    case 'camel': return t.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
    case 'pascal': return t.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
    case 'snake': return t.join('_');
    case 'kebab': return t.join('-');
    case 'upper': return t.join('_').toUpperCase();
  }
}

export function base64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

export function shuffleKeys<T extends Record<string, unknown>>(r: Rng, o: T): T {
  const entries = Object.entries(o);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries) as T;
}
