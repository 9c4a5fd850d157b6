import type { LeafMasker } from '../mask/types';
import { keepLayout } from '../runtime/layouts';
import type { CompiledFieldMap, Direction, LeafClassifier, LeafFinding, LeafKind, LeafView, RouteTemplate, Span } from '../types';
import type { BodyProcessor } from './body';
import { BodyError } from './errors';
import { PathStack } from './path';
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
 * Masks one JSON document streamed in chunks: the original bytes come out
 * unchanged (whitespace, key order, number formatting, escapes) except the
 * leaves the classifier flags, which the LeafMasker rewrites. Holds back only
 * the token a chunk edge cut in two.
 */
export class JsonMasker implements BodyProcessor {
  private readonly tokenizer: JsonTokenizer;
  private readonly path = new PathStack();
  private readonly out = new ByteSplicer();
  private readonly handler: TokenHandler;
  private failure: BodyError | undefined;

  constructor(private readonly opts: JsonMaskerOptions) {
    this.tokenizer = new JsonTokenizer(opts.limits);
    const path = this.path;
    this.handler = {
      openObject: () => path.openObject(),
      openArray: () => path.openArray(),
      close: () => path.close(),
      key: (name) => path.setKey(name),
      leaf: (kind, value, start, end) => this.leaf(kind, value, start, end),
    };
  }

  push(chunk: Uint8Array): Uint8Array {
    return this.guard(() => {
      this.out.begin(chunk);
      this.tokenizer.write(chunk, this.handler);
      const pending = this.tokenizer.pendingStart;
      return this.out.finish(pending >= 0 ? pending : this.out.position);
    });
  }

  end(): Uint8Array {
    return this.guard(() => {
      this.tokenizer.end(this.handler);
      return this.out.finish(this.out.position);
    });
  }

  private leaf(kind: LeafKind, value: string, start: number, end: number): void {
    const { opts, path } = this;
    path.enterLeaf(kind, value);
    const spans = kind === 'string' || kind === 'number' ? opts.classifier.classify(path, opts.direction, opts.fieldMap) : null;
    if (opts.observeLeaf !== undefined) opts.observeLeaf(path, spans);
    if (spans !== null && spans.length > 0) {
      const outcome = opts.mask.mask(path, spans);
      for (const f of outcome.findings) opts.onFinding(f);
      const r = outcome.replacement;
      if (r !== undefined) this.out.replace(start, end, r === null ? 'null' : jsonQuote(r));
    }
    path.leaveLeaf();
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

// The layouts of a masker and of the tokenizer, pointer stack and splicer it owns (see runtime/layouts).
keepLayout(new JsonMasker({
  classifier: { classify: () => null },
  fieldMap: { route: '' as RouteTemplate, version: 0, isEmpty: true, lookup: () => undefined },
  direction: 'response',
  mask: { mask: () => ({ replacement: undefined, findings: [] }) },
  onFinding: () => undefined,
}));
