import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScanInput } from '../../src/scan/input';
import { scanCases, type ScanCase } from '../../src/scan/scan';
import { builtCli } from '../support/cli';

const user = (id: string, userId: number, phone: string): ScanCase => ({
  id,
  method: 'GET',
  path: `/api/v2/users/${userId}?expand=1`,
  direction: 'response',
  contentType: 'application/json; charset=utf-8',
  body: `{"id": ${userId}, "mobile": "${phone}",  "note":"ok"}`,
});

describe('scanCases', () => {
  it('learns route templates from the whole file and masks like the data path', () => {
    const results = scanCases([user('a', 10293, '13812345678'), user('b', 48812, '13987654321'), user('c', 7, '13700001111')]);
    expect(results.map((r) => r.route)).toEqual(Array(3).fill('GET /api/v2/users/{id}'));
    expect(results[0].findings).toEqual([{ pointer: '/mobile', type: 'PHONE_NUMBER', confidence: expect.any(Number) }]);
    // Only the sensitive leaf changes; spacing of the rest stays byte for byte.
    expect(results[0].body).toBe('{"id": 10293, "mobile": "138****5678",  "note":"ok"}');
  });

  it('reads the whole file as route history: a field that keeps holding names is masked under an unknown key', () => {
    const names = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏'];
    const cases: ScanCase[] = names.map((n, i) => ({
      id: String(i), method: 'GET', path: `/api/rows/${i + 100}`, direction: 'response', body: JSON.stringify({ rows: [{ who: n, n: i }] }),
    }));
    const alone = scanCases(cases, { history: false });
    expect(alone.every((r) => r.findings.length === 0)).toBe(true);
    const withHistory = scanCases(cases);
    expect(withHistory.map((r) => r.findings.map((f) => `${f.pointer} ${f.type}`))).toEqual(names.map(() => ['/rows/0/who PERSON_NAME']));
    expect(withHistory.every((r, i) => !r.body!.includes(names[i]))).toBe(true);
  });

  it('withholds a body it cannot parse and says why', () => {
    const [r] = scanCases([{ ...user('x', 1, '13812345678'), body: '{"mobile": "13812345678"' }]);
    expect(r.body).toBeNull();
    expect(r.error).toMatch(/malformed_json|truncated|incomplete/);
    expect(JSON.stringify(r)).not.toContain('13812345678');
  });

  it('passes bodies of content types it does not inspect, and says so', () => {
    const [r] = scanCases([{ ...user('t', 1, '13812345678'), contentType: 'text/plain', body: 'hello' }]);
    expect(r).toMatchObject({ body: 'hello', findings: [], skipped: expect.stringContaining('text/plain') });
  });

  it('explains each finding with its evidence', () => {
    const [r] = scanCases([user('e', 1, '13812345678')], { explain: true });
    expect(r.findings[0].evidence!.length).toBeGreaterThan(0);
    expect(r.findings[0].evidence!.join(' ')).not.toContain('13812345678');
  });
});

describe('parseScanInput', () => {
  it('reports bad lines with their numbers and keeps the good ones', () => {
    const good = JSON.stringify(user('g', 1, '1'));
    const { cases, errors } = parseScanInput(`${good}\n\nnot json\n{"id":"n","method":"GET","path":"x","direction":"up","body":"{}"}\n`);
    expect(cases.map((c) => c.id)).toEqual(['g']);
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
    expect(errors[1].message).toMatch(/path/);
    expect(errors[1].message).toMatch(/direction/);
  });
});

describe('apiward scan (CLI)', () => {
  it('writes the DESIGN §3 output lines and a summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apiward-scan-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, [user('a', 1, '13812345678'), user('b', 2, '13987654321')].map((c) => JSON.stringify(c)).join('\n'));
    const result = spawnSync(process.execPath, [builtCli(), 'scan', '--input', input, '--output', output], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/2 cases, 1 routes, 2 findings \(PHONE_NUMBER 2\)/);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 'a', findings: [{ pointer: '/mobile', type: 'PHONE_NUMBER' }] });
    expect(lines[0].body).not.toContain('13812345678');
  });
});
