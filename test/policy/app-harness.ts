import type { App } from '../../src/app';
import { replay, type ReplayResult } from '../support/envoy-exchange';
import type { EnvoyStandin } from '../support/envoy-standin';
import { startTestApp, type TestAppOptions } from '../support/app';

// Access-policy tests drive the assembled sidecar (test/support/app.ts) one
// JSON exchange at a time, as an agent with the given headers.

export interface AppHarness {
  readonly app: App;
  readonly envoy: EnvoyStandin;
  readonly stateDir: string;
  readonly policyFile: string;
  readonly logs: string[];
  /** One HTTP exchange: request headers (agent identity), upstream JSON answer. */
  call(headers: ReadonlyArray<readonly [string, string]>, path: string, upstreamJson: unknown, method?: string): Promise<ReplayResult>;
  stop(): Promise<void>;
}

export async function startApp(policyText: string, opts: TestAppOptions = {}): Promise<AppHarness> {
  const t = await startTestApp(policyText, opts);
  return {
    ...t,
    call: (headers, path, upstreamJson, method = 'GET') =>
      replay(t.envoy, {
        method,
        path,
        requestHeaders: headers,
        status: 200,
        responseHeaders: [['content-type', 'application/json']],
        responseBody: JSON.stringify(upstreamJson),
        modes: { request: 'NONE', response: 'BUFFERED' },
      }),
  };
}

export const agent = (id: string): ReadonlyArray<readonly [string, string]> => [['x-agent-id', id]];
export const bearer = (token: string): ReadonlyArray<readonly [string, string]> => [['authorization', `Bearer ${token}`]];

/** The client-visible outcome of an exchange: status and parsed body. */
export function outcome(r: ReplayResult): { status: number; body: unknown; upstreamCalled: boolean } {
  if (r.immediate !== undefined) return { status: r.immediate.status, body: JSON.parse(r.immediate.body), upstreamCalled: r.upstream !== undefined };
  return { status: 200, body: JSON.parse(r.downstream!.body.toString()), upstreamCalled: true };
}
