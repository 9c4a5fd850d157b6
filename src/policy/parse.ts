import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { policySchema, type PolicyFile } from './schema';

/** A policy that cannot be used; `issues` are `file:line:col path: message`, one per problem. */
export class PolicyError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid policy:\n  ${issues.join('\n  ')}`);
  }
}

function pathText(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s === '' ? String(p) : `.${String(p)}`;
  return s === '' ? '(root)' : s;
}

// Point at the deepest YAML node that exists on the issue's path, so that a
// missing key is reported where its parent is.
function locate(doc: ReturnType<typeof parseDocument>, path: readonly PropertyKey[], lines: LineCounter): string {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
    if (node !== undefined && node !== null && typeof node === 'object' && 'range' in node && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return `${line}:${col}`;
    }
  }
  return '1:1';
}

/** Parse and validate policy YAML; throws PolicyError with every problem located. */
export function parsePolicy(text: string, source: string): PolicyFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new PolicyError(doc.errors.map((e) => {
      const { line, col } = lines.linePos(e.pos[0]);
      return `${source}:${line}:${col} ${e.message.split('\n')[0]}`;
    }));
  }
  const contents = doc.contents;
  const raw: unknown = contents === null ? {} : doc.toJS();
  if (contents !== null && !isMap(contents)) {
    throw new PolicyError([`${source}:1:1 (root): expected a mapping${isSeq(contents) ? ', found a list' : ''}`]);
  }
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    throw new PolicyError(parsed.error.issues.map((i: z.core.$ZodIssue) => {
      const at = i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]] : i.path;
      return `${source}:${locate(doc, at, lines)} ${pathText(i.path)}: ${i.message}`;
    }));
  }
  return parsed.data;
}
