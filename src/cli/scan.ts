import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { parseScanInput } from '../scan/input';
import { scanCases } from '../scan/scan';
import type { CliIo } from './io';

const HELP = `usage: apiward scan --input cases.jsonl --output results.jsonl [--explain] [--no-history] [--config FILE]

Classifies and masks recorded API traffic offline with the sidecar's own
classifier and masker. Input line: {"id","method","path","direction","contentType","body"};
output line: {"id","route","findings":[{"pointer","type","confidence"}],"body"}.
The whole file is first read as traffic history, so a field is judged with what
its route held in every case (--no-history: each body alone, like a first request).
--explain adds the evidence behind every finding. Use - for stdin/stdout.`;

export async function main(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string', short: 'i' },
      output: { type: 'string', short: 'o' },
      explain: { type: 'boolean', default: false },
      'no-history': { type: 'boolean', default: false },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (values.input === undefined || values.output === undefined) {
    io.err(`scan: --input and --output are required\n${HELP}`);
    return 2;
  }
  const started = Date.now();
  const text = readFileSync(values.input === '-' ? 0 : values.input, 'utf8');
  const { cases, errors } = parseScanInput(text);
  for (const e of errors) io.err(`scan: ${values.input}:${e.line}: ${e.message}`);
  io.err(`scan: ${cases.length} cases read${errors.length ? `, ${errors.length} lines rejected` : ''}; learning routes and classifying…`);
  const results = scanCases(cases, { config: values.config === undefined ? undefined : loadConfig(values.config), explain: values.explain, history: !values['no-history'] });
  const out = results.map((r) => JSON.stringify(r)).join('\n');
  if (values.output === '-') io.out(out);
  else writeFileSync(values.output, results.length ? `${out}\n` : '');

  const byType = new Map<string, number>();
  let failed = 0;
  for (const r of results) {
    if (r.error !== undefined) failed++;
    for (const f of r.findings) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  }
  const types = [...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
  const routes = new Set(results.map((r) => r.route)).size;
  io.err(`scan: ${results.length} cases, ${routes} routes, ${[...byType.values()].reduce((a, b) => a + b, 0)} findings${types ? ` (${types})` : ''}` +
    `${failed ? `, ${failed} bodies unparseable (withheld)` : ''} in ${((Date.now() - started) / 1000).toFixed(2)}s`);
  return errors.length > 0 || failed > 0 ? 1 : 0;
}
