// Kubernetes strategic merge patch, for the fields k8s/ patches: maps merge
// recursively (null deletes a key), lists of objects merge by the API's
// patchMergeKey, `$patch: delete` removes a list item, and every other list
// (primitives, or a field without a merge key) is replaced, as kustomize does.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** patchMergeKey of the list fields used in k8s/, from the Kubernetes API types. */
function mergeKey(field: string, items: Json[]): string | undefined {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'volumes':
    case 'env':
    case 'imagePullSecrets':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'ports': // container ports merge by containerPort, Service ports by port
      return items.some((i) => isObject(i) && 'containerPort' in i) ? 'containerPort' : 'port';
    default:
      return undefined;
  }
}

export function strategicMerge(base: unknown, patch: unknown): unknown {
  return merge(base as Json, patch as Json);
}

function merge(base: Json, patch: Json): Json {
  if (!isObject(base) || !isObject(patch)) return clone(patch);
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (Array.isArray(value) && Array.isArray(base[key])) out[key] = mergeList(key, base[key] as Json[], value);
    else if (key in base) out[key] = merge(base[key], value);
    else out[key] = stripDirectives(value);
  }
  return out;
}

function mergeList(field: string, base: Json[], patch: Json[]): Json[] {
  const key = mergeKey(field, [...base, ...patch]);
  if (key === undefined || !patch.every(isObject)) return clone(patch) as Json[];
  // kustomize's order: the patch's items first, in patch order, then the untouched originals.
  const keyOf = (o: Json) => (isObject(o) ? o[key] : undefined);
  const touched = new Set((patch as JsonObject[]).map(keyOf));
  const out: Json[] = [];
  for (const item of patch as JsonObject[]) {
    if (item.$patch === 'delete') continue;
    const original = base.find((o) => keyOf(o) === item[key]);
    out.push(original === undefined ? stripDirectives(item) : merge(original, item));
  }
  return [...out, ...base.filter((o) => !touched.has(keyOf(o))).map(clone)];
}

/** A patch value added where nothing existed carries no directives into the result. */
function stripDirectives(v: Json): Json {
  if (Array.isArray(v)) return v.filter((i) => !(isObject(i) && i.$patch === 'delete')).map(stripDirectives);
  if (!isObject(v)) return v;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) if (k !== '$patch' && x !== null) out[k] = stripDirectives(x);
  return out;
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clone(v: Json): Json {
  return v === null || typeof v !== 'object' ? v : (structuredClone(v) as Json);
}
