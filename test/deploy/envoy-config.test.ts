import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/config';
import { build, K8S_DIR, readManifests } from './kustomize';
import { allContainers, podsOf } from './references';

// One Envoy configuration, three carriers: envoy/envoy.yaml (checked against
// Envoy's ExternalProcessor API by test/envoy), its copy in the envoy overlay's
// ConfigMap, the Istio EnvoyFilter, and Envoy Gateway's EnvoyExtensionPolicy.
// They must not drift apart, and the pod must provide the ports the file names.

type Obj = Record<string, any>;
const ENVOY_YAML = resolve(K8S_DIR, '..', 'envoy', 'envoy.yaml');
const envoy = parse(readFileSync(ENVOY_YAML, 'utf8')) as Obj;
const hcm = envoy.static_resources.listeners[0].filter_chains[0].filters[0].typed_config as Obj;
const extProcFilter = (hcm.http_filters as Obj[]).find((f) => f.name === 'envoy.filters.http.ext_proc') as Obj;
const extProc = extProcFilter.typed_config as Obj;
const cluster = (name: string) => (envoy.static_resources.clusters as Obj[]).find((c) => c.name === name) as Obj;
const socket = (c: Obj) => c.load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address as { address: string; port_value: number };

test('the envoy overlay ships envoy/envoy.yaml byte for byte', () => {
  const configMap = build(join(K8S_DIR, 'overlays', 'envoy')).find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'envoy-config') as Obj;
  expect(configMap.data['envoy.yaml']).toBe(readFileSync(ENVOY_YAML, 'utf8'));
});

describe('the envoy overlay pod provides what envoy.yaml expects', () => {
  const [pod] = podsOf(build(join(K8S_DIR, 'overlays', 'envoy')));
  const container = (name: string) => allContainers(pod.spec).find((c) => c.name === name) as Obj;
  const port = (c: Obj, name: string) => (c.ports as Obj[]).find((p) => p.name === name)?.containerPort;

  test('Envoy reads the mounted file', () => {
    const envoyC = container('envoy');
    const file = envoyC.args[envoyC.args.indexOf('-c') + 1] as string;
    const mount = (envoyC.volumeMounts as Obj[]).find((m) => file.startsWith(`${m.mountPath}/`)) as Obj;
    expect((pod.spec.volumes ?? []).find((v) => v.name === mount.name)?.configMap?.name).toBe('envoy-config');
    expect(file.slice(mount.mountPath.length + 1)).toBe('envoy.yaml');
  });

  test('listener, ext_proc and app ports line up with the containers', () => {
    expect(port(container('envoy'), 'ingress')).toBe(envoy.static_resources.listeners[0].address.socket_address.port_value);
    expect(socket(cluster('apiward'))).toEqual({ address: '127.0.0.1', port_value: port(container('apiward'), 'extproc') });
    expect(container('apiward').args).toContain(`--grpc-addr=0.0.0.0:${socket(cluster('apiward')).port_value}`);
    const app = container('app').args as string[];
    expect(socket(cluster('app'))).toEqual({ address: app[app.indexOf('--bind') + 1], port_value: Number(app[app.indexOf('http.server') + 1]) });
  });

  test("Envoy's request buffer is no larger than apiward's buffered-body limit", () => {
    const config = loadConfig(join(K8S_DIR, 'base', 'apiward', 'config.yaml'));
    expect(envoy.static_resources.listeners[0].per_connection_buffer_limit_bytes).toBeLessThanOrEqual(config.limits.maxBufferedBodyBytes);
  });
});

describe('the Istio EnvoyFilter inserts the same filter and cluster', () => {
  const [filter] = readManifests(join(K8S_DIR, 'overlays', 'istio', 'envoyfilter.yaml')) as Obj[];
  const patch = (applyTo: string) => (filter.spec.configPatches as Obj[]).find((p) => p.applyTo === applyTo) as Obj;

  test('the ext_proc filter equals envoy.yaml\'s, before the router', () => {
    expect(patch('HTTP_FILTER').patch).toEqual({ operation: 'INSERT_BEFORE', value: extProcFilter });
    expect(patch('HTTP_FILTER').match.listener.filterChain.filter.subFilter.name).toBe('envoy.filters.http.router');
    const names = (hcm.http_filters as Obj[]).map((f) => f.name);
    expect(names.indexOf('envoy.filters.http.ext_proc')).toBe(names.indexOf('envoy.filters.http.router') - 1);
  });

  test('the apiward cluster equals envoy.yaml\'s', () => {
    expect(patch('CLUSTER').patch).toEqual({ operation: 'ADD', value: cluster(extProc.grpc_service.envoy_grpc.cluster_name) });
  });
});

describe('the Envoy Gateway EnvoyExtensionPolicy says the same in its own words', () => {
  const [policy] = readManifests(join(K8S_DIR, 'overlays', 'gateway', 'envoyextensionpolicy.yaml')) as Obj[];
  const [ep] = policy.spec.extProc as Obj[];
  const mode = extProc.processing_mode as Obj;
  const BODY: Record<string, string> = { STREAMED: 'Streamed', BUFFERED: 'Buffered', BUFFERED_PARTIAL: 'BufferedPartial', FULL_DUPLEX_STREAMED: 'FullDuplexStreamed' };
  const seconds = (d: string) => (d.endsWith('ms') ? Number(d.slice(0, -2)) / 1000 : Number(d.slice(0, -1)));

  test.each([
    ['request body mode', () => ep.processingMode.request.body, () => BODY[mode.request_body_mode]],
    ['response body mode', () => ep.processingMode.response.body, () => BODY[mode.response_body_mode]],
    // Envoy Gateway sends headers for a direction that is present, and never trailers.
    ['headers sent both ways', () => [ep.processingMode.request !== undefined, ep.processingMode.response !== undefined], () => [mode.request_header_mode === 'SEND', mode.response_header_mode === 'SEND']],
    ['no trailers', () => true, () => mode.request_trailer_mode === 'SKIP' && mode.response_trailer_mode === 'SKIP'],
    ['mode override', () => ep.processingMode.allowModeOverride, () => extProc.allow_mode_override],
    ['message timeout (s)', () => seconds(ep.messageTimeout), () => seconds(extProc.message_timeout)],
    ['fail closed', () => ep.failOpen, () => extProc.failure_mode_allow],
    ['forwarded metadata namespaces', () => ep.metadata.accessibleNamespaces, () => extProc.metadata_options.forwarding_namespaces.untyped],
  ])('%s', (_, ours, theirs) => {
    expect(ours()).toEqual(theirs());
  });
});
