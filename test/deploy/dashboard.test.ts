import { readFileSync } from 'node:fs';
import { dashboard, DASHBOARD_FILE } from './monitoring-files';

// The Grafana dashboard imports by hand (Dashboards → Import → upload JSON) and
// through the Grafana sidecar ConfigMap: it must be self-contained (a datasource
// variable, no instance-specific uid), laid out without overlaps, and cover what
// docs/deploy.md tells operators to read from it.

const d = dashboard();
const raw = JSON.parse(readFileSync(DASHBOARD_FILE, 'utf8')) as Record<string, unknown>;
const panels = d.panels.filter((p) => p.type !== 'row');
const variables = new Set(d.templating.list.map((v) => v.name));

describe('Grafana dashboard', () => {
  test('has the fields an import needs and no instance-bound id', () => {
    expect(raw).toMatchObject({ uid: 'apiward-overview', title: expect.any(String), schemaVersion: expect.any(Number) });
    expect(raw.id).toBeUndefined();
  });

  test('every query panel reads from the $datasource variable, never a fixed datasource uid', () => {
    const text = JSON.stringify(d.panels);
    const uids = [...text.matchAll(/"uid":"([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(uids)).toEqual(new Set(['${datasource}']));
    expect(variables.has('datasource')).toBe(true);
  });

  test('every $variable used in a query is defined', () => {
    const builtIn = new Set(['__rate_interval', '__range', '__interval']);
    const used = panels.flatMap((p) => (p.targets ?? []).flatMap((t) => [...t.expr.matchAll(/\$(\w+)/g)].map((m) => m[1])));
    expect([...new Set(used)].filter((v) => !builtIn.has(v) && !variables.has(v))).toEqual([]);
  });

  test('panel ids are unique and refIds unique within a panel', () => {
    const ids = d.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of panels) {
      const refs = (p.targets ?? []).map((t) => t.refId);
      expect([p.title, new Set(refs).size]).toEqual([p.title, refs.length]);
    }
  });

  test('the layout fits 24 columns and no two panels overlap', () => {
    const cells = new Map<string, string>();
    for (const p of d.panels) {
      const { x, y, w, h } = p.gridPos;
      expect([p.title, x >= 0 && w > 0 && x + w <= 24]).toEqual([p.title, true]);
      for (let i = x; i < x + w; i++) {
        for (let j = y; j < y + h; j++) {
          const key = `${i},${j}`;
          expect([p.title, cells.get(key)]).toEqual([p.title, undefined]);
          cells.set(key, p.title);
        }
      }
    }
  });

  test.each([
    ['traffic per route', /apiward_extproc_messages_total.*by \(route\)|by \(route\).*apiward_extproc_messages_total/],
    ['decisions per agent', /by \(action, agent\).*apiward_decisions_total/],
    ['findings by type', /by \(type\).*apiward_findings_total/],
    ['masked vs revealed', /by \(release\).*apiward_sensitive_values_released_total/],
    ['blocked requests and reasons', /by \(reason\).*apiward_decisions_total/],
    ['top agents by sensitive values received', /topk\(.*by \(agent\).*apiward_sensitive_values_released_total/],
    ['latency percentiles', /histogram_quantile\(0\.99.*apiward_extproc_message_duration_seconds_bucket/],
    ['failure modes', /apiward_failure_mode_actions_total/],
    ['LLM worker health', /apiward_llm_circuit_open/],
    ['profile updates', /apiward_profiles_built_total/],
    ['route inventory growth', /apiward_routes_known/],
  ])('shows %s', (_, query) => {
    expect(panels.some((p) => (p.targets ?? []).some((t) => query.test(t.expr)))).toBe(true);
  });
});
