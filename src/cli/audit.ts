import { parseArgs } from 'node:util';
import { Fingerprinter } from '../audit/fingerprint';
import { AuditReader, type ExposureFilter, type ExposureRow, type TraceRow } from '../audit/queries';
import { auditDbPath } from '../audit/store';
import { compileRoutePattern } from '../policy/route-pattern';
import type { CliIo } from './io';

const USAGE = `usage:
  apiward audit trace --value V [--state-dir DIR] [--json]
      which agents received V (compared by keyed fingerprint), through which routes, when
  apiward audit exposure [--agent ID] [--since T] [--route PATTERN] [--state-dir DIR] [--json]
      distinct sensitive values released per agent and type (T: ISO time or 30m, 24h, 7d)

The fingerprint key is APIWARD_AUDIT_KEY, else DIR/audit.key (the server's). Default DIR: ./.state`;

const OPTIONS = {
  value: { type: 'string' },
  agent: { type: 'string' },
  since: { type: 'string' },
  route: { type: 'string' },
  'state-dir': { type: 'string', default: './.state' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

/** `30m`, `24h`, `7d`, or anything Date.parse understands; returns epoch ms. */
export function parseSince(s: string, now = Date.now()): number {
  const rel = /^(\d+)\s*([smhd])$/.exec(s.trim());
  if (rel !== null) return now - Number(rel[1]) * { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[rel[2] as 's' | 'm' | 'h' | 'd'];
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new UsageError(`--since: "${s}" is neither a time (2026-11-28T12:00:00Z) nor a duration (30m, 24h, 7d)`);
  return t;
}

function table(headers: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

const iso = (ms: number) => new Date(ms).toISOString();
const who = (agent: string | null) => agent ?? '(unidentified)';

function trace(reader: AuditReader, stateDir: string, value: string, json: boolean, io: CliIo): number {
  const fp = Fingerprinter.load(stateDir, { create: false });
  const written = reader.keyId();
  if (written !== undefined && written !== fp.keyId) {
    io.err(`the audit key here (id ${fp.keyId}) is not the one that wrote ${auditDbPath(stateDir)} (id ${written}): set APIWARD_AUDIT_KEY as the server has it`);
    return 1;
  }
  const rows: TraceRow[] = reader.trace(fp.fingerprint(value));
  if (json) {
    io.out(JSON.stringify({ agents: [...new Set(rows.map((r) => r.agent))], recipients: rows.map((r) => ({ ...r, first: iso(r.first), last: iso(r.last) })) }));
  } else if (rows.length === 0) {
    io.out('no agent received this value (in the retained audit trail)');
  } else {
    io.out(table(['AGENT', 'ROUTE', 'DIRECTION', 'TYPE', 'RELEASED', 'TIMES', 'FIRST', 'LAST'],
      rows.map((r) => [who(r.agent), r.route, r.direction, r.type, r.released, r.times, iso(r.first), iso(r.last)])));
  }
  return 0;
}

function exposureFilter(opts: { agent?: string; since?: string; route?: string }): ExposureFilter {
  let route;
  try {
    route = opts.route === undefined ? undefined : compileRoutePattern(opts.route);
  } catch (e) {
    throw new UsageError(`--route: ${(e as Error).message}`);
  }
  return { agent: opts.agent, since: opts.since === undefined ? undefined : parseSince(opts.since), route };
}

function exposure(reader: AuditReader, f: ExposureFilter, json: boolean, io: CliIo): number {
  const byAgent = reader.exposure(f);
  const total = reader.exposure({ ...f, byAgent: false });
  if (json) {
    io.out(JSON.stringify({ byAgent, total: total.map(({ agent: _a, ...rest }) => rest) }));
    return 0;
  }
  const rows = (list: ExposureRow[], label: (r: ExposureRow) => string) => list.map((r) => [label(r), r.type, r.distinctValues, r.releases, r.clear, r.partial]);
  io.out(table(['AGENT', 'TYPE', 'DISTINCT VALUES', 'RELEASES', 'CLEAR', 'PARTIAL'], [
    ...rows(byAgent, (r) => who(r.agent)),
    ...rows(total, () => '(all agents)'),
  ]));
  return 0;
}

/** `audit trace` / `audit exposure`: 0 ok, 1 failure (no database, key mismatch), 2 usage. */
export async function main(args: string[], io: CliIo): Promise<number> {
  let reader: AuditReader | undefined;
  try {
    const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [sub, ...extra] = positionals;
    if (extra.length > 0 || (sub !== 'trace' && sub !== 'exposure')) throw new UsageError('expected "trace" or "exposure"');
    if (sub === 'trace' && (values.value === undefined || values.value === '')) throw new UsageError('trace needs --value V');
    const filter = sub === 'exposure' ? exposureFilter(values) : undefined;
    reader = new AuditReader(auditDbPath(values['state-dir']));
    return filter === undefined
      ? trace(reader, values['state-dir'], values.value!, values.json, io)
      : exposure(reader, filter, values.json, io);
  } catch (e) {
    const usage = e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    io.err(usage ? `${(e as Error).message}\n${USAGE}` : `apiward audit: ${(e as Error).message}`);
    return usage ? 2 : 1;
  } finally {
    reader?.close();
  }
}
