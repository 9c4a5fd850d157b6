// JSON-RPC 2.0 as MCP uses it over Streamable HTTP: a POST body is one
// message or a batch array; a message with an `id` is a request (an answer
// will carry the same id), one without is a notification.

export type JsonRpcId = string | number;

export interface McpCall {
  /** Undefined for a notification. */
  readonly id: JsonRpcId | undefined;
  readonly method: string;
  readonly params: Readonly<Record<string, unknown>> | undefined;
}

export interface JsonRpcResponse {
  readonly id: JsonRpcId | null;
  readonly result?: unknown;
  readonly error?: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isId(v: unknown): v is JsonRpcId {
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

function callOf(m: unknown): McpCall | null {
  if (!isObject(m) || m.jsonrpc !== '2.0' || typeof m.method !== 'string' || m.method === '') return null;
  if (m.id !== undefined && !isId(m.id)) return null;
  return { id: m.id, method: m.method, params: isObject(m.params) ? m.params : undefined };
}

/**
 * The calls in a request body, or null when it is not JSON-RPC 2.0 (then the
 * request is an ordinary HTTP request). Client responses to server requests
 * (no `method`) carry no route of their own and are skipped.
 */
export function parseCalls(body: Uint8Array): McpCall[] | null {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    return null;
  }
  const messages = Array.isArray(doc) ? doc : [doc];
  const calls: McpCall[] = [];
  let responses = 0;
  for (const m of messages) {
    const c = callOf(m);
    if (c !== null) calls.push(c);
    else if (isObject(m) && m.jsonrpc === '2.0' && 'id' in m && ('result' in m || 'error' in m)) responses++;
    else return null;
  }
  return calls.length > 0 || responses > 0 ? calls : null;
}

/** JSON-RPC responses in a parsed document (one message or a batch). */
export function responsesIn(doc: unknown): JsonRpcResponse[] {
  const out: JsonRpcResponse[] = [];
  for (const m of Array.isArray(doc) ? doc : [doc]) {
    if (isObject(m) && m.jsonrpc === '2.0' && (isId(m.id) || m.id === null) && ('result' in m || 'error' in m)) out.push(m as unknown as JsonRpcResponse);
  }
  return out;
}
