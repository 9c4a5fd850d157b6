import type { RouteTemplate } from '../types';
import type { McpCall } from './jsonrpc';

// The route of an MCP message: what inventory, categories, profiles, policy
// patterns (`MCP tools/call crm.*`) and metrics key on.
//   tools/call     → `MCP tools/call <tool name>`
//   prompts/get    → `MCP prompts/get <prompt name>`
//   resources/read → `MCP resources/read <uri>`, query dropped, id-like path segments as {id}
//   anything else  → `MCP <method>` (`MCP initialize`, `MCP tools/list`, …)

const MAX_NAME_CHARS = 128;

/**
 * Session plumbing every agent allowed any MCP route may use: without it no
 * client can start a session or list what it may call, and none of it carries
 * business data. Policy compiles these into the allow-list of such agents.
 */
export const MCP_SESSION_ROUTE_PATTERNS: readonly string[] = [
  'MCP initialize', 'MCP ping', 'MCP notifications/**', 'MCP tools/list', 'MCP resources/list', 'MCP resources/templates/list', 'MCP prompts/list',
];

function cleanName(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim().replace(/\s+/g, '_').slice(0, MAX_NAME_CHARS);
  return s === '' ? undefined : s;
}

/** `scheme://host/a/123/b?x` → `scheme://host/a/{id}/b`: one route per resource kind, not per record. */
export function uriTemplate(uri: string): string {
  const bare = uri.split(/[?#]/, 1)[0]!.slice(0, 512);
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(bare);
  const [head, path] = m === null ? ['', bare] : [m[1]!, m[2]!];
  return head + path.split('/').map((seg) => (/\d/.test(seg) && !/^v\d+$/i.test(seg) ? '{id}' : seg)).join('/');
}

export function mcpRoute(call: McpCall): RouteTemplate {
  const p = call.params;
  let target: string | undefined;
  if (call.method === 'tools/call' || call.method === 'prompts/get') target = cleanName(p?.name);
  else if (call.method === 'resources/read' && typeof p?.uri === 'string') target = uriTemplate(p.uri);
  const method = call.method.replace(/\s+/g, '_').slice(0, MAX_NAME_CHARS);
  return (target === undefined ? `MCP ${method}` : `MCP ${method} ${target}`) as RouteTemplate;
}

/** An agent's allow-list with the session plumbing added when it allows any MCP route. */
export function withMcpSession(patterns: readonly string[]): readonly string[] {
  return patterns.some((p) => p.trim().startsWith('MCP ')) ? [...patterns, ...MCP_SESSION_ROUTE_PATTERNS] : patterns;
}
