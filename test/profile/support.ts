import { createClassifier } from '../../src/classify';
import { JsonMasker } from '../../src/json/masker';
import { createLeafMasker } from '../../src/mask/leaf-masker';
import { createOperators } from '../../src/mask/operators';
import { StrategyResolver } from '../../src/mask/resolver';
import type { Profiler } from '../../src/profile/profiler';
import type { AgentContext, CompiledFieldMap, Direction, LeafFinding, LeafView, RequestInfo, RouteTemplate, Span } from '../../src/types';

// The real data-path pieces a profiler test needs: the classifier, the JSON
// masker and the built-in masking operators, wired the way a stream wires them.

const classifier = createClassifier();
const operators = createOperators({ hashKey: Buffer.alloc(32, 9) });
const resolver = new StrategyResolver();
const ANONYMOUS: AgentContext = { id: null, known: false, reveal: new Set(), strategies: new Map(), maskAll: false };

export function emptyMap(route: RouteTemplate): CompiledFieldMap {
  return { route, version: 0, isEmpty: true, lookup: () => undefined };
}

export interface Masked {
  body: string;
  findings: LeafFinding[];
}

/** Masks one JSON body as a stream would, feeding every leaf to `observe` (the profiler's sampler). */
export function maskBody(
  body: string,
  opts: { route: RouteTemplate; fieldMap?: CompiledFieldMap; direction?: Direction; observe?: (leaf: LeafView, spans: readonly Span[] | null) => void },
): Masked {
  const findings: LeafFinding[] = [];
  const masker = new JsonMasker({
    classifier,
    fieldMap: opts.fieldMap ?? emptyMap(opts.route),
    direction: opts.direction ?? 'response',
    mask: createLeafMasker({ operators, resolver, agent: ANONYMOUS, route: opts.route, fingerprint: (v) => `fp:${v.length}` }),
    onFinding: (f) => findings.push(f),
    observeLeaf: opts.observe,
  });
  const head = Buffer.from(masker.push(Buffer.from(body, 'utf8'))).toString('utf8');
  return { body: head + Buffer.from(masker.end()).toString('utf8'), findings };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英';

/** Deterministic Chinese person names: surname + one or two given-name characters. */
export function cnName(i: number): string {
  const g1 = GIVEN[(i * 7) % GIVEN.length];
  const g2 = i % 3 === 0 ? '' : GIVEN[(i * 11 + 3) % GIVEN.length];
  return SURNAMES[i % SURNAMES.length] + g1 + g2;
}

/** A valid-looking CN mobile number, distinct per i. */
export function cnMobile(i: number): string {
  return `13${(800000000 + i * 7919).toString().slice(0, 9)}`;
}

export function request(method: string, path: string): RequestInfo {
  return { method, path, query: '', authority: 'api.test', headers: new Map(), metadata: {} };
}

/**
 * One exchange the way the data path drives the profiler: route, FieldMap
 * snapshot, sampler fed by the JSON masker, BodyReport. Returns the masked body.
 */
export function exchange(p: Profiler, method: string, path: string, body: string, direction: Direction = 'response'): Masked & { route: RouteTemplate } {
  const route = p.resolveRoute(request(method, path));
  const fieldMap = p.fieldMapFor(route);
  const collector = p.sampler(route, direction);
  const out = maskBody(body, { route, fieldMap, direction, observe: collector?.observe });
  collector?.done();
  p.onBody({
    streamId: 's', at: Date.now(), route, direction, agent: null, contentType: 'application/json',
    bytesIn: body.length, bytesOut: out.body.length, findings: out.findings,
  });
  return { ...out, route };
}
