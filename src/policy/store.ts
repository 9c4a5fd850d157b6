import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Metrics } from '../metrics/metrics';
import { compilePolicyText, defaultPolicy, readPolicyFile, type CompiledPolicy } from './compile';
import { PolicyError } from './parse';

export interface PolicySource {
  /** The policy in force now. Read it once per request: a reload swaps the whole object. */
  current(): CompiledPolicy;
}

export type ReloadOutcome = 'applied' | 'unchanged' | 'rejected';

export interface PolicyStoreDeps {
  readonly metrics: Metrics;
  readonly log: (message: string) => void;
  readonly env?: NodeJS.ProcessEnv;
  /** Safety net for volumes where inotify misses changes. */
  readonly pollMs?: number;
  readonly debounceMs?: number;
}

/** A fixed policy (tests, or no --policy given). */
export function staticPolicy(policy: CompiledPolicy = defaultPolicy()): PolicySource {
  return { current: () => policy };
}

/**
 * The policy file, reloaded on change. Watches the DIRECTORY, not the file:
 * Kubernetes ConfigMap volumes update by atomically re-pointing the `..data`
 * symlink, so the file's own inode never changes and a file watch would miss
 * it (or die with the old inode). Every event just triggers a re-read; a reload
 * whose bytes are unchanged is a no-op, a broken one keeps the last good policy.
 */
export class PolicyStore implements PolicySource {
  private policy: CompiledPolicy;
  private watcher: FSWatcher | undefined;
  private poller: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;
  private readonly listeners: Array<(outcome: ReloadOutcome, error?: PolicyError) => void> = [];
  readonly path: string;

  /** Text of the policy in force: a poll that reads the same bytes has nothing to compile. */
  private text: string;

  /** Loads the file now; throws PolicyError if it is invalid (fail loudly at start). */
  constructor(path: string, private readonly deps: PolicyStoreDeps) {
    this.path = resolve(path);
    this.text = readPolicyFile(this.path);
    this.policy = this.compile(this.text);
  }

  current(): CompiledPolicy {
    return this.policy;
  }

  onReload(listener: (outcome: ReloadOutcome, error?: PolicyError) => void): void {
    this.listeners.push(listener);
  }

  reload(): ReloadOutcome {
    let outcome: ReloadOutcome;
    let error: PolicyError | undefined;
    try {
      // Compiling a 100-agent policy costs ~50 ms of the data path's thread, every poll.
      // The digest is of the text alone, so equal text was always 'unchanged'.
      const text = readPolicyFile(this.path);
      outcome = text === this.text ? 'unchanged' : 'applied';
      if (outcome === 'applied') {
        this.policy = this.compile(text);
        this.text = text;
      }
    } catch (e) {
      error = e instanceof PolicyError ? e : new PolicyError([(e as Error).message]);
      outcome = 'rejected';
      this.deps.log(`policy reload rejected, keeping the previous policy: ${error.message}`);
    }
    if (outcome !== 'unchanged') this.deps.metrics.policyReloads.inc({ outcome });
    if (outcome === 'applied') this.deps.log(`policy reloaded from ${this.path} (${this.policy.agents.size} agents)`);
    for (const l of this.listeners) l(outcome, error);
    return outcome;
  }

  private compile(text: string): CompiledPolicy {
    return compilePolicyText(text, this.path, dirname(this.path), this.deps.env);
  }

  start(): void {
    const dir = dirname(this.path);
    const name = basename(this.path);
    try {
      this.watcher = watch(dir, { persistent: false }, (_event, file) => {
        if (file === null || file === name || file.startsWith('..')) this.schedule();
      });
      this.watcher.on('error', (e) => this.deps.log(`policy watch on ${dir} failed, polling only: ${e.message}`));
    } catch (e) {
      this.deps.log(`policy watch on ${dir} failed, polling only: ${(e as Error).message}`);
    }
    this.poller = setInterval(() => this.reload(), this.deps.pollMs ?? 5000);
    this.poller.unref();
  }

  close(): void {
    this.watcher?.close();
    clearInterval(this.poller);
    clearTimeout(this.pending);
  }

  // Editors and the kubelet produce bursts of events for one logical change.
  private schedule(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.reload(), this.deps.debounceMs ?? 50);
    this.pending.unref();
  }
}
