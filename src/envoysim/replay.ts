import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import type { BodySendMode } from '../extproc/messages';
import { protoDir } from '../extproc/proto';
import type { CommonOut, EnvoyStandin, ExtProcStream, Headers, ResponseOut, StreamOptions } from './standin';

// Replays one whole HTTP exchange through the stand-in the way Envoy's filter
// drives it, per body mode, and applies every answer as Envoy would: header
// mutations, body replacement per chunk, streamed bodies, mode_override,
// immediate responses. Returns what the upstream and the client receive.

export interface HttpExchange {
  readonly method?: string;
  readonly path?: string;
  readonly requestHeaders?: Headers;
  readonly requestBody?: string | Uint8Array;
  readonly status?: number;
  readonly responseHeaders?: Headers;
  readonly responseBody?: string | Uint8Array;
  /** Body chunk size in STREAMED / FULL_DUPLEX_STREAMED modes. */
  readonly chunkSize?: number;
  readonly modes: { readonly request: BodySendMode; readonly response: BodySendMode };
  /** Send protocol_config (default true); false mimics Envoy releases before it existed. */
  readonly protocolConfig?: boolean;
  readonly metadata?: Record<string, unknown>;
  readonly stream?: Omit<StreamOptions, 'protocol'>;
  /** Envoy honours mode_override only with allow_mode_override; false mimics a filter without it. */
  readonly honourModeOverride?: boolean;
}

export interface Message {
  readonly headers: Map<string, string>;
  readonly body: Buffer;
}

export interface ReplayResult {
  /** Set when the server answered with an ImmediateResponse (Envoy's local reply). */
  readonly immediate?: { status: number; headers: Map<string, string>; body: string; details: string };
  readonly upstream?: Message;
  readonly downstream?: Message;
  readonly answers: readonly ResponseOut[];
  /** Request messages sent on the stream. */
  readonly sent: number;
}

export async function replay(envoy: EnvoyStandin, x: HttpExchange): Promise<ReplayResult> {
  const modes = { ...x.modes };
  const stream = envoy.open({ ...x.stream, ...(x.protocolConfig === false ? {} : { protocol: x.modes }) });
  const r = new Replayer(stream);
  try {
    const reqBody = bytes(x.requestBody);
    const reqHeaders = new Map<string, string>([...(x.requestHeaders ?? [])]);
    stream.requestHeaders(x.method ?? 'GET', x.path ?? '/', x.requestHeaders ?? [], reqBody.length === 0, x.metadata);
    r.sent++;
    const h1 = await r.expect('request_headers');
    if (h1.immediate) return r.result({ immediate: h1.immediate });
    applyHeaders(reqHeaders, h1.common);
    if (x.honourModeOverride !== false) Object.assign(modes, overrides(h1.answer));
    const upstream = { headers: reqHeaders, body: await r.body('request', modes.request, reqBody, x.chunkSize) };
    if (r.immediate) return r.result({ immediate: r.immediate });

    const resBody = bytes(x.responseBody);
    const resHeaders = new Map<string, string>([...(x.responseHeaders ?? [])]);
    stream.responseHeaders(x.status ?? 200, x.responseHeaders ?? [], resBody.length === 0);
    r.sent++;
    const h2 = await r.expect('response_headers');
    if (h2.immediate) return r.result({ immediate: h2.immediate, upstream });
    applyHeaders(resHeaders, h2.common);
    if (x.honourModeOverride !== false) Object.assign(modes, overrides(h2.answer));
    const downstream = { headers: resHeaders, body: await r.body('response', modes.response, resBody, x.chunkSize) };
    if (r.immediate) return r.result({ immediate: r.immediate, upstream });
    return r.result({ upstream, downstream });
  } finally {
    stream.end();
  }
}

class Replayer {
  sent = 0;
  immediate: ReplayResult['immediate'];
  private next = 0;

  constructor(private readonly stream: ExtProcStream) {}

  /** The next answer, which must be of `kind` or an immediate response (anything else is a protocol error). */
  async expect(kind: string): Promise<{ answer: ResponseOut; common: CommonOut | undefined; immediate?: ReplayResult['immediate'] }> {
    const answer = (await this.stream.waitFor(this.next + 1))[this.next++]!;
    if (answer.immediate_response) {
      this.immediate = readImmediate(answer.immediate_response);
      return { answer, common: undefined, immediate: this.immediate };
    }
    const got = answer.response;
    if (got !== kind) throw new Error(`expected a ${kind} answer, got ${got ?? 'nothing'}`);
    return { answer, common: (answer[kind as 'request_headers'] as { response?: CommonOut } | undefined)?.response };
  }

  async body(direction: 'request' | 'response', mode: BodySendMode, body: Buffer, chunkSize = 4096): Promise<Buffer> {
    if (body.length === 0 || mode === 'NONE' || mode === 'GRPC') return body;
    const kind = `${direction}_body`;
    if (mode === 'BUFFERED' || mode === 'BUFFERED_PARTIAL') {
      this.stream.body(direction, body, true);
      this.sent++;
      const a = await this.expect(kind);
      return a.immediate ? Buffer.alloc(0) : applyBody(body, a.common);
    }
    const chunks: Buffer[] = [];
    for (let i = 0; i < body.length; i += chunkSize) chunks.push(body.subarray(i, i + chunkSize));
    // Pipelined: Envoy does not wait for an answer before sending the next chunk.
    chunks.forEach((c, i) => this.stream.body(direction, c, i === chunks.length - 1));
    this.sent += chunks.length;
    const out: Buffer[] = [];
    if (mode === 'STREAMED') {
      for (const c of chunks) {
        const a = await this.expect(kind);
        if (a.immediate) return Buffer.concat(out);
        out.push(applyBody(c, a.common));
      }
      return Buffer.concat(out);
    }
    // FULL_DUPLEX_STREAMED: Envoy forwards exactly what the server streams back, until its end_of_stream.
    for (;;) {
      const a = await this.expect(kind);
      if (a.immediate) return Buffer.concat(out);
      const s = a.common?.body_mutation?.streamed_response;
      if (!s) throw new Error('FULL_DUPLEX_STREAMED answer without streamed_response');
      out.push(Buffer.from(s.body ?? []));
      if (s.end_of_stream) return Buffer.concat(out);
    }
  }

  result(r: Omit<ReplayResult, 'answers' | 'sent'>): ReplayResult {
    return { ...r, answers: this.stream.received, sent: this.sent };
  }
}

function bytes(b: string | Uint8Array | undefined): Buffer {
  return b === undefined ? Buffer.alloc(0) : typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b);
}

function headerValue(h: { raw_value?: Uint8Array; value?: string }): string {
  return h.raw_value && h.raw_value.length > 0 ? Buffer.from(h.raw_value).toString('latin1') : (h.value ?? '');
}

export function applyHeaders(headers: Map<string, string>, common: CommonOut | undefined): void {
  const m = common?.header_mutation;
  for (const name of m?.remove_headers ?? []) headers.delete(name);
  for (const s of m?.set_headers ?? []) headers.set(s.header.key, headerValue(s.header));
}

function applyBody(chunk: Buffer, common: CommonOut | undefined): Buffer {
  const m = common?.body_mutation;
  if (!m) return chunk;
  if (m.clear_body) return Buffer.alloc(0);
  if (m.body !== undefined) return Buffer.from(m.body);
  return chunk;
}

function overrides(answer: ResponseOut): Partial<Record<'request' | 'response', BodySendMode>> {
  // Envoy replaces the whole processing mode with the override; an unset body mode means NONE.
  if (!answer.mode_override) return {};
  return { request: answer.mode_override.request_body_mode ?? 'NONE', response: answer.mode_override.response_body_mode ?? 'NONE' };
}

function readImmediate(i: NonNullable<ResponseOut['immediate_response']>): NonNullable<ReplayResult['immediate']> {
  const headers = new Map<string, string>();
  applyHeaders(headers, { header_mutation: i.headers ?? {} });
  return { status: statusNumber(i.status?.code), headers, body: Buffer.from(i.body ?? []).toString('utf8'), details: i.details ?? '' };
}

let statusCodes: Record<string, number> | undefined;

/** proto-loader hands enums over by name (`BadGateway`); Envoy reads the number. */
function statusNumber(code: string | number | undefined): number {
  if (typeof code === 'number') return code;
  statusCodes ??= protobuf.loadSync(join(protoDir(), 'envoy/type/v3/http_status.proto')).lookupEnum('envoy.type.v3.StatusCode').values;
  return statusCodes[code ?? 'Empty'] ?? 0;
}
