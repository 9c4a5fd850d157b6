import { mkdirSync } from 'node:fs';
import { AuditTrail } from './audit/trail';
import { AuditStore, auditDbPath } from './audit/store';
import { Fingerprinter, oncePerBody } from './audit/fingerprint';
import { auditSinks } from './audit/record';
import { JsonlAuditSink } from './audit/jsonl';
import type { AccessEvent, AccessEventSink } from './audit/events';
import { createAdminServer, type AdminServer } from './admin/server';
import { createClassifier } from './classify';
import type { Config } from './config/config';
import { maskingRulesOf, configFieldRulesOf } from './config/rules';
import { isJsonMediaType, selectByMediaType } from './extproc/codec';
import type { BodyContext, ExchangeDeps } from './extproc/deps';
import { ENVOY_YAML_BODY_MODES } from './extproc/exchange';
import { createExtProcServer, type ExtProcServer } from './extproc/server';
import type { BodyProcessor } from './json/body';
import { JsonMasker } from './json/masker';
import { createLeafMasker } from './mask/leaf-masker';
import { createOperators } from './mask/operators';
import { StrategyResolver } from './mask/resolver';
import { Metrics } from './metrics/metrics';
import { MetricsReportSink, fanOut } from './metrics/report-sink';
import { AccessGate } from './policy/access-gate';
import { PolicyStore, staticPolicy, type PolicySource } from './policy/store';
import { Profiler, type ProfilerLimits } from './profile/profiler';
import type { SampleCollector } from './profile/sampler';
import { llmConfigFromEnv } from './llm/config';
import { framedBodies } from './framing/bodies';
import { Inspection } from './framing/inspection';
import { McpAdmission } from './mcp/admission';
import { McpToolCatalog } from './mcp/catalog';
import { McpSessions } from './mcp/sessions';
import { TokenCipher } from './tokens/cipher';
import { Detokenizer } from './tokens/detokenizer';
import { loadTokenKey } from './tokens/key';
import { skipTokens, tokenOperator } from './tokens/operator';
import { RiskEngine } from './risk/risk-engine';
import type { BodyReportSink } from './types';

// The one place where apiward is assembled: every module gets its
// dependencies here, nothing reaches for a global. Tests build the same App
// on ephemeral ports, so what they exercise is what `serve` runs.

export interface AppOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (message: string) => void;
  /** Profiler tuning (tests shorten warm-up and timers). */
  readonly profilerLimits?: Partial<ProfilerLimits>;
  /** Extra body-report sinks (tests, embedding). */
  readonly sinks?: readonly BodyReportSink[];
}

export interface RunningApp {
  readonly grpcPort: number;
  readonly adminPort: number;
}

export class App {
  readonly metrics = new Metrics();
  readonly profiler: Profiler;
  readonly policy: PolicySource;
  readonly risk: RiskEngine;
  readonly audit: AuditTrail;
  readonly fingerprinter: Fingerprinter;
  readonly deps: ExchangeDeps;
  /** Tools agents can reach, learned from MCP tools/list answers (for an admin view). */
  readonly tools: McpToolCatalog;
  private readonly grpc: ExtProcServer;
  private readonly admin: AdminServer;
  private readonly jsonl: JsonlAuditSink | undefined;
  private readonly log: (message: string) => void;
  private serving = false;

  /** Builds everything; throws (before any port is bound) when config, policy or state is unusable. */
  constructor(readonly config: Config, opts: AppOptions = {}) {
    const env = opts.env ?? process.env;
    const log = (this.log = opts.log ?? ((m) => process.stderr.write(`${new Date().toISOString()} apiward: ${m}\n`)));
    const metrics = this.metrics;
    mkdirSync(config.stateDir, { recursive: true, mode: 0o700 });

    this.fingerprinter = Fingerprinter.load(config.stateDir, { env });
    this.policy = config.policy === undefined ? staticPolicy() : new PolicyStore(config.policy, { metrics, log, env });
    const store = new AuditStore(auditDbPath(config.stateDir), this.fingerprinter.keyId);
    this.audit = new AuditTrail({
      store,
      metrics,
      housekeeping: { retentionMs: config.audit.retentionDays * 86_400_000, maxBytes: config.audit.maxBytes },
      log,
    });
    const jsonlOpts = { metrics };
    const jsonl = config.audit.jsonl;
    this.jsonl = jsonl === undefined ? undefined : jsonl === 'stdout' ? new JsonlAuditSink({ out: process.stdout, ...jsonlOpts }) : JsonlAuditSink.toFile(jsonl, jsonlOpts);
    const events: AccessEventSink = this.jsonl === undefined ? this.audit : bothEvents(this.audit, this.jsonl);
    this.risk = new RiskEngine({ metrics, policy: this.policy, events });
    this.profiler = new Profiler({
      metrics,
      logger: { warn: log },
      stateDir: config.stateDir,
      configFields: configFieldRulesOf(config),
      llm: llmConfigFromEnv(env),
      rawSamples: config.profiling.rawSamplesToLlm,
      limits: { maxRoutes: config.profiling.maxRoutes, sampleRate: config.profiling.sampleRate, ...opts.profilerLimits },
    });
    const gate = new AccessGate({ policy: this.policy, risk: this.risk, categoryOf: (r) => this.profiler.categoryOf(r), metrics, events });

    const classifier = skipTokens(createClassifier());
    const tokenCipher = new TokenCipher(loadTokenKey(config.stateDir, env));
    // The `hash` strategy's key is derived from the audit key, never equal to it:
    // a hash shown to an agent must not be usable as an audit fingerprint.
    const operators = new Map([
      ...createOperators({ hashKey: Buffer.from(this.fingerprinter.fingerprint('apiward/mask-hash/v1'), 'hex') }),
      ['token', tokenOperator(tokenCipher)] as const,
    ]);
    const resolver = new StrategyResolver(maskingRulesOf(config));
    const fingerprint = (v: string) => this.fingerprinter.fingerprint(v);
    // Requests: the route's outbound action, with the agent's own tokens restored where its policy says.
    const inspection = new Inspection({
      classifier,
      leafMasker: (agent, route) => createLeafMasker({ operators, resolver, agent, route, fingerprint: oncePerBody(fingerprint) }), // one leaf masker per body
      outboundAction: (route) => this.policy.current().outboundAction(route),
      detokenizes: (agent, route) => !agent.maskAll && agent.id !== null && this.policy.current().agents.get(agent.id)?.detokenizes(route) === true,
      detokenizer: new Detokenizer(tokenCipher, metrics),
      fingerprint,
      fieldMapFor: (route) => this.profiler.fieldMapFor(route),
      sink: { onBody: (r) => this.deps.sink.onBody(r) },
    });
    const json = (ctx: BodyContext, leaves = inspection.leaves(ctx)): BodyProcessor => {
      const sample = this.profiler.sampler(ctx.route, ctx.direction);
      const masker = new JsonMasker({
        classifier: leaves.classifier,
        fieldMap: ctx.fieldMap,
        direction: ctx.direction,
        mask: leaves.mask,
        onFinding: ctx.onFinding,
        observeLeaf: sample?.observe,
        limits: { maxDepth: config.limits.maxDepth, maxTokenBytes: config.limits.maxTokenBytes },
      });
      return sample === undefined ? masker : sampled(masker, sample);
    };

    const sinks = [
      new MetricsReportSink(metrics, (a) => this.policy.current().agents.has(a)),
      this.risk,
      // After the risk engine: a body's audit action is the mode its own findings may have just set.
      auditSinks((a) => this.risk.modeOf(a), this.jsonl === undefined ? [this.audit] : [this.audit, this.jsonl]),
      this.profiler,
      ...(opts.sinks ?? []),
    ];
    const mcpSessions = new McpSessions();
    this.tools = new McpToolCatalog({ sessions: mcpSessions, onTool: (route) => this.profiler.fieldMapFor(route) });
    const selectBody = selectByMediaType([
      [isJsonMediaType, json],
      ...framedBodies({ json, leaves: (ctx) => inspection.leaves(ctx), maxRecordBytes: config.limits.maxTokenBytes }),
    ]);
    this.deps = {
      metrics,
      resolveRoute: (req) => this.profiler.resolveRoute(req),
      admit: (req, route) => gate.admit(req, route),
      fieldMapFor: (route) => this.profiler.fieldMapFor(route),
      bodyProcessor: (ctx) => {
        const p = selectBody(ctx);
        return p === null ? null : this.tools.observe(ctx, p);
      },
      bodyAdmission: new McpAdmission({ admit: (req, route) => gate.admit(req, route), sessions: mcpSessions }),
      inspectQuery: (req, route, agent, streamId) => inspection.query(req, route, agent, streamId),
      sink: fanOut(sinks, (e) => log(`report sink failed: ${e.message}`)),
      failureMode: config.failureMode,
      maxBufferedBodyBytes: config.limits.maxBufferedBodyBytes,
    };
    this.grpc = createExtProcServer(this.deps, { assumedModes: ENVOY_YAML_BODY_MODES });
    this.admin = createAdminServer({ registry: metrics.registry, routes: () => this.profiler.routes(), tools: () => ({ tools: this.tools.tools() }), ready: () => this.serving });
  }

  async start(addrs: { grpcAddr?: string; adminAddr?: string } = {}): Promise<RunningApp> {
    this.profiler.start();
    if (this.policy instanceof PolicyStore) this.policy.start();
    const adminPort = await this.admin.listen(addrs.adminAddr ?? this.config.adminAddr);
    const grpcPort = await this.grpc.listen(addrs.grpcAddr ?? this.config.grpcAddr);
    this.serving = true;
    this.log(`serving ext_proc on ${addrs.grpcAddr ?? this.config.grpcAddr} (port ${grpcPort}), admin on port ${adminPort}, state in ${this.config.stateDir}`);
    return { grpcPort, adminPort };
  }

  /** Drains streams for up to `graceMs`, then flushes the audit trail and the learned state. */
  async stop(graceMs = 10_000): Promise<void> {
    this.serving = false;
    await this.grpc.drain(graceMs);
    if (this.policy instanceof PolicyStore) this.policy.close();
    await this.profiler.close();
    this.audit.close();
    this.jsonl?.flush();
    await this.admin.close();
  }
}

/** Ends the profiler's sample when the body completes; a failed body is not sampled. */
function sampled(inner: BodyProcessor, sample: SampleCollector): BodyProcessor {
  return {
    push: (chunk) => inner.push(chunk),
    end: () => {
      const rest = inner.end();
      sample.done();
      return rest;
    },
  };
}

function bothEvents(a: AccessEventSink, b: AccessEventSink): AccessEventSink {
  return {
    onEvent(e: AccessEvent) {
      a.onEvent(e);
      b.onEvent(e);
    },
  };
}
