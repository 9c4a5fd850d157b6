import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { IdentityResolver, type IdentityConfig } from '../identity/identity';
import { loadJwksFile } from '../identity/jwks';
import { JwtVerifier } from '../identity/jwt';
import { withMcpSession } from '../mcp/routes';
import type { AgentContext, AgentId, Category, OutboundAction, RouteTemplate, SensitiveType, StrategyName } from '../types';
import { PolicyError, parsePolicy } from './parse';
import { compileRoutePattern } from './route-pattern';
import type { AgentSpec, PolicyFile, RiskRules } from './schema';

export interface Quota {
  readonly sensitiveValuesPerMinute?: number;
  readonly requestsPerMinute?: number;
}

/** One agent's rules in hot-path form; contexts are prebuilt so admit() allocates nothing for known agents. */
export interface AgentRule {
  readonly id: AgentId;
  readonly tokenRequired: boolean;
  /** null: not limited by category. */
  readonly categories: ReadonlySet<Category> | null;
  readonly quota: Quota;
  readonly context: AgentContext;
  readonly maskAllContext: AgentContext;
  routeAllowed(route: RouteTemplate): boolean;
  detokenizes(route: RouteTemplate): boolean;
}

export interface CompiledPolicy {
  readonly source: string;
  /** sha256 of the file text: a reload with identical bytes is a no-op. */
  readonly digest: string;
  readonly identity: IdentityResolver;
  readonly unknownAgent: 'mask' | 'deny';
  readonly uncategorized: 'mask' | 'deny' | 'allow';
  readonly agents: ReadonlyMap<string, AgentRule>;
  readonly risk: RiskRules;
  /** What happens to sensitive values sent on a route (outbound rules, first match, else the default). */
  outboundAction(route: RouteTemplate): OutboundAction;
}

const NO_TYPES: ReadonlySet<SensitiveType> = new Set();
const NO_STRATEGIES: ReadonlyMap<SensitiveType, StrategyName> = new Map();
export const UNKNOWN_CONTEXT: AgentContext = Object.freeze({ id: null, known: false, reveal: NO_TYPES, strategies: NO_STRATEGIES, maskAll: false });
const MEMO_LIMIT = 4096;

function anyOf(patterns: readonly string[]): (route: RouteTemplate) => boolean {
  const matchers = patterns.map(compileRoutePattern);
  const memo = new Map<string, boolean>();
  return (route) => {
    let hit = memo.get(route);
    if (hit === undefined) {
      hit = matchers.some((m) => m(route));
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(route, hit);
    }
    return hit;
  };
}

function compileAgent(name: string, spec: AgentSpec, tokenRequiredDefault: boolean): AgentRule {
  const id = name as AgentId;
  const strategies = new Map(Object.entries(spec.strategies) as Array<[SensitiveType, StrategyName]>);
  const reveal = new Set<SensitiveType>(spec.reveal);
  for (const [type, s] of strategies) if (s === 'reveal') reveal.add(type);
  const context: AgentContext = Object.freeze({ id, known: true, reveal, strategies, maskAll: false });
  return {
    id,
    tokenRequired: spec.tokenRequired ?? tokenRequiredDefault,
    categories: spec.categories === undefined ? null : new Set(spec.categories),
    quota: spec.quota ?? {},
    context,
    maskAllContext: Object.freeze({ ...context, reveal: NO_TYPES, maskAll: true }),
    routeAllowed: spec.routes === undefined ? () => true : anyOf(withMcpSession(spec.routes)),
    detokenizes: anyOf(spec.detokenize),
  };
}

function identityConfig(file: PolicyFile, baseDir: string, env: NodeJS.ProcessEnv, source: string): IdentityConfig {
  const { header, jwt, envoy } = file.identity;
  if (jwt === undefined) return { header, envoy };
  let hmacSecret: Buffer | undefined;
  if (jwt.secret !== undefined) {
    const value = env[jwt.secret];
    if (value === undefined || Buffer.byteLength(value) < 32) {
      throw new PolicyError([`${source} identity.jwt.secret: environment variable ${jwt.secret} must hold an HS256 secret of at least 32 bytes`]);
    }
    hmacSecret = Buffer.from(value);
  }
  let keys;
  try {
    keys = jwt.jwks === undefined ? undefined : loadJwksFile(resolve(baseDir, jwt.jwks));
  } catch (e) {
    throw new PolicyError([`${source} identity.jwt.jwks: ${(e as Error).message}`]);
  }
  const verifier = new JwtVerifier({ hmacSecret, keys, issuer: jwt.issuer, audience: jwt.audience, clockToleranceSec: jwt.clockToleranceSec });
  return { header, envoy, bearer: { header: jwt.header, claim: jwt.claim, verifier } };
}

/** Validate and compile policy text; throws PolicyError. Relative file references resolve against baseDir. */
export function compilePolicyText(text: string, source: string, baseDir: string, env: NodeJS.ProcessEnv = process.env): CompiledPolicy {
  const file = parsePolicy(text, source);
  const tokenRequired = file.identity.tokenRequired;
  return {
    source,
    digest: createHash('sha256').update(text).digest('hex'),
    identity: new IdentityResolver(identityConfig(file, baseDir, env, source)),
    unknownAgent: file.unknownAgent,
    uncategorized: file.uncategorized,
    agents: new Map(Object.entries(file.agents).map(([name, spec]) => [name, compileAgent(name, spec, tokenRequired)])),
    risk: file.risk,
    outboundAction: compileOutbound(file.outbound),
  };
}

function compileOutbound(spec: PolicyFile['outbound']): (route: RouteTemplate) => OutboundAction {
  const rules = spec.routes.map((r) => [anyOf(r.routes), r.action] as const);
  return (route) => rules.find(([matches]) => matches(route))?.[1] ?? spec.default;
}

/** The policy file's text; throws PolicyError when it cannot be read. */
export function readPolicyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new PolicyError([`${path}: ${(e as Error).message}`]);
  }
}

export function compilePolicyFile(path: string, env: NodeJS.ProcessEnv = process.env): CompiledPolicy {
  return compilePolicyText(readPolicyFile(path), path, dirname(path), env);
}

/** The policy in force when no file is given: header identity, unknown agents masked. */
export function defaultPolicy(): CompiledPolicy {
  return compilePolicyText('{}', '(default policy)', process.cwd(), {});
}
