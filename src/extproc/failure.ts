import { BodyError } from '../json/errors';
import type { Metrics } from '../metrics/metrics';
import type { BodyFailure, Direction, ImmediateAnswer } from '../types';
import type { FailureAction } from './deps';

// What happens to a body that could not be inspected. The failure mode is set
// per direction: responses default to `reject` (nothing uninspected reaches an
// agent), requests usually `pass` (the caller was already allowed through).

export function bodyFailureOf(e: unknown): BodyFailure {
  return e instanceof BodyError ? e.reason : 'internal';
}

/**
 * The local reply sent instead of a body that failed inspection. Envoy turns it
 * into a local reply, or resets the downstream stream when response bytes were
 * already sent: either way no unmasked byte is released. The body names the
 * reason only, never content.
 */
export function failureAnswer(direction: Direction, reason: BodyFailure): ImmediateAnswer {
  const status = direction === 'response' ? 502 : reason === 'max_body_bytes' ? 413 : reason === 'outbound_blocked' ? 403 : 400;
  const error = direction === 'response' ? 'response_blocked' : 'request_blocked';
  return {
    status,
    body: JSON.stringify({ error, reason }),
    headers: { 'cache-control': 'no-store' },
    reason: `body_${reason}`,
  };
}

/** Counts a failure and the action the failure mode takes; returns that action. */
export function recordFailure(metrics: Metrics, direction: Direction, reason: BodyFailure, action: FailureAction): FailureAction {
  metrics.failures.inc({ reason, direction });
  metrics.failureActions.inc({ action });
  return action;
}
