import type { ImmediateAnswer } from '../types';
import type { McpCall } from './jsonrpc';

/** Server-defined JSON-RPC error code (reserved range -32000…-32099) for a call refused by apiward's policy. */
export const POLICY_ERROR_CODE = -32001;

/**
 * The gate's refusal, re-shaped so an MCP client reads it as the answer to its
 * call: a JSON-RPC error per request id (a batch gets a batch), HTTP 200 as
 * for any JSON-RPC error, reason and retry hint under `error.data`. A 401
 * stays a 401: MCP clients start their authorization flow on it. A body of
 * notifications only has no id to answer, so it gets the plain status.
 */
export function jsonRpcRefusal(calls: readonly McpCall[], answer: ImmediateAnswer): ImmediateAnswer {
  const requests = calls.filter((c) => c.id !== undefined);
  let detail: { message?: string; retryAfterSeconds?: number } = {};
  try {
    detail = JSON.parse(answer.body) as typeof detail;
  } catch {
    // The gate's bodies are JSON; anything else keeps only the reason.
  }
  const error = (id: McpCall['id']) => ({
    jsonrpc: '2.0',
    id: id ?? null,
    error: {
      code: POLICY_ERROR_CODE,
      message: detail.message ?? `refused by policy: ${answer.reason}`,
      data: { reason: answer.reason, status: answer.status, ...(detail.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: detail.retryAfterSeconds }) },
    },
  });
  const single = calls.length === 1 || requests.length === 0;
  const body = JSON.stringify(single ? error(requests[0]?.id) : requests.map((c) => error(c.id)));
  const status = answer.status === 401 || requests.length === 0 ? answer.status : 200;
  return { ...answer, status, body, headers: { ...answer.headers, 'content-type': 'application/json' } };
}
