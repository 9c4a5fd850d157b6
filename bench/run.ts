import { runAccessBench } from './access-audit';
import { runExtProcBench } from './extproc';
import { runMaskerBench } from './masker';
import { runSizingBench } from './sizing';
import { runSseBench } from './sse';

// `npm run bench [-- name ...]`: runs the named benches, or all of them in order.
// A new bench file exports one run function and adds one line here.
// BENCH_SECONDS (default 2) lengthens the audit burst and the sizing windows; latency levels last three times that.

const BENCHES: ReadonlyArray<readonly [name: string, run: () => void | Promise<void>]> = [
  ['masker', runMaskerBench],
  ['extproc', runExtProcBench],
  ['access', runAccessBench],
  ['sizing', runSizingBench],
  ['sse', runSseBench],
];

async function main(names: readonly string[]): Promise<void> {
  const unknown = names.filter((n) => !BENCHES.some(([name]) => name === n));
  if (unknown.length > 0) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${BENCHES.map(([n]) => n).join(', ')}`);
  for (const [name, run] of BENCHES) if (names.length === 0 || names.includes(name)) await run();
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
