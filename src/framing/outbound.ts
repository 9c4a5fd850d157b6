import { BodyError } from '../json/errors';
import type { LeafMasker, MaskOutcome } from '../mask/types';
import { Detokenizer, type Restore } from '../tokens/detokenizer';
import {
  SENSITIVE_TYPES, type AgentContext, type AgentId, type CompiledFieldMap, type Direction, type LeafClassifier, type LeafFinding, type LeafView,
  type OutboundAction, type SensitiveType, type Span,
} from '../types';

// The request side: what an agent SENDS. Per route, policy says whether
// sensitive values in a request are masked before the upstream sees them,
// block the request (403), or only go to the audit trail. On routes where
// the agent may detokenize, its own tokens are restored first-class: they are
// not "sensitive values found" but values the policy lets it hand back.

/** A request carried a sensitive value to a `block` route (the exchange answers 403, whatever the failure mode). */
export class OutboundBlocked extends BodyError {
  constructor() {
    super('outbound_blocked', 0);
  }
}

export interface OutboundOptions {
  readonly classifier: LeafClassifier;
  readonly action: OutboundAction;
  /** The LeafMasker for an agent context; `audit` asks for one that reveals every type. */
  leafMasker(agent: AgentContext): LeafMasker;
  readonly agent: AgentContext;
  /** Present when this agent's tokens are restored on this route. */
  readonly restore?: { readonly detokenizer: Detokenizer; fingerprint(value: string): string };
}

/** The classifier/masker pair every request-side processor (JSON, form, query) uses for one request. */
export interface LeafPlugins {
  readonly classifier: LeafClassifier;
  readonly mask: LeafMasker;
}

/** Who is asked for `audit`: the same agent, every type revealed, so each value is fingerprinted as released in clear. */
function revealingAll(agent: AgentContext): AgentContext {
  return { ...agent, reveal: ALL_TYPES, strategies: new Map() };
}
const ALL_TYPES: ReadonlySet<SensitiveType> = new Set(SENSITIVE_TYPES);

export function outboundLeaves(opts: OutboundOptions): LeafPlugins {
  const base = opts.leafMasker(opts.action === 'audit' ? revealingAll(opts.agent) : opts.agent);
  if (opts.restore === undefined && opts.action !== 'block') return { classifier: opts.classifier, mask: base };
  const leaves = new RequestLeaves(opts.classifier, base, opts.action, opts.agent.id, opts.restore);
  return { classifier: leaves, mask: { mask: (leaf, spans) => leaves.mask(leaf, spans) } };
}

/**
 * Classifier and masker of one request, sharing what classify() found in the
 * current leaf (the JsonMasker calls mask() right after classify() on the same
 * leaf): token spans are restored, the other spans go to the action.
 */
class RequestLeaves implements LeafClassifier, LeafMasker {
  private leafValue: string | undefined;
  private restores: Restore[] | null = null;
  private tokenSpans: Span[] = [];

  constructor(
    private readonly inner: LeafClassifier,
    private readonly base: LeafMasker,
    private readonly action: OutboundAction,
    private readonly agent: AgentId | null,
    private readonly restore: OutboundOptions['restore'],
  ) {}

  classify(leaf: LeafView, direction: Direction, fieldMap: CompiledFieldMap): readonly Span[] | null {
    const spans = this.inner.classify(leaf, direction, fieldMap);
    this.leafValue = leaf.value;
    this.restores = leaf.kind === 'string' && this.restore !== undefined ? this.restore.detokenizer.find(leaf.value, this.agent) : null;
    if (this.restores === null) return spans;
    this.tokenSpans = this.restores.map((r) => ({ start: r.start, end: r.end, type: r.type, confidence: 1, source: 'config' as const }));
    const others = (spans ?? []).filter((s) => !this.restores!.some((r) => s.start < r.end && r.start < s.end));
    return [...this.tokenSpans, ...others].sort((a, b) => a.start - b.start);
  }

  mask(leaf: LeafView, spans: readonly Span[]): MaskOutcome {
    const restores = this.leafValue === leaf.value ? this.restores : null;
    const others = restores === null ? spans : spans.filter((s) => !this.tokenSpans.includes(s));
    if (others.length > 0 && this.action === 'block') throw new OutboundBlocked();
    const masked: MaskOutcome = others.length > 0 ? this.base.mask(leaf, others) : { replacement: undefined, findings: [] };
    if (restores === null || masked.replacement === null) return masked;
    const text = Detokenizer.apply(masked.replacement ?? leaf.value, leaf.value, restores);
    const pointer = leaf.pointer();
    const fieldPath = leaf.fieldPath();
    const restored: LeafFinding[] = restores.map((r) => ({
      pointer, fieldPath, type: r.type, confidence: 1, source: 'config', strategy: 'token', released: 'clear', fingerprint: this.restore!.fingerprint(r.value),
    }));
    return { replacement: text, findings: [...masked.findings, ...restored] };
  }
}
