import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { K8S_DIR, readManifests } from './kustomize';
import { variableQuerySelector } from './promql';

// The PromQL that users' dashboards and alerts run, read from the committed files.

export const DASHBOARD_FILE = join(K8S_DIR, 'base', 'dashboards', 'apiward.json');
export const RULES_FILE = join(K8S_DIR, 'base', 'prometheusrule.yaml');

export interface Dashboard {
  templating: { list: Array<{ name: string; type: string; query?: string | { query: string } }> };
  panels: Array<{ id: number; type: string; title: string; gridPos: { x: number; y: number; w: number; h: number }; targets?: Array<{ refId: string; expr: string }> }>;
}

export interface RuleGroup {
  name: string;
  rules: Array<{ alert?: string; record?: string; expr: string; for?: string; labels?: Record<string, string> }>;
}

export function dashboard(): Dashboard {
  return JSON.parse(readFileSync(DASHBOARD_FILE, 'utf8')) as Dashboard;
}

export function ruleGroups(): RuleGroup[] {
  const [rule] = readManifests(RULES_FILE);
  return (rule.spec as { groups: RuleGroup[] }).groups;
}

/** Every PromQL expression with where it comes from, for error messages. */
export function monitoringExpressions(): Array<{ where: string; expr: string }> {
  const d = dashboard();
  const fromPanels = d.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ where: `dashboard panel "${p.title}" ${t.refId}`, expr: t.expr })));
  const fromVariables = d.templating.list
    .filter((v) => v.type === 'query')
    .map((v) => ({ where: `dashboard variable $${v.name}`, expr: variableQuerySelector(typeof v.query === 'string' ? v.query : (v.query?.query ?? '')) }));
  const fromRules = ruleGroups().flatMap((g) => g.rules.map((r) => ({ where: `rule ${g.name}/${r.alert ?? r.record}`, expr: r.expr })));
  return [...fromPanels, ...fromVariables, ...fromRules];
}
