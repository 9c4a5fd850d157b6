import { z } from 'zod';
import { CATEGORIES, OUTBOUND_ACTIONS, SENSITIVE_TYPES, STRATEGIES } from '../types';
import { compileRoutePattern } from './route-pattern';

// The policy file (DESIGN §6), extended compatibly: identity.jwt/envoy/tokenRequired,
// agents.*.categories, agents.*.quota.requestsPerMinute, uncategorized, risk.
// Objects are strict so that a typo (`unknowAgent:`) fails loudly instead of
// silently meaning the default.

const routePattern = z.string().superRefine((s, ctx) => {
  try {
    compileRoutePattern(s);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
});
const sensitiveType = z.enum(SENSITIVE_TYPES);
const stringOrList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (typeof v === 'string' ? [v] : v));
const perMinute = z.number().int().positive();

const jwtSource = z
  .strictObject({
    header: z.string().min(1).toLowerCase().default('authorization'),
    jwks: z.string().min(1).optional().describe('JWKS file with RS256/ES256 public keys, relative to the policy file'),
    secret: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the NAME of an environment variable holding the HS256 secret').optional(),
    claim: z.string().min(1).default('sub'),
    issuer: stringOrList.optional(),
    audience: stringOrList.optional(),
    clockToleranceSec: z.number().int().min(0).max(600).default(30),
  })
  .refine((j) => j.jwks !== undefined || j.secret !== undefined, { message: 'give jwks: FILE and/or secret: ENV_VAR' });

const envoySource = z.strictObject({
  namespace: z.string().min(1).default('envoy.filters.http.jwt_authn'),
  payloadKey: z.string().min(1).default('jwt_payload'),
  claim: z.string().min(1).default('sub'),
});

const identity = z
  .strictObject({
    header: z.string().min(1).toLowerCase().optional(),
    jwt: jwtSource.optional(),
    envoy: envoySource.optional(),
    /** A known agent must be named by a verified token (ours or Envoy's); a bare header makes it unknown. */
    tokenRequired: z.boolean().default(false),
  })
  .refine((i) => i.header !== undefined || i.jwt !== undefined || i.envoy !== undefined, { message: 'give at least one of header, jwt, envoy' })
  .refine((i) => !i.tokenRequired || i.jwt !== undefined || i.envoy !== undefined, { message: 'tokenRequired needs jwt or envoy' });

const agent = z
  .strictObject({
    routes: z.array(routePattern).optional(),
    categories: z.array(z.enum(CATEGORIES)).optional(),
    reveal: z.array(sensitiveType).default([]),
    strategies: z.partialRecord(sensitiveType, z.enum(STRATEGIES)).default({}),
    quota: z.strictObject({ sensitiveValuesPerMinute: perMinute.optional(), requestsPerMinute: perMinute.optional() }).optional(),
    detokenize: z.array(routePattern).default([]),
    tokenRequired: z.boolean().optional(),
  })
  .refine((a) => a.routes !== undefined || a.categories !== undefined, {
    message: 'give routes and/or categories (routes: ["**"] allows every route)',
  });

export const RISK_ACTIONS = ['alert', 'mask-all', 'block'] as const;
export type RiskAction = (typeof RISK_ACTIONS)[number];
const action = z.enum(RISK_ACTIONS);

const risk = z.strictObject({
  /** How long a mask-all or block lasts once a rule fires. */
  cooldownSeconds: z.number().int().positive().default(300),
  bulkExfiltration: z
    .strictObject({
      action: action.default('block'),
      /** Hard ceiling on sensitive values in one response, baseline or not. */
      maxValuesPerResponse: z.number().int().positive().default(1000),
      /** After warm-up: a response with more than factor × the agent's usual count on that route (and ≥ minValues). */
      perResponseFactor: z.number().positive().default(10),
      minValuesPerResponse: z.number().int().positive().default(50),
      perMinuteFactor: z.number().positive().default(5),
      minValuesPerMinute: z.number().int().positive().default(300),
      warmupResponses: z.number().int().positive().default(20),
    })
    .prefault({}),
  enumeration: z
    .strictObject({
      action: action.default('mask-all'),
      /** Consecutive requests whose numeric id steps by ±1 on the same route. */
      sequentialRun: z.number().int().min(3).default(20),
      distinctRoutesPerMinute: z.number().int().positive().default(60),
    })
    .prefault({}),
  credentialStuffing: z
    .strictObject({
      action: action.default('block'),
      /** Requests to routes the profiler categorised as `authentication`. */
      authRequestsPerMinute: z.number().int().positive().default(30),
    })
    .prefault({}),
});

/** Sensitive values agents SEND (request bodies, query strings): the first rule naming the route decides. */
const outbound = z.strictObject({
  // audit, not mask: a request body is the agent's input to the service behind
  // this sidecar (a login, an order); rewriting it would break the call. Values
  // sent are still found, counted and fingerprinted; mask or block per route.
  default: z.enum(OUTBOUND_ACTIONS).default('audit'),
  routes: z.array(z.strictObject({ routes: z.array(routePattern).min(1), action: z.enum(OUTBOUND_ACTIONS) })).default([]),
});

export const policySchema = z.strictObject({
  identity: identity.prefault({ header: 'x-agent-id' }),
  unknownAgent: z.enum(['mask', 'deny']).default('mask'),
  /** For an agent limited by categories, a route the profiler has not categorised yet. */
  uncategorized: z.enum(['mask', 'deny', 'allow']).default('mask'),
  agents: z.record(z.string().min(1).max(256), agent).default({}),
  risk: risk.prefault({}),
  outbound: outbound.prefault({}),
});

export type PolicyFile = z.output<typeof policySchema>;
export type RiskRules = PolicyFile['risk'];
export type AgentSpec = PolicyFile['agents'][string];
