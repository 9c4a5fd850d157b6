import { request as httpRequest } from 'node:http';
import type { App } from '../../src/app';
import type { BodySendMode } from '../../src/extproc/messages';
import { applyHeaders } from '../support/envoy-exchange';
import { startTestApp, TEST_ENV } from '../support/app';
import type { CommonOut, EnvoyStandin, Headers, ResponseOut } from '../support/envoy-standin';

// The sidecar as `serve` builds it (App on loopback ports) behind the Envoy
// stand-in, driven one HTTP exchange at a time with the request body BUFFERED
// (envoy.yaml) and the response body cut wherever a test says, in the mode it
// says: what a client would receive is what these tests read.

export interface AgentApp {
  readonly app: App;
  readonly envoy: EnvoyStandin;
  readonly stateDir: string;
  /** GET on the admin port: the body text. */
  admin(path: string): Promise<string>;
  stop(): Promise<void>;
}

export { TEST_ENV };

export async function startAgentApp(policy: string): Promise<AgentApp> {
  const t = await startTestApp(policy);
  return { ...t, admin: (path) => getText(t.adminPort, path) };
}

export interface HttpCall {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Headers;
  readonly requestBody?: string;
  /** Upstream answer; absent when the test only looks at the request side. */
  readonly response?: { readonly contentType: string; readonly body: Buffer; readonly cuts?: readonly number[]; readonly mode: BodySendMode; readonly status?: number };
}

export interface Outcome {
  readonly immediate?: { status: number; headers: Map<string, string>; body: string };
  /** What the upstream receives: the path (query rewritten or not), headers and body. */
  readonly upstream?: { path: string; headers: Map<string, string>; body: Buffer };
  readonly downstream?: { headers: Map<string, string>; body: Buffer };
}

export async function call(envoy: EnvoyStandin, x: HttpCall): Promise<Outcome> {
  const mode = x.response?.mode ?? 'STREAMED';
  const s = envoy.open({ protocol: { request: 'BUFFERED', response: mode } });
  let seen = 0;
  const next = async (): Promise<ResponseOut> => (await s.waitFor(++seen))[seen - 1]!;
  try {
    const reqBody = Buffer.from(x.requestBody ?? '', 'utf8');
    const reqHeaders = new Map<string, string>(x.headers ?? []);
    s.requestHeaders(x.method ?? 'GET', x.path, x.headers ?? [], reqBody.length === 0);
    let a = await next();
    if (a.immediate_response) return { immediate: immediate(a) };
    applyHeaders(reqHeaders, a.request_headers?.response);
    let upBody: Buffer = reqBody;
    if (reqBody.length > 0) {
      s.body('request', reqBody, true);
      a = await next();
      if (a.immediate_response) return { immediate: immediate(a) };
      upBody = bodyAfter(reqBody, a.request_body?.response);
    }
    const upstream = { path: reqHeaders.get(':path') ?? x.path, headers: reqHeaders, body: upBody };
    if (x.response === undefined) return { upstream };
    const r = x.response;
    const resHeaders = new Map<string, string>([['content-type', r.contentType]]);
    s.responseHeaders(r.status ?? 200, [['content-type', r.contentType]], r.body.length === 0);
    a = await next();
    if (a.immediate_response) return { immediate: immediate(a), upstream };
    applyHeaders(resHeaders, a.response_headers?.response);
    if (r.body.length === 0) return { upstream, downstream: { headers: resHeaders, body: r.body } };
    const chunks: Buffer[] = [];
    let at = 0;
    for (const c of mode === 'BUFFERED' ? [] : (r.cuts ?? [])) {
      chunks.push(r.body.subarray(at, c));
      at = c;
    }
    chunks.push(r.body.subarray(at));
    chunks.forEach((c, i) => s.body('response', c, i === chunks.length - 1));
    const out: Buffer[] = [];
    if (mode === 'FULL_DUPLEX_STREAMED') {
      for (;;) {
        a = await next();
        if (a.immediate_response) return { immediate: immediate(a), upstream };
        const st = a.response_body?.response?.body_mutation?.streamed_response;
        out.push(Buffer.from(st?.body ?? []));
        if (st?.end_of_stream) break;
      }
    } else {
      for (const c of chunks) {
        a = await next();
        if (a.immediate_response) return { immediate: immediate(a), upstream };
        out.push(bodyAfter(c, a.response_body?.response));
      }
    }
    return { upstream, downstream: { headers: resHeaders, body: Buffer.concat(out) } };
  } finally {
    s.end();
  }
}

function bodyAfter(chunk: Buffer, common: CommonOut | undefined): Buffer {
  const m = common?.body_mutation;
  if (m?.clear_body) return Buffer.alloc(0);
  return m?.body !== undefined ? Buffer.from(m.body) : chunk;
}

function immediate(a: ResponseOut): NonNullable<Outcome['immediate']> {
  const i = a.immediate_response!;
  const headers = new Map<string, string>();
  applyHeaders(headers, { header_mutation: i.headers ?? {} });
  const code = i.status?.code;
  return { status: typeof code === 'number' ? code : STATUS[code ?? ''] ?? 0, headers, body: Buffer.from(i.body ?? []).toString('utf8') };
}

/** proto-loader hands status enums over by name; the ones these tests meet. */
const STATUS: Record<string, number> = { OK: 200, BadRequest: 400, Unauthorized: 401, Forbidden: 403, TooManyRequests: 429, BadGateway: 502 };

function getText(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    }).on('error', reject).end();
  });
}
