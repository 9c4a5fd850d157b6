import type { BodyAdmission } from '../extproc/deps';
import type { AgentContext, ImmediateAnswer, RequestInfo, RouteTemplate } from '../types';
import { jsonRpcRefusal } from './deny';
import { parseCalls, type McpCall } from './jsonrpc';
import { mcpRoute } from './routes';
import type { McpSessions } from './sessions';

export interface McpAdmissionDeps {
  /** The access gate: identity, policy, risk for one route. */
  admit(req: RequestInfo, route: RouteTemplate): AgentContext | ImmediateAnswer;
  /** Extra endpoint paths that always carry MCP (beyond what the headers say). */
  readonly paths?: readonly string[];
  /** Remembers what each stream asked, for its response. */
  readonly sessions: McpSessions;
}

/**
 * Whether a request is an MCP (Streamable HTTP) POST: an operator-listed path,
 * an MCP session or protocol header, or the Accept pair every MCP client must
 * send (`application/json` and `text/event-stream`).
 */
export function isMcpRequest(req: RequestInfo, paths: readonly string[] = []): boolean {
  if (req.method !== 'POST') return false;
  if (paths.includes(req.path) || req.headers.has('mcp-session-id') || req.headers.has('mcp-protocol-version')) return true;
  const accept = req.headers.get('accept') ?? '';
  return accept.includes('application/json') && accept.includes('text/event-stream');
}

const isAnswer = (x: object): x is ImmediateAnswer => 'status' in x;

/**
 * Admission of MCP calls by what they call. Each distinct route in the body
 * (a batch may hold several) goes through the gate; one refusal refuses the
 * body, answered as JSON-RPC errors. The stream takes the first call's route,
 * and the most restrictive context any admission returned.
 */
export class McpAdmission implements BodyAdmission {
  constructor(private readonly deps: McpAdmissionDeps) {}

  defers(req: RequestInfo): boolean {
    return isMcpRequest(req, this.deps.paths);
  }

  admit(req: RequestInfo, headerRoute: RouteTemplate, body: Uint8Array, streamId: string): { route: RouteTemplate; agent: AgentContext } | ImmediateAnswer {
    const calls = parseCalls(body);
    if (calls === null || calls.length === 0) return this.plain(req, headerRoute);
    const routes = [...new Set(calls.map(mcpRoute))];
    let agent: AgentContext | undefined;
    for (const route of routes) {
      const admitted = this.deps.admit(req, route);
      if (isAnswer(admitted)) return jsonRpcRefusal(calls, admitted);
      if (agent === undefined || admitted.maskAll) agent = admitted;
    }
    this.deps.sessions.asked(streamId, calls.filter((c): c is McpCall & { id: NonNullable<McpCall['id']> } => c.id !== undefined));
    return { route: routes[0]!, agent: agent! };
  }

  /** Not JSON-RPC after all (or only client responses): admitted like any HTTP request. */
  private plain(req: RequestInfo, route: RouteTemplate): { route: RouteTemplate; agent: AgentContext } | ImmediateAnswer {
    const admitted = this.deps.admit(req, route);
    return isAnswer(admitted) ? admitted : { route, agent: admitted };
  }
}
