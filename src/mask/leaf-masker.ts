import type { AgentContext, LeafFinding, LeafView, Release, RouteTemplate, Span, StrategyName } from '../types';
import { redactOperator, requireOperator } from './operators';
import type { StrategyResolver } from './resolver';
import type { LeafMasker, MaskOperator, MaskOutcome, OperatorContext, OperatorSet } from './types';

export interface LeafMaskerOptions {
  readonly operators: OperatorSet;
  readonly resolver: StrategyResolver;
  readonly agent: AgentContext;
  readonly route: RouteTemplate;
  /** Keyed HMAC of a raw value for the audit trail; called only for values released in clear or in part. */
  fingerprint(value: string): string;
}

const RELEASE: Readonly<Record<StrategyName, Release>> = {
  reveal: 'clear',
  partial: 'partial',
  redact: 'none',
  hash: 'none',
  remove: 'none',
  token: 'none',
};

/**
 * The LeafMasker of one stream (one agent, one route). Checks at construction
 * that every strategy it could be asked for has an operator, so a missing
 * `token` registration fails when the stream starts, not halfway through a body.
 */
export function createLeafMasker(opts: LeafMaskerOptions): LeafMasker {
  const { operators, agent } = opts;
  for (const s of opts.resolver.strategiesUsed) requireOperator(operators, s, 'used by the masking rules');
  for (const [type, s] of agent.strategies) requireOperator(operators, s, `agent ${agent.id ?? 'unknown'} strategy for ${type}`);
  return new StreamLeafMasker(opts);
}

// A class, not an object literal of closures: one is made per body, and the masker's call site
// stays monomorphic (and inlinable) only while every body's masker shares one `mask` function.
class StreamLeafMasker implements LeafMasker {
  private readonly operators: OperatorSet;
  private readonly agent: AgentContext;
  private readonly fingerprint: (value: string) => string;
  private readonly strategies: ReturnType<StrategyResolver['forRoute']>;
  private readonly ctx: OperatorContext;

  constructor(opts: LeafMaskerOptions) {
    this.operators = opts.operators;
    this.agent = opts.agent;
    this.fingerprint = opts.fingerprint;
    this.strategies = opts.resolver.forRoute(opts.route);
    this.ctx = { agent: opts.agent, route: opts.route };
  }

  mask(leaf: LeafView, spans: readonly Span[]): MaskOutcome {
    const { operators, agent, fingerprint, strategies, ctx } = this;
    const value = leaf.value;
    const pointer = leaf.pointer();
    const fieldPath = leaf.fieldPath();
    const findings: LeafFinding[] = [];
    let out = '';
    let cursor = 0;
    let changed = false;
    let removedWhole = false;
    // Spans over an encoding (base64) split it by type, not by value: one revealed part may hold
    // bytes of another type's value. They keep their strategies only when all of them reveal.
    let opaqueRevealed = true;
    for (const span of spans) if (span.opaque && strategies.resolve(span.type, fieldPath, agent) !== 'reveal') opaqueRevealed = false;
    for (const span of spans) {
      if (span.start === span.end) continue; // nothing to hide, nothing to report
      if (span.start < cursor || span.end > value.length || span.start > span.end) {
        // Masking around a bad span could leak or duplicate text: fail the body instead.
        throw new Error(`classifier returned an invalid span [${span.start}, ${span.end}) for a value of length ${value.length}`);
      }
      const resolved = strategies.resolve(span.type, fieldPath, agent);
      // A partial shape of encoded text keeps encoded pieces of the value: an opaque span is redacted instead.
      const strategy: StrategyName = span.opaque && (resolved === 'partial' || (resolved === 'reveal' && !opaqueRevealed)) ? 'redact' : resolved;
      const op: MaskOperator = strategy !== resolved ? redactOperator : operators.get(strategy)!;
      const raw = value.slice(span.start, span.end);
      const replaced = op.apply(raw, span.type, ctx);
      const released = RELEASE[strategy];
      const { type, confidence, source } = span;
      findings.push(
        released === 'none'
          ? { pointer, fieldPath, type, confidence, source, strategy, released }
          : { pointer, fieldPath, type, confidence, source, strategy, released, fingerprint: fingerprint(raw) },
      );
      out += value.slice(cursor, span.start);
      if (replaced !== null) out += replaced;
      else if (span.start === 0 && span.end === value.length) removedWhole = true;
      if (replaced !== raw) changed = true;
      cursor = span.end;
    }
    out += value.slice(cursor);
    return { replacement: removedWhole ? null : changed ? out : undefined, findings };
  }
}
