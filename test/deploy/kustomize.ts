import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { strategicMerge } from './strategic-merge';

// A small stand-in for `kustomize build`, enough for k8s/: resources (files and
// directories), strategic-merge patches by kind/name, and configMapGenerator
// with files. Anything else in a kustomization.yaml is an error rather than
// silently ignored, so the check cannot drift from what k8s/ really uses.

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

interface Generator {
  name: string;
  files?: string[];
  literals?: string[];
  options?: { labels?: Record<string, string>; annotations?: Record<string, string> };
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  patches?: Array<{ path: string }>;
  configMapGenerator?: Generator[];
  generatorOptions?: { disableNameSuffixHash?: boolean };
}

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'patches', 'configMapGenerator', 'generatorOptions']);

export class KustomizeError extends Error {
  override readonly name = 'KustomizeError';
}

/** Every manifest `kustomize build dir` would print, in resource order. */
export function build(dir: string): Manifest[] {
  const k = readKustomization(dir);
  const out: Manifest[] = [];
  for (const r of k.resources ?? []) {
    const path = resolve(dir, r);
    if (!existsSync(path)) throw new KustomizeError(`${dir}: resource ${r} does not exist`);
    out.push(...(statSync(path).isDirectory() ? build(path) : readManifests(path)));
  }
  for (const g of k.configMapGenerator ?? []) out.push(generateConfigMap(dir, g, k.generatorOptions));
  for (const p of k.patches ?? []) applyPatch(out, readManifests(insideRoot(dir, p.path)), p.path);
  assertUnique(dir, out);
  return out;
}

function readKustomization(dir: string): Kustomization {
  const file = join(dir, 'kustomization.yaml');
  if (!existsSync(file)) throw new KustomizeError(`${dir}: no kustomization.yaml`);
  const [doc] = parseAllDocuments(readFileSync(file, 'utf8'));
  const k = doc?.toJS() as Kustomization | null;
  if (k === null || typeof k !== 'object') throw new KustomizeError(`${file}: empty`);
  for (const key of Object.keys(k)) if (!SUPPORTED.has(key)) throw new KustomizeError(`${file}: field '${key}' is not supported by this loader`);
  if (k.kind !== 'Kustomization' || k.apiVersion !== 'kustomize.config.k8s.io/v1beta1') {
    throw new KustomizeError(`${file}: expected apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization`);
  }
  for (const p of k.patches ?? []) {
    const extra = Object.keys(p).filter((f) => f !== 'path');
    if (extra.length > 0) throw new KustomizeError(`${file}: patch field(s) ${extra.join(', ')} not supported (strategic merge by kind/name only)`);
  }
  return k;
}

export function readManifests(file: string): Manifest[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'));
  return docs.flatMap((d) => {
    if (d.errors.length > 0) throw new KustomizeError(`${file}: ${d.errors[0].message}`);
    const m = d.toJS() as Manifest | null;
    if (m === null) return [];
    if (typeof m.apiVersion !== 'string' || typeof m.kind !== 'string' || typeof m.metadata?.name !== 'string') {
      throw new KustomizeError(`${file}: a document lacks apiVersion, kind or metadata.name`);
    }
    return [m];
  });
}

/** kustomize's load restrictor: generator inputs and patches must live under the kustomization root. */
function insideRoot(dir: string, path: string): string {
  const full = resolve(dir, path);
  const rel = relative(dir, full);
  if (isAbsolute(path) || rel.startsWith('..')) throw new KustomizeError(`${dir}: ${path} is outside the kustomization root`);
  if (!existsSync(full)) throw new KustomizeError(`${dir}: ${path} does not exist`);
  return full;
}

function generateConfigMap(dir: string, g: Generator, opts: Kustomization['generatorOptions']): Manifest {
  // kustomize appends a content hash to generated names and rewrites every
  // reference; k8s/ turns that off, so this loader refuses to pretend otherwise.
  if (opts?.disableNameSuffixHash !== true) throw new KustomizeError(`${dir}: configMapGenerator needs generatorOptions.disableNameSuffixHash: true here`);
  const data: Record<string, string> = {};
  for (const spec of g.files ?? []) {
    const eq = spec.indexOf('=');
    const key = eq < 0 ? basename(spec) : spec.slice(0, eq);
    const path = eq < 0 ? spec : spec.slice(eq + 1);
    put(data, key, readFileSync(insideRoot(dir, path), 'utf8'), g.name);
  }
  for (const lit of g.literals ?? []) {
    const eq = lit.indexOf('=');
    if (eq < 1) throw new KustomizeError(`${dir}: literal '${lit}' of ${g.name} is not KEY=VALUE`);
    put(data, lit.slice(0, eq), lit.slice(eq + 1), g.name);
  }
  const metadata: Manifest['metadata'] = { name: g.name };
  if (g.options?.labels) metadata.labels = { ...g.options.labels };
  if (g.options?.annotations) metadata.annotations = { ...g.options.annotations };
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata, data };
}

function put(data: Record<string, string>, key: string, value: string, name: string): void {
  if (key in data) throw new KustomizeError(`ConfigMap ${name}: key ${key} given twice`);
  data[key] = value;
}

function applyPatch(resources: Manifest[], patches: Manifest[], path: string): void {
  for (const patch of patches) {
    const i = resources.findIndex((r) => r.kind === patch.kind && r.metadata.name === patch.metadata.name && r.metadata.namespace === patch.metadata.namespace);
    if (i < 0) throw new KustomizeError(`patch ${path}: no ${patch.kind} named ${patch.metadata.name} to patch`);
    resources[i] = strategicMerge(resources[i], patch) as Manifest;
  }
}

function assertUnique(dir: string, ms: Manifest[]): void {
  const seen = new Set<string>();
  for (const m of ms) {
    const id = `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
    if (seen.has(id)) throw new KustomizeError(`${dir}: ${m.kind} ${m.metadata.name} defined twice`);
    seen.add(id);
  }
}

/** The directory of this repository's k8s/ tree. */
export const K8S_DIR = resolve(dirname(__dirname), '..', 'k8s');
