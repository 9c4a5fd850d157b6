import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditRecord } from './record';
import { AuditStore } from './store';
import type { AccessEvent } from './events';
import { SLOT, type FromWriter, type ToWriter, type WireItem, type WriterData } from './writer-protocol';

// The audit writer thread: owns the SQLite connection and commits each batch
// of audit records in one transaction. better-sqlite3 is
// synchronous; here its milliseconds per batch cost the ext_proc event loop nothing.
// Items arrive as JSON strings of audit records (see WireItem).

/**
 * Nice value of this thread. A stream waits on the ext_proc thread; this one only has to keep up
 * on average (a few ms per 100 ms batch), so on a busy node a commit should not take the core
 * from a message in flight.
 */
const WRITER_NICE = 10;

/** Linux gives each thread its own nice value, set through its thread id; elsewhere this thread keeps the process's. */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isSafeInteger(tid) && tid > 0) setPriority(tid, WRITER_NICE);
  } catch {
    // No /proc/thread-self (not Linux) or not permitted: normal priority, as before.
  }
}

lowerPriority();
const data = workerData as WriterData;
const counters = new Int32Array(data.counters);
const store = new AuditStore(data.file, data.keyId);
const port = parentPort!;
const log = (message: string) => port.postMessage({ type: 'log', message } satisfies FromWriter);

function write(items: ToWriter & { type: 'write' }): void {
  const records: AuditRecord[] = [];
  const events: AccessEvent[] = [];
  for (const line of items.items) {
    const it = JSON.parse(line) as WireItem;
    if ('record' in it) records.push(it.record);
    else events.push(it.event);
  }
  try {
    store.write(records, events);
    Atomics.add(counters, SLOT.written, items.items.length);
  } catch (e) {
    Atomics.add(counters, SLOT.failed, items.items.length);
    log(`audit write failed, ${items.items.length} records dropped: ${(e as Error).message}`);
  }
  Atomics.add(counters, SLOT.batchesDone, 1);
  Atomics.notify(counters, SLOT.batchesDone);
  port.postMessage({ type: 'batch-done' } satisfies FromWriter);
}

/** Bounded prune steps, yielding between them so queued batches are not held up. */
function housekeep(): void {
  try {
    if (store.prune(Date.now(), data.limits)) {
      setImmediate(housekeep);
      return;
    }
  } catch (e) {
    log(`audit housekeeping failed: ${(e as Error).message}`);
  }
  Atomics.add(counters, SLOT.housekeepsDone, 1);
}

function close(): void {
  clearInterval(timer);
  store.close(); // checkpoints the WAL: the database is one self-contained file again
  Atomics.store(counters, SLOT.closed, 1);
  Atomics.notify(counters, SLOT.closed);
  port.close();
}

port.on('message', (m: ToWriter) => (m.type === 'write' ? write(m) : m.type === 'housekeep' ? housekeep() : close()));
const timer = setInterval(housekeep, data.housekeepEveryMs);
timer.unref();
