import { SENSITIVE_TYPES, STRATEGIES, isSensitiveType, type AgentContext, type FieldPath, type RouteTemplate, type SensitiveType, type StrategyName } from '../types';

export type StrategyTable = Partial<Record<SensitiveType, StrategyName>>;

export interface RouteMaskingRule {
  readonly match: (route: RouteTemplate) => boolean;
  /** Per-type strategies on matching routes. */
  readonly strategies?: StrategyTable;
  /** Per-field strategies on matching routes, for any type found in that field. Keys are FieldPaths (`/data/*\/phone`). */
  readonly fields?: Readonly<Record<string, StrategyName>>;
}

/** Masking configuration as plain data; the config loader maps the YAML onto it. Earlier routes win. */
export interface MaskingRules {
  readonly defaults?: StrategyTable;
  readonly routes?: readonly RouteMaskingRule[];
}

/** Used when nothing else decides: keep a shape, except secrets, which nothing of should show. */
export const BUILTIN_STRATEGIES: Readonly<Record<SensitiveType, StrategyName>> = Object.fromEntries(
  SENSITIVE_TYPES.map((t) => [t, t === 'CREDENTIAL' ? 'redact' : 'partial']),
) as Record<SensitiveType, StrategyName>;

const STRATEGY_SET: ReadonlySet<string> = new Set(STRATEGIES);
/** Routes whose flattened rules are kept; past it the cache starts over (route names come from traffic). */
const ROUTES_KEPT = 1000;

function checkStrategy(where: string, s: unknown): StrategyName {
  if (typeof s !== 'string' || !STRATEGY_SET.has(s)) throw new Error(`masking rules: ${where}: unknown strategy ${JSON.stringify(s)} (expected one of ${STRATEGIES.join(', ')})`);
  return s as StrategyName;
}

function checkTable(where: string, table: StrategyTable | undefined, used: Set<StrategyName>): void {
  for (const [type, s] of Object.entries(table ?? {})) {
    if (!isSensitiveType(type)) throw new Error(`masking rules: ${where}: unknown sensitive type ${JSON.stringify(type)}`);
    used.add(checkStrategy(`${where}.${type}`, s));
  }
}

/**
 * Decides the strategy for a value: who receives it (agent), where it is
 * (route, field) and what it is (type). Rules are validated once here; the
 * per-route answer is precomputed by `forRoute` so a lookup is a few map reads.
 */
export class StrategyResolver {
  /** Every strategy these rules can produce, built-ins included: the operator set must cover them. */
  readonly strategiesUsed: ReadonlySet<StrategyName>;
  /** Streams of a route share its flattened rules (the rules never change after construction). */
  private readonly byRoute = new Map<RouteTemplate, RouteStrategies>();

  constructor(private readonly rules: MaskingRules = {}) {
    const used = new Set<StrategyName>(Object.values(BUILTIN_STRATEGIES));
    checkTable('defaults', rules.defaults, used);
    (rules.routes ?? []).forEach((r, i) => {
      if (typeof r.match !== 'function') throw new Error(`masking rules: routes[${i}].match must be a function`);
      checkTable(`routes[${i}].strategies`, r.strategies, used);
      for (const [path, s] of Object.entries(r.fields ?? {})) {
        if (path !== '' && !path.startsWith('/')) throw new Error(`masking rules: routes[${i}].fields: ${JSON.stringify(path)} is not a field path (must start with "/")`);
        used.add(checkStrategy(`routes[${i}].fields[${JSON.stringify(path)}]`, s));
      }
    });
    this.strategiesUsed = used;
  }

  /** The rules of one route, flattened; take it once per stream. */
  forRoute(route: RouteTemplate): RouteStrategies {
    let r = this.byRoute.get(route);
    if (r === undefined) {
      if (this.byRoute.size >= ROUTES_KEPT) this.byRoute.clear();
      r = this.flatten(route);
      this.byRoute.set(route, r);
    }
    return r;
  }

  private flatten(route: RouteTemplate): RouteStrategies {
    const fields = new Map<string, StrategyName>();
    const byType: Record<string, StrategyName> = { ...BUILTIN_STRATEGIES, ...this.rules.defaults };
    const routeTypes: StrategyTable = {};
    for (const r of this.rules.routes ?? []) {
      if (!r.match(route)) continue;
      for (const [path, s] of Object.entries(r.fields ?? {})) if (!fields.has(path)) fields.set(path, s);
      for (const [type, s] of Object.entries(r.strategies ?? {}) as [SensitiveType, StrategyName][]) routeTypes[type] ??= s;
    }
    return new RouteStrategies(fields, { ...byType, ...routeTypes } as Record<SensitiveType, StrategyName>);
  }
}

export class RouteStrategies {
  constructor(
    private readonly fields: ReadonlyMap<string, StrategyName>,
    private readonly byType: Readonly<Record<SensitiveType, StrategyName>>,
  ) {}

  /**
   * Precedence: a masked-all agent gets what config says, never `reveal` (the
   * risk engine's decision beats the agent's grants); then the agent's reveal
   * set; the agent's per-type strategies; the route's field rules; the route's
   * type rules; config defaults; built-ins.
   */
  resolve(type: SensitiveType, fieldPath: FieldPath, agent: AgentContext): StrategyName {
    if (agent.maskAll) return this.configured(type, fieldPath, true);
    if (agent.reveal.has(type)) return 'reveal';
    return agent.strategies.get(type) ?? this.configured(type, fieldPath, false);
  }

  private configured(type: SensitiveType, fieldPath: FieldPath, noReveal: boolean): StrategyName {
    const field = this.fields.size > 0 ? this.fields.get(fieldPath) : undefined;
    if (field !== undefined && !(noReveal && field === 'reveal')) return field;
    const t = this.byType[type];
    return noReveal && t === 'reveal' ? BUILTIN_STRATEGIES[type] : t;
  }
}
