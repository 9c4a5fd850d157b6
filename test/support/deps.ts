import { createClassifier } from '../../src/classify';
import { JsonMasker } from '../../src/json/masker';
import { createLeafMasker } from '../../src/mask/leaf-masker';
import { createOperators } from '../../src/mask/operators';
import { StrategyResolver } from '../../src/mask/resolver';
import { Metrics } from '../../src/metrics/metrics';
import { isJsonMediaType, selectByMediaType } from '../../src/extproc/codec';
import type { ExchangeDeps, FailureAction } from '../../src/extproc/deps';
import type {
  AgentContext, BodyReport, CompiledFieldMap, ImmediateAnswer, LeafClassifier, RequestInfo, RouteTemplate,
} from '../../src/types';

// Real ext_proc dependencies for protocol tests: the real JsonMasker, the real
// classifier (createClassifier) and LeafMasker (built-in strategies), an
// allow-all admit, an empty FieldMap and a sink that keeps reports.

export function emptyFieldMap(route: RouteTemplate): CompiledFieldMap {
  return { route, version: 0, isEmpty: true, lookup: () => undefined };
}

export const ANONYMOUS: AgentContext = {
  id: null,
  known: false,
  reveal: new Set(),
  strategies: new Map(),
  maskAll: false,
};

export interface TestDeps extends ExchangeDeps {
  readonly reports: BodyReport[];
  readonly routesSeen: RequestInfo[];
}

export interface TestDepsOptions {
  readonly failureMode?: { request: FailureAction; response: FailureAction };
  readonly admit?: (req: RequestInfo, route: RouteTemplate) => AgentContext | ImmediateAnswer;
  readonly maxBufferedBodyBytes?: number;
  readonly maxDepth?: number;
  readonly classifier?: LeafClassifier;
}

export function createTestDeps(opts: TestDepsOptions = {}): TestDeps {
  const reports: BodyReport[] = [];
  const routesSeen: RequestInfo[] = [];
  const operators = createOperators({ hashKey: Buffer.alloc(32, 7) });
  const resolver = new StrategyResolver();
  const classifier = opts.classifier ?? createClassifier();
  const json = selectByMediaType([
    [
      isJsonMediaType,
      (ctx) =>
        new JsonMasker({
          classifier,
          fieldMap: ctx.fieldMap,
          direction: ctx.direction,
          mask: createLeafMasker({ operators, resolver, agent: ctx.agent, route: ctx.route, fingerprint: (v) => `fp:${v.length}` }),
          onFinding: ctx.onFinding,
          limits: { maxDepth: opts.maxDepth ?? 512 },
        }),
    ],
  ]);
  return {
    metrics: new Metrics({ defaultMetrics: false }),
    resolveRoute: (req) => {
      routesSeen.push(req);
      return `${req.method} ${req.path}` as RouteTemplate;
    },
    admit: opts.admit ?? (() => ANONYMOUS),
    fieldMapFor: emptyFieldMap,
    bodyProcessor: json,
    sink: { onBody: (r) => reports.push(r) },
    failureMode: opts.failureMode ?? { request: 'pass', response: 'reject' },
    maxBufferedBodyBytes: opts.maxBufferedBodyBytes ?? 16 * 1024 * 1024,
    reports,
    routesSeen,
  };
}

/** Current value of a counter for labels matching `labels` (summed), 0 when never incremented. */
export async function counterValue(metric: { get(): Promise<{ values: Array<{ labels: Record<string, unknown>; value: number }> }> }, labels: Record<string, string> = {}): Promise<number> {
  const { values } = await metric.get();
  return values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x)).reduce((n, v) => n + v.value, 0);
}
