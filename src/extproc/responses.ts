import type { Direction, ImmediateAnswer } from '../types';
import type { BodySendMode } from './messages';

// Builders for Envoy's ProcessingResponse, in the raw proto-loader shape
// (snake_case, enums by name). Header values go in `raw_value` only: Envoy
// rejects a HeaderValue that sets both `value` and `raw_value`, and reads
// `raw_value` since it started sending it.

interface RawHeaderValueOption {
  header: { key: string; raw_value: Buffer };
  append_action: 'OVERWRITE_IF_EXISTS_OR_ADD';
}
interface RawHeaderMutation { set_headers?: RawHeaderValueOption[]; remove_headers?: string[] }
type RawBodyMutation =
  | { body: Uint8Array }
  | { clear_body: true }
  | { streamed_response: { body: Uint8Array; end_of_stream: boolean } };
interface RawCommonResponse { header_mutation?: RawHeaderMutation; body_mutation?: RawBodyMutation }
export interface RawProcessingMode {
  request_body_mode?: BodySendMode;
  response_body_mode?: BodySendMode;
}

export interface RawProcessingResponse {
  request_headers?: { response: RawCommonResponse };
  response_headers?: { response: RawCommonResponse };
  request_body?: { response: RawCommonResponse };
  response_body?: { response: RawCommonResponse };
  request_trailers?: Record<string, never>;
  response_trailers?: Record<string, never>;
  immediate_response?: {
    status: { code: number };
    headers: RawHeaderMutation;
    body: Buffer;
    details: string;
  };
  mode_override?: RawProcessingMode;
}

/** Header edits decided at headers time. */
export interface HeaderEdits {
  readonly remove: readonly string[];
  readonly set?: Readonly<Record<string, string>>;
}

// Most answers carry nothing of the message they answer (headers with fixed
// removals, unchanged bodies, trailers): each is built once and marked, so
// the server encodes it once too (server.ts). Keys come from code paths, not
// traffic: the set stays a handful of entries.
const shared = new Map<string, RawProcessingResponse>();
const sharedSet = new WeakSet<RawProcessingResponse>();

/** An answer built once and never mutated: its encoding can be reused. */
export function isShared(response: RawProcessingResponse): boolean {
  return sharedSet.has(response);
}

function share(key: string, build: () => RawProcessingResponse): RawProcessingResponse {
  let r = shared.get(key);
  if (r === undefined) {
    r = deepFreeze(build());
    shared.set(key, r);
    sharedSet.add(r);
  }
  return r;
}

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
}

export function headersResponse(direction: Direction, edits: HeaderEdits, modeOverride?: RawProcessingMode): RawProcessingResponse {
  if (edits.set === undefined && modeOverride === undefined) {
    return share(`${direction}_headers ${edits.remove.join(' ')}`, () => buildHeadersResponse(direction, edits));
  }
  return buildHeadersResponse(direction, edits, modeOverride);
}

function buildHeadersResponse(direction: Direction, edits: HeaderEdits, modeOverride?: RawProcessingMode): RawProcessingResponse {
  const common: RawCommonResponse = {};
  const mutation = headerMutation(edits);
  if (mutation) common.header_mutation = mutation;
  const out: RawProcessingResponse = direction === 'request' ? { request_headers: { response: common } } : { response_headers: { response: common } };
  if (modeOverride) out.mode_override = modeOverride;
  return out;
}

/**
 * Answer to a body chunk in STREAMED/BUFFERED modes. `undefined` output means
 * "unchanged" (no mutation: Envoy forwards the chunk as it is).
 */
export function bodyResponse(direction: Direction, output: Uint8Array | undefined): RawProcessingResponse {
  if (output === undefined) return share(`${direction}_body`, () => buildBodyResponse(direction, undefined));
  return buildBodyResponse(direction, output);
}

function buildBodyResponse(direction: Direction, output: Uint8Array | undefined): RawProcessingResponse {
  const common: RawCommonResponse = {};
  if (output !== undefined) common.body_mutation = output.length === 0 ? { clear_body: true } : { body: output };
  return direction === 'request' ? { request_body: { response: common } } : { response_body: { response: common } };
}

/** Answer in FULL_DUPLEX_STREAMED mode, where Envoy forwards only what the server streams back. */
export function streamedBodyResponse(direction: Direction, output: Uint8Array, endOfStream: boolean): RawProcessingResponse {
  const common: RawCommonResponse = { body_mutation: { streamed_response: { body: output, end_of_stream: endOfStream } } };
  return direction === 'request' ? { request_body: { response: common } } : { response_body: { response: common } };
}

export function trailersResponse(direction: Direction): RawProcessingResponse {
  return share(`${direction}_trailers`, () => (direction === 'request' ? { request_trailers: {} } : { response_trailers: {} }));
}

export function immediateResponse(answer: ImmediateAnswer): RawProcessingResponse {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...answer.headers };
  return {
    immediate_response: {
      status: { code: answer.status },
      headers: headerMutation({ remove: [], set: headers }) ?? {},
      body: Buffer.from(answer.body, 'utf8'),
      details: `apiward_${answer.reason}`,
    },
  };
}

function headerMutation(edits: HeaderEdits): RawHeaderMutation | undefined {
  const set = Object.entries(edits.set ?? {});
  if (edits.remove.length === 0 && set.length === 0) return undefined;
  const m: RawHeaderMutation = {};
  if (edits.remove.length > 0) m.remove_headers = [...edits.remove];
  if (set.length > 0) {
    m.set_headers = set.map(([key, value]) => ({
      header: { key: key.toLowerCase(), raw_value: Buffer.from(value, 'latin1') },
      append_action: 'OVERWRITE_IF_EXISTS_OR_ADD',
    }));
  }
  return m;
}
