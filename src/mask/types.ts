import type { AgentContext, LeafFinding, LeafView, RouteTemplate, SensitiveType, Span, StrategyName } from '../types';

/** What an operator may know about who will receive the value (a per-agent token needs the agent). */
export interface OperatorContext {
  readonly agent: AgentContext;
  readonly route: RouteTemplate;
}

/**
 * Turns one sensitive value into its replacement; never detects anything.
 * Returns null to remove the value (a whole leaf becomes JSON null; a span
 * inside free text disappears).
 */
export interface MaskOperator {
  apply(value: string, type: SensitiveType, ctx: OperatorContext): string | null;
}

/** The strategies a stream can use. Register `token` (or a replacement for any built-in) by adding an entry. */
export type OperatorSet = ReadonlyMap<StrategyName, MaskOperator>;

export interface MaskOutcome {
  /** undefined: keep the original bytes; null: write JSON null; a string: write it as a JSON string. */
  readonly replacement: string | null | undefined;
  readonly findings: readonly LeafFinding[];
}

/** Rewrites one classified leaf for the stream's agent and route. */
export interface LeafMasker {
  /** `spans` are sorted, non-overlapping and non-empty. */
  mask(leaf: LeafView, spans: readonly Span[]): MaskOutcome;
}
