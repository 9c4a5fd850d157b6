import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../../src/app';
import { parseConfig } from '../../src/config/config';
import { EnvoyStandin } from '../support/envoy-standin';
import { replay, type ReplayResult } from '../support/envoy-exchange';

// The whole sidecar as `serve` builds it (App), on loopback ports, with the
// Envoy stand-in in front: what these tests see is what Envoy would see.

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

export async function startApp(policyText: string, opts: { env?: NodeJS.ProcessEnv; policyFile?: string } = {}): Promise<AppHarness> {
  const stateDir = mkdtempSync(join(tmpdir(), 'apiward-app-'));
  const policyFile = opts.policyFile ?? join(stateDir, 'policy.yaml');
  if (opts.policyFile === undefined) writeFileSync(policyFile, policyText);
  const logs: string[] = [];
  const config = parseConfig({ stateDir, policy: policyFile, grpcAddr: '127.0.0.1:0', adminAddr: '127.0.0.1:0' });
  const app = new App(config, { env: { APIWARD_AUDIT_KEY: 'k'.repeat(40), ...opts.env }, log: (m) => logs.push(m) });
  const { grpcPort } = await app.start();
  const envoy = new EnvoyStandin(`127.0.0.1:${grpcPort}`);
  return {
    app,
    envoy,
    stateDir,
    policyFile,
    logs,
    call: (headers, path, upstreamJson, method = 'GET') =>
      replay(envoy, {
        method,
        path,
        requestHeaders: headers,
        status: 200,
        responseHeaders: [['content-type', 'application/json']],
        responseBody: JSON.stringify(upstreamJson),
        modes: { request: 'NONE', response: 'BUFFERED' },
      }),
    stop: async () => {
      envoy.close();
      await app.stop(500);
    },
  };
}

export const agent = (id: string): ReadonlyArray<readonly [string, string]> => [['x-agent-id', id]];
export const bearer = (token: string): ReadonlyArray<readonly [string, string]> => [['authorization', `Bearer ${token}`]];

/** The client-visible outcome of an exchange: status and parsed body. */
export function outcome(r: ReplayResult): { status: number; body: unknown; upstreamCalled: boolean } {
  if (r.immediate !== undefined) return { status: r.immediate.status, body: JSON.parse(r.immediate.body), upstreamCalled: r.upstream !== undefined };
  return { status: 200, body: JSON.parse(r.downstream!.body.toString()), upstreamCalled: true };
}
