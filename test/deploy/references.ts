import type { Manifest } from './kustomize';

// Cross-object checks a schema cannot make: what one manifest names must exist
// in the composed set (ConfigMaps, Secret keys, named ports, selectors), so an
// overlay that applies cleanly also runs.

interface Container {
  name: string;
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: Array<{ name: string; valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean }; configMapKeyRef?: { name: string; key: string; optional?: boolean } } }>;
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  volumes?: Array<{ name: string; configMap?: { name: string }; secret?: { secretName: string } }>;
}
interface Pod {
  labels: Record<string, string>;
  spec: PodSpec;
}
type Selector = { matchLabels?: Record<string, string> } | undefined;

export function podsOf(ms: Manifest[]): Pod[] {
  return ms
    .filter((m) => m.kind === 'Deployment')
    .map((m) => {
      const t = (m.spec as { template: { metadata?: { labels?: Record<string, string> }; spec: PodSpec } }).template;
      return { labels: t.metadata?.labels ?? {}, spec: t.spec };
    });
}

export function allContainers(spec: PodSpec): Container[] {
  return [...(spec.initContainers ?? []), ...spec.containers];
}

const selects = (sel: Record<string, string> | undefined, labels: Record<string, string>): boolean =>
  sel !== undefined && Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => labels[k] === v);

/** Every dangling reference in the composed manifests. */
export function danglingReferences(ms: Manifest[]): string[] {
  const problems: string[] = [];
  const named = (kind: string, name: string) => ms.find((m) => m.kind === kind && m.metadata.name === name);
  const pods = podsOf(ms);
  for (const pod of pods) {
    const containers = allContainers(pod.spec);
    const volumes = new Map((pod.spec.volumes ?? []).map((v) => [v.name, v]));
    for (const v of volumes.values()) {
      if (v.configMap && !named('ConfigMap', v.configMap.name)) problems.push(`volume ${v.name}: ConfigMap ${v.configMap.name} missing`);
      if (v.secret && !named('Secret', v.secret.secretName)) problems.push(`volume ${v.name}: Secret ${v.secret.secretName} missing`);
      if (!containers.some((c) => c.volumeMounts?.some((vm) => vm.name === v.name))) problems.push(`volume ${v.name} is mounted by no container`);
    }
    for (const c of containers) {
      for (const vm of c.volumeMounts ?? []) if (!volumes.has(vm.name)) problems.push(`container ${c.name}: volume ${vm.name} not declared`);
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
        if (ref === undefined || ref.optional === true) continue;
        const kind = e.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap';
        const obj = named(kind, ref.name) as { data?: object; stringData?: object } | undefined;
        if (obj === undefined || !(ref.key in { ...obj.data, ...obj.stringData })) problems.push(`container ${c.name}: env ${e.name} needs ${kind} ${ref.name} key ${ref.key}`);
      }
    }
  }
  const portNames = (p: Pod) => new Set(allContainers(p.spec).flatMap((c) => (c.ports ?? []).flatMap((x) => (x.name ? [x.name] : []))));
  const matching = (sel: Record<string, string> | undefined, what: string): Pod[] => {
    const hit = pods.filter((p) => selects(sel, p.labels));
    if (hit.length === 0) problems.push(`${what}: selector ${JSON.stringify(sel)} matches no pod`);
    return hit;
  };
  const needPort = (port: unknown, hit: Pod[], what: string) => {
    if (typeof port === 'string') for (const p of hit) if (!portNames(p).has(port)) problems.push(`${what}: no container port named ${port}`);
  };
  for (const m of ms) {
    const spec = m.spec as Record<string, unknown> | undefined;
    const what = `${m.kind} ${m.metadata.name}`;
    if (m.kind === 'Service') {
      const hit = matching(spec?.selector as Record<string, string>, what);
      for (const p of spec?.ports as Array<{ targetPort?: unknown }>) needPort(p.targetPort, hit, what);
    } else if (m.kind === 'NetworkPolicy' || m.kind === 'PodDisruptionBudget') {
      const hit = matching((spec?.[m.kind === 'NetworkPolicy' ? 'podSelector' : 'selector'] as Selector)?.matchLabels, what);
      const rules = [...((spec?.ingress as unknown[]) ?? []), ...((spec?.egress as unknown[]) ?? [])] as Array<{ ports?: Array<{ port?: unknown }> }>;
      for (const r of rules) for (const p of r.ports ?? []) needPort(p.port, hit, what);
    } else if (m.kind === 'PodMonitor') {
      const hit = matching((spec?.selector as Selector)?.matchLabels, what);
      for (const e of spec?.podMetricsEndpoints as Array<{ port?: string }>) needPort(e.port, hit, what);
    } else if (m.kind === 'EnvoyFilter') {
      matching((spec?.workloadSelector as { labels?: Record<string, string> })?.labels, what);
    }
  }
  return problems;
}
