import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../../src/app';
import { parseConfig } from '../../src/config/config';
import { EnvoyStandin } from './envoy-standin';

// The whole sidecar as `serve` builds it (App), on loopback ports, with the
// Envoy stand-in in front: what tests built on this see is what Envoy would see.

export const TEST_ENV = { APIWARD_AUDIT_KEY: 'k'.repeat(40), APIWARD_TOKEN_KEY: 't'.repeat(40) };

export interface TestApp {
  readonly app: App;
  readonly envoy: EnvoyStandin;
  readonly stateDir: string;
  readonly policyFile: string;
  readonly adminPort: number;
  /** What the App logged. */
  readonly logs: string[];
  stop(): Promise<void>;
}

export interface TestAppOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Use this policy file as it is (e.g. a ConfigMap-like symlink) instead of writing the text. */
  readonly policyFile?: string;
}

export async function startTestApp(policyText: string, opts: TestAppOptions = {}): Promise<TestApp> {
  const stateDir = mkdtempSync(join(tmpdir(), 'apiward-app-'));
  const policyFile = opts.policyFile ?? join(stateDir, 'policy.yaml');
  if (opts.policyFile === undefined) writeFileSync(policyFile, policyText);
  const logs: string[] = [];
  const config = parseConfig({ stateDir, policy: policyFile, grpcAddr: '127.0.0.1:0', adminAddr: '127.0.0.1:0' });
  const app = new App(config, { env: { ...TEST_ENV, ...opts.env }, log: (m) => logs.push(m) });
  const { grpcPort, adminPort } = await app.start();
  const envoy = new EnvoyStandin(`127.0.0.1:${grpcPort}`);
  return {
    app,
    envoy,
    stateDir,
    policyFile,
    adminPort,
    logs,
    stop: async () => {
      envoy.close();
      await app.stop(500);
    },
  };
}
