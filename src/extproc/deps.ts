import type { BodyProcessor } from '../json/body';
import type { Metrics } from '../metrics/metrics';
import type {
  AgentContext,
  BodyReportSink,
  CompiledFieldMap,
  Direction,
  ImmediateAnswer,
  LeafFinding,
  RequestInfo,
  RouteTemplate,
} from '../types';

export type { BodyProcessor };

/** What a body processor factory is told about the body it will rewrite. */
export interface BodyContext {
  readonly streamId: string;
  readonly route: RouteTemplate;
  readonly direction: Direction;
  readonly agent: AgentContext;
  /** Lower-cased media type without parameters, e.g. `application/json`. */
  readonly contentType: string;
  readonly fieldMap: CompiledFieldMap;
  /** Called synchronously for every sensitive leaf; the exchange collects them into the BodyReport. */
  onFinding(finding: LeafFinding): void;
}

/** `reject`: nothing uninspected is released (ImmediateResponse 502); `pass`: the body goes through as it came. */
export type FailureAction = 'reject' | 'pass';

/**
 * Everything one ext_proc exchange needs from the rest of apiward. All calls
 * are synchronous and must not do I/O: they run inside a per-message deadline.
 */
export interface ExchangeDeps {
  readonly metrics: Metrics;
  /** Route template for a request (profiler's templating; MCP later). */
  resolveRoute(req: RequestInfo): RouteTemplate;
  /** Identity + policy + risk at request headers: an agent context, or an answer to send instead. */
  admit(req: RequestInfo, route: RouteTemplate): AgentContext | ImmediateAnswer;
  /** Frozen FieldMap snapshot for a route, taken once per stream. */
  fieldMapFor(route: RouteTemplate): CompiledFieldMap;
  /** A body processor for this body, or null when its content type is not inspected. */
  bodyProcessor(ctx: BodyContext): BodyProcessor | null;
  /** Receives one BodyReport per inspected body. */
  readonly sink: BodyReportSink;
  readonly failureMode: { readonly request: FailureAction; readonly response: FailureAction };
  /** Largest body held whole in memory (BUFFERED modes, compressed bodies, decoded output). */
  readonly maxBufferedBodyBytes: number;
  /** Requests whose route is named by their body (MCP): admitted once the buffered body is seen. */
  readonly bodyAdmission?: BodyAdmission;
  /** Request-side inspection of the query string: the new `:path`, or undefined to keep it. Throws BodyError to refuse. */
  inspectQuery?(req: RequestInfo, route: RouteTemplate, agent: AgentContext, streamId: string): string | undefined;
}

/**
 * Admission that needs the request body. Only used when the request body comes
 * whole (BUFFERED): Envoy holds the request until the body is answered, so a
 * refusal still comes before the upstream is called.
 */
export interface BodyAdmission {
  /** Decided at request headers: this request's route depends on its body. */
  defers(req: RequestInfo): boolean;
  /** The route the body names and the admitted agent, or the answer to send instead (identity, policy and risk as in `admit`). */
  admit(req: RequestInfo, headerRoute: RouteTemplate, body: Uint8Array, streamId: string): { readonly route: RouteTemplate; readonly agent: AgentContext } | ImmediateAnswer;
}
