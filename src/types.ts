// Shared vocabulary of apiward. Every module speaks these types; none of them
// carries behaviour, so any folder can import this file without a cycle.

/** Sensitive type ids, taxonomy v1 (DESIGN §4). Order is stable: it is also the report order. */
export const SENSITIVE_TYPES = [
  'PERSON_NAME',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'CN_RESIDENT_ID',
  'PASSPORT_NUMBER',
  'CN_HK_MACAU_PERMIT',
  'CN_USCC',
  'PAYMENT_CARD',
  'BANK_ACCOUNT',
  'STREET_ADDRESS',
  'DATE_OF_BIRTH',
  'IP_ADDRESS',
  'GEO_LOCATION',
  'LICENSE_PLATE',
  'VEHICLE_VIN',
  'CREDENTIAL',
  'US_SSN',
] as const;
export type SensitiveType = (typeof SENSITIVE_TYPES)[number];
const TYPE_SET: ReadonlySet<string> = new Set(SENSITIVE_TYPES);
export function isSensitiveType(s: string): s is SensitiveType {
  return TYPE_SET.has(s);
}

/** RFC 6901 pointer of one leaf, with concrete array indices: `/data/0/phone`. */
export type JsonPointer = string & { readonly __brand: 'JsonPointer' };
/** A pointer whose array indices are generalised to `*`: `/data/*\/phone`. FieldMaps and profiles key on it. */
export type FieldPath = string & { readonly __brand: 'FieldPath' };
/** `METHOD /path/{param}` or `MCP tools/call <tool>`: the unit of inventory, policy and profiling. */
export type RouteTemplate = string & { readonly __brand: 'RouteTemplate' };
export type AgentId = string & { readonly __brand: 'AgentId' };

export type Direction = 'request' | 'response';
/** Where a field label came from; merge precedence is config > llm > statistics > detector. */
export type FieldSource = 'detector' | 'statistics' | 'llm' | 'config';
export const CATEGORIES = [
  'authentication', 'payment', 'account', 'user_profile', 'order', 'logistics', 'search',
  'content', 'messaging', 'file_transfer', 'health', 'admin', 'telemetry', 'other',
] as const;
export type Category = (typeof CATEGORIES)[number];
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

// ---- json → classify -------------------------------------------------------

export type LeafKind = 'string' | 'number' | 'boolean' | 'null';

/**
 * What the tokenizer knows about a leaf when it completes. A view over the
 * tokenizer's live state: valid only during the call that receives it; copy
 * what you need, never retain it.
 */
export interface LeafView {
  readonly kind: LeafKind;
  /** Decoded string value, or the literal text of a number/boolean/null. */
  readonly value: string;
  /** Nearest property name on the path (for an array item, the array's own key); undefined at the root. */
  readonly key: string | undefined;
  /** Number of path segments. */
  readonly depth: number;
  /** Path segment i (0 = outermost): a property name or an array index. */
  segment(i: number): string | number;
  /** Keys already seen in the enclosing object, in order (streaming: only those before this leaf). */
  readonly siblingKeys: readonly string[];
  /**
   * True for a streamed object member whose later siblings have not arrived yet: the classifier may
   * then answer AWAIT_SIBLINGS and be asked again, with every sibling, when the object closes.
   */
  readonly laterSiblings?: boolean;
  /** A short scalar sibling's value (≤ 64 chars), if it came before this leaf. */
  siblingValue(key: string): string | undefined;
  pointer(): JsonPointer;
  fieldPath(): FieldPath;
}

/** A sensitive region of a leaf's decoded value. A whole-value finding spans [0, value.length). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: SensitiveType;
  readonly confidence: number;
  readonly source: FieldSource;
  /**
   * The span covers an encoding of the value (base64, a document re-encoded differently), not its
   * characters: a type's partial shape would keep encoded pieces of it, so the masker hides it whole.
   */
  readonly opaque?: true;
}

/** A route-learned label for a field (the compiled FieldMap's answer). */
export interface FieldHint {
  readonly type: SensitiveType;
  readonly confidence: number;
  readonly source: FieldSource;
}

/** The frozen, hot-path form of one route's FieldMap. Taken once per stream. */
export interface CompiledFieldMap {
  readonly route: RouteTemplate;
  readonly version: number;
  lookup(direction: Direction, path: FieldPath): FieldHint | undefined;
  /** False when the map has no fields: lets the hot path skip building a FieldPath. */
  readonly isEmpty: boolean;
}

export interface LeafClassifier {
  /**
   * Sensitive spans in this leaf, or null. Synchronous, no I/O. Spans sorted, non-overlapping.
   * For a leaf with `laterSiblings`, possibly AWAIT_SIBLINGS.
   */
  classify(leaf: LeafView, direction: Direction, fieldMap: CompiledFieldMap): readonly Span[] | null;
}

/**
 * classify()'s answer when nothing is found yet but siblings still to come could decide the leaf
 * (`{"name": "Chloe Anderson", "email": …}`: the name streams past before the keys that make the
 * object a person). A caller that can wait asks again when the object closes; any other caller
 * reads it as what it is, an empty list of spans.
 */
export const AWAIT_SIBLINGS: readonly Span[] = Object.freeze([]);

// ---- mask -----------------------------------------------------------------

/**
 * partial: keep a type-specific shape (`138****5678`); redact: `[PHONE_NUMBER]`;
 * hash: keyed HMAC token, deterministic (joins still work); remove: value becomes null;
 * token: per-agent reversible token; reveal: left in clear.
 */
export const STRATEGIES = ['partial', 'redact', 'hash', 'remove', 'token', 'reveal'] as const;
export type StrategyName = (typeof STRATEGIES)[number];
export type Release = 'none' | 'partial' | 'clear';
/** What policy does with sensitive values an agent SENDS on a route (request bodies, query strings). */
export const OUTBOUND_ACTIONS = ['mask', 'block', 'audit'] as const;
export type OutboundAction = (typeof OUTBOUND_ACTIONS)[number];

// ---- agents, access ------------------------------------------------------

export interface AgentContext {
  /** null when the caller could not be identified (or its token was not valid). */
  readonly id: AgentId | null;
  readonly known: boolean;
  /** Types shown in clear to this agent. */
  readonly reveal: ReadonlySet<SensitiveType>;
  /** Per-type strategy overrides for this agent. */
  readonly strategies: ReadonlyMap<SensitiveType, StrategyName>;
  /** Risk engine decided this agent sees everything masked. */
  readonly maskAll: boolean;
}

export interface RequestInfo {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: string;
  readonly authority: string;
  /** Lower-cased header names; a repeated header's values joined with ", ". */
  readonly headers: ReadonlyMap<string, string>;
  /** Envoy dynamic metadata forwarded to ext_proc (e.g. jwt_authn payloads), as plain JSON. */
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** What the sidecar answers Envoy instead of forwarding (ImmediateResponse). */
export interface ImmediateAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Short machine-readable reason for metrics and audit, e.g. `route_denied`, `quota`. */
  readonly reason: string;
}

// ---- findings flow out as plain events ------------------------------------

export interface LeafFinding {
  readonly pointer: JsonPointer;
  readonly fieldPath: FieldPath;
  readonly type: SensitiveType;
  readonly confidence: number;
  readonly source: FieldSource;
  readonly strategy: StrategyName;
  readonly released: Release;
  /** Keyed HMAC-SHA256 of the raw value when any of it was released (clear or partial). Never the value. */
  readonly fingerprint?: string;
}

export type BodyFailure =
  | 'malformed_json'
  | 'invalid_utf8'
  | 'max_depth'
  | 'max_token_bytes'
  | 'max_body_bytes'
  | 'unsupported_encoding'
  /** A request carried a sensitive value to a route whose outbound policy is `block`: answered 403 whatever the failure mode. */
  | 'outbound_blocked'
  | 'internal';

/** One per inspected body (per direction, per stream). Sinks must not block. */
export interface BodyReport {
  readonly streamId: string;
  readonly at: number;
  readonly route: RouteTemplate;
  readonly direction: Direction;
  readonly agent: AgentId | null;
  readonly contentType: string;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly findings: readonly LeafFinding[];
  /** Set when the body could not be inspected normally; the failure mode said what happened to it. */
  readonly failure?: BodyFailure;
  /** Findings left out of `findings` because the body had more than a report keeps (memory bound); counted, not listed. */
  readonly findingsDropped?: number;
}

export interface BodyReportSink {
  onBody(report: BodyReport): void;
}
