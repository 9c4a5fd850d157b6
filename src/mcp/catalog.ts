import type { BodyContext, BodyProcessor } from '../extproc/deps';
import type { RouteTemplate } from '../types';
import { responsesIn, type JsonRpcResponse } from './jsonrpc';
import { mcpRoute } from './routes';
import type { McpRequest, McpSessions } from './sessions';
import { sseMessages } from './sse-messages';

/** One tool an agent can reach, as the MCP server listed it (after masking: what the agent itself was shown). */
export interface McpTool {
  readonly name: string;
  readonly route: RouteTemplate;
  readonly description: string;
  /** The tool's JSON Schema for its arguments; omitted when larger than MAX_SCHEMA_CHARS. */
  readonly inputSchema?: unknown;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

const MAX_COLLECT_BYTES = 1 << 20;
const MAX_DESCRIPTION_CHARS = 1024;
const MAX_SCHEMA_CHARS = 16 * 1024;

export interface McpToolCatalogOptions {
  readonly sessions: McpSessions;
  /** Called once per newly listed tool: feeds the route inventory before the first call. */
  onTool?(route: RouteTemplate): void;
  readonly maxTools?: number;
  readonly now?: () => number;
}

/**
 * The tools agents can reach, learned from `tools/list` answers. The response
 * of a stream that asked for tools/list is collected as released (masked) and
 * read after the body ends, on a later tick: parsing never runs on the data
 * path. Answers are matched to the request by JSON-RPC id.
 */
export class McpToolCatalog {
  private readonly byName = new Map<string, McpTool>();
  private readonly now: () => number;

  constructor(private readonly opts: McpToolCatalogOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** The body processor to use for a response: the same one, teed when its stream asked for tools/list. */
  observe(ctx: Pick<BodyContext, 'streamId' | 'direction' | 'contentType'>, inner: BodyProcessor): BodyProcessor {
    if (ctx.direction !== 'response') return inner;
    const asked = this.opts.sessions.take(ctx.streamId)?.filter((r) => r.method === 'tools/list');
    if (asked === undefined || asked.length === 0) return inner;
    const parts: Uint8Array[] = [];
    let size = 0;
    const keep = (out: Uint8Array): Uint8Array => {
      size += out.length;
      if (size <= MAX_COLLECT_BYTES && out.length > 0) parts.push(Buffer.from(out));
      return out;
    };
    return {
      push: (chunk) => keep(inner.push(chunk)),
      end: () => {
        const out = keep(inner.end());
        if (size <= MAX_COLLECT_BYTES) setImmediate(() => this.read(asked, ctx.contentType, Buffer.concat(parts)));
        return out;
      },
    };
  }

  /** Records the tools in the answers to `asked`. */
  ingest(asked: readonly McpRequest[], responses: readonly JsonRpcResponse[]): void {
    const ids = new Set(asked.map((r) => r.id));
    for (const r of responses) {
      if (r.id === null || !ids.has(r.id)) continue;
      const tools = (r.result as { tools?: unknown } | undefined)?.tools;
      if (Array.isArray(tools)) for (const t of tools) this.add(t);
    }
  }

  /** Every tool listed so far, or those an agent can reach (`reachable`: its policy's route check). */
  tools(reachable: (route: RouteTemplate) => boolean = () => true): McpTool[] {
    return [...this.byName.values()].filter((t) => reachable(t.route)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private read(asked: readonly McpRequest[], contentType: string, body: Buffer): void {
    const docs = contentType === 'text/event-stream' ? sseMessages(body.toString('utf8')) : [body.toString('utf8')];
    const responses: JsonRpcResponse[] = [];
    for (const text of docs) {
      try {
        responses.push(...responsesIn(JSON.parse(text)));
      } catch {
        // Not JSON (an SSE comment-only event, a truncated body): nothing to learn from it.
      }
    }
    this.ingest(asked, responses);
  }

  private add(t: unknown): void {
    if (typeof t !== 'object' || t === null || typeof (t as { name?: unknown }).name !== 'string') return;
    const { name, description, inputSchema } = t as { name: string; description?: unknown; inputSchema?: unknown };
    const route = mcpRoute({ id: undefined, method: 'tools/call', params: { name } });
    const at = new Date(this.now()).toISOString();
    const known = this.byName.get(name);
    if (known === undefined && this.byName.size >= (this.opts.maxTools ?? 2000)) return;
    const schemaFits = inputSchema !== undefined && JSON.stringify(inputSchema).length <= MAX_SCHEMA_CHARS;
    this.byName.set(name, {
      name,
      route,
      description: typeof description === 'string' ? description.slice(0, MAX_DESCRIPTION_CHARS) : '',
      ...(schemaFits ? { inputSchema } : {}),
      firstSeen: known?.firstSeen ?? at,
      lastSeen: at,
    });
    if (known === undefined) this.opts.onTool?.(route);
  }
}
