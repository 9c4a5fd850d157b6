import { z } from 'zod';

// Schemas for the custom resources k8s/ uses that kubernetes-models does not
// ship: Prometheus Operator's PodMonitor and PrometheusRule (monitoring.coreos.com/v1)
// and Envoy Gateway's EnvoyExtensionPolicy (gateway.envoyproxy.io/v1alpha1), plus
// the Gateway API HTTPRoute it targets. Written from the CRDs' documented fields,
// covering the subset k8s/ uses; strict objects, so a misspelt or unsupported
// field fails instead of being dropped by the API server.

/** Prometheus duration as the operator's CRD pattern accepts it (`15s`, `1h30m`). */
const promDuration = z.string().regex(/^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$/);
/** Gateway API Duration (GEP-2257). */
const gwDuration = z.string().regex(/^([0-9]{1,5}(h|m|s|ms)){1,4}$/);
const labelMap = z.record(z.string(), z.string());
const objectMeta = z.strictObject({ name: z.string().min(1), namespace: z.string().optional(), labels: labelMap.optional(), annotations: labelMap.optional() });
const labelSelector = z.strictObject({
  matchLabels: labelMap.optional(),
  matchExpressions: z.array(z.strictObject({ key: z.string(), operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']), values: z.array(z.string()).optional() })).optional(),
});
const relabel = z.strictObject({
  sourceLabels: z.array(z.string()).optional(),
  separator: z.string().optional(),
  targetLabel: z.string().optional(),
  regex: z.string().optional(),
  modulus: z.number().int().optional(),
  replacement: z.string().optional(),
  action: z.enum(['replace', 'keep', 'drop', 'hashmod', 'labelmap', 'labeldrop', 'labelkeep', 'lowercase', 'uppercase', 'keepequal', 'dropequal']).optional(),
});

const podMonitor = z.strictObject({
  apiVersion: z.literal('monitoring.coreos.com/v1'),
  kind: z.literal('PodMonitor'),
  metadata: objectMeta,
  spec: z.strictObject({
    selector: labelSelector,
    namespaceSelector: z.strictObject({ any: z.boolean().optional(), matchNames: z.array(z.string()).optional() }).optional(),
    jobLabel: z.string().optional(),
    podTargetLabels: z.array(z.string()).optional(),
    podMetricsEndpoints: z
      .array(
        z.strictObject({
          port: z.string().optional(),
          portNumber: z.number().int().min(1).max(65535).optional(),
          path: z.string().startsWith('/').optional(),
          scheme: z.enum(['http', 'https']).optional(),
          interval: promDuration.optional(),
          scrapeTimeout: promDuration.optional(),
          honorLabels: z.boolean().optional(),
          relabelings: z.array(relabel).optional(),
          metricRelabelings: z.array(relabel).optional(),
        }),
      )
      .min(1),
  }),
});

const rule = z
  .strictObject({
    alert: z.string().min(1).optional(),
    record: z.string().min(1).optional(),
    expr: z.union([z.string().min(1), z.number().int()]),
    for: promDuration.optional(),
    keep_firing_for: promDuration.optional(),
    labels: labelMap.optional(),
    annotations: labelMap.optional(),
  })
  .refine((r) => (r.alert === undefined) !== (r.record === undefined), 'a rule has exactly one of alert or record')
  .refine((r) => r.record === undefined || (r.for === undefined && r.annotations === undefined), 'a recording rule takes no for/annotations');

const prometheusRule = z.strictObject({
  apiVersion: z.literal('monitoring.coreos.com/v1'),
  kind: z.literal('PrometheusRule'),
  metadata: objectMeta,
  spec: z.strictObject({
    groups: z.array(z.strictObject({ name: z.string().min(1), interval: promDuration.optional(), limit: z.number().int().optional(), rules: z.array(rule).min(1) })).min(1),
  }),
});

const backendRef = z.strictObject({
  group: z.string().optional(),
  kind: z.string().optional(),
  name: z.string().min(1),
  namespace: z.string().optional(),
  port: z.number().int().min(1).max(65535).optional(),
});
const bodyMode = z.enum(['Streamed', 'Buffered', 'BufferedPartial', 'FullDuplexStreamed']);
const modeOptions = z.strictObject({ body: bodyMode.optional(), attributes: z.array(z.string()).optional() });
const targetRef = z.strictObject({ group: z.string(), kind: z.string(), name: z.string().min(1), sectionName: z.string().optional() });

const envoyExtensionPolicy = z.strictObject({
  apiVersion: z.literal('gateway.envoyproxy.io/v1alpha1'),
  kind: z.literal('EnvoyExtensionPolicy'),
  metadata: objectMeta,
  spec: z.strictObject({
    targetRefs: z.array(targetRef).min(1),
    extProc: z
      .array(
        z.strictObject({
          // EG accepts only core Services here (CEL rule on the CRD).
          backendRefs: z.array(backendRef.refine((b) => (b.group ?? '') === '' && (b.kind ?? 'Service') === 'Service', 'backendRefs must be core Services')).min(1).max(16),
          messageTimeout: gwDuration.optional(),
          failOpen: z.boolean().optional(),
          processingMode: z.strictObject({ request: modeOptions.optional(), response: modeOptions.optional(), allowModeOverride: z.boolean().optional() }).optional(),
          metadata: z.strictObject({ accessibleNamespaces: z.array(z.string()).optional(), writableNamespaces: z.array(z.string()).optional() }).optional(),
          statusOnError: z.number().int().min(200).max(599).optional(),
        }),
      )
      .min(1)
      .max(16),
  }),
});

const httpRoute = z.strictObject({
  apiVersion: z.literal('gateway.networking.k8s.io/v1'),
  kind: z.literal('HTTPRoute'),
  metadata: objectMeta,
  spec: z.strictObject({
    parentRefs: z.array(z.strictObject({ group: z.string().optional(), kind: z.string().optional(), name: z.string().min(1), namespace: z.string().optional(), sectionName: z.string().optional() })).min(1),
    hostnames: z.array(z.string()).optional(),
    rules: z
      .array(
        z.strictObject({
          matches: z.array(z.strictObject({ path: z.strictObject({ type: z.enum(['Exact', 'PathPrefix', 'RegularExpression']), value: z.string() }).optional() })).optional(),
          backendRefs: z.array(backendRef.extend({ weight: z.number().int().optional() })).min(1),
        }),
      )
      .min(1),
  }),
});

/** Schemas by `apiVersion/kind`. */
export const CRD_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
  ['monitoring.coreos.com/v1/PodMonitor', podMonitor],
  ['monitoring.coreos.com/v1/PrometheusRule', prometheusRule],
  ['gateway.envoyproxy.io/v1alpha1/EnvoyExtensionPolicy', envoyExtensionPolicy],
  ['gateway.networking.k8s.io/v1/HTTPRoute', httpRoute],
]);
