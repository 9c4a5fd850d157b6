import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_KINDS, startServer, type ServerKind } from './servers';

// Each benched server runs in a child process of its own, so its RSS and CPU
// time are its own and not the load generator's. The child answers usage
// queries over IPC; its stdout (the sidecar's JSONL audit lines) goes to /dev/null.

export interface Usage {
  readonly rss: number;
  /** Highest RSS seen (sampled every 10 ms) since start or the last reset. */
  readonly peakRss: number;
  /** User + system CPU time of the whole process (all threads), µs. */
  readonly cpuMicros: number;
  /** Child's monotonic clock, ms: CPU time over wall time is cores used. */
  readonly at: number;
}

export interface ServerChild {
  readonly address: string;
  usage(): Promise<Usage>;
  /** Collects garbage, then restarts the peak from the current RSS. */
  reset(): Promise<Usage>;
  stop(): void;
}

type Command = 'usage' | 'reset';

export async function spawnServer(kind: ServerKind): Promise<ServerChild> {
  const stateDir = mkdtempSync(join(tmpdir(), `apiward-bench-${kind}-`));
  const child = fork(__filename, ['serve', kind, stateDir], { execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let listening = false;
  let stopped = false;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => {
      listening = true;
      resolve(m.port);
    });
    // A server that dies mid-bench would leave its streams waiting forever: stop the whole run.
    child.on('exit', (code, signal) => {
      if (stopped) return;
      const e = new Error(`bench server ${kind} exited (${code ?? signal})`);
      if (listening) throw e;
      reject(e);
    });
  });
  const ask = (command: Command) => new Promise<Usage>((resolve) => {
    child.once('message', (m: Usage) => resolve(m));
    child.send(command);
  });
  return {
    address: `127.0.0.1:${port}`,
    usage: () => ask('usage'),
    reset: () => ask('reset'),
    stop: () => {
      stopped = true;
      child.kill('SIGKILL');
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

async function serve(kind: ServerKind, stateDir: string): Promise<void> {
  const port = await startServer(kind, stateDir);
  let peak = process.memoryUsage.rss();
  setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10).unref();
  const usage = (): Usage => {
    const rss = process.memoryUsage.rss();
    const cpu = process.cpuUsage();
    return { rss, peakRss: Math.max(peak, rss), cpuMicros: cpu.user + cpu.system, at: performance.now() };
  };
  process.on('message', (m: Command) => {
    if (m === 'reset') {
      global.gc?.();
      peak = process.memoryUsage.rss();
    }
    process.send!(usage());
  });
  // The bench ended (or crashed) without stop(): do not outlive it.
  process.on('disconnect', () => process.exit(0));
  process.send!({ port });
}

if (require.main === module && process.argv[2] === 'serve') {
  const kind = process.argv[3] as ServerKind;
  if (!SERVER_KINDS.includes(kind)) throw new Error(`unknown bench server ${kind}`);
  void serve(kind, process.argv[4]!);
}
