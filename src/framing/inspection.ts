import { recalling } from '../classify/recall';
import type { BodyContext } from '../extproc/deps';
import type { LeafMasker } from '../mask/types';
import type { Detokenizer } from '../tokens/detokenizer';
import type { AgentContext, BodyReportSink, CompiledFieldMap, LeafClassifier, LeafFinding, OutboundAction, RequestInfo, RouteTemplate } from '../types';
import { maskQuery } from './form';
import { outboundLeaves, type LeafPlugins } from './outbound';
import { PairMasker } from './value';

export interface InspectionDeps {
  readonly classifier: LeafClassifier;
  /** The configured LeafMasker for an agent on a route (strategies, reveal, operators). */
  leafMasker(agent: AgentContext, route: RouteTemplate): LeafMasker;
  /** Policy: what happens to sensitive values an agent sends on this route. */
  outboundAction(route: RouteTemplate): OutboundAction;
  /** Policy: whether this agent's tokens are restored on this route. */
  detokenizes(agent: AgentContext, route: RouteTemplate): boolean;
  readonly detokenizer: Detokenizer;
  /** Audit fingerprint of a restored value. */
  fingerprint(value: string): string;
  fieldMapFor(route: RouteTemplate): CompiledFieldMap;
  /** Receives a report for a query string that held sensitive values. */
  readonly sink: BodyReportSink;
}

/**
 * Which classifier and masker a body gets: responses the configured masking;
 * requests (bodies and query strings) the route's outbound action, with the
 * agent's own tokens restored where its policy says so.
 */
export class Inspection {
  constructor(private readonly deps: InspectionDeps) {}

  /** Per body: its classifier recalls the names the body gave earlier (see recalling). */
  leaves(ctx: Pick<BodyContext, 'agent' | 'route' | 'direction'>): LeafPlugins {
    const { deps } = this;
    const leafMasker = (agent: AgentContext) => deps.leafMasker(agent, ctx.route);
    const classifier = recalling(deps.classifier);
    if (ctx.direction === 'response') return { classifier, mask: leafMasker(ctx.agent) };
    const restore = deps.detokenizes(ctx.agent, ctx.route) ? { detokenizer: deps.detokenizer, fingerprint: deps.fingerprint } : undefined;
    return outboundLeaves({ classifier, action: deps.outboundAction(ctx.route), leafMasker, agent: ctx.agent, restore });
  }

  /**
   * The request's `:path` with its query string inspected like a form body, or
   * undefined when nothing changed. Throws OutboundBlocked on a `block` route.
   */
  query(req: RequestInfo, route: RouteTemplate, agent: AgentContext, streamId: string): string | undefined {
    if (req.query === '') return undefined;
    const findings: LeafFinding[] = [];
    const fieldMap = this.deps.fieldMapFor(route);
    const pairs = new PairMasker({ leaves: this.leaves({ agent, route, direction: 'request' }), direction: 'request', fieldMap, onFinding: (f) => findings.push(f) });
    const query = maskQuery(req.query, pairs);
    if (findings.length > 0) {
      this.deps.sink.onBody({
        streamId, at: Date.now(), route, direction: 'request', agent: agent.id, contentType: 'application/x-www-form-urlencoded',
        bytesIn: req.query.length, bytesOut: (query ?? req.query).length, findings,
      });
    }
    return query === undefined ? undefined : `${req.path}?${query}`;
  }
}
