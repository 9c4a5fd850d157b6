import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { ENVOY_YAML_BODY_MODES } from '../../src/extproc/exchange';
import { EnvoyStandin } from '../support/envoy-standin';
import { replay, type HttpExchange } from '../support/envoy-exchange';
import { K8S_DIR } from './kustomize';
import { monitoringExpressions } from './monitoring-files';
import { exposedFamilies, familyOf, selectors, type MetricType } from './promql';

// Every metric the dashboard and the alert rules query must be one a running
// sidecar exports, and every label they match on one of its labels: the sidecar
// is started with the config and policy k8s/ deploys, serves the demo API's
// traffic through an Envoy stand-in, and its /metrics is scraped. Renaming a
// metric or a label in src/metrics/metrics.ts then fails here instead of
// silently blanking a panel or muting an alert.

/** Series Prometheus itself attaches to every scrape target. */
const PROMETHEUS_SERIES = new Set(['up']);
/** Labels Prometheus Operator's PodMonitor adds to every series. */
const TARGET_LABELS = new Set(['namespace', 'pod', 'container', 'job', 'instance', 'endpoint']);

const CONFIG_DIR = join(K8S_DIR, 'base', 'apiward');
const CUSTOMERS = readFileSync(join(K8S_DIR, 'base', 'demo', 'customers.json'), 'utf8');
const JSON_RESPONSE = [['content-type', 'application/json']] as const;
const exchange = (agent: string | undefined, path: string, responseBody: string): HttpExchange => ({
  method: 'GET',
  path,
  requestHeaders: agent === undefined ? [] : [['x-agent-id', agent]],
  responseHeaders: JSON_RESPONSE,
  responseBody,
  chunkSize: 64,
  modes: ENVOY_YAML_BODY_MODES,
});

let stateDir: string;
let app: App;
let envoy: EnvoyStandin;
let exposition: string;
let masked: string;

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'apiward-deploy-metrics-'));
  const deployed = loadConfig(join(CONFIG_DIR, 'config.yaml'), { stateDir, policy: join(CONFIG_DIR, 'policy.yaml') });
  // The deployed config also writes audit records to stdout; the test has no log pipeline.
  const config = { ...deployed, audit: { ...deployed.audit, jsonl: undefined } };
  app = new App(config, { env: { APIWARD_AUDIT_KEY: 'test-audit-key-0123456789abcdef0123', APIWARD_TOKEN_KEY: 'test-token-key-0123456789abcdef0123' }, log: () => undefined });
  const { grpcPort, adminPort } = await app.start({ grpcAddr: '127.0.0.1:0', adminAddr: '127.0.0.1:0' });
  envoy = new EnvoyStandin(`127.0.0.1:${grpcPort}`);
  const served = await replay(envoy, exchange('support-bot', '/api/v1/customers.json', CUSTOMERS));
  masked = served.downstream?.body.toString('utf8') ?? '';
  await replay(envoy, exchange(undefined, '/api/v1/customers.json', CUSTOMERS));
  await replay(envoy, exchange('support-bot', '/admin/users', '{}'));
  await replay(envoy, exchange('report-bot', '/api/v1/broken.json', '{"phone": "13812345678", '));
  const res = await fetch(`http://127.0.0.1:${adminPort}/metrics`);
  exposition = await res.text();
});

afterAll(async () => {
  envoy?.close();
  await app?.stop(1000);
  rmSync(stateDir, { recursive: true, force: true });
});

test('the sidecar served the demo traffic, masked, and counted it', () => {
  expect(masked).not.toBe('');
  for (const value of ['13812345678', '13987654321', '11010519491231002X', '440524198801010011', '6222020200112345679', '6217000010012345677']) {
    expect(masked).not.toContain(value);
  }
  expect(masked).toContain('zhang.wei@example.com'); // revealed to support-bot by the deployed policy
  expect(exposition).toMatch(/^apiward_findings_total\{.*\} [1-9]/m);
  expect(exposition).toMatch(/^apiward_extproc_message_duration_seconds_bucket\{.*\} [1-9]/m);
});

describe('dashboard and alert rules query only what the sidecar exports', () => {
  const expressions = monitoringExpressions();

  test('there is something to check', () => {
    expect(expressions.length).toBeGreaterThan(40);
  });

  test('every metric name is exported (histograms via _bucket/_sum/_count)', () => {
    const families = exposedFamilies(exposition);
    const missing = expressions.flatMap(({ where, expr }) =>
      selectors(expr)
        .filter((s) => !PROMETHEUS_SERIES.has(s.metric) && familyOf(s.metric, families) === undefined)
        .map((s) => `${where}: ${s.metric}`),
    );
    expect(missing).toEqual([]);
  });

  test('every label matcher names a label of that metric', () => {
    const families: Map<string, MetricType> = exposedFamilies(exposition);
    const labels = new Map<string, Set<string>>();
    for (const m of app.metrics.registry.getMetricsAsArray()) {
      const { name, labelNames } = m as unknown as { name: string; labelNames?: string[] };
      labels.set(name, new Set(labelNames ?? []));
    }
    const wrong = expressions.flatMap(({ where, expr }) =>
      selectors(expr).flatMap((s) => {
        if (PROMETHEUS_SERIES.has(s.metric)) return [];
        const family = familyOf(s.metric, families);
        const own = family === undefined ? undefined : labels.get(family);
        return s.labels
          .filter((l) => !TARGET_LABELS.has(l) && !(l === 'le' && s.metric.endsWith('_bucket')) && !own?.has(l))
          .map((l) => `${where}: ${s.metric} has no label ${l}`);
      }),
    );
    expect(wrong).toEqual([]);
  });
});
