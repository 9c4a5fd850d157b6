import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

// The data path in a process of its own, with V8 tracing deoptimizations: warm it up, let it
// go idle (no body in flight), force the major GC that the memory reducer would run then, and
// mask again. Nothing may be deoptimized because an object layout died in that GC.

const SRC = resolve(__dirname, '../../src');
const HOOK = join(__dirname, '../audit/ts-hook.js');
const CHILD = `
require(${JSON.stringify(HOOK)});
const { createClassifier } = require(${JSON.stringify(join(SRC, 'classify/index.ts'))});
const { JsonMasker } = require(${JSON.stringify(join(SRC, 'json/masker.ts'))});
const { createLeafMasker } = require(${JSON.stringify(join(SRC, 'mask/leaf-masker.ts'))});
const { createOperators } = require(${JSON.stringify(join(SRC, 'mask/operators.ts'))});
const { StrategyResolver } = require(${JSON.stringify(join(SRC, 'mask/resolver.ts'))});
const classifier = createClassifier();
const agent = { id: null, known: false, reveal: new Set(), strategies: new Map(), maskAll: false };
const mask = createLeafMasker({ operators: createOperators({ hashKey: Buffer.alloc(32, 7) }), resolver: new StrategyResolver(), agent, route: 'GET /x', fingerprint: () => 'fp' });
const fieldMap = { route: 'GET /x', version: 0, isEmpty: true, lookup: () => undefined };
const bodies = [
  { data: [{ id: 1, name: '张伟', mobile: '13812345678', note: '请联系 13912345678' }, { id: 2, name: 'Ann Lee', email: 'ann@example.com' }] },
  { order: { order_no: 'SO20240101000123', amount: 12.5, payload: '{"idCard":"11010519491231002X","city":"Beijing"}' }, query: 'phone=13812345678&page=2' },
  { items: [[1, 2, 3], ['a', 'b'], { deep: { deeper: { card: '4111 1111 1111 1111' } } }], ok: true, none: null },
].map((b) => Buffer.from(JSON.stringify(b)));
function pass() {
  let n = 0;
  for (const body of bodies) {
    const m = new JsonMasker({ classifier, fieldMap, direction: 'response', mask, onFinding: () => n++ });
    m.push(body);
    m.end();
  }
  return n;
}
for (let i = 0; i < 3000; i++) pass();
process.stdout.write('@@idle\\n');
gc();
gc();
const n = pass();
process.stdout.write('@@end ' + n + '\\n');
`;

function run(): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--expose-gc', '--trace-deopt', '-e', CHILD], { stdio: ['ignore', 'pipe', 'pipe'], cwd: resolve(__dirname, '../..') });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`child exited ${code}: ${err}`))));
  });
}

test('an idle major GC deoptimizes none of the data path', async () => {
  const out = await run();
  const idle = out.indexOf('@@idle');
  expect(idle).toBeGreaterThan(0);
  expect(out).toMatch(/@@end [1-9]/); // the bodies were really masked
  const killed = out.slice(idle).split('\n').filter((l) => l.includes('reason: weak objects'))
    .map((l) => /SharedFunctionInfo ([^>]*)>/.exec(l)?.[1] ?? l);
  expect(killed).toEqual([]);
}, 60_000);
