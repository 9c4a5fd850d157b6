import type { RouteTemplate } from '../types';
import { isWordLike, placeholderFor } from './segments';

// Route templating learned from traffic. Paths live in a trie of segments per
// method. A segment that is plainly a value (see segments.ts) becomes a
// placeholder at once; a node whose literal children keep multiplying is marked
// variable, its rarely-hit children are dropped and every unknown segment under
// it becomes `{param}` from then on. Memory is bounded by the owner of the
// routes (an LRU): each trie node lies on the path of a live template, and
// forget() prunes the path of an evicted one.

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);
const LEARNED = '{param}';
const REST = '{rest}';

export interface TemplaterLimits {
  /** Segments kept; the rest of a deeper path collapses into `{rest}`. */
  maxDepth: number;
  /** Distinct name-like literals under one node before it is considered variable. */
  maxWordLiterals: number;
  /** Distinct other literals (mixed case, digits, punctuation) before it is considered variable. */
  maxOtherLiterals: number;
  /** When a node turns variable, a name-like literal keeps its place if it got this share of the node's hits. */
  keepShare: number;
}

export const DEFAULT_TEMPLATER_LIMITS: TemplaterLimits = {
  maxDepth: 12,
  maxWordLiterals: 64,
  maxOtherLiterals: 8,
  keepShare: 0.05,
};

export interface TemplaterEvents {
  /** A template came into being (first path resolved to it). */
  added(route: RouteTemplate): void;
  /** A template disappeared because its segment was found to be a parameter. */
  merged(route: RouteTemplate): void;
}

class Node {
  literals: Map<string, Node> | undefined;
  params: Map<string, Node> | undefined;
  otherLiterals = 0;
  variable = false;
  hits = 0;
  route: RouteTemplate | undefined;
  constructor(
    readonly parent: Node | undefined,
    readonly label: string,
  ) {}

  isBare(): boolean {
    return this.route === undefined && !this.literals?.size && !this.params?.size;
  }
}

export class RouteTemplater {
  private readonly roots = new Map<string, Node>();
  private nodeCount = 0;

  constructor(
    private readonly events: TemplaterEvents,
    private readonly limits: TemplaterLimits = DEFAULT_TEMPLATER_LIMITS,
  ) {}

  /** Trie nodes alive now (for the memory bound). */
  get size(): number {
    return this.nodeCount;
  }

  /** The template of `method path` (query already stripped), learning as it goes. */
  resolve(method: string, path: string): RouteTemplate {
    let node = this.root(normaliseMethod(method));
    node.hits++;
    let depth = 0;
    let start = 0;
    while (start <= path.length) {
      let end = path.indexOf('/', start);
      if (end < 0) end = path.length;
      if (end > start) {
        if (depth === this.limits.maxDepth) {
          node = this.paramChild(node, REST);
          node.hits++;
          break;
        }
        node = this.step(node, path.slice(start, end));
        node.hits++;
        depth++;
      }
      start = end + 1;
    }
    if (node.route === undefined) {
      node.route = templateOf(node);
      this.events.added(node.route);
    }
    return node.route;
  }

  /** Re-creates a known template (e.g. from persisted state) so that paths resolve to it again. */
  seed(route: RouteTemplate): boolean {
    const parsed = parseTemplate(route);
    if (parsed === null) return false;
    let node = this.root(parsed.method);
    for (const label of parsed.labels) {
      // A learned parameter means its node had already turned variable.
      if (label === LEARNED) node.variable = true;
      node = label.startsWith('{') ? this.paramChild(node, label) : this.literalChild(node, label);
    }
    if (node.route !== undefined) return node.route === route;
    node.route = templateOf(node);
    return node.route === route;
  }

  /** Drops a template's path (its owner evicted it). Unknown templates are ignored. */
  forget(route: RouteTemplate): void {
    const parsed = parseTemplate(route);
    if (parsed === null) return;
    let node = this.roots.get(parsed.method);
    for (const label of parsed.labels) {
      node = label.startsWith('{') ? node?.params?.get(label) : node?.literals?.get(label);
      if (node === undefined) return;
    }
    if (node === undefined || node.route !== route) return;
    node.route = undefined;
    this.prune(node);
  }

  private step(node: Node, seg: string): Node {
    const placeholder = placeholderFor(seg);
    if (placeholder !== null) return this.paramChild(node, placeholder);
    const known = node.literals?.get(seg);
    if (known !== undefined) return known;
    if (node.variable) return this.paramChild(node, LEARNED);
    const child = this.literalChild(node, seg);
    const words = (node.literals?.size ?? 0) - node.otherLiterals;
    if (node.otherLiterals > this.limits.maxOtherLiterals || words > this.limits.maxWordLiterals) {
      this.makeVariable(node);
      return node.literals?.get(seg) ?? this.paramChild(node, LEARNED);
    }
    return child;
  }

  private makeVariable(node: Node): void {
    node.variable = true;
    const keepHits = node.hits * this.limits.keepShare;
    for (const [seg, child] of node.literals ?? []) {
      if (isWordLike(seg) && child.hits >= keepHits && child.hits > 1) continue;
      // Detach first, so that the owner reacting to merged() finds no path to prune.
      node.literals?.delete(seg);
      this.dropSubtree(child);
    }
    node.otherLiterals = 0;
  }

  private dropSubtree(node: Node): void {
    this.nodeCount--;
    if (node.route !== undefined) this.events.merged(node.route);
    for (const child of node.literals?.values() ?? []) this.dropSubtree(child);
    for (const child of node.params?.values() ?? []) this.dropSubtree(child);
  }

  private prune(node: Node): void {
    let n: Node | undefined = node;
    while (n?.parent !== undefined && n.isBare()) {
      const parent: Node = n.parent;
      if (parent.literals?.get(n.label) === n) {
        parent.literals.delete(n.label);
        if (!isWordLike(n.label)) parent.otherLiterals = Math.max(0, parent.otherLiterals - 1);
      } else parent.params?.delete(n.label);
      this.nodeCount--;
      n = parent;
    }
    if (n !== undefined && n.parent === undefined && n.isBare()) {
      this.roots.delete(n.label);
      this.nodeCount--;
    }
  }

  private root(method: string): Node {
    let r = this.roots.get(method);
    if (r === undefined) {
      r = new Node(undefined, method);
      this.roots.set(method, r);
      this.nodeCount++;
    }
    return r;
  }

  private literalChild(node: Node, seg: string): Node {
    node.literals ??= new Map();
    return getOrAdd(node.literals, seg, () => {
      if (!isWordLike(seg)) node.otherLiterals++;
      return this.newNode(node, seg);
    });
  }

  private paramChild(node: Node, label: string): Node {
    node.params ??= new Map();
    return getOrAdd(node.params, label, () => this.newNode(node, label));
  }

  private newNode(parent: Node, label: string): Node {
    this.nodeCount++;
    return new Node(parent, label);
  }
}

function getOrAdd<V>(m: Map<string, V>, key: string, make: () => V): V {
  let v = m.get(key);
  if (v === undefined) {
    v = make();
    m.set(key, v);
  }
  return v;
}

function normaliseMethod(method: string): string {
  const m = method.toUpperCase();
  // Arbitrary method tokens would each grow a trie of their own.
  return METHODS.has(m) ? m : 'OTHER';
}

function templateOf(node: Node): RouteTemplate {
  const labels: string[] = [];
  let n = node;
  while (n.parent !== undefined) {
    labels.push(n.label);
    n = n.parent;
  }
  return `${n.label} /${labels.reverse().join('/')}` as RouteTemplate;
}

function parseTemplate(route: string): { method: string; labels: string[] } | null {
  const sp = route.indexOf(' ');
  if (sp <= 0 || route[sp + 1] !== '/') return null;
  return { method: route.slice(0, sp), labels: route.slice(sp + 2).split('/').filter((s) => s.length > 0) };
}
