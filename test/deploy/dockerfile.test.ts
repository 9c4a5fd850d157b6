import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execForm, inContext, parseDockerfile, readDockerignore, type Stage } from './dockerfile';

// No Docker engine runs here, so the image recipe is checked statically: the
// stages, what the runtime stage contains, the build context, and that the
// runtime's production-only node_modules holds every package src/ imports.

const ROOT = resolve(__dirname, '..', '..');
const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const runtime = stages[stages.length - 1];
const ops = (s: Stage, op: string) => s.instructions.filter((i) => i.op === op).map((i) => i.args);
const stageNamed = (name: string) => stages.find((s) => s.name === name);
/** The stage and all it is built FROM, nearest first. */
const lineage = (s: Stage | undefined): Stage[] => (s === undefined ? [] : [s, ...lineage(stageNamed(s.from))]);
const runs = (s: Stage | undefined) => lineage(s).flatMap((x) => ops(x, 'RUN'));

describe('Dockerfile', () => {
  test('the runtime stage starts from a base image, not from a build stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(stageNamed(runtime.from)).toBeUndefined();
  });

  test('node_modules in the runtime comes from a production-only install; dist from the build', () => {
    const copies = ops(runtime, 'COPY').map((c) => /^--from=(\S+)\s+(\S+)\s+(\S+)$/.exec(c)).filter((m) => m !== null);
    const from = (dest: string) => stageNamed(copies.find((m) => m?.[3].replace(/^\.\//, '') === dest)?.[1] ?? '');
    expect(runs(from('node_modules')).some((r) => /npm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(runs(from('node_modules')).some((r) => /npm ci(?!.*--omit=dev)/.test(r))).toBe(false);
    expect(runs(from('dist')).some((r) => /npm run build/.test(r))).toBe(true);
    const outDir = (JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { compilerOptions: { outDir: string } }).compilerOptions.outDir;
    expect(copies.some((m) => m?.[2].endsWith(`/${outDir}`))).toBe(true);
    // src/extproc/proto.ts loads the .proto files from a proto/ folder above dist/
    expect(ops(runtime, 'COPY')).toContain('proto ./proto');
  });

  test('runs as a numeric non-root user, with the state dir as a volume that user owns', () => {
    const [user] = ops(runtime, 'USER');
    expect(user).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    const [volume] = ops(runtime, 'VOLUME').map((v) => execForm(v));
    expect(volume).toEqual(['/var/lib/apiward']);
    expect(ops(runtime, 'RUN').some((r) => r.includes(`chown ${user} /var/lib/apiward`))).toBe(true);
  });

  test('starts `node dist/cli.js serve` in exec form (node gets SIGTERM), with no HEALTHCHECK', () => {
    expect(execForm(ops(runtime, 'ENTRYPOINT')[0])).toEqual(['node', 'dist/cli.js']);
    const cmd = execForm(ops(runtime, 'CMD')[0]) ?? [];
    expect(cmd[0]).toBe('serve');
    expect(cmd.filter((a) => a.startsWith('--'))).toEqual(['--grpc-addr', '--admin-addr', '--state-dir']);
    expect(ops(runtime, 'STOPSIGNAL')).toEqual(['SIGTERM']);
    expect(stages.flatMap((s) => ops(s, 'HEALTHCHECK'))).toEqual([]);
  });

  test('every file a COPY names from the context is in the context; no local state or secrets are', () => {
    const rules = readDockerignore(join(ROOT, '.dockerignore'));
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const context = tracked.filter((f) => inContext(f, rules));
    const sources = stages.flatMap((s) => ops(s, 'COPY')).filter((c) => !c.startsWith('--from=')).flatMap((c) => c.split(/\s+/).slice(0, -1));
    for (const src of sources) {
      expect([src, context.some((f) => f === src || f.startsWith(`${src}/`))]).toEqual([src, true]);
    }
    expect(context.filter((f) => /^(\.state|node_modules|dist|test|k8s|\.git)\//.test(f) || /\.env$/.test(f))).toEqual([]);
  });

  test('the production install holds every package src/ imports at run time', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (e.name.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8');
          for (const m of text.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+'([^']+)'|require\('([^']+)'\)|^\s*export\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
            const spec = m[1] ?? m[2] ?? m[3];
            if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
            imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
          }
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(imported.size).toBeGreaterThan(3);
    expect([...imported].filter((p) => !(p in pkg.dependencies)).sort()).toEqual([]);
  });
});

describe('.dockerignore matching', () => {
  test.each<[string, string[], boolean]>([
    ['src/a.ts', ['*', '!src'], true],
    ['src/deep/a.ts', ['*', '!src'], true],
    ['test/a.test.ts', ['*', '!src'], false],
    ['package.json', ['*', '!package.json'], true],
    ['docs/x.md', ['**/*.md'], false],
    ['x.md', ['**/*.md'], false],
    ['src/a.ts', ['src', '!src/a.ts'], true],
    ['src/b.ts', ['src', '!src/a.ts'], false],
  ])('%s with %j → in context: %s', (path, patterns, expected) => {
    const file = join(tmpdir(), `apiward-dockerignore-${process.pid}`);
    writeFileSync(file, patterns.join('\n'));
    expect(inContext(path, readDockerignore(file))).toBe(expected);
  });
});
