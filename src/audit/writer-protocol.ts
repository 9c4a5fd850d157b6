import type { BodyReport } from '../types';
import type { AccessEvent } from './events';
import type { Housekeeping } from './store';

/** What crosses to the writer thread: plain, structured-clonable data. */
export type WriteItem = { readonly report: BodyReport; readonly action: string } | AccessEvent;

export type ToWriter =
  | { readonly type: 'write'; readonly items: readonly WriteItem[] }
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
