import type { JsonRpcId, McpCall } from './jsonrpc';

export type McpRequest = McpCall & { readonly id: JsonRpcId };

/**
 * What each ext_proc stream's request asked (JSON-RPC requests with their
 * ids), kept until its response body opens, so responses can be correlated by
 * id. Bounded: a stream whose response is never inspected (refused, not JSON)
 * ages out first-in first-out.
 */
export class McpSessions {
  private readonly pending = new Map<string, readonly McpRequest[]>();

  constructor(private readonly max = 10_000) {}

  asked(streamId: string, requests: readonly McpRequest[]): void {
    if (requests.length === 0) return;
    this.pending.delete(streamId);
    this.pending.set(streamId, requests);
    if (this.pending.size > this.max) this.pending.delete(this.pending.keys().next().value!);
  }

  /** The requests of a stream, once: its response is being inspected now. */
  take(streamId: string): readonly McpRequest[] | undefined {
    const r = this.pending.get(streamId);
    if (r !== undefined) this.pending.delete(streamId);
    return r;
  }

  get size(): number {
    return this.pending.size;
  }
}
