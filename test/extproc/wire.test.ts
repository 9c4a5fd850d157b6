import * as protobuf from 'protobufjs';
import { decodeRequest, type RawProcessingRequest } from '../../src/extproc/messages';
import { loadProtos } from '../../src/extproc/proto';
import { loadProtoRoot } from '../support/proto-root';

// apiward's protos must match Envoy's on the wire. The table restates field
// numbers from Envoy's data-plane API (api/envoy/service/ext_proc/v3,
// config/core/v3/base.proto, ext_proc/v3/processing_mode.proto); a renumbered
// field would make a real Envoy and apiward silently misread each other.

const root = loadProtoRoot(['envoy/service/ext_proc/v3/external_processor.proto', 'envoy/extensions/filters/http/ext_proc/v3/ext_proc.proto']);

const FIELDS: Array<[string, string, number]> = [
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'request_headers', 2],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'response_headers', 3],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'request_body', 4],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'response_body', 5],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'request_trailers', 6],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'response_trailers', 7],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'metadata_context', 8],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'attributes', 9],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'observability_mode', 10],
  ['envoy.service.ext_proc.v3.ProcessingRequest', 'protocol_config', 11],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'request_headers', 1],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'response_headers', 2],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'request_body', 3],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'response_body', 4],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'request_trailers', 5],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'response_trailers', 6],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'immediate_response', 7],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'dynamic_metadata', 8],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'mode_override', 9],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'override_message_timeout', 10],
  ['envoy.service.ext_proc.v3.ProcessingResponse', 'streamed_immediate_response', 11],
  ['envoy.service.ext_proc.v3.ProtocolConfiguration', 'request_body_mode', 1],
  ['envoy.service.ext_proc.v3.ProtocolConfiguration', 'response_body_mode', 2],
  ['envoy.service.ext_proc.v3.ProtocolConfiguration', 'send_body_without_waiting_for_header_response', 3],
  ['envoy.service.ext_proc.v3.HttpHeaders', 'headers', 1],
  ['envoy.service.ext_proc.v3.HttpHeaders', 'end_of_stream', 3],
  ['envoy.service.ext_proc.v3.HttpBody', 'body', 1],
  ['envoy.service.ext_proc.v3.HttpBody', 'end_of_stream', 2],
  ['envoy.service.ext_proc.v3.HttpTrailers', 'trailers', 1],
  ['envoy.service.ext_proc.v3.HeadersResponse', 'response', 1],
  ['envoy.service.ext_proc.v3.BodyResponse', 'response', 1],
  ['envoy.service.ext_proc.v3.TrailersResponse', 'header_mutation', 1],
  ['envoy.service.ext_proc.v3.CommonResponse', 'status', 1],
  ['envoy.service.ext_proc.v3.CommonResponse', 'header_mutation', 2],
  ['envoy.service.ext_proc.v3.CommonResponse', 'body_mutation', 3],
  ['envoy.service.ext_proc.v3.CommonResponse', 'trailers', 4],
  ['envoy.service.ext_proc.v3.CommonResponse', 'clear_route_cache', 5],
  ['envoy.service.ext_proc.v3.ImmediateResponse', 'status', 1],
  ['envoy.service.ext_proc.v3.ImmediateResponse', 'headers', 2],
  ['envoy.service.ext_proc.v3.ImmediateResponse', 'body', 3],
  ['envoy.service.ext_proc.v3.ImmediateResponse', 'grpc_status', 4],
  ['envoy.service.ext_proc.v3.ImmediateResponse', 'details', 5],
  ['envoy.service.ext_proc.v3.HeaderMutation', 'set_headers', 1],
  ['envoy.service.ext_proc.v3.HeaderMutation', 'remove_headers', 2],
  ['envoy.service.ext_proc.v3.BodyMutation', 'body', 1],
  ['envoy.service.ext_proc.v3.BodyMutation', 'clear_body', 2],
  ['envoy.service.ext_proc.v3.BodyMutation', 'streamed_response', 3],
  ['envoy.service.ext_proc.v3.StreamedBodyResponse', 'body', 1],
  ['envoy.service.ext_proc.v3.StreamedBodyResponse', 'end_of_stream', 2],
  ['envoy.config.core.v3.HeaderValue', 'key', 1],
  ['envoy.config.core.v3.HeaderValue', 'value', 2],
  ['envoy.config.core.v3.HeaderValue', 'raw_value', 3],
  ['envoy.config.core.v3.HeaderValueOption', 'header', 1],
  ['envoy.config.core.v3.HeaderValueOption', 'append', 2],
  ['envoy.config.core.v3.HeaderValueOption', 'append_action', 3],
  ['envoy.config.core.v3.HeaderMap', 'headers', 1],
  ['envoy.config.core.v3.Metadata', 'filter_metadata', 1],
  ['envoy.type.v3.HttpStatus', 'code', 1],
  ['envoy.extensions.filters.http.ext_proc.v3.ProcessingMode', 'request_header_mode', 1],
  ['envoy.extensions.filters.http.ext_proc.v3.ProcessingMode', 'response_header_mode', 2],
  ['envoy.extensions.filters.http.ext_proc.v3.ProcessingMode', 'request_body_mode', 3],
  ['envoy.extensions.filters.http.ext_proc.v3.ProcessingMode', 'response_body_mode', 4],
  ['envoy.extensions.filters.http.ext_proc.v3.ProcessingMode', 'request_trailer_mode', 5],
  ['envoy.extensions.filters.http.ext_proc.v3.ProcessingMode', 'response_trailer_mode', 6],
];

it.each(FIELDS)('%s.%s is field %i', (type, field, id) => {
  expect(root.lookupType(type).fields[field]?.id).toBe(id);
});

it.each([
  ['BodySendMode', { NONE: 0, STREAMED: 1, BUFFERED: 2, BUFFERED_PARTIAL: 3, FULL_DUPLEX_STREAMED: 4, GRPC: 5 }],
  ['HeaderSendMode', { DEFAULT: 0, SEND: 1, SKIP: 2 }],
])('ProcessingMode.%s numbers', (name, values) => {
  expect(root.lookupEnum(`envoy.extensions.filters.http.ext_proc.v3.ProcessingMode.${name}`).values).toEqual(values);
});

it('decodes bytes written field by field as Envoy encodes them', () => {
  // ProcessingRequest{ response_headers(3){ headers(1){ headers(1){ key(1), raw_value(3) } }, end_of_stream(3) }, observability_mode(10) }
  const header = protobuf.Writer.create().uint32((1 << 3) | 2).string(':status').uint32((3 << 3) | 2).bytes(Buffer.from('200')).finish();
  const map = protobuf.Writer.create().uint32((1 << 3) | 2).bytes(header).finish();
  const httpHeaders = protobuf.Writer.create().uint32((1 << 3) | 2).bytes(map).uint32((3 << 3) | 0).bool(true).finish();
  const req = protobuf.Writer.create().uint32((3 << 3) | 2).bytes(httpHeaders).uint32((10 << 3) | 0).bool(true).finish();
  const deserialize = loadProtos().externalProcessor.Process!.requestDeserialize as (b: Buffer) => RawProcessingRequest;
  const msg = decodeRequest(deserialize(Buffer.from(req)));
  expect(msg.observability).toBe(true);
  expect(msg.event).toMatchObject({ kind: 'response_headers', endOfStream: true });
  expect(msg.event.kind === 'response_headers' && msg.event.headers.get(':status')).toBe('200');
});
