import type { AccessEvent } from './events';
import type { AuditRecord, QueuedBody } from './record';
import type { Housekeeping } from './store';

/** What the trail queues on the main thread. */
export type WriteItem = QueuedBody | AccessEvent;

/**
 * What crosses to the writer thread: one JSON string per item. Structured
 * cloning a report's many small finding objects cost ~2x a JSON.stringify of
 * its audit record (measured on 15-finding 4 KB responses), on the data
 * path's thread; a string crosses as one copy.
 */
export type WireItem = { readonly record: AuditRecord } | { readonly event: AccessEvent };

export type ToWriter =
  | { readonly type: 'write'; readonly items: readonly string[] }
  | { readonly type: 'housekeep' }
  | { readonly type: 'close' };

export type FromWriter = { readonly type: 'log'; readonly message: string } | { readonly type: 'batch-done' };

export interface WriterData {
  readonly file: string;
  readonly keyId: string;
  readonly limits: Housekeeping;
  readonly housekeepEveryMs: number;
  /** Int32 slots, see SLOT. */
  readonly counters: SharedArrayBuffer;
}

/**
 * Progress the writer publishes in shared memory, so the main thread can wait
 * for it synchronously (Atomics.wait) at shutdown without running its event loop.
 */
export const SLOT = { batchesDone: 0, written: 1, failed: 2, housekeepsDone: 3, closed: 4 } as const;
export const SLOTS = 5;
