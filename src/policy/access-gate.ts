import type { Counter } from 'prom-client';
import type { AccessEventSink } from '../audit/events';
import type { Metrics } from '../metrics/metrics';
import type { RiskEngine } from '../risk/risk-engine';
import type { AgentContext, AgentId, Category, ImmediateAnswer, RequestInfo, RouteTemplate } from '../types';
import { UNKNOWN_CONTEXT, type AgentRule } from './compile';
import type { PolicySource } from './store';

export interface AccessGateDeps {
  readonly policy: PolicySource;
  readonly risk: RiskEngine;
  /** The profiler's category for a route, once it has one. */
  readonly categoryOf: (route: RouteTemplate) => Category | undefined;
  readonly metrics: Metrics;
  /** Denials, blocks and mask-all decisions go to the audit trail (rate-limited per agent and reason). */
  readonly events?: AccessEventSink;
  readonly now?: () => number;
}

export function isImmediateAnswer(x: AgentContext | ImmediateAnswer): x is ImmediateAnswer {
  return 'status' in x;
}

const EVENT_INTERVAL_MS = 1000;

function answer(status: number, reason: string, message: string, extra: Record<string, string> = {}, retryAfterSec?: number): ImmediateAnswer {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (retryAfterSec !== undefined) headers['retry-after'] = String(retryAfterSec);
  const body = JSON.stringify(retryAfterSec === undefined ? { error: reason, message } : { error: reason, message, retryAfterSeconds: retryAfterSec });
  return { status, body, headers, reason };
}

/**
 * admit() at request headers: identity → policy → risk, synchronous and in
 * memory. A known agent that is allowed gets its prebuilt context back (no
 * allocation); everything else is answered here, so a denied request never
 * reaches the upstream.
 */
export class AccessGate {
  private readonly now: () => number;
  private readonly allowCounters = new Map<string, Counter.Internal>();
  private readonly lastEvent = new Map<string, number>();

  constructor(private readonly deps: AccessGateDeps) {
    this.now = deps.now ?? Date.now;
  }

  admit(req: RequestInfo, route: RouteTemplate): AgentContext | ImmediateAnswer {
    const policy = this.deps.policy.current();
    const who = policy.identity.resolve(req);
    const listed = who.id === null ? undefined : policy.agents.get(who.id);
    // A listed id that needed a token and came without one is not that agent: treat as unknown, and
    // do not even keep the claimed id, or its audit records and quota would be charged to the real agent.
    const rule = listed !== undefined && listed.tokenRequired && !who.verified ? undefined : listed;
    const id = listed !== undefined && rule === undefined ? null : who.id;
    const category = this.deps.categoryOf(route);
    if (rule === undefined) return this.admitUnknown(req, route, id, who.tokenRejected !== null, category, policy.unknownAgent);
    return this.admitKnown(req, route, rule, category, policy.uncategorized);
  }

  private admitKnown(req: RequestInfo, route: RouteTemplate, rule: AgentRule, category: Category | undefined, uncategorized: 'mask' | 'deny' | 'allow'): AgentContext | ImmediateAnswer {
    if (!rule.routeAllowed(route)) return this.deny(rule.id, rule.id, route, 403, 'route_denied', `agent ${rule.id} may not call ${route}`);
    let maskAllReason: string | undefined;
    if (rule.categories !== null) {
      if (category === undefined) {
        if (uncategorized === 'deny') return this.deny(rule.id, rule.id, route, 403, 'category_unknown', `${route} has no category yet and agent ${rule.id} is limited by category`);
        if (uncategorized === 'mask') maskAllReason = 'category_unknown';
      } else if (!rule.categories.has(category)) {
        return this.deny(rule.id, rule.id, route, 403, 'category_denied', `agent ${rule.id} may not call ${category} routes`);
      }
    }
    const verdict = this.deps.risk.check(rule, rule.id, route, category, req);
    if (verdict.kind === 'block') return this.block(rule.id, rule.id, route, verdict.reason, verdict.retryAfterSec);
    maskAllReason ??= verdict.kind === 'mask-all' ? verdict.reason : undefined;
    if (maskAllReason !== undefined) {
      this.decide('mask-all', rule.id, rule.id, route, maskAllReason);
      return rule.maskAllContext;
    }
    let c = this.allowCounters.get(rule.id);
    if (c === undefined) this.allowCounters.set(rule.id, (c = this.deps.metrics.decisions.labels('allow', rule.id, 'policy')));
    c.inc();
    return rule.context;
  }

  private admitUnknown(req: RequestInfo, route: RouteTemplate, id: AgentId | null, badToken: boolean, category: Category | undefined, unknownAgent: 'mask' | 'deny'): AgentContext | ImmediateAnswer {
    const reason = badToken ? 'invalid_token' : 'unknown_agent';
    if (unknownAgent === 'deny') {
      return badToken
        ? this.deny(id, 'unknown', route, 401, reason, 'the bearer token is not valid', { 'www-authenticate': 'Bearer error="invalid_token"' })
        : this.deny(id, 'unknown', route, 403, reason, 'this caller is not a known agent');
    }
    const verdict = this.deps.risk.check(undefined, id, route, category, req);
    if (verdict.kind === 'block') return this.block(id, 'unknown', route, verdict.reason, verdict.retryAfterSec);
    const maskAll = verdict.kind === 'mask-all';
    this.decide(maskAll ? 'mask-all' : 'mask', id, 'unknown', route, maskAll ? verdict.reason : reason);
    if (id === null && !maskAll) return UNKNOWN_CONTEXT;
    return { ...UNKNOWN_CONTEXT, id, maskAll };
  }

  private deny(agent: AgentId | null, label: string, route: RouteTemplate, status: number, reason: string, message: string, headers?: Record<string, string>): ImmediateAnswer {
    this.decide('deny', agent, label, route, reason);
    return answer(status, reason, message, headers);
  }

  private block(agent: AgentId | null, label: string, route: RouteTemplate, reason: string, retryAfterSec: number): ImmediateAnswer {
    this.decide('block', agent, label, route, reason);
    return answer(429, reason, reason.startsWith('quota') ? 'quota exceeded' : 'blocked by a risk rule', {}, retryAfterSec);
  }

  private decide(action: string, agent: AgentId | null, label: string, route: RouteTemplate, reason: string): void {
    this.deps.metrics.decisions.inc({ action, agent: label, reason });
    if (this.deps.events === undefined || action === 'mask') return;
    // A blocked client retrying in a tight loop must not flood the audit queue and push out body records.
    const key = `${label}\u0000${reason}`;
    const now = this.now();
    if (now - (this.lastEvent.get(key) ?? -Infinity) < EVENT_INTERVAL_MS) return;
    this.lastEvent.set(key, now);
    this.deps.events.onEvent({ at: now, kind: 'decision', agent, route, action, reason });
  }
}
