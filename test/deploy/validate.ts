import { EnvoyFilter } from '@kubernetes-models/istio/networking.istio.io/v1alpha3';
import { Deployment } from 'kubernetes-models/apps/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';
import { CRD_SCHEMAS } from './crd-schemas';
import type { Manifest } from './kustomize';

// Offline schema validation of one manifest. Built-in kinds and Istio use the
// OpenAPI validators that kubernetes-models compiles; those ignore unknown
// fields, which the API server (strict field validation) rejects, so each key is
// also probed: a key whose value can be replaced by both `true` and `[]` without
// a schema error is not in the schema.

interface Model {
  validate(): void;
}
type ModelClass = new (data: never) => Model;

const MODELS: ReadonlyMap<string, ModelClass> = new Map<string, ModelClass>([
  ['apps/v1/Deployment', Deployment],
  ['v1/Service', Service],
  ['v1/ServiceAccount', ServiceAccount],
  ['v1/Secret', Secret],
  ['v1/ConfigMap', ConfigMap],
  ['policy/v1/PodDisruptionBudget', PodDisruptionBudget],
  ['networking.k8s.io/v1/NetworkPolicy', NetworkPolicy],
  ['networking.istio.io/v1alpha3/EnvoyFilter', EnvoyFilter],
]);

/** Subtrees whose schema is deliberately free-form (Envoy config inside an EnvoyFilter); checked elsewhere. */
const FREE_FORM: ReadonlyArray<RegExp> = [/^spec\.configPatches\.\d+\.patch\.value$/];

/** Problems with this manifest, empty when it is valid. */
export function validateManifest(m: Manifest): string[] {
  const id = `${m.apiVersion}/${m.kind}`;
  const crd = CRD_SCHEMAS.get(id);
  if (crd !== undefined) {
    const r = crd.safeParse(m);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  const model = MODELS.get(id);
  if (model === undefined) return [`no schema for ${id}`];
  const check = (obj: unknown): string | undefined => {
    try {
      new model(obj as never).validate();
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };
  const err = check(m);
  return err !== undefined ? [err] : unknownFields(m, check);
}

function unknownFields(root: Manifest, check: (obj: unknown) => string | undefined): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...path, String(i)]));
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (path.length === 0 && (key === 'apiVersion' || key === 'kind')) continue;
      const at = [...path, key];
      const original = obj[key];
      const accepts = (probe: unknown): boolean => {
        obj[key] = probe;
        const ok = check(root) === undefined;
        obj[key] = original;
        return ok;
      };
      if (accepts(true) && accepts([])) found.push(`${at.join('.')}: unknown field`);
      else if (!FREE_FORM.some((re) => re.test(at.join('.')))) visit(original, at);
    }
  };
  visit(root, []);
  return found;
}
