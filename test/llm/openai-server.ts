import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP server speaking the OpenAI chat-completions protocol, for driving
// the LLM profiler end to end. Each test decides how it behaves (answer, stall,
// fail, rate-limit) and reads back exactly what apiward sent it.

export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

export type Behaviour = (req: SeenRequest, res: ServerResponse) => void;

export class OpenAiTestServer {
  readonly requests: SeenRequest[] = [];
  maxConcurrent = 0;
  private current = 0;

  private constructor(
    private readonly server: Server,
    public behaviour: Behaviour,
  ) {}

  static async start(behaviour: Behaviour): Promise<OpenAiTestServer> {
    let self: OpenAiTestServer | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const s = self!;
        s.current++;
        s.maxConcurrent = Math.max(s.maxConcurrent, s.current);
        res.on('close', () => s.current--);
        const seen: SeenRequest = { path: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
        s.requests.push(seen);
        s.behaviour(seen, res);
      });
    });
    self = new OpenAiTestServer(server, behaviour);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return self;
  }

  /** A base URL where nothing listens (connection refused). */
  static async deadURL(): Promise<string> {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const { port } = s.address() as AddressInfo;
    await new Promise((r) => s.close(r));
    return `http://127.0.0.1:${port}/v1`;
  }

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** The user message of request i, parsed (what the model was shown). */
  shown(i: number): { route: string; direction: string; fields: Array<{ pointer: string; key?: string; shapes: string[]; examples: string[] }> } {
    return JSON.parse(this.requests[i].body.messages.find((m: { role: string }) => m.role === 'user').content);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

export function completion(content: string, usage = { prompt_tokens: 120, completion_tokens: 30 }): object {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Answers every request with this content as the assistant message. */
export const answering = (content: (req: SeenRequest) => string): Behaviour => (req, res) => sendJson(res, 200, completion(content(req)));

/** Answers a profile for the route the request asked about. */
export function profileFor(req: SeenRequest, fields: Array<{ pointer: string; type: string; confidence: number }>, category = 'user_profile', risk = 'high'): string {
  const route = JSON.parse(req.body.messages.find((m: { role: string }) => m.role === 'user').content).route;
  return JSON.stringify({ route, category, risk, fields });
}
