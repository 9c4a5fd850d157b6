// Metric names and label matchers referenced by a PromQL expression, without a
// full parser: strings, durations and grouping clauses are blanked out first, so
// what is left that looks like an identifier and is not a function call or a
// keyword is a metric name.

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan']);
const IDENT = /(?<![\w$:.])([a-zA-Z_:][\w:]*)(?=\s*(\(|\{)?)/g;

export interface Selector {
  metric: string;
  /** Label names used in this selector's matchers. */
  labels: string[];
}

/** Every `metric{matchers}` or bare `metric` the expression selects. */
export function selectors(expr: string): Selector[] {
  const text = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""') // strings
    .replace(/\[[^\]]*\]/g, ' ') // range and subquery durations
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' '); // label lists
  const out: Selector[] = [];
  for (const m of text.matchAll(IDENT)) {
    const [, name, next] = m;
    if (next === '(' || KEYWORDS.has(name.toLowerCase())) continue;
    const after = text.slice((m.index ?? 0) + name.length).trimStart();
    const labels = after.startsWith('{') ? matcherLabels(after.slice(1, after.indexOf('}'))) : [];
    if (!isInsideBraces(text, m.index ?? 0)) out.push({ metric: name, labels });
  }
  return out;
}

export function metricNames(expr: string): string[] {
  return [...new Set(selectors(expr).map((s) => s.metric))];
}

/** Grafana's `label_values(selector, label)` variable query: the selector part only. */
export function variableQuerySelector(query: string): string {
  const m = /^\s*label_values\((.*),\s*[\w]+\s*\)\s*$/.exec(query);
  return m ? m[1] : query;
}

function matcherLabels(body: string): string[] {
  return [...body.matchAll(/([a-zA-Z_][\w]*)\s*(=~|!~|!=|=)/g)].map((m) => m[1]);
}

function isInsideBraces(text: string, at: number): boolean {
  return text.lastIndexOf('{', at) > text.lastIndexOf('}', at);
}

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

/**
 * The family a series name belongs to, given the exported families: a histogram
 * `x` is queried as `x_bucket`, `x_sum`, `x_count`; a summary as `x`, `x_sum`, `x_count`.
 */
export function familyOf(series: string, families: ReadonlyMap<string, MetricType>): string | undefined {
  if (families.has(series) && families.get(series) !== 'histogram') return series;
  const m = /^(.*)_(bucket|sum|count)$/.exec(series);
  if (m === null) return undefined;
  const type = families.get(m[1]);
  if (type === 'histogram' || (type === 'summary' && m[2] !== 'bucket')) return m[1];
  return undefined;
}

/** Families declared by a Prometheus text exposition (`# TYPE name type` lines). */
export function exposedFamilies(exposition: string): Map<string, MetricType> {
  const out = new Map<string, MetricType>();
  for (const m of exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)) out.set(m[1], m[2] as MetricType);
  return out;
}
