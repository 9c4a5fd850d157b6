import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

// Loads apiward's copies of Envoy's ext_proc protos and grpc.health.v1. The
// options fix the raw message shapes that messages.ts and responses.ts read and
// write: snake_case names, enums as names, no default filling (absent stays
// undefined, cheaper and unambiguous), oneof case as a virtual field.

const EXT_PROC_FILE = 'envoy/service/ext_proc/v3/external_processor.proto';
const HEALTH_FILE = 'grpc/health/v1/health.proto';

export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: false,
  oneofs: true,
};

/** The repository's proto/ folder, found from src/, dist/ or build/ layouts alike. */
export function protoDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'proto');
    if (existsSync(join(candidate, EXT_PROC_FILE))) return candidate;
    if (dirname(dir) === dir) throw new Error(`apiward: proto/${EXT_PROC_FILE} not found above ${__dirname}`);
  }
}

export interface ExtProcProtos {
  readonly externalProcessor: grpc.ServiceDefinition;
  readonly health: grpc.ServiceDefinition;
  /** Client constructors, for the Envoy stand-in and probes. */
  readonly ExternalProcessorClient: grpc.ServiceClientConstructor;
  readonly HealthClient: grpc.ServiceClientConstructor;
}

let cached: ExtProcProtos | undefined;

/** Parsed once per process: the definitions are immutable. */
export function loadProtos(): ExtProcProtos {
  if (cached) return cached;
  const def = protoLoader.loadSync([EXT_PROC_FILE, HEALTH_FILE], { ...LOADER_OPTIONS, includeDirs: [protoDir()] });
  const pkg = grpc.loadPackageDefinition(def) as unknown as {
    envoy: { service: { ext_proc: { v3: { ExternalProcessor: grpc.ServiceClientConstructor } } } };
    grpc: { health: { v1: { Health: grpc.ServiceClientConstructor } } };
  };
  const ExternalProcessorClient = pkg.envoy.service.ext_proc.v3.ExternalProcessor;
  const HealthClient = pkg.grpc.health.v1.Health;
  cached = {
    externalProcessor: ExternalProcessorClient.service,
    health: HealthClient.service,
    ExternalProcessorClient,
    HealthClient,
  };
  return cached;
}
