import type { LeafMasker } from '../mask/types';
import { keepLayout } from '../runtime/layouts';
import { AWAIT_SIBLINGS, type CompiledFieldMap, type Direction, type LeafClassifier, type LeafFinding, type LeafKind, type LeafView, type RouteTemplate, type Span } from '../types';
import type { BodyProcessor } from './body';
import { BodyError } from './errors';
import { PathStack, type WaitingLeaf } from './path';
import { ByteSplicer } from './splice';
import { jsonQuote } from './text-bytes';
import type { TokenHandler, TokenizerLimits } from './events';
import { JsonTokenizer } from './tokenizer';

export interface JsonMaskerOptions {
  readonly classifier: LeafClassifier;
  readonly fieldMap: CompiledFieldMap;
  readonly direction: Direction;
  readonly mask: LeafMasker;
  onFinding(f: LeafFinding): void;
  /** Sees every leaf (booleans and nulls too, with null spans), e.g. for the profiler's sampling. */
  observeLeaf?(leaf: LeafView, spans: readonly Span[] | null): void;
  readonly limits?: Partial<TokenizerLimits>;
}

/**
 * Leaves that wait for their object's later members (AWAIT_SIBLINGS) are decided when it closes,
 * or earlier, with the siblings seen so far, once this many bytes of the body are held back behind
 * the first of them or this many leaves wait. Both counts follow the document, never the chunking,
 * so a body decides the same however it is cut.
 */
export const MAX_WAIT_BYTES = 64 << 10;
export const MAX_WAITING_LEAVES = 64;

interface Waiting {
  readonly leaf: WaitingLeaf;
  readonly start: number;
  readonly end: number;
}

/**
 * Masks one JSON document streamed in chunks: the original bytes come out
 * unchanged (whitespace, key order, number formatting, escapes) except the
 * leaves the classifier flags, which the LeafMasker rewrites. Holds back the
 * token a chunk edge cut in two, and the bytes from a leaf waiting for its
 * siblings on (see MAX_WAIT_BYTES).
 */
export class JsonMasker implements BodyProcessor {
  private readonly tokenizer: JsonTokenizer;
  private readonly path = new PathStack();
  private readonly out = new ByteSplicer();
  private readonly handler: TokenHandler;
  private failure: BodyError | undefined;
  /** In document order; a closing object's leaves are always the last ones. */
  private readonly waiting: Waiting[] = [];

  constructor(private readonly opts: JsonMaskerOptions) {
    this.tokenizer = new JsonTokenizer(opts.limits);
    this.handler = new MaskerEvents(this, this.path);
  }

  /** The tokenizer closed the innermost object or array (see MaskerEvents). */
  closed(): void {
    if (this.waiting.length > 0) this.settle(this.path.depth - 1);
    this.path.close();
  }

  push(chunk: Uint8Array): Uint8Array {
    return this.guard(() => {
      this.out.begin(chunk);
      this.tokenizer.write(chunk, this.handler);
      const pending = this.tokenizer.pendingStart;
      const hold = pending >= 0 ? pending : this.out.position;
      return this.out.finish(this.waiting.length > 0 ? Math.min(hold, this.waiting[0]!.start) : hold);
    });
  }

  end(): Uint8Array {
    return this.guard(() => {
      this.tokenizer.end(this.handler);
      this.settle(-1);
      return this.out.finish(this.out.position);
    });
  }

  /** A complete scalar from the tokenizer (see MaskerEvents). */
  leaf(kind: LeafKind, value: string, start: number, end: number): void {
    const { opts, path, waiting } = this;
    if (waiting.length > 0 && start - waiting[0]!.start > MAX_WAIT_BYTES) this.settle(-1);
    path.enterLeaf(kind, value);
    const spans = kind === 'string' || kind === 'number' ? opts.classifier.classify(path, opts.direction, opts.fieldMap) : null;
    if (spans === AWAIT_SIBLINGS && path.laterSiblings) {
      waiting.push({ leaf: path.waitingLeaf(), start, end });
      path.leaveLeaf();
      if (waiting.length >= MAX_WAITING_LEAVES) this.settle(-1);
      return;
    }
    this.decided(path, spans, start, end);
    path.leaveLeaf();
  }

  private decided(leaf: LeafView, spans: readonly Span[] | null, start: number, end: number): void {
    const opts = this.opts;
    if (opts.observeLeaf !== undefined) opts.observeLeaf(leaf, spans);
    if (spans !== null && spans.length > 0) {
      const outcome = opts.mask.mask(leaf, spans);
      for (const f of outcome.findings) opts.onFinding(f);
      const r = outcome.replacement;
      if (r !== undefined) this.out.replace(start, end, r === null ? 'null' : jsonQuote(r));
    }
  }

  /** Decides the waiting leaves of the object in frame `frame` (-1: all of them) with the siblings it has had. */
  private settle(frame: number): void {
    const { waiting, path, opts } = this;
    let from = waiting.length;
    while (from > 0 && (frame < 0 || waiting[from - 1]!.leaf.frame === frame)) from--;
    // Asked again even with no member after it: a leaf that waited because later members could overturn a
    // finding is found once none came.
    for (const w of waiting.splice(from)) {
      const leaf = path.settle(w.leaf);
      this.decided(leaf, opts.classifier.classify(leaf, opts.direction, opts.fieldMap), w.start, w.end);
    }
  }

  /** A failed body stays failed; anything unexpected from a plug-in is reported as `internal`. */
  private guard(step: () => Uint8Array): Uint8Array {
    if (this.failure !== undefined) throw this.failure;
    try {
      return step();
    } catch (e) {
      this.failure = e instanceof BodyError ? e : new BodyError('internal', this.tokenizer.position, { cause: e });
      throw this.failure;
    }
  }
}

/**
 * The tokenizer's handler for one masker. A class, not an object of closures: a masker is made per
 * body, and the tokenizer's calls per key and leaf stay monomorphic (inlinable) only while every
 * body's handler shares one set of functions.
 */
class MaskerEvents implements TokenHandler {
  constructor(private readonly masker: JsonMasker, private readonly path: PathStack) {}
  openObject(): void {
    this.path.openObject();
  }
  openArray(): void {
    this.path.openArray();
  }
  close(): void {
    this.masker.closed();
  }
  key(name: string): void {
    this.path.setKey(name);
  }
  leaf(kind: LeafKind, value: string, start: number, end: number): void {
    this.masker.leaf(kind, value, start, end);
  }
}

// The layouts of a masker and of the tokenizer, pointer stack and splicer it owns (see runtime/layouts).
keepLayout(new JsonMasker({
  classifier: { classify: () => null },
  fieldMap: { route: '' as RouteTemplate, version: 0, isEmpty: true, lookup: () => undefined },
  direction: 'response',
  mask: { mask: () => ({ replacement: undefined, findings: [] }) },
  onFinding: () => undefined,
}));
