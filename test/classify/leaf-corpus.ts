// Documents for the fast-path differential test: the bench fixtures, recorded
// traffic, every string literal of the detector and classifier test tables, and
// seeded random values, each placed under keys, next to siblings and labels,
// after cue words and inside encodings, so every branch of the classifier sees them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBody, rng } from '../../bench/fixtures';
import { CUES, pick, randomSentence, randomValue } from './random-leaves';

const ROOT = join(__dirname, '..', '..');

/** Keys of every flavour: neutral, typed (Latin, pinyin, CJK), negative, prose, generic. */
const KEYS = [
  'x', 'c7', 'remark', 'phone', 'sjh', 'idCard', 'cardNo', 'bankAccount', 'password', 'token', 'name', 'realName',
  'address', 'birthday', 'passportNo', 'permitNo', 'creditCode', 'vin', 'plateNo', 'ssn', 'clientIp', 'lat', 'email',
  'orderNo', 'amount', 'version', '联系电话', '身份证号', '备注', 'value', 'customer_contact', 'product_name',
];

function trafficBodies(): string[] {
  const files = [join(ROOT, 'examples', 'traffic.jsonl')];
  const corpus = join(ROOT, 'test', 'corpus');
  if (existsSync(corpus)) for (const f of readdirSync(corpus)) if (f.endsWith('.jsonl')) files.push(join(corpus, f));
  const out: string[] = [];
  for (const f of files.filter(existsSync)) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const body = (JSON.parse(line) as { body?: unknown }).body;
      if (typeof body === 'string') out.push(body);
    }
  }
  return out;
}

/** Every quoted literal in the detector and classifier tests: the values their authors thought of. */
function tableLiterals(): string[] {
  const out = new Set<string>();
  for (const dir of ['detect', 'classify']) {
    for (const f of readdirSync(join(ROOT, 'test', dir))) {
      if (!f.endsWith('.test.ts')) continue;
      const src = readFileSync(join(ROOT, 'test', dir, f), 'utf8');
      for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) {
        const raw = m[1] ?? m[2]!;
        // JSON decodes the escapes the tables use; a literal it cannot read is kept as written.
        let v = raw;
        try {
          v = JSON.parse(`"${raw}"`) as string;
        } catch {
          /* kept raw */
        }
        // A lone surrogate (a literal of the escape tables) is not text a body can carry as UTF-8.
        if (v.length > 0 && v.length < 400 && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(v)) out.add(v);
      }
    }
  }
  return [...out];
}

function parsedOrText(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return { body };
  }
}

/** One value in every context the classifier reads. */
function contexts(v: string): unknown[] {
  const docs: unknown[] = [
    { customer: Object.fromEntries(KEYS.map((k) => [k, v])) },
    { product: { name: v, code: v, price: v } },
    { items: [{ type: 'mobile', value: v }, { label: '身份证', value: v }, { field: 'passport', val: v }, { kind: 'email', data: v }] },
    { remark: CUES.map((c) => c + v + '，谢谢').join(' ') },
    ...CUES.map((c) => ({ note: c + v, x: `${c}${v}` })),
    { ext: JSON.stringify({ mobile: v, n: 1 }), q: `a=1&phone=${encodeURIComponent(v)}&b=x`, url: `https://h.example.com/p?email=${encodeURIComponent(v)}` },
    { b: Buffer.from(JSON.stringify({ idcard: v })).toString('base64'), b2: Buffer.from(v).toString('base64'), b3: Buffer.from(v).toString('base64url') },
    { x: v },
    v,
  ];
  if (/^-?\d{1,15}(?:\.\d{1,8})?$/.test(v)) docs.push({ x: Number(v), phone: Number(v), idCard: Number(v), lat: Number(v), volume: Number(v) });
  return docs;
}

/** Deterministic: the same documents on every run. */
export function corpusDocs(randomCount = 4000): unknown[] {
  const docs: unknown[] = [];
  const r = rng(20241128);
  for (const size of [1024, 4096, 16384]) docs.push(JSON.parse(listBody(r, size).toString('utf8')));
  for (const body of trafficBodies()) docs.push(parsedOrText(body));
  for (const lit of tableLiterals()) docs.push(...contexts(lit));
  for (let i = 0; i < randomCount; i++) {
    const v = randomValue(r);
    const roll = r();
    if (roll < 0.15) docs.push(...contexts(v));
    else if (roll < 0.4) docs.push({ remark: randomSentence(r) }, { [pick(r, KEYS)]: randomSentence(r) });
    else docs.push({ rec: { [pick(r, KEYS)]: v, [pick(r, KEYS)]: randomValue(r), [pick(r, KEYS)]: v } });
  }
  return docs;
}
