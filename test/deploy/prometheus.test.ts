import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ruleGroups } from './monitoring-files';

// The PrometheusRule's groups, as Prometheus loads them: `promtool check rules`
// (syntax, PromQL, templates) and `promtool test rules` (each alert fires on the
// series it is meant for, and stays quiet on the others). promtool comes from
// Debian's `prometheus` package (scripts/ensure-promtool.sh); without it the
// suite is skipped loudly on a developer machine and fails under CI.

const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' }).status === 0;
if (!promtool && process.env.CI) throw new Error('promtool is required under CI (apt-get install prometheus; scripts/ensure-promtool.sh)');
if (!promtool) console.warn('promtool not found: `promtool check rules` / `promtool test rules` on k8s/base/prometheusrule.yaml are SKIPPED');
const describePromtool = promtool ? describe : describe.skip;

function run(args: string[]): { code: number | null; output: string } {
  const r = spawnSync('promtool', args, { encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

describePromtool('PrometheusRule under promtool', () => {
  let dir: string;
  let rulesFile: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'apiward-rules-'));
    rulesFile = join(dir, 'apiward.rules.yaml');
    writeFileSync(rulesFile, stringify({ groups: ruleGroups() }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('check rules: every rule parses and its templates compile', () => {
    const r = run(['check', 'rules', rulesFile]);
    expect(r.output).toContain(`SUCCESS: ${ruleGroups().flatMap((g) => g.rules).length} rules found`);
    expect(r.code).toBe(0);
  });

  test('check rules fails on a broken expression (the check can fail)', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, stringify({ groups: [{ name: 'x', rules: [{ alert: 'X', expr: 'sum by (pod (up)' }] }] }));
    expect(run(['check', 'rules', broken]).code).not.toBe(0);
  });

  test('test rules: every alert fires on its scenario, with the expected labels and annotations', () => {
    const spec = readFileSync(join(__dirname, 'prometheus-rules.promtest.yaml'), 'utf8').replace('RULES_FILE', rulesFile);
    const specFile = join(dir, 'apiward.promtest.yaml');
    writeFileSync(specFile, spec);
    const r = run(['test', 'rules', specFile]);
    expect(r.output).toContain('SUCCESS');
    expect(r.code).toBe(0);
  });

  test('every alert has a promtool scenario', () => {
    const spec = readFileSync(join(__dirname, 'prometheus-rules.promtest.yaml'), 'utf8');
    const tested = new Set([...spec.matchAll(/alertname: (\w+)/g)].map((m) => m[1]));
    const alerts = ruleGroups().flatMap((g) => g.rules.flatMap((r) => (r.alert ? [r.alert] : [])));
    expect(alerts.filter((a) => !tested.has(a))).toEqual([]);
  });
});
