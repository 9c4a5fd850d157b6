import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { build, K8S_DIR, KustomizeError, type Manifest } from './kustomize';

// The loader that composes k8s/ overlays for the other deploy tests: its
// strategic-merge and generator semantics, and its refusals.

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'apiward-kustomize-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;
const byKind = (ms: Manifest[], kind: string) => ms.find((m) => m.kind === kind) as Manifest & { spec: any; data?: Record<string, string> };

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {labels: {app: web}, annotations: {keep: "yes", drop: "me"}}
    spec:
      containers:
        - name: app
          image: app:1
          args: [serve, --port=1]
          env: [{name: A, value: "1"}, {name: B, value: "2"}]
          ports: [{name: http, containerPort: 8080}]
        - name: helper
          image: helper:1
      volumes: [{name: data, emptyDir: {}}]
`;

describe('composition', () => {
  test('strategic merge: containers, env, ports and volumes merge by key; args replace; null and $patch: delete remove', () => {
    tree({
      'base/kustomization.yaml': kustomization('resources: [deployment.yaml]\n'),
      'base/deployment.yaml': DEPLOYMENT,
      'overlay/kustomization.yaml': kustomization('resources: [../base]\npatches:\n  - path: patch.yaml\n'),
      'overlay/patch.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    metadata: {annotations: {drop: null, add: "x"}}
    spec:
      containers:
        - name: app
          args: [serve, --port=2]
          env: [{name: B, value: "20"}, {name: C, value: "3"}]
          ports: [{name: admin, containerPort: 9090}]
        - name: helper
          $patch: delete
        - name: sidecar
          image: sidecar:1
      volumes: [{name: cfg, configMap: {name: cfg}}]
`,
    });
    const spec = byKind(build(join(root, 'overlay')), 'Deployment').spec.template;
    expect(spec.metadata.annotations).toEqual({ keep: 'yes', add: 'x' });
    // kustomize's order: patch items first (merged or new), then untouched originals
    expect(spec.spec.containers.map((c: { name: string }) => c.name)).toEqual(['app', 'sidecar']);
    const app = spec.spec.containers[0];
    expect(app.image).toBe('app:1');
    expect(app.args).toEqual(['serve', '--port=2']);
    expect(app.env).toEqual([
      { name: 'B', value: '20' },
      { name: 'C', value: '3' },
      { name: 'A', value: '1' },
    ]);
    expect(app.ports.map((p: { containerPort: number }) => p.containerPort)).toEqual([9090, 8080]);
    expect(spec.spec.volumes.map((v: { name: string }) => v.name)).toEqual(['cfg', 'data']);
  });

  test('configMapGenerator: key=path, bare path, literals, labels; byte-exact file content', () => {
    tree({
      'k/kustomization.yaml': kustomization(`generatorOptions: {disableNameSuffixHash: true}
configMapGenerator:
  - name: cfg
    files: [renamed.yaml=files/a.yaml, files/b.txt]
    literals: [MODE=strict]
    options: {labels: {grafana_dashboard: "1"}}
`),
      'k/files/a.yaml': 'a: 1\n  # trailing spaces kept  \n',
      'k/files/b.txt': 'no newline',
    });
    const [cm] = build(join(root, 'k'));
    expect(cm).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cfg', labels: { grafana_dashboard: '1' } },
      data: { 'renamed.yaml': 'a: 1\n  # trailing spaces kept  \n', 'b.txt': 'no newline', MODE: 'strict' },
    });
  });
});

describe('refusals', () => {
  test.each<[string, Record<string, string>, RegExp]>([
    ['an unsupported field', { 'k/kustomization.yaml': kustomization('namePrefix: x-\n') }, /field 'namePrefix' is not supported/],
    ['a patch with a target selector', { 'k/kustomization.yaml': kustomization('patches: [{path: p.yaml, target: {kind: Deployment}}]\n'), 'k/p.yaml': '' }, /not supported/],
    ['a generator with name hashes on', { 'k/kustomization.yaml': kustomization('configMapGenerator: [{name: c, literals: [A=1]}]\n') }, /disableNameSuffixHash/],
    ['a generator file outside the root', { 'k/kustomization.yaml': kustomization('generatorOptions: {disableNameSuffixHash: true}\nconfigMapGenerator: [{name: c, files: [../x.yaml]}]\n'), 'x.yaml': 'x' }, /outside the kustomization root/],
    ['a missing resource', { 'k/kustomization.yaml': kustomization('resources: [nope.yaml]\n') }, /does not exist/],
    ['a patch with nothing to patch', { 'k/kustomization.yaml': kustomization('patches: [{path: p.yaml}]\n'), 'k/p.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: x}\n' }, /no Service named x/],
    ['a resource defined twice', { 'k/kustomization.yaml': kustomization('resources: [a.yaml, a.yaml]\n'), 'k/a.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: x}\n' }, /defined twice/],
    ['a document without a name', { 'k/kustomization.yaml': kustomization('resources: [a.yaml]\n'), 'k/a.yaml': 'apiVersion: v1\nkind: Service\n' }, /lacks apiVersion, kind or metadata.name/],
  ])('%s', (_, files, message) => {
    tree(files);
    expect(() => build(join(root, 'k'))).toThrow(KustomizeError);
    expect(() => build(join(root, 'k'))).toThrow(message);
  });
});

// The real kustomize (bundled in kubectl) is the reference for the loader. It is
// optional on a developer machine; the checks above do not depend on it.
const kubectl = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const describeWithKubectl = kubectl ? describe : describe.skip;
if (!kubectl) console.warn('kubectl not found: the cross-check of test/deploy/kustomize.ts against real kustomize is SKIPPED');

describeWithKubectl('agrees with `kubectl kustomize` on the real overlays', () => {
  test.each(['overlays/envoy', 'overlays/istio', 'overlays/gateway'])('%s', (overlay) => {
    const dir = join(K8S_DIR, overlay);
    const reference = parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).map((d) => d.toJS() as Manifest);
    const key = (m: Manifest) => `${m.kind}/${m.metadata.name}`;
    const sorted = (ms: Manifest[]) => [...ms].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(build(dir))).toEqual(sorted(reference));
  });
});
