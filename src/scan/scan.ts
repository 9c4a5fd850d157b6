import { randomBytes } from 'node:crypto';
import { createClassifier, type ExplainingClassifier } from '../classify';
import { RECALLED, recalling } from '../classify/recall';
import { FieldStats } from '../classify/stats';
import type { Config } from '../config/config';
import { maskingRulesOf } from '../config/rules';
import { isJsonMediaType, selectByMediaType } from '../extproc/codec';
import type { BodyContext } from '../extproc/deps';
import { framedBodies } from '../framing/bodies';
import type { BodyProcessor } from '../json/body';
import { BodyError } from '../json/errors';
import { JsonMasker } from '../json/masker';
import { createLeafMasker } from '../mask/leaf-masker';
import { createOperators } from '../mask/operators';
import { StrategyResolver } from '../mask/resolver';
import { UNKNOWN_CONTEXT } from '../policy/compile';
import { RouteTemplater } from '../profile/templater';
import type { CompiledFieldMap, Direction, JsonPointer, LeafClassifier, LeafFinding, LeafView, RouteTemplate, SensitiveType, Span } from '../types';
import { AWAIT_SIBLINGS } from '../types';

// `scan`: the data path's classifier and masker over a file of recorded
// traffic. The whole file is read as traffic history first (route templates
// are learned from every path, field statistics from every body), then each
// case is masked exactly as the
// sidecar would mask it for an unknown agent.

export interface ScanCase {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly direction: Direction;
  readonly contentType?: string;
  readonly body: string;
}

export interface ScanFinding {
  readonly pointer: JsonPointer;
  readonly type: SensitiveType;
  readonly confidence: number;
  /** With --explain: the evidence that decided the finding, strongest first. */
  readonly evidence?: readonly string[];
}

export interface ScanResult {
  readonly id: string;
  readonly route: RouteTemplate;
  readonly findings: readonly ScanFinding[];
  /** The masked body; null when it could not be parsed (then `error` says why and nothing is released). */
  readonly body: string | null;
  readonly error?: string;
  /** Set when the content type is not one apiward inspects: the body is passed through as it came. */
  readonly skipped?: string;
}

export interface ScanOptions {
  readonly config?: Config;
  readonly explain?: boolean;
  /** Read the whole input as route history before deciding (default true). */
  readonly history?: boolean;
  /** A classifier to use as it is (no history pass). */
  readonly classifier?: ExplainingClassifier;
}

const EMPTY = (route: RouteTemplate): CompiledFieldMap => ({ route, version: 0, isEmpty: true, lookup: () => undefined });

export function scanCases(cases: readonly ScanCase[], opts: ScanOptions = {}): ScanResult[] {
  const templater = new RouteTemplater({ added: () => {}, merged: () => {} });
  const routeOf = (c: ScanCase) => templater.resolve(c.method, c.path.split('?', 1)[0]);
  for (const c of cases) routeOf(c);
  if (opts.classifier !== undefined || opts.history === false) return maskEach(cases, routeOf, opts.classifier ?? createClassifier(), opts);
  // Every case is history for its route first: a field whose values keep
  // passing a validator, or are sequential like order numbers, is decided by
  // that history when one sample alone is ambiguous.
  const stats = new FieldStats();
  maskEach(cases, routeOf, createClassifier(), {}, (route, direction, leaf, spans) => {
    if (leaf.kind === 'string' || leaf.kind === 'number') stats.observe(route, direction, leaf, spans);
  });
  return maskEach(cases, routeOf, createClassifier({ fieldEvidence: stats }), opts);
}

/** `observe` sees every leaf once, with what was found in it (a leaf that waited for its siblings: once decided). */
function maskEach(
  cases: readonly ScanCase[], routeOf: (c: ScanCase) => RouteTemplate, classifier: ExplainingClassifier, opts: ScanOptions,
  observe?: (route: RouteTemplate, direction: Direction, leaf: LeafView, spans: readonly Span[] | null) => void,
): ScanResult[] {
  const resolver = new StrategyResolver(opts.config === undefined ? {} : maskingRulesOf(opts.config));
  const operators = createOperators({ hashKey: randomBytes(32) });
  const limits = opts.config?.limits;
  return cases.map((c) => {
    const route = routeOf(c);
    const contentType = (c.contentType ?? 'application/json').split(';', 1)[0].trim().toLowerCase();
    const evidence = new Map<string, string[]>();
    const found: LeafFinding[] = [];
    // As the sidecar does per body: names found earlier in the body are looked for again in later text.
    const onRecall = opts.explain ? (leaf: LeafView, sp: Span) => evidence.set(`${leaf.pointer()}\u0000${sp.type}`, [`${RECALLED} (+0)`]) : undefined;
    const leaves = { classifier: recalling(opts.explain ? explaining(classifier, evidence) : classifier, onRecall), mask: createLeafMasker({ operators, resolver, agent: UNKNOWN_CONTEXT, route, fingerprint: () => '' }) };
    const json = (ctx: BodyContext): BodyProcessor => new JsonMasker({
      ...leaves,
      fieldMap: ctx.fieldMap,
      direction: ctx.direction,
      onFinding: ctx.onFinding,
      observeLeaf: observe === undefined ? undefined : (leaf, spans) => observe(ctx.route, ctx.direction, leaf, spans),
      limits: limits === undefined ? undefined : { maxDepth: limits.maxDepth, maxTokenBytes: limits.maxTokenBytes },
    });
    // SSE, NDJSON and form bodies: one record at a time, pointers `/~record/N/...` (form: `/<name>`).
    const framed = framedBodies({ json, leaves: () => leaves, maxRecordBytes: limits?.maxTokenBytes ?? 1 << 20 });
    const masker = selectByMediaType([[isJsonMediaType, json], ...framed])({
      streamId: c.id, route, direction: c.direction, agent: UNKNOWN_CONTEXT, contentType, fieldMap: EMPTY(route), onFinding: (f) => found.push(f),
    });
    if (masker === null) return { id: c.id, route, findings: [], body: c.body, skipped: `content type ${contentType} is not inspected` };
    let body: string;
    try {
      const bytes = Buffer.from(c.body, 'utf8');
      body = Buffer.concat([masker.push(bytes), masker.end()]).toString('utf8');
    } catch (e) {
      if (!(e instanceof BodyError)) throw e;
      return { id: c.id, route, findings: [], body: null, error: e.message };
    }
    const findings = found.map((f) => ({
      pointer: f.pointer,
      type: f.type,
      confidence: round(f.confidence),
      ...(opts.explain ? { evidence: evidence.get(`${f.pointer.replace(/^\/~record\/\d+/, '')}\u0000${f.type}`) ?? [] } : {}),
    }));
    return { id: c.id, route, findings, body };
  });
}

/** Records, per pointer and type, the evidence the classifier weighed. */
function explaining(classifier: ExplainingClassifier, into: Map<string, string[]>): LeafClassifier {
  return {
    classify(leaf, direction, fieldMap) {
      const spans = classifier.explain(leaf, direction, fieldMap);
      if (spans === AWAIT_SIBLINGS) return spans;
      if (spans.length === 0) return null;
      const pointer = leaf.pointer();
      for (const s of spans) {
        const lines = [...s.evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).map((e) => `${e.label} (${e.weight >= 0 ? '+' : ''}${e.weight})`);
        into.set(`${pointer}\u0000${s.type}`, lines);
      }
      return spans;
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
