import type { Gauge } from 'prom-client';
import type { RiskAction } from '../policy/schema';
import { SlidingCounter } from './sliding-counter';
import { Ewma, FanOut, MinuteBaseline, SequenceRun } from './signals';

export type RuleName = 'bulk_exfiltration' | 'enumeration_sequential' | 'enumeration_fanout' | 'credential_stuffing';

const PER_AGENT_ROUTES = 64;

function bounded<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    // Map iteration is insertion order: dropping the first key drops the oldest route.
    if (map.size >= PER_AGENT_ROUTES) map.delete(map.keys().next().value as string);
    v = make();
    map.set(key, v);
  }
  return v;
}

/** Everything the risk engine remembers about one agent (or the shared unknown bucket). Bounded per agent. */
export class AgentRisk {
  readonly requests = new SlidingCounter();
  /** Sensitive values found in responses to this agent, masked or not (the quota's measure). */
  readonly values = new SlidingCounter();
  readonly minutes = new MinuteBaseline();
  readonly fanOut = new FanOut();
  private auth: SlidingCounter | undefined;
  private perRoute: Map<string, Ewma> | undefined;
  private sequences: Map<string, SequenceRun> | undefined;
  private firedUntil: Map<RuleName, number> | undefined;
  penalty: Exclude<RiskAction, 'alert'> | null = null;
  penaltyRule: RuleName | null = null;
  penaltyUntil = 0;
  quotaGauge: Gauge.Internal<'agent'> | undefined;

  constructor(readonly label: string) {}

  authRequests(): SlidingCounter {
    return (this.auth ??= new SlidingCounter());
  }

  routeBaseline(route: string): Ewma {
    return bounded((this.perRoute ??= new Map()), route, () => new Ewma(0.1));
  }

  sequence(route: string): SequenceRun {
    return bounded((this.sequences ??= new Map()), route, () => new SequenceRun());
  }

  activePenalty(now: number): Exclude<RiskAction, 'alert'> | null {
    if (this.penalty !== null && now >= this.penaltyUntil) this.penalty = this.penaltyRule = null;
    return this.penalty;
  }

  /** Apply a fired rule; false when the same rule already fired within its cooldown (one episode, one event). */
  fire(rule: RuleName, action: RiskAction, now: number, cooldownMs: number): boolean {
    const until = this.firedUntil?.get(rule);
    if (until !== undefined && now < until) return false;
    (this.firedUntil ??= new Map()).set(rule, now + cooldownMs);
    if (action !== 'alert' && (this.activePenalty(now) !== 'block' || action === 'block')) {
      this.penalty = action;
      this.penaltyRule = rule;
      this.penaltyUntil = now + cooldownMs;
    }
    return true;
  }
}
