import type { AgentId, RouteTemplate } from '../types';

/** A request-time decision that did not simply allow (deny, block, mask-all), or a risk anomaly. Never carries a sensitive value. */
export interface AccessEvent {
  readonly at: number;
  readonly kind: 'decision' | 'anomaly';
  readonly agent: AgentId | null;
  readonly route: RouteTemplate;
  /** alert | mask-all | block | deny */
  readonly action: string;
  /** e.g. route_denied, quota_sensitive_values, bulk_exfiltration */
  readonly reason: string;
  readonly detail?: string;
}

export interface AccessEventSink {
  onEvent(event: AccessEvent): void;
}
