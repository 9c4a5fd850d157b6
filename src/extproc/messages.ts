// The one place that reads Envoy's ProcessingRequest. The gRPC loop decodes each
// message once into an ExtProcMessage; nothing downstream touches proto objects.
// Raw shapes are those of @grpc/proto-loader with keepCase, enums as strings,
// defaults off and virtual oneof fields on (see proto.ts).

export const BODY_SEND_MODES = ['NONE', 'STREAMED', 'BUFFERED', 'BUFFERED_PARTIAL', 'FULL_DUPLEX_STREAMED', 'GRPC'] as const;
export type BodySendMode = (typeof BODY_SEND_MODES)[number];

/** Lower-cased names (pseudo-headers included); a repeated header's values joined with ", ". */
export type HeaderMap = ReadonlyMap<string, string>;

export type ExtProcEvent =
  | {
      readonly kind: 'request_headers' | 'response_headers';
      readonly headers: HeaderMap;
      readonly endOfStream: boolean;
      /** Envoy dynamic metadata (metadata_context.filter_metadata) as plain JSON. */
      readonly metadata: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'request_body' | 'response_body'; readonly body: Uint8Array; readonly endOfStream: boolean }
  | { readonly kind: 'request_trailers' | 'response_trailers'; readonly trailers: HeaderMap }
  /** A message whose oneof is unset (or set to a kind this build does not know). */
  | { readonly kind: 'empty' };

export type EventKind = ExtProcEvent['kind'];

export interface ProtocolConfig {
  readonly requestBodyMode: BodySendMode;
  readonly responseBodyMode: BodySendMode;
  readonly sendBodyWithoutWaitingForHeaderResponse: boolean;
}

export interface ExtProcMessage {
  readonly event: ExtProcEvent;
  /** Envoy ignores any answer: the server must send none. */
  readonly observability: boolean;
  /** Present in the first message of a stream on Envoy versions that send it. */
  readonly protocol: ProtocolConfig | undefined;
}

// ---- raw proto-loader shapes ---------------------------------------------

interface RawHeaderValue { key?: string; value?: string; raw_value?: Uint8Array }
interface RawHeaderMap { headers?: RawHeaderValue[] }
/** google.protobuf.Value comes from protobufjs' bundled definitions, whose field names are camelCase. */
interface RawValue {
  nullValue?: unknown;
  numberValue?: number;
  stringValue?: string;
  boolValue?: boolean;
  structValue?: RawStruct;
  listValue?: { values?: RawValue[] };
}
interface RawStruct { fields?: Record<string, RawValue> }
interface RawHttpHeaders { headers?: RawHeaderMap; end_of_stream?: boolean }
interface RawHttpBody { body?: Uint8Array; end_of_stream?: boolean }

export interface RawProcessingRequest {
  request?: string;
  request_headers?: RawHttpHeaders;
  response_headers?: RawHttpHeaders;
  request_body?: RawHttpBody;
  response_body?: RawHttpBody;
  request_trailers?: { trailers?: RawHeaderMap };
  response_trailers?: { trailers?: RawHeaderMap };
  metadata_context?: { filter_metadata?: Record<string, RawStruct> };
  observability_mode?: boolean;
  protocol_config?: {
    request_body_mode?: string | number;
    response_body_mode?: string | number;
    send_body_without_waiting_for_header_response?: boolean;
  };
}

const EMPTY_BODY = new Uint8Array(0);
const NO_METADATA: Readonly<Record<string, unknown>> = Object.freeze({});

export function decodeRequest(raw: RawProcessingRequest): ExtProcMessage {
  return {
    event: decodeEvent(raw),
    observability: raw.observability_mode === true,
    protocol: raw.protocol_config === undefined ? undefined : decodeProtocol(raw.protocol_config),
  };
}

function decodeEvent(raw: RawProcessingRequest): ExtProcEvent {
  switch (raw.request) {
    case 'request_headers':
    case 'response_headers': {
      const h = raw[raw.request] ?? {};
      return {
        kind: raw.request,
        headers: readHeaderMap(h.headers),
        endOfStream: h.end_of_stream === true,
        metadata: readMetadata(raw.metadata_context?.filter_metadata),
      };
    }
    case 'request_body':
    case 'response_body': {
      const b = raw[raw.request] ?? {};
      return { kind: raw.request, body: b.body ?? EMPTY_BODY, endOfStream: b.end_of_stream === true };
    }
    case 'request_trailers':
    case 'response_trailers':
      return { kind: raw.request, trailers: readHeaderMap(raw[raw.request]?.trailers) };
    default:
      return { kind: 'empty' };
  }
}

/**
 * Current Envoy sends values in `raw_value` (bytes), older releases in `value`.
 * Bytes are read as latin1 so that every byte survives; header values are
 * ASCII in practice, and nothing here re-encodes them.
 */
export function readHeaderMap(map: RawHeaderMap | undefined): HeaderMap {
  const out = new Map<string, string>();
  for (const h of map?.headers ?? []) {
    if (!h.key) continue;
    const name = h.key.toLowerCase();
    const value = h.raw_value !== undefined && h.raw_value.length > 0 ? Buffer.from(h.raw_value).toString('latin1') : (h.value ?? '');
    const prev = out.get(name);
    out.set(name, prev === undefined ? value : `${prev}, ${value}`);
  }
  return out;
}

function readMetadata(filterMetadata: Record<string, RawStruct> | undefined): Readonly<Record<string, unknown>> {
  if (filterMetadata === undefined) return NO_METADATA;
  const out: Record<string, unknown> = {};
  for (const [ns, s] of Object.entries(filterMetadata)) out[ns] = structToJson(s);
  return out;
}

export function structToJson(s: RawStruct | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s?.fields ?? {})) out[k] = valueToJson(v);
  return out;
}

function valueToJson(v: RawValue): unknown {
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.numberValue !== undefined) return v.numberValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.structValue !== undefined) return structToJson(v.structValue);
  if (v.listValue !== undefined) return (v.listValue.values ?? []).map(valueToJson);
  return null;
}

function decodeProtocol(p: NonNullable<RawProcessingRequest['protocol_config']>): ProtocolConfig {
  return {
    requestBodyMode: bodyMode(p.request_body_mode),
    responseBodyMode: bodyMode(p.response_body_mode),
    sendBodyWithoutWaitingForHeaderResponse: p.send_body_without_waiting_for_header_response === true,
  };
}

function bodyMode(v: string | number | undefined): BodySendMode {
  if (typeof v === 'number') return BODY_SEND_MODES[v] ?? 'NONE';
  return (BODY_SEND_MODES as readonly string[]).includes(v ?? '') ? (v as BodySendMode) : 'NONE';
}
