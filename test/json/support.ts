// Test doubles and helpers shared by the json tests: a classifier that knows
// nothing about real data, only keys and a marker, so the mechanics can be checked.
import type { TokenHandler } from '../../src/json/events';
import { JsonMasker, type JsonMaskerOptions } from '../../src/json/masker';
import { PathStack } from '../../src/json/path';
import { JsonTokenizer } from '../../src/json/tokenizer';
import { createLeafMasker } from '../../src/mask/leaf-masker';
import { createOperators } from '../../src/mask/operators';
import { StrategyResolver, type MaskingRules } from '../../src/mask/resolver';
import {
  AWAIT_SIBLINGS, type AgentContext, type CompiledFieldMap, type LeafClassifier, type LeafFinding, type LeafView, type RouteTemplate,
  type SensitiveType, type Span, type StrategyName,
} from '../../src/types';

export const ROUTE = 'GET /api/users/{id}' as RouteTemplate;
export const EMPTY_FIELD_MAP: CompiledFieldMap = { route: ROUTE, version: 1, isEmpty: true, lookup: () => undefined };

/** Whole-value findings for these keys; a span for every MARKER inside any string. */
export const KEY_TYPES: ReadonlyMap<string, SensitiveType> = new Map<string, SensitiveType>([
  ['phone', 'PHONE_NUMBER'], ['name', 'PERSON_NAME'], ['card', 'PAYMENT_CARD'], ['email', 'EMAIL_ADDRESS'],
]);
export const MARKER = 'SECRET';
/** A PERSON_NAME only in an object that also has a LABEL_KEY member, before or after it. */
export const WAITING_KEY = 'who';
export const LABEL_KEY = 'kind';

export const testClassifier: LeafClassifier = {
  classify(leaf: LeafView): readonly Span[] | null {
    if (leaf.key === WAITING_KEY && (leaf.kind === 'string' || leaf.kind === 'number')) {
      if (leaf.siblingKeys.includes(LABEL_KEY)) return [{ start: 0, end: leaf.value.length, type: 'PERSON_NAME', confidence: 0.7, source: 'detector' }];
      return leaf.laterSiblings === true ? AWAIT_SIBLINGS : null;
    }
    const type = leaf.key === undefined ? undefined : KEY_TYPES.get(leaf.key);
    if (type !== undefined) return [{ start: 0, end: leaf.value.length, type, confidence: 0.9, source: 'detector' }];
    if (leaf.kind !== 'string') return null;
    const spans: Span[] = [];
    for (let i = leaf.value.indexOf(MARKER); i >= 0; i = leaf.value.indexOf(MARKER, i + MARKER.length)) {
      spans.push({ start: i, end: i + MARKER.length, type: 'CREDENTIAL', confidence: 0.8, source: 'detector' });
    }
    return spans.length > 0 ? spans : null;
  },
};

export function agent(over: Partial<{ reveal: SensitiveType[]; strategies: [SensitiveType, StrategyName][]; maskAll: boolean }> = {}): AgentContext {
  return {
    id: null, known: false, reveal: new Set(over.reveal ?? []),
    strategies: new Map(over.strategies ?? []), maskAll: over.maskAll ?? false,
  };
}

export const HASH_KEY = Buffer.from('0123456789abcdef0123456789abcdef');
export const fingerprint = (v: string): string => `fp(${v.length})`;

export interface Run {
  masker: JsonMasker;
  findings: LeafFinding[];
}

/** A JsonMasker with the real operators and resolver and the test classifier. */
export function makeMasker(opts: { rules?: MaskingRules; agent?: AgentContext } & Partial<JsonMaskerOptions> = {}): Run {
  const findings: LeafFinding[] = [];
  const mask = createLeafMasker({
    operators: createOperators({ hashKey: HASH_KEY }), resolver: new StrategyResolver(opts.rules ?? {}),
    agent: opts.agent ?? agent(), route: ROUTE, fingerprint,
  });
  const masker = new JsonMasker({
    classifier: testClassifier, fieldMap: EMPTY_FIELD_MAP, direction: 'response', mask,
    onFinding: (f) => findings.push(f), ...opts,
  });
  return { masker, findings };
}

/** Cut `bytes` at the given sizes (cycled), or byte by byte when sizes is empty. */
export function chunk(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const n = sizes.length === 0 ? 1 : sizes[k % sizes.length]!;
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

/** Streams chunks through a processor and joins what it releases. */
export function stream(p: { push(c: Uint8Array): Uint8Array; end(): Uint8Array }, chunks: readonly Uint8Array[]): Buffer {
  const parts = chunks.map((c) => Buffer.from(p.push(c)));
  parts.push(Buffer.from(p.end()));
  return Buffer.concat(parts);
}

/** Drives a PathStack from the tokenizer over doc cut at `sizes`; `onLeaf` sees the stack at every leaf. */
export function drivePathStack(doc: string, sizes: number[], onLeaf: (p: PathStack) => void): void {
  const path = new PathStack();
  const h: TokenHandler = {
    openObject: () => path.openObject(),
    openArray: () => path.openArray(),
    close: () => path.close(),
    key: (k) => path.setKey(k),
    leaf: (kind, value) => {
      path.enterLeaf(kind, value);
      onLeaf(path);
      path.leaveLeaf();
    },
  };
  const t = new JsonTokenizer();
  for (const c of chunk(Buffer.from(doc), sizes)) t.write(c, h);
  t.end(h);
}
