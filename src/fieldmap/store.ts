import type { Metrics } from '../metrics/metrics';
import { RISK_LEVELS, type Category, type CompiledFieldMap, type RiskLevel, type RouteTemplate } from '../types';
import { compileFieldMap, mergeLabels } from './compile';
import type { ConfigFieldRule, FieldMap, LearnedSource, MergedLabel } from './types';

// Per-route FieldMaps from every source, and the compiled snapshot the data path
// reads. A change builds a whole new frozen snapshot and swaps it in with one
// assignment; a stream that already took the previous snapshot keeps it. The
// store holds what it is told about; the owner of the route inventory bounds
// it by calling forget() on eviction.

/** Everything derived from a route's maps; replaced as a whole. */
interface View {
  readonly compiled: CompiledFieldMap;
  readonly labels: readonly MergedLabel[];
  readonly category: Category | undefined;
  readonly risk: RiskLevel | undefined;
}

interface Entry {
  readonly maps: Map<string, FieldMap>;
  view: View;
}

const SOURCE_RANK: Readonly<Record<LearnedSource, number>> = { detector: 0, statistics: 1, llm: 2 };

export interface FieldMapStoreDeps {
  metrics: Metrics;
  configFields?: readonly ConfigFieldRule[];
  /** Called after a learned map changed (persistence schedules a write). */
  onChange?: (route: RouteTemplate) => void;
}

export class FieldMapStore {
  private readonly entries = new Map<RouteTemplate, Entry>();
  private rules: readonly ConfigFieldRule[];
  private version = 0;

  constructor(private readonly deps: FieldMapStoreDeps) {
    this.rules = deps.configFields ?? [];
  }

  /** The route's current snapshot. Hot path: one Map get once the route is known. */
  fieldMapFor(route: RouteTemplate): CompiledFieldMap {
    return (this.entries.get(route) ?? this.create(route)).view.compiled;
  }

  /** Replaces the map of the same route, direction and source, and swaps a new snapshot in. */
  put(map: FieldMap): void {
    const entry = this.entries.get(map.route) ?? this.create(map.route);
    entry.maps.set(`${map.source}:${map.direction}`, map);
    entry.view = this.build(map.route, entry.maps);
    this.deps.metrics.fieldMapSwaps.inc();
    this.deps.onChange?.(map.route);
  }

  maps(route: RouteTemplate): readonly FieldMap[] {
    return [...(this.entries.get(route)?.maps.values() ?? [])];
  }

  /** Merged labels of a route (what the snapshot answers), for the inventory. */
  labels(route: RouteTemplate): readonly MergedLabel[] {
    return (this.entries.get(route) ?? this.create(route)).view.labels;
  }

  /** Business category from the highest source that named one. */
  categoryOf(route: RouteTemplate): Category | undefined {
    return this.entries.get(route)?.view.category;
  }

  riskOf(route: RouteTemplate): RiskLevel | undefined {
    return this.entries.get(route)?.view.risk;
  }

  forget(route: RouteTemplate): void {
    this.entries.delete(route);
  }

  /** Operators changed the pinned fields: every snapshot is rebuilt under the new rules. */
  setConfigFields(rules: readonly ConfigFieldRule[]): void {
    this.rules = rules;
    for (const [route, entry] of this.entries) entry.view = this.build(route, entry.maps);
    this.deps.metrics.fieldMapSwaps.inc(this.entries.size);
  }

  private create(route: RouteTemplate): Entry {
    const maps = new Map<string, FieldMap>();
    const entry: Entry = { maps, view: this.build(route, maps) };
    this.entries.set(route, entry);
    return entry;
  }

  private build(route: RouteTemplate, byKey: ReadonlyMap<string, FieldMap>): View {
    const maps = [...byKey.values()];
    const labels = mergeLabels(route, maps, this.rules);
    const named = maps.filter((m) => m.category !== undefined).sort(byPreference);
    const top = named[0];
    return {
      compiled: compileFieldMap(route, labels, ++this.version),
      labels,
      category: top?.category,
      risk: top === undefined ? undefined : highestRisk(maps.filter((m) => m.source === top.source)),
    };
  }
}

/** Higher source first; then the response side (it carries the data); then the newest. */
function byPreference(a: FieldMap, b: FieldMap): number {
  return (
    SOURCE_RANK[b.source] - SOURCE_RANK[a.source] ||
    Number(b.direction === 'response') - Number(a.direction === 'response') ||
    b.builtAt - a.builtAt
  );
}

function highestRisk(maps: readonly FieldMap[]): RiskLevel | undefined {
  let best = -1;
  for (const m of maps) if (m.risk !== undefined) best = Math.max(best, RISK_LEVELS.indexOf(m.risk));
  return best < 0 ? undefined : RISK_LEVELS[best];
}
