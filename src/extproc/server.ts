import * as grpc from '@grpc/grpc-js';
import { performance } from 'node:perf_hooks';
import type { ExchangeDeps } from './deps';
import { Exchange, type ExchangeOptions } from './exchange';
import { HealthService } from './health';
import { decodeRequest, type RawProcessingRequest } from './messages';
import { loadProtos } from './proto';
import { isShared, type RawProcessingResponse } from './responses';

export type ExtProcServerOptions = ExchangeOptions;

export interface ExtProcServer {
  /** Binds `host:port` (port 0 = any) and starts serving; resolves to the bound port. Health turns SERVING. */
  listen(addr: string): Promise<number>;
  /**
   * Graceful shutdown: health turns NOT_SERVING, no new streams are accepted,
   * open streams may finish for up to `ms`, then the rest are cancelled.
   */
  drain(ms: number): Promise<void>;
  readonly health: HealthService;
  /** ext_proc streams open now. */
  readonly activeStreams: number;
}

type ProcessCall = grpc.ServerDuplexStream<RawProcessingRequest, RawProcessingResponse>;

/** gRPC framing overhead allowed on top of the largest body Envoy may send in one message. */
const MESSAGE_OVERHEAD = 64 * 1024;

export function createExtProcServer(deps: ExchangeDeps, opts: ExtProcServerOptions): ExtProcServer {
  const protos = loadProtos();
  const health = new HealthService();
  const server = new grpc.Server({
    // grpc's 4 MB default would refuse BUFFERED bodies Envoy is allowed to send.
    'grpc.max_receive_message_length': deps.maxBufferedBodyBytes + MESSAGE_OVERHEAD,
  });
  const open = new Set<ProcessCall>();
  const idPrefix = Date.now().toString(36);
  let seq = 0;

  const onStream = (call: ProcessCall): void => {
    const { metrics } = deps;
    const exchange = new Exchange(deps, `${idPrefix}-${(++seq).toString(36)}`, (r) => call.write(r), opts);
    open.add(call);
    metrics.streams.inc();
    metrics.activeStreams.inc();
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      open.delete(call);
      metrics.activeStreams.dec();
      exchange.close();
    };
    call.on('data', (raw: RawProcessingRequest) => {
      const t0 = performance.now();
      const msg = decodeRequest(raw);
      exchange.handle(msg);
      const event = msg.event.kind;
      metrics.messageSeconds.observe({ event }, (performance.now() - t0) / 1000);
      metrics.messageCounts.inc(exchange.routeLabel, event);
    });
    call.on('end', () => {
      close();
      call.end();
    });
    call.on('cancelled', close);
    call.on('error', close);
  };

  server.addService(encodingSharedOnce(protos.externalProcessor), { Process: onStream });
  server.addService(protos.health, health.handlers());

  return {
    health,
    get activeStreams() {
      return open.size;
    },
    listen: (addr) =>
      new Promise((resolve, reject) => {
        server.bindAsync(addr, grpc.ServerCredentials.createInsecure(), (err, port) => {
          if (err) return reject(err);
          health.set(true);
          resolve(port);
        });
      }),
    drain: (ms) =>
      new Promise((resolve) => {
        health.set(false);
        health.closeWatchers();
        const deadline = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, ms);
        server.tryShutdown(() => {
          clearTimeout(deadline);
          resolve();
        });
      }),
  };
}

/**
 * The ext_proc service with a serializer that encodes each shared answer
 * (responses.ts) once: proto-loader's fromObject + encode was ~5% of the
 * sidecar's CPU, and two of a typical exchange's three answers are shared.
 * The bytes are those the plain serializer produces; grpc-js copies them
 * into each frame, so one buffer serves every stream.
 */
function encodingSharedOnce(def: grpc.ServiceDefinition): grpc.ServiceDefinition {
  const process = def.Process!;
  const plain = process.responseSerialize as (r: RawProcessingResponse) => Buffer;
  const encoded = new WeakMap<RawProcessingResponse, Buffer>();
  const responseSerialize = (r: RawProcessingResponse): Buffer => {
    if (!isShared(r)) return plain(r);
    let bytes = encoded.get(r);
    if (bytes === undefined) encoded.set(r, (bytes = plain(r)));
    return bytes;
  };
  return { ...def, Process: { ...process, responseSerialize } };
}

