import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { inventoryFromState, type InventoryRoute, type RoutesDocument } from '../profile/inventory';
import { parseState, STATE_FILE_NAME } from '../profile/state';
import type { CliIo } from './io';

const HELP = `usage: apiward routes [--admin-addr HOST:PORT | --state-dir DIR] [--json]

Shows the route inventory apiward learned: each route template with its
business category, risk, bodies seen, last seen, and the sensitive fields of
its FieldMap (JSON pointer, type, confidence, source).

  --admin-addr HOST:PORT  ask a running sidecar (GET /v1/routes); default 127.0.0.1:9090
  --state-dir DIR         read the learned state a sidecar saved in DIR instead
  --json                  print the /v1/routes document as it is`;

const FETCH_TIMEOUT_MS = 5_000;

export async function main(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'admin-addr': { type: 'string', default: '127.0.0.1:9090' },
        'state-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.err(`apiward routes: ${(e as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  let doc: RoutesDocument;
  try {
    doc = values['state-dir'] !== undefined ? fromStateDir(values['state-dir']) : await fromAdmin(values['admin-addr']);
  } catch (e) {
    io.err(`apiward routes: ${(e as Error).message}`);
    return 1;
  }
  io.out(values.json ? JSON.stringify(doc, null, 2) : table(doc));
  return 0;
}

async function fromAdmin(addr: string): Promise<RoutesDocument> {
  const url = `http://${addr}/v1/routes`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (e) {
    const cause = (e as { cause?: Error }).cause?.message ?? (e as Error).message;
    throw new Error(`cannot reach the admin server at ${addr}: ${cause}`);
  }
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const doc = (await res.json()) as RoutesDocument;
  if (!Array.isArray(doc?.routes)) throw new Error(`${url} did not answer a route inventory`);
  return doc;
}

/** Reads the state file without touching it: the sidecar that owns it may be running. */
function fromStateDir(dir: string): RoutesDocument {
  const path = join(dir, STATE_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`no learned state in ${dir} (${STATE_FILE_NAME} not found)`);
    throw new Error(`cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return inventoryFromState(parseState(JSON.parse(text)));
  } catch (e) {
    throw new Error(`${path} is not a valid state file: ${(e as Error).message.split('\n')[0]}`);
  }
}

function table(doc: RoutesDocument): string {
  if (doc.routes.length === 0) return 'no routes learned yet';
  const head = ['ROUTE', 'CATEGORY', 'RISK', 'SAMPLES', 'LAST SEEN'];
  const rows = doc.routes.map((r) => [r.route, r.category, r.risk, String(r.samples), r.lastSeen.replace('T', ' ').replace(/\.\d+Z$/, 'Z')]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const out = [line(head)];
  doc.routes.forEach((r, i) => {
    out.push(line(rows[i]));
    out.push(...fieldLines(r));
  });
  const fields = doc.routes.reduce((n, r) => n + r.fields.length, 0);
  out.push('', `${doc.routes.length} route(s), ${fields} sensitive field(s)`);
  return out.join('\n');
}

function fieldLines(r: InventoryRoute): string[] {
  if (r.fields.length === 0) return [];
  const pw = Math.max(...r.fields.map((f) => f.pointer.length));
  const tw = Math.max(...r.fields.map((f) => f.type.length));
  return r.fields.map((f) => `    ${f.pointer.padEnd(pw)}  ${f.type.padEnd(tw)}  ${f.confidence.toFixed(2)}  ${f.source}`);
}
