import type { BodySendMode } from '../../src/extproc/messages';
import { call, startAgentApp, type AgentApp } from './app';
import { containsRaw, NDJSON_BODY, SSE_BODY } from './fixtures';

// SSE and NDJSON through the real gRPC path (App + Envoy stand-in), cut at
// every byte position and at random multi-cut chunkings, in STREAMED and
// FULL_DUPLEX_STREAMED: nothing sensitive reaches the client, the output is
// the BUFFERED output byte for byte, and every event keeps its fields.

const STREAMING: readonly BodySendMode[] = ['STREAMED', 'FULL_DUPLEX_STREAMED'];

/** Events as a client parses them: [field, value] lines in order (comments kept), data lines too. */
function events(body: Buffer): string[][] {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  return text.split(/\r\n\r\n|\n\n|\r\r|\r\n\r|\n\r\n|\r\n\n/).filter((e) => e !== '').map((e) => e.split(/\r\n|\r|\n/));
}
const fieldsOf = (ev: string[][]) => ev.map((lines) => lines.filter((l) => !l.startsWith('data')));

/** Seeded cut lists: reproducible, many shapes (dense, sparse, one-byte chunks). */
function randomCuts(seed: number, length: number): number[] {
  let a = seed;
  const rnd = () => ((a = (a * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const n = 1 + Math.floor(rnd() * 40);
  return [...new Set(Array.from({ length: n }, () => 1 + Math.floor(rnd() * (length - 1))))].sort((x, y) => x - y);
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

describe.each([
  ['text/event-stream', SSE_BODY],
  ['application/x-ndjson', NDJSON_BODY],
])('%s over the real gRPC path', (contentType, body) => {
  let h: AgentApp;
  let reference: Buffer;
  const downstream = async (mode: BodySendMode, cuts: readonly number[] = []) => {
    const o = await call(h.envoy, { path: '/api/customers/stream', response: { contentType, body, cuts, mode } });
    if (o.downstream === undefined) throw new Error(`no body reached the client: ${JSON.stringify(o.immediate)}`);
    return o.downstream;
  };
  beforeAll(async () => {
    h = await startAgentApp('unknownAgent: mask\n');
    reference = (await downstream('BUFFERED')).body;
  });
  afterAll(() => h.stop());

  it('BUFFERED: masked, nothing raw, content-length dropped', async () => {
    expect(containsRaw(reference)).toBeUndefined();
    expect(reference.equals(body)).toBe(false);
    expect((await downstream('STREAMED', [100])).headers.has('content-length')).toBe(false);
  });

  if (contentType === 'text/event-stream') {
    it('keeps every event, and every non-data line byte for byte', () => {
      expect(fieldsOf(events(reference))).toEqual(fieldsOf(events(body)));
      expect(events(reference)).toHaveLength(events(body).length);
    });

    const at = (s: string, delta = 0) => SSE_BODY.indexOf(Buffer.from(s, 'utf8')) + delta;
    it.each([
      ['inside a "data:" prefix', at('data: {"name"', 3)],
      ['between CR and LF inside an event', at('",\r\ndata:  "idNumber', 3)],
      ['between CR and LF of a blank line', at('\r\n\r\nid: 2', 3)],
      ['between two CRs that end an event', at('\r\r: keep', 1)],
      ['inside a multi-byte character', at('张伟', 1)],
      ['inside a JSON \\u escape', at('\\u624b', 3)],
      ['inside a phone number', at('13800138000', 5)],
      ['inside the BOM', 1],
    ])('a cut %s changes nothing', async (_name, cut) => {
      for (const mode of STREAMING) expect((await downstream(mode, [cut])).body.equals(reference)).toBe(true);
    });
  }

  it.each(STREAMING)('%s: a cut at every byte position gives the BUFFERED output', async (mode) => {
    const bad: number[] = [];
    const cuts = Array.from({ length: body.length - 1 }, (_, i) => i + 1);
    await inBatches(cuts, 24, async (cut) => {
      const out = (await downstream(mode, [cut])).body;
      if (!out.equals(reference) || containsRaw(out) !== undefined) bad.push(cut);
    });
    expect(bad).toEqual([]);
  });

  it.each(STREAMING)('%s: random chunkings (1 to 40 cuts) give the BUFFERED output', async (mode) => {
    const bad: number[][] = [];
    const seeds = Array.from({ length: 60 }, (_, i) => i + 1);
    await inBatches(seeds, 12, async (seed) => {
      const cuts = randomCuts(seed, body.length);
      if (!(await downstream(mode, cuts)).body.equals(reference)) bad.push(cuts);
    });
    expect(bad).toEqual([]);
  });

  it.each(STREAMING)('%s: one-byte chunks give the BUFFERED output', async (mode) => {
    const cuts = Array.from({ length: body.length - 1 }, (_, i) => i + 1);
    expect((await downstream(mode, cuts)).body.equals(reference)).toBe(true);
  });
});

describe('an LLM stream over the real gRPC path', () => {
  // A phone spelled over three `delta.content` events, as a chat completion streams it.
  const chunk = (content: string): string => `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })}\n\n`;
  const llm = Buffer.from([chunk('Call me at 139'), chunk('8765'), chunk('4321 tomorrow.'), 'data: [DONE]\n\n'].join(''), 'utf8');
  let h: AgentApp;
  beforeAll(async () => {
    h = await startAgentApp('unknownAgent: mask\n');
  });
  afterAll(() => h.stop());

  it.each(['BUFFERED', ...STREAMING] as const)('%s: no part of a value cut across events reaches the client, cut anywhere', async (mode) => {
    const outs: Buffer[] = [];
    for (const cuts of mode === 'BUFFERED' ? [[]] : [[], [40], [95, 96, 150], randomCuts(7, llm.length)]) {
      const o = await call(h.envoy, { path: '/v1/chat/completions', response: { contentType: 'text/event-stream', body: llm, cuts, mode } });
      const body = o.downstream!.body;
      const text = body.toString('utf8');
      expect(text).not.toMatch(/139|8765|4321/);
      expect(events(body)).toHaveLength(events(llm).length);
      outs.push(body);
    }
    for (const o of outs) expect(o.equals(outs[0]!)).toBe(true);
  });
});
