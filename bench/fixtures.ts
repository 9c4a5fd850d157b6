// Synthetic but realistic API bodies for benchmarks: paged lists of user and
// order records, about one leaf in ten sensitive (with valid checksums, so a
// real classifier treats them as real). Deterministic: a seeded PRNG.

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough to vary bench data reproducibly. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '涛'];
const CITIES = ['北京市', '上海市', '广州市', '深圳市', '杭州市', '成都市'];
const WORDS = ['order', 'shipped', 'pending', 'refund', 'gift', 'express', 'standard', 'note', 'delivery', 'warehouse'];

function residentId(r: Rng): string {
  const body = '110101' + (1960 + Math.floor(r() * 40)) + String(1 + Math.floor(r() * 12)).padStart(2, '0') + String(1 + Math.floor(r() * 28)).padStart(2, '0') + digits(r, 3);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

function luhnCard(r: Rng): string {
  const partial = '622202' + digits(r, 9);
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return partial + ((10 - (sum % 10)) % 10);
}

const phone = (r: Rng): string => '1' + pick(r, ['38', '39', '58', '86', '77']) + digits(r, 8);

/** One record with ~20 leaves, ~2 of them sensitive. */
export function record(r: Rng, i: number): Record<string, unknown> {
  const user = {
    id: 100000 + i,
    uid: `u_${digits(r, 8)}`,
    name: pick(r, SURNAMES) + pick(r, GIVEN) + (r() < 0.5 ? pick(r, GIVEN) : ''),
    status: pick(r, ['active', 'disabled', 'pending']),
    level: Math.floor(r() * 10),
    score: Math.round(r() * 10000) / 100,
    vip: r() < 0.2,
    createdAt: `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}T08:${digits(r, 2)}:00Z`,
    tags: [pick(r, WORDS), pick(r, WORDS)],
    city: pick(r, CITIES),
    orderCount: Math.floor(r() * 300),
    remark: r() < 0.1 ? `请联系 ${phone(r)} 确认` : `${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}`,
    avatar: `https://cdn.example.com/a/${digits(r, 10)}.png`,
    lastLoginIp: null as string | null,
  };
  const extra: Record<string, unknown> = {};
  const roll = r();
  if (roll < 0.45) extra.phone = phone(r);
  else if (roll < 0.65) extra.email = `${pick(r, WORDS)}.${digits(r, 3)}@example.com`;
  else if (roll < 0.8) extra.idCard = residentId(r);
  else if (roll < 0.9) extra.bankCard = luhnCard(r);
  return { ...user, ...extra };
}

/** A paged list response of about `targetBytes`. */
export function listBody(r: Rng, targetBytes: number): Buffer {
  const items: unknown[] = [];
  let size = 80;
  for (let i = 0; size < targetBytes; i++) {
    const rec = record(r, i);
    size += Buffer.byteLength(JSON.stringify(rec)) + 1;
    items.push(rec);
  }
  return Buffer.from(JSON.stringify({ code: 0, message: 'ok', data: { page: 1, pageSize: items.length, total: 9000, items } }));
}

/**
 * An endless list body served in chunks, never held whole: a block of records
 * is sliced into windows that do not line up with record edges, so tokens get cut.
 */
export function* endlessListChunks(r: Rng, totalBytes: number, chunkBytes: number): Generator<Buffer> {
  const recs: string[] = [];
  for (let i = 0; recs.join(',').length < 1_000_000; i++) recs.push(JSON.stringify(record(r, i)));
  const block = Buffer.from(recs.join(',') + ',');
  yield Buffer.from('{"data":[');
  let sent = 0;
  let at = 0;
  while (sent < totalBytes || at !== 0) {
    const end = Math.min(at + chunkBytes, block.length);
    yield block.subarray(at, end);
    sent += end - at;
    at = end === block.length ? 0 : end;
  }
  yield Buffer.from(recs[0] + ']}');
}
