import type { SensitiveType } from '../../src/types';
import type { CorpusCase, Label } from '../corpus/build';

// A case body is written as a plain JSON tree whose leaves may be markers:
// the labels and hard negatives then come from the same walk that writes
// the body, so a pointer can never drift from its value.

export class Sens {
  constructor(readonly type: SensitiveType, readonly value: string | number) {}
}
/** A leaf that looks sensitive to a format-only regex and is not. */
export class Neg {
  constructor(readonly value: string | number) {}
}
/** A string leaf mixing prose with sensitive spans. */
export class Text {
  readonly parts: ReadonlyArray<string | Sens>;
  constructor(...parts: Array<string | Sens>) {
    this.parts = parts;
  }
}
/** A string leaf holding an encoded tree: JSON text, a query string, `k=v; k=v` or base64 of JSON. */
export class Encoded {
  constructor(readonly how: 'json' | 'query' | 'kv' | 'base64', readonly tree: Record<string, unknown>) {}
}

/** The corpus line format (test/corpus/README.md), shared with the main generator. */
export type WildLabel = Label;
export type WildCase = CorpusCase & { split: 'wild' };

const esc = (seg: string) => seg.replace(/~/g, '~0').replace(/\//g, '~1');

/** Sensitive spans inside a leaf, at most one label per type (the README's rule). */
function collect(node: unknown, out: Map<SensitiveType, string>): void {
  if (node instanceof Sens) {
    if (!out.has(node.type)) out.set(node.type, String(node.value));
  } else if (node instanceof Text) node.parts.forEach((p) => collect(p, out));
  else if (node instanceof Encoded) collect(node.tree, out);
  else if (node instanceof Neg || node === null || typeof node !== 'object') return;
  else for (const v of Object.values(node)) collect(v, out);
}

function plain(node: unknown): unknown {
  if (node instanceof Sens || node instanceof Neg) return node.value;
  if (node instanceof Text) return node.parts.map((p) => (typeof p === 'string' ? p : String(p.value))).join('');
  if (node instanceof Encoded) {
    const flat = () => Object.entries(plain(node.tree) as Record<string, unknown>);
    if (node.how === 'json') return JSON.stringify(plain(node.tree));
    if (node.how === 'base64') return Buffer.from(JSON.stringify(plain(node.tree))).toString('base64');
    if (node.how === 'query') return flat().map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');
    return flat().map(([k, v]) => `${k}=${String(v)}`).join('; ');
  }
  if (Array.isArray(node)) return node.map(plain);
  if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, plain(v)]));
  return node;
}

export function serialise(tree: unknown, indent: number): Pick<WildCase, 'body' | 'labels' | 'hardNegatives'> {
  const labels: WildLabel[] = [];
  const hardNegatives: string[] = [];
  const walk = (node: unknown, ptr: string): void => {
    if (node instanceof Neg) hardNegatives.push(ptr);
    else if (node instanceof Sens || node instanceof Text || node instanceof Encoded) {
      const found = new Map<SensitiveType, string>();
      collect(node, found);
      for (const [type, value] of found) labels.push({ pointer: ptr, type, value });
    } else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${ptr}/${i}`));
    else if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, `${ptr}/${esc(k)}`);
  };
  walk(tree, '');
  return { body: JSON.stringify(plain(tree), null, indent), labels, hardNegatives };
}
