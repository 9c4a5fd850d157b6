import { join } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { compilePolicyFile } from '../../src/policy/compile';
import { build, K8S_DIR, readManifests, type Manifest } from './kustomize';
import { allContainers, danglingReferences, podsOf } from './references';
import { validateManifest } from './validate';

// Every overlay a user applies, composed as kustomize would, validated against
// the Kubernetes, Istio and CRD schemas, with every cross-reference resolved.

const OVERLAYS = ['envoy', 'istio', 'gateway'] as const;
const composed = new Map(OVERLAYS.map((o) => [o, build(join(K8S_DIR, 'overlays', o))]));

describe.each(OVERLAYS)('overlay %s', (overlay) => {
  const ms = composed.get(overlay) as Manifest[];

  test.each(ms.map((m) => [`${m.kind} ${m.metadata.name}`, m] as const))('%s matches its API schema', (_, m) => {
    expect(validateManifest(m)).toEqual([]);
  });

  test('every reference resolves (ConfigMaps, Secret keys, volumes, named ports, selectors)', () => {
    expect(danglingReferences(ms)).toEqual([]);
  });
});

describe('the validator catches what the API server would reject', () => {
  const deployment = () => structuredClone(readManifests(join(K8S_DIR, 'base', 'deployment.yaml'))[0]) as Manifest & { spec: any };
  const envoyFilter = () => structuredClone(readManifests(join(K8S_DIR, 'overlays', 'istio', 'envoyfilter.yaml'))[0]) as Manifest & { spec: any };
  test.each<[string, () => Manifest, RegExp]>([
    ['a misspelt container field', () => { const d = deployment(); d.spec.template.spec.initContainers[0].readinesProbe = {}; return d; }, /readinesProbe: unknown field/],
    ['a misspelt pod field', () => { const d = deployment(); d.spec.template.spec.securityContex = {}; return d; }, /securityContex: unknown field/],
    ['a port given as text', () => { const d = deployment(); d.spec.template.spec.initContainers[0].ports[0].containerPort = '50051'; return d; }, /containerPort must be integer/],
    ['a bad quantity', () => { const d = deployment(); d.spec.template.spec.initContainers[0].resources.limits.memory = '256 MB'; return d; }, /memory/],
    ['an unknown EnvoyFilter patch target', () => { const f = envoyFilter(); f.spec.configPatches[1].applyTo = 'HTTP_FILTERS'; return f; }, /applyTo/],
    ['an unknown kind', () => ({ apiVersion: 'v1', kind: 'Nope', metadata: { name: 'x' } }), /no schema for v1\/Nope/],
  ])('%s', (_, make, message) => {
    expect(validateManifest(make()).join('\n')).toMatch(message);
  });

  test.each<[string, string, (spec: any) => void, RegExp]>([
    ['PodMonitor with a misspelt endpoint field', 'base/podmonitor.yaml', (s) => (s.podMetricsEndpoints[0].intervall = '15s'), /intervall/],
    ['PrometheusRule with a bad duration', 'base/prometheusrule.yaml', (s) => (s.groups[0].rules[0].for = '2 minutes'), /for/],
    ['PrometheusRule rule with both alert and record', 'base/prometheusrule.yaml', (s) => (s.groups[0].rules[0].record = 'x'), /exactly one of alert or record/],
    ['EnvoyExtensionPolicy with an unknown body mode', 'overlays/gateway/envoyextensionpolicy.yaml', (s) => (s.extProc[0].processingMode.response.body = 'STREAMED'), /body/],
    ['EnvoyExtensionPolicy with a non-Service backend', 'overlays/gateway/envoyextensionpolicy.yaml', (s) => (s.extProc[0].backendRefs[0].kind = 'Backend'), /core Services/],
  ])('%s', (_, file, mutate, message) => {
    const m = readManifests(join(K8S_DIR, file))[0] as Manifest & { spec: any };
    expect(validateManifest(m)).toEqual([]);
    mutate(m.spec);
    expect(validateManifest(m).join('\n')).toMatch(message);
  });
});

describe('the sidecar as deployed', () => {
  const ms = composed.get('envoy') as Manifest[];
  const [pod] = podsOf(ms);
  const apiward = (pod.spec.initContainers ?? []).find((c) => c.name === 'apiward') as any;
  const configMap = (name: string) => (ms.find((m) => m.kind === 'ConfigMap' && m.metadata.name === name) as unknown as { data: Record<string, string> }).data;

  test('is a native sidecar probed over gRPC health on its ext_proc port', () => {
    expect(apiward.restartPolicy).toBe('Always');
    const extproc = apiward.ports.find((p: { name: string }) => p.name === 'extproc').containerPort;
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) expect(apiward[probe].grpc).toEqual({ port: extproc });
  });

  test('runs `serve` with the CLI contract flags, on files its volumes provide', () => {
    const flags = Object.fromEntries((apiward.args as string[]).slice(1).map((a) => a.replace(/^--/, '').split('=')));
    expect(apiward.args[0]).toBe('serve');
    expect(Object.keys(flags).sort()).toEqual(['admin-addr', 'config', 'grpc-addr', 'policy', 'state-dir']);
    const mountOf = (path: string) => (apiward.volumeMounts as Array<{ name: string; mountPath: string }>).find((m) => path.startsWith(`${m.mountPath}/`) || path === m.mountPath);
    const volume = (name: string) => (pod.spec.volumes ?? []).find((v) => v.name === name);
    for (const [flag, cm] of [['config', 'apiward-config'], ['policy', 'apiward-policy']]) {
      const mount = mountOf(flags[flag]);
      expect(volume(mount?.name ?? '')?.configMap?.name).toBe(cm);
      expect(Object.keys(configMap(cm))).toContain(flags[flag].slice((mount?.mountPath.length ?? 0) + 1));
    }
    expect(volume(mountOf(flags['state-dir'])?.name ?? '')).toHaveProperty('emptyDir');
  });

  test('the mounted config and policy load with the application\'s own validators', () => {
    const dir = join(K8S_DIR, 'base', 'apiward');
    const config = loadConfig(join(dir, 'config.yaml'));
    expect(config.failureMode.response).toBe('reject');
    expect(config.audit.maxBytes).toBeLessThan(1 << 30); // below the state emptyDir's sizeLimit
    expect(() => compilePolicyFile(join(dir, 'policy.yaml'), {})).not.toThrow();
  });

  test.each(OVERLAYS)('%s: every container is non-root, read-only, capability-free and has memory requests and limits', (overlay) => {
    const [p] = podsOf(composed.get(overlay) as Manifest[]);
    const tpl = (composed.get(overlay) as Manifest[]).find((m) => m.kind === 'Deployment') as any;
    expect(tpl.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
    for (const c of allContainers(p.spec) as any[]) {
      expect([c.name, c.securityContext]).toEqual([c.name, { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } }]);
      expect([c.name, Boolean(c.resources?.requests?.memory && c.resources?.limits?.memory && c.resources?.requests?.cpu)]).toEqual([c.name, true]);
    }
  });

  test.each(OVERLAYS)('%s: no NetworkPolicy opens the ext_proc port to arbitrary pods', (overlay) => {
    const policies = (composed.get(overlay) as Manifest[]).filter((m) => m.kind === 'NetworkPolicy') as any[];
    for (const np of policies) {
      for (const rule of np.spec.ingress ?? []) {
        if ((rule.ports ?? []).some((p: { port: unknown }) => p.port === 'extproc' || p.port === 50051)) expect(rule.from?.length ?? 0).toBeGreaterThan(0);
      }
    }
  });
});
