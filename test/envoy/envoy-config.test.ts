import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENVOY_YAML_BODY_MODES } from '../../src/extproc/exchange';
import { loadProtoRoot } from '../support/proto-root';
import { readProto3Json } from './proto-json';

// envoy/envoy.yaml is what operators copy. It must parse, wire the pieces
// together (listener → ext_proc → router, clusters that exist, HTTP/2 to
// apiward), and every option under the ext_proc filter must exist in Envoy's
// ExternalProcessor API with the right type: a typo would otherwise only show
// when Envoy refuses to start, or worse, silently keep a default.

// YAML is untyped; the assertions below are the types.
type Obj = Record<string, any>;
const config = parse(readFileSync(join(__dirname, '../../envoy/envoy.yaml'), 'utf8')) as Obj;
const EXT_PROC_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor';
const root = loadProtoRoot(['envoy/extensions/filters/http/ext_proc/v3/ext_proc.proto']);
const ExternalProcessor = root.lookupType('envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor');

const listener = config.static_resources.listeners[0] as Obj;
const hcm = listener.filter_chains[0].filters[0] as Obj;
const httpFilters = hcm.typed_config.http_filters as Obj[];
const extProc = httpFilters.find((f) => f.name === 'envoy.filters.http.ext_proc')!.typed_config as Obj;
const cluster = (name: string): Obj => (config.static_resources.clusters as Obj[]).find((c) => c.name === name)!;
const endpoint = (c: Obj): Obj => c.load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address;

it('is wired: admin local, listener :10000, ext_proc before the router, clusters that exist', () => {
  expect(config.admin.address.socket_address).toEqual({ address: '127.0.0.1', port_value: 9901 });
  expect(listener.address.socket_address.port_value).toBe(10000);
  expect(hcm.name).toBe('envoy.filters.network.http_connection_manager');
  expect(httpFilters.map((f) => f.name)).toEqual(['envoy.filters.http.ext_proc', 'envoy.filters.http.router']);
  expect(extProc['@type']).toBe(EXT_PROC_TYPE);
  const routed = hcm.typed_config.route_config.virtual_hosts[0].routes[0].route.cluster;
  expect(cluster(routed)).toBeDefined();
  expect(cluster(extProc.grpc_service.envoy_grpc.cluster_name)).toBeDefined();
});

it('reaches apiward over HTTP/2 at 127.0.0.1:50051 and the app at 127.0.0.1:8080', () => {
  const apiward = cluster('apiward');
  expect(apiward.typed_extension_protocol_options['envoy.extensions.upstreams.http.v3.HttpProtocolOptions'].explicit_http_config).toEqual({ http2_protocol_options: {} });
  expect(endpoint(apiward)).toEqual({ address: '127.0.0.1', port_value: 50051 });
  expect(apiward.health_checks[0].grpc_health_check.service_name).toBe('envoy.service.ext_proc.v3.ExternalProcessor');
  expect(endpoint(cluster('app'))).toEqual({ address: '127.0.0.1', port_value: 8080 });
});

it('configures ext_proc as apiward expects', () => {
  expect(extProc).toMatchObject({
    failure_mode_allow: false,
    message_timeout: '0.2s',
    allow_mode_override: true,
    processing_mode: {
      request_header_mode: 'SEND',
      response_header_mode: 'SEND',
      request_body_mode: ENVOY_YAML_BODY_MODES.request,
      response_body_mode: ENVOY_YAML_BODY_MODES.response,
      request_trailer_mode: 'SKIP',
      response_trailer_mode: 'SKIP',
    },
    metadata_options: { forwarding_namespaces: { untyped: ['envoy.filters.http.jwt_authn'] } },
  });
});

it('sets only fields that exist in Envoy ExternalProcessor, with valid types', () => {
  const { '@type': _type, ...fields } = extProc;
  const errors: string[] = [];
  const converted = readProto3Json(ExternalProcessor, fields, errors);
  expect(errors).toEqual([]);
  const message = ExternalProcessor.fromObject(converted);
  expect(ExternalProcessor.verify(message)).toBeNull();
  // Round trip through the wire format keeps every option that was set.
  const back = ExternalProcessor.toObject(ExternalProcessor.decode(ExternalProcessor.encode(message).finish()), { enums: String, longs: Number, defaults: true });
  expect(back.processing_mode).toEqual(fields.processing_mode);
  expect(back.message_timeout).toEqual({ seconds: 0, nanos: 200_000_000 });
  for (const key of Object.keys(fields)) expect(back).toHaveProperty(key);
});

describe('the check itself', () => {
  it.each<[string, Obj, RegExp]>([
    ['a misspelt option', { failure_mode_alow: false }, /failure_mode_alow: no such field/],
    ['an invented nested option', { processing_mode: { request_body_mode: 'BUFFERED', body_size: 1 } }, /body_size: no such field/],
    ['an unknown enum value', { processing_mode: { response_body_mode: 'STREAMING' } }, /not a value of/],
    ['a malformed duration', { message_timeout: '200ms' }, /expected a duration/],
    ['a wrong scalar type', { allow_mode_override: 'yes' }, /expected bool/],
    ['two members of a oneof', { grpc_service: { envoy_grpc: { cluster_name: 'a' }, google_grpc: { target_uri: 'b' } } }, /oneof target_specifier/],
  ])('rejects %s', (_name, fields, message) => {
    const errors: string[] = [];
    readProto3Json(ExternalProcessor, fields, errors);
    expect(errors.join('\n')).toMatch(message);
  });
});
