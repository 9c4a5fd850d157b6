import { FieldMapStore } from '../fieldmap/store';
import { Metrics } from '../metrics/metrics';
import type { Category, FieldSource, RiskLevel, RouteTemplate, SensitiveType } from '../types';
import { assessRisk, categorise } from './category';
import { fieldMapOf, type StateDocument } from './state';

// The `/v1/routes` document (DESIGN §3), from the live profiler or from a
// state file (the CLI reading a stopped or remote sidecar's state dir). Both go
// through a FieldMapStore, so the merge shown is the merge the data path uses.

export interface InventoryField {
  pointer: string;
  type: SensitiveType;
  confidence: number;
  source: FieldSource;
}

export interface InventoryRoute {
  route: string;
  category: Category;
  risk: RiskLevel;
  /** Bodies inspected on this route. */
  samples: number;
  lastSeen: string;
  fields: InventoryField[];
}

export interface RoutesDocument {
  routes: InventoryRoute[];
}

export interface RouteFacts {
  route: RouteTemplate;
  samples: number;
  lastSeen: number;
  /** Category when no profile named one yet. */
  guess: Category;
}

export function inventoryRoute(facts: RouteFacts, store: FieldMapStore): InventoryRoute {
  const category = store.categoryOf(facts.route) ?? facts.guess;
  const seen = new Map<string, InventoryField>();
  // Response labels first: the inventory has no direction, and responses are what agents receive.
  const labels = [...store.labels(facts.route)].sort((a, b) => Number(b.direction === 'response') - Number(a.direction === 'response'));
  for (const l of labels) {
    const key = `${l.path} ${l.type}`;
    if (!seen.has(key)) seen.set(key, { pointer: l.path, type: l.type, confidence: l.confidence, source: l.source });
  }
  return {
    route: facts.route,
    category,
    risk: store.riskOf(facts.route) ?? assessRisk(category, new Set([...seen.values()].map((f) => f.type))),
    samples: facts.samples,
    lastSeen: new Date(facts.lastSeen).toISOString(),
    fields: [...seen.values()].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0)),
  };
}

export function routesDocument(entries: Iterable<InventoryRoute>): RoutesDocument {
  return { routes: [...entries].sort((a, b) => (a.route < b.route ? -1 : a.route > b.route ? 1 : 0)) };
}

/** The inventory as a state file recorded it (no config-pinned fields: those live in the config). */
export function inventoryFromState(doc: StateDocument): RoutesDocument {
  const store = new FieldMapStore({ metrics: new Metrics({ defaultMetrics: false }) });
  for (const r of doc.routes) for (const m of r.maps) store.put(fieldMapOf(m));
  return routesDocument(
    doc.routes.map((r) => {
      const route = r.route as RouteTemplate;
      return inventoryRoute({ route, samples: r.bodies, lastSeen: r.lastSeen, guess: categorise(route, [], []) }, store);
    }),
  );
}
