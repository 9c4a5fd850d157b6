import type { ExchangeDeps } from '../../src/extproc/deps';
import type { BodySendMode } from '../../src/extproc/messages';
import { createExtProcServer, type ExtProcServer } from '../../src/extproc/server';
import { EnvoyStandin } from './envoy-standin';
import { createTestDeps, type TestDeps, type TestDepsOptions } from './deps';

export interface Harness {
  readonly server: ExtProcServer;
  readonly envoy: EnvoyStandin;
  readonly address: string;
  stop(): Promise<void>;
}

/** A real apiward ext_proc server on a loopback port, with an Envoy stand-in connected to it. */
export async function startExtProc(
  deps: ExchangeDeps,
  assumedModes: { request: BodySendMode; response: BodySendMode } = { request: 'BUFFERED', response: 'STREAMED' },
): Promise<Harness> {
  const server = createExtProcServer(deps, { assumedModes });
  const port = await server.listen('127.0.0.1:0');
  const address = `127.0.0.1:${port}`;
  const envoy = new EnvoyStandin(address);
  return {
    server,
    envoy,
    address,
    stop: async () => {
      envoy.close();
      await server.drain(200);
    },
  };
}

/** A server + stand-in shared by one test file: started before its tests, stopped after. */
export function useExtProc(opts?: TestDepsOptions): { readonly deps: TestDeps; readonly h: Harness } {
  const ctx = {} as { deps: TestDeps; h: Harness };
  beforeAll(async () => {
    ctx.deps = createTestDeps(opts);
    ctx.h = await startExtProc(ctx.deps);
  });
  afterAll(() => ctx.h.stop());
  return ctx;
}
