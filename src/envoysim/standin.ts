import * as grpc from '@grpc/grpc-js';
import type { BodySendMode, RawProcessingRequest } from '../extproc/messages';
import { loadProtos } from '../extproc/proto';

// A stand-in for Envoy's ext_proc filter: a real grpc-js client over loopback
// that sends the message sequences Envoy sends (pseudo-headers and x-request-id
// in request headers, values in raw_value, protocol_config in the first
// message, end_of_stream flags, STREAMED chunks pipelined without waiting,
// FULL_DUPLEX_STREAMED, observability mode), and applies the answers the way
// Envoy does, so a test reads the bytes a client would receive.

/** The answer shapes this stand-in reads (proto-loader raw form, enums by name). */
export interface HeaderValueOut { key: string; raw_value?: Uint8Array; value?: string }
export interface CommonOut {
  header_mutation?: { set_headers?: { header: HeaderValueOut }[]; remove_headers?: string[] };
  body_mutation?: { body?: Uint8Array; clear_body?: boolean; streamed_response?: { body?: Uint8Array; end_of_stream?: boolean } };
}
export interface ResponseOut {
  response?: string;
  request_headers?: { response?: CommonOut };
  response_headers?: { response?: CommonOut };
  request_body?: { response?: CommonOut };
  response_body?: { response?: CommonOut };
  request_trailers?: object;
  response_trailers?: object;
  immediate_response?: { status?: { code?: string | number }; headers?: CommonOut['header_mutation']; body?: Uint8Array; details?: string };
  mode_override?: { request_body_mode?: BodySendMode; response_body_mode?: BodySendMode };
}

export type Headers = ReadonlyArray<readonly [string, string]>;

export interface StreamOptions {
  /** Sent as protocol_config in the first message, as Envoy ≥ 1.33 does; omit to mimic older Envoy. */
  readonly protocol?: { readonly request: BodySendMode; readonly response: BodySendMode };
  readonly observability?: boolean;
  /** Header values in `value` (older Envoy) instead of `raw_value`. */
  readonly legacyValues?: boolean;
}

/** One ext_proc gRPC stream: what Envoy opens per HTTP request. */
export class ExtProcStream {
  readonly received: ResponseOut[] = [];
  /** Resolves with the gRPC status when the server ends or cancels the stream. */
  readonly done: Promise<grpc.StatusObject>;
  private waiters: Array<() => void> = [];
  private first = true;

  constructor(
    private readonly call: grpc.ClientDuplexStream<RawProcessingRequest, ResponseOut>,
    private readonly opts: StreamOptions,
  ) {
    call.on('data', (r: ResponseOut) => {
      this.received.push(r);
      this.wake();
    });
    this.done = new Promise((resolve) => {
      call.on('status', (s: grpc.StatusObject) => {
        resolve(s);
        this.wake();
      });
      call.on('error', () => this.wake());
    });
  }

  send(msg: RawProcessingRequest): void {
    const out: RawProcessingRequest = { ...msg };
    if (this.first && this.opts.protocol) {
      out.protocol_config = { request_body_mode: this.opts.protocol.request, response_body_mode: this.opts.protocol.response };
    }
    if (this.opts.observability) out.observability_mode = true;
    this.first = false;
    this.call.write(out);
  }

  requestHeaders(method: string, path: string, headers: Headers, endOfStream: boolean, metadata?: Record<string, unknown>): void {
    const all: Headers = [
      [':authority', 'api.example.test'],
      [':path', path],
      [':method', method],
      [':scheme', 'http'],
      ...headers,
      ['x-forwarded-proto', 'http'],
      ['x-request-id', 'b3a1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d'],
    ];
    const msg: RawProcessingRequest = { request_headers: { headers: this.headerMap(all), end_of_stream: endOfStream } };
    if (metadata) (msg as Record<string, unknown>).metadata_context = { filter_metadata: toStructMap(metadata) };
    this.send(msg);
  }

  responseHeaders(status: number, headers: Headers, endOfStream: boolean): void {
    this.send({ response_headers: { headers: this.headerMap([[':status', String(status)], ...headers]), end_of_stream: endOfStream } });
  }

  body(direction: 'request' | 'response', chunk: Uint8Array, endOfStream: boolean): void {
    const b = { body: chunk, end_of_stream: endOfStream };
    this.send(direction === 'request' ? { request_body: b } : { response_body: b });
  }

  trailers(direction: 'request' | 'response', headers: Headers): void {
    const t = { trailers: this.headerMap(headers) };
    this.send(direction === 'request' ? { request_trailers: t } : { response_trailers: t });
  }

  /** Waits until `count` answers in total have arrived (rejects after `ms`). */
  async waitFor(count: number, ms = 5000): Promise<ResponseOut[]> {
    const deadline = Date.now() + ms;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`waited ${ms} ms for ${count} answers, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    return this.received.slice(0, count);
  }

  /** Resolves false if no further answer arrives within `ms` (true if one does). */
  async quietFor(ms: number): Promise<boolean> {
    const before = this.received.length;
    await new Promise((r) => setTimeout(r, ms));
    return this.received.length > before;
  }

  /** Half-close, as Envoy does when the HTTP exchange completes. */
  end(): void {
    this.call.end();
  }

  /** Reset, as Envoy does when the downstream client goes away. */
  cancel(): void {
    this.call.cancel();
  }

  private headerMap(headers: Headers): { headers: HeaderValueOut[] } {
    return {
      headers: headers.map(([key, v]) => (this.opts.legacyValues ? { key, value: v } : { key, raw_value: Buffer.from(v, 'latin1') })),
    };
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }
}

export class EnvoyStandin {
  private readonly client: grpc.Client & { Process(): grpc.ClientDuplexStream<RawProcessingRequest, ResponseOut> };

  constructor(address: string) {
    const { ExternalProcessorClient } = loadProtos();
    this.client = new ExternalProcessorClient(address, grpc.credentials.createInsecure(), {
      'grpc.max_receive_message_length': -1,
      'grpc.max_send_message_length': -1,
    }) as unknown as EnvoyStandin['client'];
  }

  /** Resolves once the channel is connected; rejects after `ms` (nothing listening, wrong address). */
  ready(ms: number): Promise<void> {
    return new Promise((resolve, reject) => this.client.waitForReady(Date.now() + ms, (e) => (e ? reject(e) : resolve())));
  }

  open(opts: StreamOptions = {}): ExtProcStream {
    return new ExtProcStream(this.client.Process(), opts);
  }

  close(): void {
    this.client.close();
  }
}

function toStructMap(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toStruct(v as Record<string, unknown>)]));
}

function toStruct(obj: Record<string, unknown>): { fields: Record<string, unknown> } {
  return { fields: Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toValue(v)])) };
}

function toValue(v: unknown): unknown {
  // protobufjs' bundled google.protobuf.Value uses camelCase field names.
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (Array.isArray(v)) return { listValue: { values: v.map(toValue) } };
  if (v !== null && typeof v === 'object') return { structValue: toStruct(v as Record<string, unknown>) };
  return { nullValue: 'NULL_VALUE' };
}
