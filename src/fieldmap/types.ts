import type { Category, Direction, FieldPath, FieldSource, RiskLevel, RouteTemplate, SensitiveType } from '../types';

// The serialisable FieldMap: what a profiler produces, what the state file and
// the LLM speak. The data path never sees it; it gets a CompiledFieldMap
// (src/types.ts) built from all of a route's FieldMaps by compile.ts.

export interface FieldLabel {
  readonly path: FieldPath;
  readonly type: SensitiveType;
  readonly confidence: number;
}

/** Learned sources only: `config` labels come from ConfigFieldRule and are never stored. */
export type LearnedSource = Exclude<FieldSource, 'config'>;

/** One profiler's view of one route and direction. A newer map from the same source replaces the older. */
export interface FieldMap {
  readonly route: RouteTemplate;
  readonly direction: Direction;
  readonly source: LearnedSource;
  readonly category?: Category;
  readonly risk?: RiskLevel;
  readonly fields: readonly FieldLabel[];
  /** Epoch ms. */
  readonly builtAt: number;
}

/** Operator-pinned labels for routes matching a pattern (from the config file); they win over every learned source. */
export interface ConfigFieldRule {
  match(route: RouteTemplate): boolean;
  /** Both directions when absent. */
  direction?: Direction;
  /** FieldPath → type. */
  fields: Readonly<Record<string, SensitiveType>>;
}

/** One merged label, as the inventory shows it. */
export interface MergedLabel {
  readonly direction: Direction;
  readonly path: FieldPath;
  readonly type: SensitiveType;
  readonly confidence: number;
  readonly source: FieldSource;
}
