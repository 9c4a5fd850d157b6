import { readFileSync, renameSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

// One JSON document on disk, written off the data path: changes are debounced
// into one write, the owner renders the text asynchronously (so that a large
// state is serialised in slices between streams, not in one long pause), and
// the write goes to a temporary file renamed over the old one (a crash leaves
// either the old or the new document, never half of one). A corrupt file is
// reported, moved aside for inspection and ignored: a bad state file costs what
// was learned, never the sidecar.

export interface StateLogger {
  warn(message: string): void;
}

export interface StateFileOptions<T> {
  path: string;
  /** Validates the parsed JSON; throws on anything that is not a T. */
  parse(raw: unknown): T;
  logger: StateLogger;
  debounceMs?: number;
}

export class StateFile<T> {
  private timer: NodeJS.Timeout | undefined;
  private pending: (() => Promise<string>) | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly opts: StateFileOptions<T>) {}

  get path(): string {
    return this.opts.path;
  }

  /** The stored document; undefined when there is none or it could not be used. Synchronous: start-up only. */
  load(): T | undefined {
    let text: string;
    try {
      text = readFileSync(this.opts.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.opts.logger.warn(`state file ${this.opts.path} unreadable, starting empty: ${(e as Error).message}`);
      return undefined;
    }
    try {
      return this.opts.parse(JSON.parse(text));
    } catch (e) {
      const aside = `${this.opts.path}.corrupt-${Date.now()}`;
      let moved = '';
      try {
        renameSync(this.opts.path, aside);
        moved = `; moved to ${aside}`;
      } catch {
        // Left in place: the next write replaces it, which is all that matters.
      }
      this.opts.logger.warn(`state file ${this.opts.path} is corrupt and was ignored${moved}: ${firstLine((e as Error).message)}`);
      return undefined;
    }
  }

  /** Writes what `render()` resolves to, soon; repeated calls within the debounce window make one write. */
  schedule(render: () => Promise<string>): void {
    this.pending = render;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.opts.debounceMs ?? 1000);
    this.timer.unref();
  }

  /** Writes what is pending now and resolves once it is on disk. Errors are reported, not thrown. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const render = this.pending;
    this.pending = undefined;
    if (render !== undefined) this.writing = this.writing.then(() => this.write(render));
    return this.writing;
  }

  private async write(render: () => Promise<string>): Promise<void> {
    const tmp = `${this.opts.path}.${process.pid}.tmp`;
    try {
      const text = await render();
      await mkdir(dirname(this.opts.path), { recursive: true });
      await writeFile(tmp, text, { mode: 0o600 });
      await rename(tmp, this.opts.path);
    } catch (e) {
      this.opts.logger.warn(`state file ${this.opts.path} not written: ${(e as Error).message}`);
    }
  }
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}
