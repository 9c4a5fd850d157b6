import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StateFile } from '../../src/fieldmap/persist';

interface Doc {
  n: number;
}
const parse = (raw: unknown): Doc => {
  if (typeof raw !== 'object' || raw === null || typeof (raw as Doc).n !== 'number') throw new Error('not a Doc');
  return raw as Doc;
};

describe('StateFile', () => {
  let dir: string;
  let warnings: string[];
  const file = (debounceMs = 20) => new StateFile<Doc>({ path: join(dir, 'sub', 'state.json'), parse, logger: { warn: (m) => warnings.push(m) }, debounceMs });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'apiward-state-'));
    warnings = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads nothing, silently, when there is no file yet', () => {
    expect(file().load()).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('debounces many changes into one write of the latest state, then reads it back', async () => {
    const f = file(30);
    let state = 0;
    let snapshots = 0;
    for (let i = 0; i < 50; i++) {
      state = i;
      f.schedule(async () => {
        snapshots++;
        return JSON.stringify({ n: state });
      });
    }
    await new Promise((r) => setTimeout(r, 80));
    await f.flush();
    expect(snapshots).toBe(1);
    expect(file().load()).toEqual({ n: 49 });
    expect(readdirSync(join(dir, 'sub'))).toEqual(['state.json']);
  });

  it('flush() writes at once without waiting for the debounce', async () => {
    const f = file(60_000);
    f.schedule(async () => JSON.stringify({ n: 7 }));
    await f.flush();
    expect(JSON.parse(readFileSync(join(dir, 'sub', 'state.json'), 'utf8'))).toEqual({ n: 7 });
  });

  it.each([
    ['truncated JSON', '{"n": 1'],
    ['valid JSON of the wrong shape', '{"routes": 3}'],
    ['binary garbage', '\u0000\u0001\u00ff'],
  ])('reports a corrupt file (%s), moves it aside and starts empty', async (_n, content) => {
    const f = file();
    f.schedule(async () => JSON.stringify({ n: 1 }));
    await f.flush();
    writeFileSync(join(dir, 'sub', 'state.json'), content);
    expect(file().load()).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/state\.json is corrupt and was ignored; moved to .*corrupt-/);
    expect(readdirSync(join(dir, 'sub')).filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
  });

  it('reports a render that fails instead of throwing, and writes nothing', async () => {
    const f = file();
    f.schedule(async () => {
      throw new Error('boom');
    });
    await expect(f.flush()).resolves.toBeUndefined();
    expect(warnings[0]).toMatch(/not written: boom/);
    expect(file().load()).toBeUndefined();
  });

  it('reports a failed write instead of throwing', async () => {
    writeFileSync(join(dir, 'sub'), 'a file where the directory should be');
    const f = file();
    f.schedule(async () => JSON.stringify({ n: 1 }));
    await expect(f.flush()).resolves.toBeUndefined();
    expect(warnings[0]).toMatch(/not written/);
  });
});
