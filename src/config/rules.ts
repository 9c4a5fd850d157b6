import type { ConfigFieldRule } from '../fieldmap/types';
import type { MaskingRules, RouteMaskingRule } from '../mask/resolver';
import { compileRoutePattern } from '../policy/route-pattern';
import type { SensitiveType, StrategyName } from '../types';
import type { Config } from './config';

// The config file's `masking.routes` feed two consumers: per-route/per-field
// strategies (the masker) and field types pinned by the operator (the FieldMap
// store, source `config`). Route patterns are compiled once, here.

export function maskingRulesOf(config: Config): MaskingRules {
  const routes: RouteMaskingRule[] = config.masking.routes.map((r) => {
    const fields: Record<string, StrategyName> = {};
    for (const [path, rule] of Object.entries(r.fields ?? {})) if (rule.strategy !== undefined) fields[path] = rule.strategy;
    return { match: compileRoutePattern(r.route), strategies: r.strategies, fields };
  });
  return { defaults: config.masking.defaults, routes };
}

export function configFieldRulesOf(config: Config): ConfigFieldRule[] {
  const rules: ConfigFieldRule[] = [];
  for (const r of config.masking.routes) {
    const fields: Record<string, SensitiveType> = {};
    for (const [path, rule] of Object.entries(r.fields ?? {})) if (rule.type !== undefined) fields[path] = rule.type;
    if (Object.keys(fields).length > 0) rules.push({ match: compileRoutePattern(r.route), direction: r.direction, fields });
  }
  return rules;
}
