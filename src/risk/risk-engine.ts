import type { AccessEventSink } from '../audit/events';
import { Metrics } from '../metrics/metrics';
import type { AgentRule, CompiledPolicy } from '../policy/compile';
import type { RiskAction, RiskRules } from '../policy/schema';
import type { PolicySource } from '../policy/store';
import type { AgentId, BodyReport, BodyReportSink, Category, RequestInfo, RouteTemplate } from '../types';
import { AgentRisk, type RuleName } from './agent-risk';
import { numericId } from './signals';

export type RiskVerdict =
  | { readonly kind: 'allow' }
  | { readonly kind: 'mask-all'; readonly reason: string }
  | { readonly kind: 'block'; readonly reason: string; readonly retryAfterSec: number };

export interface RiskEngineDeps {
  readonly metrics: Metrics;
  readonly policy: PolicySource;
  readonly events?: AccessEventSink;
  readonly now?: () => number;
}

const ALLOW: RiskVerdict = { kind: 'allow' };
// Ids that are not policy-listed are claims anyone can make up: they share one
// bucket, so rotating ids neither evades the rules nor grows memory.
const UNKNOWN = '\u0000unknown';

/**
 * Quotas and anomaly rules over in-memory, bounded per-agent state. check()
 * runs at request headers and onBody() when a body report arrives; both are
 * synchronous and O(1) per request or finding. Anomaly actions (mask-all,
 * block) act on the agent's FOLLOWING requests until the cooldown ends: the
 * response that revealed the burst has already been answered.
 */
export class RiskEngine implements BodyReportSink {
  private readonly agents = new Map<string, AgentRisk>();
  private readonly maskAllVerdicts = new Map<string, RiskVerdict>();
  private readonly now: () => number;
  private seenPolicy: CompiledPolicy | undefined;

  constructor(private readonly deps: RiskEngineDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Agents with state now (policy-listed agents seen so far, plus the unknown bucket). */
  get trackedAgents(): number {
    return this.agents.size;
  }

  check(rule: AgentRule | undefined, agent: AgentId | null, route: RouteTemplate, category: Category | undefined, req: RequestInfo): RiskVerdict {
    const now = this.now();
    const policy = this.deps.policy.current();
    const st = this.state(policy, rule?.id);
    const rules = policy.risk;
    const cooldownMs = rules.cooldownSeconds * 1000;
    if (st.activePenalty(now) === 'block') return this.block(`risk_${st.penaltyRule}`, st.penaltyUntil - now);

    const quota = rule?.quota;
    if (quota?.requestsPerMinute !== undefined && st.requests.sum(now) >= quota.requestsPerMinute) {
      return this.block('quota_requests', st.requests.msUntilBelow(now, quota.requestsPerMinute));
    }
    if (quota?.sensitiveValuesPerMinute !== undefined) {
      const used = st.values.sum(now);
      this.quotaGauge(st).set(used / quota.sensitiveValuesPerMinute);
      if (used >= quota.sensitiveValuesPerMinute) return this.block('quota_sensitive_values', st.values.msUntilBelow(now, quota.sensitiveValuesPerMinute));
    }
    st.requests.add(now);

    const id = numericId(req.path, req.query);
    if (!Number.isNaN(id) && st.sequence(route).add(id) >= rules.enumeration.sequentialRun) {
      this.fire(st, agent, route, 'enumeration_sequential', rules.enumeration.action, now, cooldownMs, `${rules.enumeration.sequentialRun} sequential ids`);
    }
    const distinct = st.fanOut.add(now, route);
    if (distinct > rules.enumeration.distinctRoutesPerMinute) {
      this.fire(st, agent, route, 'enumeration_fanout', rules.enumeration.action, now, cooldownMs, `~${Math.round(distinct)} distinct routes in a minute`);
    }
    if (category === 'authentication') {
      const auth = st.authRequests();
      auth.add(now);
      const n = auth.sum(now);
      if (n > rules.credentialStuffing.authRequestsPerMinute) {
        this.fire(st, agent, route, 'credential_stuffing', rules.credentialStuffing.action, now, cooldownMs, `${n} authentication requests in a minute`);
      }
    }
    const penalty = st.activePenalty(now);
    if (penalty === 'block') return this.block(`risk_${st.penaltyRule}`, st.penaltyUntil - now);
    return penalty === 'mask-all' ? this.maskAll(st.penaltyRule!) : ALLOW;
  }

  /** What the agent's traffic is subject to right now; for the audit record of each body. Creates no state. */
  modeOf(agent: AgentId | null): 'allow' | 'mask-all' | 'block' {
    const known = agent !== null && this.deps.policy.current().agents.has(agent);
    return this.agents.get(known ? agent : UNKNOWN)?.activePenalty(this.now()) ?? 'allow';
  }

  onBody(report: BodyReport): void {
    if (report.direction !== 'response') return;
    const policy = this.deps.policy.current();
    const rule = report.agent === null ? undefined : policy.agents.get(report.agent);
    const st = this.state(policy, rule?.id);
    const n = report.findings.length;
    const now = this.now();
    st.values.add(now, n);
    st.minutes.add(now, n);
    const limit = rule?.quota.sensitiveValuesPerMinute;
    if (limit !== undefined) this.quotaGauge(st).set(st.values.sum(now) / limit);
    this.bulkRules(st, report, n, now, policy.risk);
  }

  private bulkRules(st: AgentRisk, report: BodyReport, n: number, now: number, rules: RiskRules): void {
    const r = rules.bulkExfiltration;
    const cooldownMs = rules.cooldownSeconds * 1000;
    const fire = (detail: string) => this.fire(st, report.agent, report.route, 'bulk_exfiltration', r.action, now, cooldownMs, detail);
    const baseline = st.routeBaseline(report.route);
    if (n > r.maxValuesPerResponse) {
      fire(`${n} sensitive values in one response (ceiling ${r.maxValuesPerResponse})`);
    } else if (baseline.samples >= r.warmupResponses && n >= r.minValuesPerResponse && n > r.perResponseFactor * Math.max(baseline.mean, 1)) {
      fire(`${n} sensitive values in one response (usual ${baseline.mean.toFixed(1)})`);
    } else {
      baseline.add(n); // an outlier is not folded into what is "usual"
    }
    const minute = st.values.sum(now);
    const usual = st.minutes.ewma;
    if (usual.samples >= 3 && minute >= r.minValuesPerMinute && minute > r.perMinuteFactor * Math.max(usual.mean, 1)) {
      fire(`${minute} sensitive values in a minute (usual ${usual.mean.toFixed(1)})`);
    }
  }

  private fire(st: AgentRisk, agent: AgentId | null, route: RouteTemplate, rule: RuleName, action: RiskAction, now: number, cooldownMs: number, detail: string): void {
    if (!st.fire(rule, action, now, cooldownMs)) return;
    this.deps.metrics.anomalies.inc({ rule, agent: st.label });
    this.deps.events?.onEvent({ at: now, kind: 'anomaly', agent, route, action, reason: rule, detail });
  }

  private maskAll(rule: string): RiskVerdict {
    let v = this.maskAllVerdicts.get(rule);
    if (v === undefined) this.maskAllVerdicts.set(rule, (v = { kind: 'mask-all', reason: `risk_${rule}` }));
    return v;
  }

  private block(reason: string, ms: number): RiskVerdict {
    return { kind: 'block', reason, retryAfterSec: Math.max(1, Math.ceil(ms / 1000)) };
  }

  private quotaGauge(st: AgentRisk) {
    return (st.quotaGauge ??= this.deps.metrics.quotaUsage.labels(st.label));
  }

  private state(policy: CompiledPolicy, id: AgentId | undefined): AgentRisk {
    if (policy !== this.seenPolicy) this.forgetDelisted(policy);
    const key = id ?? UNKNOWN;
    let st = this.agents.get(key);
    if (st === undefined) this.agents.set(key, (st = new AgentRisk(Metrics.agentLabel(id ?? null, id !== undefined))));
    return st;
  }

  // Runs once per policy swap: agents removed from the policy lose their state.
  private forgetDelisted(policy: CompiledPolicy): void {
    this.seenPolicy = policy;
    for (const key of this.agents.keys()) if (key !== UNKNOWN && !policy.agents.has(key)) this.agents.delete(key);
  }
}
