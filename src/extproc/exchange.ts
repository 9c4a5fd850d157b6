import { BodyError } from '../json/errors';
import type { AgentContext, CompiledFieldMap, Direction, ImmediateAnswer, RequestInfo } from '../types';
import { concat, InspectedBody } from './body';
import { contentCoding, mediaType } from './codec';
import type { ExchangeDeps } from './deps';
import { bodyFailureOf, failureAnswer, recordFailure } from './failure';
import type { BodySendMode, ExtProcEvent, ExtProcMessage, HeaderMap } from './messages';
import { directionOf, passBody, passThrough } from './passthrough';
import { requestInfo, UNIDENTIFIED, UNROUTED } from './request-info';
import {
  bodyResponse,
  headersResponse,
  immediateResponse,
  type RawProcessingMode,
  type RawProcessingResponse,
  streamedBodyResponse,
  trailersResponse,
} from './responses';

export interface ExchangeOptions {
  /** Body modes assumed when Envoy sends no protocol_config (older releases): keep equal to envoy.yaml. */
  readonly assumedModes: { readonly request: BodySendMode; readonly response: BodySendMode };
}

/** The body modes of envoy/envoy.yaml: what to assume when Envoy does not say. */
export const ENVOY_YAML_BODY_MODES: ExchangeOptions['assumedModes'] = Object.freeze({ request: 'BUFFERED', response: 'STREAMED' });

/** Modes for which a request-side mode_override can restate the response mode without side effects. */
const RESTATABLE: ReadonlySet<BodySendMode> = new Set(['NONE', 'STREAMED', 'BUFFERED', 'BUFFERED_PARTIAL']);

/**
 * The state of one ext_proc stream (one HTTP request/response): a method per
 * Envoy event, each producing exactly one answer in STREAMED/BUFFERED modes
 * (FULL_DUPLEX_STREAMED answers with what is releasable). Synchronous: the
 * gRPC loop calls `handle` once per message, in arrival order.
 */
export class Exchange {
  private route = UNROUTED;
  private agent: AgentContext = UNIDENTIFIED;
  private fieldMap: CompiledFieldMap | undefined;
  private modes: { request: BodySendMode; response: BodySendMode };
  private modesKnown = false;
  private readonly bodies: Record<Direction, InspectedBody | null> = { request: null, response: null };
  /** An ImmediateResponse was sent: Envoy stops processing; later messages get no answer. */
  private ended = false;
  private observability = false;
  private replied = false;
  /** Request headers whose admission waits for the request body (see BodyAdmission). */
  private deferred: { info: RequestInfo; headers: HeaderMap } | undefined;

  constructor(
    private readonly deps: ExchangeDeps,
    readonly streamId: string,
    private readonly send: (response: RawProcessingResponse) => void,
    opts: ExchangeOptions,
  ) {
    this.modes = { ...opts.assumedModes };
  }

  /** Route label for metrics: the template once request headers were seen. */
  get routeLabel(): string {
    return this.route;
  }

  handle(msg: ExtProcMessage): void {
    if (msg.protocol !== undefined) {
      this.modes = { request: msg.protocol.requestBodyMode, response: msg.protocol.responseBodyMode };
      this.modesKnown = true;
    }
    this.observability = msg.observability;
    this.replied = false;
    if (this.ended) return;
    const ev = msg.event;
    try {
      this.dispatch(ev);
    } catch (e) {
      this.fail(ev, e);
    }
  }

  /** The gRPC stream ended: finish bodies Envoy never marked complete (trailers skipped, client gone). */
  close(): void {
    for (const direction of ['request', 'response'] as const) {
      const body = this.bodies[direction];
      if (body === null) continue;
      this.bodies[direction] = null;
      try {
        body.end();
      } catch (e) {
        body.finish(bodyFailureOf(e));
      }
    }
  }

  private dispatch(ev: ExtProcEvent): void {
    switch (ev.kind) {
      case 'request_headers':
        return this.onRequestHeaders(ev.headers, ev.endOfStream, ev.metadata);
      case 'response_headers':
        return this.onResponseHeaders(ev.headers, ev.endOfStream);
      case 'request_body':
      case 'response_body':
        return this.onBody(directionOf(ev.kind), ev.body, ev.endOfStream);
      case 'request_trailers':
      case 'response_trailers':
        return this.onTrailers(directionOf(ev.kind));
      case 'empty':
        return; // not a valid Envoy message: there is nothing to answer
    }
  }

  private onRequestHeaders(headers: HeaderMap, endOfStream: boolean, metadata: Readonly<Record<string, unknown>>): void {
    const info = requestInfo(headers, metadata);
    this.route = this.deps.resolveRoute(info);
    if (!endOfStream && this.modes.request === 'BUFFERED' && this.deps.bodyAdmission?.defers(info) === true) {
      this.deferred = { info, headers };
      return this.reply(headersResponse('request', { remove: ['accept-encoding', 'content-length'] }));
    }
    const admitted = this.deps.admit(info, this.route);
    if (isAnswer(admitted)) return this.endWith(admitted);
    this.agent = admitted;
    this.fieldMap = this.deps.fieldMapFor(this.route);
    const path = this.deps.inspectQuery?.(info, this.route, admitted, this.streamId);
    // Always: an upstream asked for identity encoding answers in clear, so responses stay inspectable.
    const remove = ['accept-encoding'];
    let override: RawProcessingMode | undefined;
    if (!endOfStream) {
      if (this.openBody('request', headers)) remove.push('content-length');
      else override = this.skipRequestBody();
    }
    this.reply(headersResponse('request', { remove, ...(path === undefined ? {} : { set: { ':path': path } }) }, override));
  }

  /** Admits a deferred request now that its body names the route; false when it was answered instead. */
  private admitWithBody(chunk: Uint8Array): boolean {
    const { info, headers } = this.deferred!;
    this.deferred = undefined;
    const admitted = this.deps.bodyAdmission!.admit(info, this.route, chunk, this.streamId);
    if (isAnswer(admitted)) {
      this.endWith(admitted);
      return false;
    }
    this.route = admitted.route;
    this.agent = admitted.agent;
    this.fieldMap = this.deps.fieldMapFor(this.route);
    this.openBody('request', headers);
    return true;
  }

  private onResponseHeaders(headers: HeaderMap, endOfStream: boolean): void {
    const remove: string[] = [];
    let override: RawProcessingMode | undefined;
    if (!endOfStream) {
      if (this.openBody('response', headers)) remove.push('content-length');
      // The request side is over, so the other fields of the override change nothing.
      else if (this.modes.response !== 'NONE') override = { response_body_mode: 'NONE' };
    }
    this.reply(headersResponse('response', { remove }, override));
  }

  private onBody(direction: Direction, chunk: Uint8Array, endOfStream: boolean): void {
    if (this.deferred !== undefined && direction === 'request' && !this.admitWithBody(chunk)) return;
    const body = this.bodies[direction];
    const mode = this.modes[direction];
    if (body === null) return this.reply(passBody(direction, mode, chunk, endOfStream));
    let out: Uint8Array;
    if (mode === 'BUFFERED' || mode === 'BUFFERED_PARTIAL') {
      // Partial: Envoy forwards the rest of the body without showing it to us.
      if (!endOfStream && mode === 'BUFFERED_PARTIAL') throw new BodyError('max_body_bytes', chunk.length);
      out = body.whole(chunk);
      this.bodies[direction] = null;
    } else {
      out = body.push(chunk);
      if (endOfStream) {
        out = concat(out, body.end());
        this.bodies[direction] = null;
      }
    }
    if (mode !== 'FULL_DUPLEX_STREAMED') return this.reply(bodyResponse(direction, sameBytes(out, chunk) ? undefined : out));
    if (out.length > 0 || endOfStream) this.reply(streamedBodyResponse(direction, out, endOfStream));
  }

  private onTrailers(direction: Direction): void {
    const body = this.bodies[direction];
    if (body !== null) {
      // Trailers end a body whose last chunk did not say end_of_stream.
      const tail = body.end();
      this.bodies[direction] = null;
      if (this.modes[direction] === 'FULL_DUPLEX_STREAMED') {
        if (tail.length > 0) this.emit(streamedBodyResponse(direction, tail, false));
      } else if (tail.length > 0) {
        // STREAMED: every chunk is answered already; held-back bytes have no way out.
        throw new BodyError('internal', 0);
      }
    }
    this.reply(trailersResponse(direction));
  }

  /** Opens inspection for a body, or returns null (not inspected). Throws BodyError for an undecodable coding. */
  private openBody(direction: Direction, headers: HeaderMap): InspectedBody | null {
    if (this.modesKnown && this.modes[direction] === 'NONE') return null;
    const coding = contentCoding(headers);
    this.fieldMap ??= this.deps.fieldMapFor(this.route);
    const ctx = { streamId: this.streamId, route: this.route, direction, agent: this.agent, contentType: mediaType(headers), fieldMap: this.fieldMap };
    const body = InspectedBody.open(this.deps, ctx, coding ?? 'identity');
    if (body === null) {
      this.deps.metrics.bodiesSkipped.inc({ reason: 'content_type' });
      return null;
    }
    this.bodies[direction] = body;
    if (coding === null) {
      const action = this.deps.failureMode[direction] === 'reject' ? 'rejected' : 'passed';
      this.deps.metrics.compressedBodies.inc({ encoding: 'unsupported', action });
      throw new BodyError('unsupported_encoding', 0);
    }
    if (coding !== 'identity') this.deps.metrics.compressedBodies.inc({ encoding: coding, action: 'decoded' });
    return body;
  }

  /** Asks Envoy not to send a request body nobody inspects, restating the response mode it must keep. */
  private skipRequestBody(): RawProcessingMode | undefined {
    if (!this.modesKnown || this.modes.request === 'NONE' || !RESTATABLE.has(this.modes.response)) return undefined;
    return { request_body_mode: 'NONE', response_body_mode: this.modes.response };
  }

  /** Failure of any event: the failure mode of its direction decides the one answer. */
  private fail(ev: ExtProcEvent, e: unknown): void {
    const direction = directionOf(ev.kind);
    const reason = bodyFailureOf(e);
    this.bodies[direction]?.finish(reason);
    this.bodies[direction] = null;
    // A policy block is a decision, not a parse failure: `pass` must not let the request through.
    const action = recordFailure(this.deps.metrics, direction, reason, reason === 'outbound_blocked' ? 'reject' : this.deps.failureMode[direction]);
    if (this.replied) return;
    if (action === 'reject') return this.endWith(failureAnswer(direction, reason));
    this.reply(passThrough(ev, this.modes));
  }

  private endWith(answer: ImmediateAnswer): void {
    this.reply(immediateResponse(answer));
    // In observability mode Envoy ignored the answer and keeps sending: keep inspecting.
    this.ended = !this.observability;
  }

  /** The answer to the current message. */
  private reply(response: RawProcessingResponse): void {
    this.replied = true;
    this.emit(response);
  }

  private emit(response: RawProcessingResponse): void {
    if (!this.observability) this.send(response);
  }
}

function isAnswer(x: object): x is ImmediateAnswer {
  return 'status' in x;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || (a.length === b.length && Buffer.compare(a, b) === 0);
}
