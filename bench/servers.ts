import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { App } from '../src/app';
import { createClassifier } from '../src/classify';
import { loadConfig } from '../src/config/config';
import { isJsonMediaType, selectByMediaType } from '../src/extproc/codec';
import type { ExchangeDeps } from '../src/extproc/deps';
import { ENVOY_YAML_BODY_MODES } from '../src/extproc/exchange';
import type { RawProcessingRequest } from '../src/extproc/messages';
import { loadProtos } from '../src/extproc/proto';
import { createExtProcServer } from '../src/extproc/server';
import { JsonMasker } from '../src/json/masker';
import { createLeafMasker } from '../src/mask/leaf-masker';
import { createOperators } from '../src/mask/operators';
import { StrategyResolver } from '../src/mask/resolver';
import { Metrics } from '../src/metrics/metrics';
import type { AgentContext, RouteTemplate } from '../src/types';
import type { Answer } from './grpc-load';

// The ext_proc servers the benches compare, each started on an ephemeral
// loopback port (in a child process, see server-child.ts):
//   noop    – the same gRPC service answering every message with CONTINUE, nothing inspected;
//   minimal – ext_proc + JSON masker + real classifier, nothing else (no policy, profiler, audit);
//   app     – the assembled sidecar: `new App(config)` as `apiward serve` builds it, with the
//             shipped k8s/base/apiward/config.yaml (audit on, JSONL audit lines to stdout) and
//             a 100-agent policy whose quotas never throttle the load.

export const SERVER_KINDS = ['noop', 'minimal', 'app'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

const REPO = resolve(__dirname, '..', '..');
export const SHIPPED_CONFIG = join(REPO, 'k8s', 'base', 'apiward', 'config.yaml');

/** `n` agents `agent-0…`, each allowed GET /api/** and crm.* MCP tools, revealing one type. */
export function agentPolicyText(n: number): string {
  const lines = ['identity: {header: x-agent-id}', 'agents:'];
  for (let i = 0; i < n; i++) lines.push(`  agent-${i}: {routes: ["GET /api/**", "MCP tools/call crm.*"], reveal: [${i % 2 ? 'PHONE_NUMBER' : 'EMAIL_ADDRESS'}], quota: {sensitiveValuesPerMinute: 100000000}}`);
  return lines.join('\n') + '\n';
}

/** Starts one server; resolves to its gRPC port. `stateDir` is an empty directory the caller removes. */
export function startServer(kind: ServerKind, stateDir: string): Promise<number> {
  switch (kind) {
    case 'noop': return listenNoop();
    case 'minimal': return createExtProcServer(minimalDeps(), { assumedModes: ENVOY_YAML_BODY_MODES }).listen('127.0.0.1:0');
    case 'app': return startApp(stateDir);
  }
}

async function startApp(stateDir: string): Promise<number> {
  const policy = join(stateDir, 'policy.yaml');
  writeFileSync(policy, agentPolicyText(100));
  // The container's flags, with ephemeral loopback ports; no OPENAI_* in env: local profiler only.
  const config = loadConfig(SHIPPED_CONFIG, { stateDir, policy, grpcAddr: '127.0.0.1:0', adminAddr: '127.0.0.1:0' });
  const app = new App(config, { env: { APIWARD_AUDIT_KEY: 'b'.repeat(40) }, log: () => undefined });
  return (await app.start()).grpcPort;
}

function listenNoop(): Promise<number> {
  const server = new grpc.Server();
  server.addService(loadProtos().externalProcessor, {
    Process: (call: grpc.ServerDuplexStream<RawProcessingRequest, Answer>) => {
      call.on('data', (m: RawProcessingRequest) => call.write({ [m.request ?? 'request_headers']: m.request?.endsWith('trailers') ? {} : { response: {} } }));
      call.on('end', () => call.end());
    },
  });
  return new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
}

function minimalDeps(): ExchangeDeps {
  const classifier = createClassifier();
  const operators = createOperators({ hashKey: Buffer.alloc(32, 1) });
  const resolver = new StrategyResolver();
  const agent: AgentContext = { id: null, known: false, reveal: new Set(), strategies: new Map(), maskAll: false };
  return {
    metrics: new Metrics({ defaultMetrics: false }),
    resolveRoute: (req) => `${req.method} ${req.path}` as RouteTemplate,
    admit: () => agent,
    fieldMapFor: (route) => ({ route, version: 0, isEmpty: true, lookup: () => undefined }),
    bodyProcessor: selectByMediaType([[isJsonMediaType, (ctx) => new JsonMasker({
      classifier, fieldMap: ctx.fieldMap, direction: ctx.direction, onFinding: ctx.onFinding,
      mask: createLeafMasker({ operators, resolver, agent: ctx.agent, route: ctx.route, fingerprint: () => 'fp' }),
    })]]),
    sink: { onBody: () => undefined },
    failureMode: { request: 'pass', response: 'reject' },
    maxBufferedBodyBytes: 16 << 20,
  };
}
