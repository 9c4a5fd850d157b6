import { LRUCache } from 'lru-cache';
import type { Category, Direction, RouteTemplate } from '../types';
import { categorise } from './category';
import { FieldBudget, RouteSchema, type PersistedSchema } from './schema';

// Every route apiward knows, with what is being learned about it, in one LRU:
// the cap on route count is the bound on all per-route memory (trie paths,
// schemas, FieldMaps), because everything else is pruned when a route leaves.

/** Learning state of one route in one direction (written by the worker only). */
export interface DirectionState {
  readonly schema: RouteSchema;
  /** Epoch ms of the last local profile; 0 = never. */
  localAt: number;
  /** Schema hash the LLM last answered for: the same schema is never asked again. */
  llmHash: string | undefined;
  /** No LLM call for this direction before this time (after a failure or a recent answer). */
  llmNotBefore: number;
  llmPending: boolean;
  /** Schema changed since the last profile. */
  drifted: boolean;
}

export interface RouteState {
  readonly route: RouteTemplate;
  /** Keyword guess from the template alone, until a profile names a category. */
  readonly guess: Category;
  /** Bodies inspected (BodyReports). */
  bodies: number;
  /** Epoch ms. */
  lastSeen: number;
  /** Sampling: bodies offered, samples taken, token bucket. */
  offered: number;
  sampled: number;
  tokens: number;
  refilledAt: number;
  readonly directions: Partial<Record<Direction, DirectionState>>;
}

export interface RouteBookEvents {
  /** The route left the book: `evict` by the cap, `delete` because it was merged into a parameter. */
  removed(route: RouteTemplate, reason: 'evict' | 'delete'): void;
}

export interface RouteBookLimits {
  maxRoutes: number;
  maxFieldsPerRoute: number;
  maxFieldsTotal: number;
}

export class RouteBook {
  private readonly lru: LRUCache<RouteTemplate, RouteState>;
  readonly fieldBudget: FieldBudget;

  constructor(
    private readonly limits: RouteBookLimits,
    events: RouteBookEvents,
  ) {
    this.fieldBudget = new FieldBudget(limits.maxFieldsTotal);
    this.lru = new LRUCache<RouteTemplate, RouteState>({
      max: limits.maxRoutes,
      dispose: (state, route, reason) => {
        state.directions.request?.schema.release();
        state.directions.response?.schema.release();
        if (reason === 'evict' || reason === 'delete') events.removed(route, reason);
      },
    });
  }

  get size(): number {
    return this.lru.size;
  }

  /** The route's state, created if new; counts as a use for the LRU. */
  touch(route: RouteTemplate, now: number): RouteState {
    let s = this.lru.get(route);
    if (s === undefined) {
      // A full bucket: the first refill caps it to the policy's burst.
      const tokens = Number.POSITIVE_INFINITY;
      s = { route, guess: categorise(route, [], []), bodies: 0, lastSeen: now, offered: 0, sampled: 0, tokens, refilledAt: now, directions: {} };
      this.lru.set(route, s);
    }
    return s;
  }

  /** Without counting as a use (background readers). */
  peek(route: RouteTemplate): RouteState | undefined {
    return this.lru.peek(route);
  }

  delete(route: RouteTemplate): void {
    this.lru.delete(route);
  }

  direction(state: RouteState, direction: Direction): DirectionState {
    return (state.directions[direction] ??= newDirection(new RouteSchema(this.limits.maxFieldsPerRoute, this.fieldBudget)));
  }

  /** A persisted schema, charged to the same budget. */
  restoreSchema(p: PersistedSchema): RouteSchema {
    return RouteSchema.from(p, this.limits.maxFieldsPerRoute, this.fieldBudget);
  }

  /** Most recently used first. */
  values(): IterableIterator<RouteState> {
    return this.lru.values();
  }
}

export function newDirection(schema: RouteSchema): DirectionState {
  return { schema, localAt: 0, llmHash: undefined, llmNotBefore: 0, llmPending: false, drifted: false };
}
