import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

// Admin HTTP: probes, Prometheus scrape, the route and MCP tool inventories. Kept apart from
// the gRPC port so a scrape or a slow client never shares a socket with Envoy.

export interface AdminDeps {
  registry: Registry;
  /** The `/v1/routes` document (DESIGN §3). */
  routes(): unknown;
  /** The `/v1/tools` document: MCP tools agents can reach, learned from tools/list answers. */
  tools(): unknown;
  /** True once the gRPC server accepts streams and is not draining. */
  ready(): boolean;
}

export interface AdminServer {
  listen(addr: string): Promise<number>;
  close(): Promise<void>;
}

export function createAdminServer(deps: AdminDeps): AdminServer {
  const server: Server = createServer((req, res) => {
    handle(deps, req, res).catch((e: Error) => send(res, 500, 'text/plain', `internal error: ${e.message}\n`));
  });
  return {
    listen: (addr) => listenOn(server, addr),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function handle(deps: AdminDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed\n');
  const path = (req.url ?? '/').split('?', 1)[0];
  switch (path) {
    case '/healthz':
      return send(res, 200, 'text/plain', 'ok\n');
    case '/readyz':
      return deps.ready() ? send(res, 200, 'text/plain', 'ready\n') : send(res, 503, 'text/plain', 'not ready\n');
    case '/metrics':
      return send(res, 200, deps.registry.contentType, await deps.registry.metrics());
    case '/v1/routes':
      return send(res, 200, 'application/json', JSON.stringify(deps.routes()));
    case '/v1/tools':
      return send(res, 200, 'application/json', JSON.stringify(deps.tools()));
    default:
      return send(res, 404, 'text/plain', 'not found\n');
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

export function splitHostPort(addr: string): { host: string; port: number } {
  const i = addr.lastIndexOf(':');
  const host = addr.slice(0, i).replace(/^\[(.*)\]$/, '$1');
  return { host, port: Number(addr.slice(i + 1)) };
}

function listenOn(server: Server, addr: string): Promise<number> {
  const { host, port } = splitHostPort(addr);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
