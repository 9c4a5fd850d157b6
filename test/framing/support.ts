import { createClassifier } from '../../src/classify';
import type { BodyContext, BodyProcessor } from '../../src/extproc/deps';
import { isJsonMediaType, selectByMediaType } from '../../src/extproc/codec';
import { framedBodies } from '../../src/framing/bodies';
import { Inspection } from '../../src/framing/inspection';
import { JsonMasker } from '../../src/json/masker';
import { createLeafMasker } from '../../src/mask/leaf-masker';
import { createOperators } from '../../src/mask/operators';
import { StrategyResolver } from '../../src/mask/resolver';
import { TokenCipher } from '../../src/tokens/cipher';
import { Detokenizer } from '../../src/tokens/detokenizer';
import { skipTokens, tokenOperator } from '../../src/tokens/operator';
import type { AgentContext, AgentId, BodyReport, CompiledFieldMap, Direction, LeafFinding, OutboundAction, RouteTemplate, SensitiveType, StrategyName } from '../../src/types';

// The real pieces a framed body goes through (real classifier, JsonMasker,
// operators with `token`, Inspection), with policy answers given as plain data.

export const ROUTE = 'GET /api/customers' as RouteTemplate;
export const FIELD_MAP: CompiledFieldMap = { route: ROUTE, version: 0, isEmpty: true, lookup: () => undefined };
export const cipher = new TokenCipher(Buffer.alloc(32, 9));
export const classifier = skipTokens(createClassifier());

export function agentContext(id: string | null, over: { reveal?: SensitiveType[]; strategies?: [SensitiveType, StrategyName][] } = {}): AgentContext {
  return { id: id as AgentId | null, known: id !== null, reveal: new Set(over.reveal ?? []), strategies: new Map(over.strategies ?? []), maskAll: false };
}

export interface PolicyAnswers {
  readonly outbound?: OutboundAction;
  /** Routes on which every agent's own tokens are restored. */
  readonly detokenize?: readonly string[];
}

export function inspection(policy: PolicyAnswers = {}, reports: BodyReport[] = []): Inspection {
  const operators = new Map([...createOperators({ hashKey: Buffer.alloc(32, 3) }), ['token', tokenOperator(cipher)] as const]);
  const resolver = new StrategyResolver();
  return new Inspection({
    classifier,
    leafMasker: (agent, route) => createLeafMasker({ operators, resolver, agent, route, fingerprint: (v) => `fp:${v}` }),
    outboundAction: () => policy.outbound ?? 'mask',
    detokenizes: (_agent, route) => (policy.detokenize ?? []).includes(route),
    detokenizer: new Detokenizer(cipher),
    fingerprint: (v) => `fp:${v}`,
    fieldMapFor: () => FIELD_MAP,
    sink: { onBody: (r) => reports.push(r) },
  });
}

export interface Built {
  readonly processor: BodyProcessor;
  readonly findings: LeafFinding[];
}

/** A processor for one body of `contentType` (JSON or framed), as the app's selectByMediaType table builds it. */
export function processorFor(contentType: string, opts: { direction?: Direction; agent?: AgentContext; route?: RouteTemplate; policy?: PolicyAnswers; maxRecordBytes?: number } = {}): Built {
  const insp = inspection(opts.policy);
  const json = (ctx: BodyContext, leaves = insp.leaves(ctx)): BodyProcessor => {
    return new JsonMasker({ classifier: leaves.classifier, mask: leaves.mask, fieldMap: ctx.fieldMap, direction: ctx.direction, onFinding: ctx.onFinding });
  };
  const select = selectByMediaType([[isJsonMediaType, json], ...framedBodies({ json, leaves: (ctx) => insp.leaves(ctx), maxRecordBytes: opts.maxRecordBytes ?? 1 << 20 })]);
  const findings: LeafFinding[] = [];
  const processor = select({
    streamId: 's1', route: opts.route ?? ROUTE, direction: opts.direction ?? 'response', agent: opts.agent ?? agentContext(null),
    contentType, fieldMap: FIELD_MAP, onFinding: (f) => findings.push(f),
  });
  if (processor === null) throw new Error(`no processor for ${contentType}`);
  return { processor, findings };
}

/** The whole body through a fresh processor, cut at the given offsets. */
export function run(contentType: string, body: Buffer, cuts: readonly number[] = [], opts: Parameters<typeof processorFor>[1] = {}): { out: Buffer; findings: LeafFinding[] } {
  const { processor, findings } = processorFor(contentType, opts);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const c of [...cuts, body.length]) {
    parts.push(Buffer.from(processor.push(body.subarray(at, c))));
    at = c;
  }
  parts.push(processor.end());
  return { out: Buffer.concat(parts), findings };
}
