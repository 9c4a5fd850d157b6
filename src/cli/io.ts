/** Where a command writes; injected so tests capture output without touching process streams. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
}

export type CommandMain = (args: string[], io: CliIo) => Promise<number>;

export const processIo: CliIo = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};
