import * as grpc from '@grpc/grpc-js';

// grpc.health.v1.Health for Kubernetes gRPC probes. The overall status ("")
// and the ext_proc service name always move together: apiward serves one thing.

export const EXT_PROC_SERVICE = 'envoy.service.ext_proc.v3.ExternalProcessor';
const SERVICES = ['', EXT_PROC_SERVICE];

type Status = 'SERVING' | 'NOT_SERVING';
interface Watcher { readonly service: string; readonly call: grpc.ServerWritableStream<{ service?: string }, { status: string }> }

export class HealthService {
  private status: Status = 'NOT_SERVING';
  private readonly watchers = new Set<Watcher>();

  set(serving: boolean): void {
    const next: Status = serving ? 'SERVING' : 'NOT_SERVING';
    if (next === this.status) return;
    this.status = next;
    for (const w of this.watchers) w.call.write({ status: next });
  }

  get serving(): boolean {
    return this.status === 'SERVING';
  }

  /** Ends open Watch streams (shutdown), so they do not hold the server open. */
  closeWatchers(): void {
    for (const w of this.watchers) w.call.end();
    this.watchers.clear();
  }

  handlers(): grpc.UntypedServiceImplementation {
    return {
      Check: (call: grpc.ServerUnaryCall<{ service?: string }, { status: string }>, callback: grpc.sendUnaryData<{ status: string }>) => {
        const service = call.request.service ?? '';
        if (!SERVICES.includes(service)) return callback({ code: grpc.status.NOT_FOUND, details: `unknown service ${service}` });
        callback(null, { status: this.status });
      },
      Watch: (call: grpc.ServerWritableStream<{ service?: string }, { status: string }>) => {
        const service = call.request.service ?? '';
        if (!SERVICES.includes(service)) {
          // The protocol keeps the stream open for a service that may appear later; apiward's never will.
          call.write({ status: 'SERVICE_UNKNOWN' });
          return;
        }
        const watcher: Watcher = { service, call };
        this.watchers.add(watcher);
        call.write({ status: this.status });
        call.on('cancelled', () => this.watchers.delete(watcher));
      },
    };
  }
}
