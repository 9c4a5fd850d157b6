import { exposedFamilies, familyOf, metricNames, selectors, variableQuerySelector, type MetricType } from './promql';

describe('metric names in a PromQL expression', () => {
  test.each<[string, string[]]>([
    ['up == 0', ['up']],
    ['sum by (route) (rate(apiward_extproc_messages_total{namespace=~"$namespace", route=~"$route"}[$__rate_interval]))', ['apiward_extproc_messages_total']],
    ['histogram_quantile(0.99, sum by (le, event) (rate(apiward_extproc_message_duration_seconds_bucket[5m]))) > 0.1', ['apiward_extproc_message_duration_seconds_bucket']],
    ['sum(rate(a_total[5m])) / sum(rate(b_total[5m] offset 1h)) > 1e-3', ['a_total', 'b_total']],
    ['topk(10, sum by (agent) (increase(x_total{job="a/b"}[$__range])))', ['x_total']],
    ['a and on (pod) b unless ignoring(le) c', ['a', 'b', 'c']],
    ['max by (namespace) (m) * on (namespace) group_left(label) n', ['m', 'n']],
    ['label_replace(m, "dst", "$1", "src", "(.*)")', ['m']],
    ['absent(up{job=~".*/apiward"})', ['up']],
    ['rate(m[5m:1m])', ['m']],
    ['sum without (instance) (m{a="by (x)"})', ['m']],
  ])('%s', (expr, names) => {
    expect(metricNames(expr)).toEqual(names);
  });

  test('label names of each selector', () => {
    expect(selectors('rate(m{a="1", b=~"x|y"}[5m]) / n{c!="z"} + o')).toEqual([
      { metric: 'm', labels: ['a', 'b'] },
      { metric: 'n', labels: ['c'] },
      { metric: 'o', labels: [] },
    ]);
  });

  test.each([
    ['label_values(apiward_decisions_total{namespace=~"$namespace"}, agent)', 'apiward_decisions_total{namespace=~"$namespace"}'],
    ['label_values(m, namespace)', 'm'],
    ['query_result(m)', 'query_result(m)'],
  ])('Grafana variable query %s', (query, selector) => {
    expect(variableQuerySelector(query)).toBe(selector);
  });
});

describe('series name → exported family', () => {
  const families = new Map<string, MetricType>([
    ['h_seconds', 'histogram'],
    ['s_seconds', 'summary'],
    ['c_total', 'counter'],
    ['g', 'gauge'],
  ]);
  test.each<[string, string | undefined]>([
    ['c_total', 'c_total'],
    ['g', 'g'],
    ['h_seconds_bucket', 'h_seconds'],
    ['h_seconds_sum', 'h_seconds'],
    ['h_seconds_count', 'h_seconds'],
    ['h_seconds', undefined], // a histogram has no bare series
    ['s_seconds', 's_seconds'],
    ['s_seconds_count', 's_seconds'],
    ['s_seconds_bucket', undefined],
    ['g_count', undefined],
    ['missing_total', undefined],
  ])('%s', (series, family) => {
    expect(familyOf(series, families)).toBe(family);
  });

  test('families come from # TYPE lines, with or without samples', () => {
    const text = '# HELP a_total A\n# TYPE a_total counter\n# HELP b B\n# TYPE b histogram\nb_bucket{le="1"} 0\n';
    expect([...exposedFamilies(text)]).toEqual([
      ['a_total', 'counter'],
      ['b', 'histogram'],
    ]);
  });
});
