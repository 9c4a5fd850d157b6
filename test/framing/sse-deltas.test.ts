import fc from 'fast-check';
import { MAX_HELD_EVENTS } from '../../src/framing/deltas';
import { processorFor, run } from './support';

// An LLM stream spells its answer over many events: a value cut across events is whole in none of them, and
// must not leave in two clear halves. Held events come out unchanged unless a value crosses their edge.

const SSE = 'text/event-stream';
const chunk = (content: string): string => `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })}\n\n`;
const anthropic = (text: string): string => `event: content_block_delta\ndata: ${JSON.stringify({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } })}\n\n`;
const body = (...events: string[]): Buffer => Buffer.from(events.join(''), 'utf8');

/** The stream's text as a client assembles it from the deltas. */
function assembled(out: Buffer): string {
  return out.toString('utf8').split('\n').filter((l) => l.startsWith('data: {')).map((l) => {
    const doc = JSON.parse(l.slice(6)) as { choices?: Array<{ delta: { content?: string } }>; delta?: { text?: string } };
    return doc.choices?.[0]?.delta.content ?? doc.delta?.text ?? '';
  }).join('');
}

describe('text/event-stream: values spelled over several events', () => {
  const split = body(chunk('Sure. Call me at 138'), chunk('1234'), chunk('5678 tomorrow'), chunk(', or mail li.na@'), chunk('corp.example.cn.'), 'data: [DONE]\n\n');

  it('redacts a phone and an e-mail cut across events, in every part, and reports them', () => {
    const { out, findings } = run(SSE, split);
    const text = assembled(out);
    expect(text).not.toMatch(/138|1234|5678|li\.na|corp\.example/);
    expect(text).toContain('Sure. Call me at ');
    expect(text).toContain(' tomorrow, or mail ');
    expect(findings.filter((f) => f.pointer === '/~stream/choices/0/delta/content').map((f) => [f.type, f.strategy, f.released]))
      .toEqual([['PHONE_NUMBER', 'redact', 'none'], ['EMAIL_ADDRESS', 'redact', 'none']]);
    // Every event still goes out, in order, each a valid chunk.
    expect(out.toString('utf8').split('\n\n').filter((e) => e !== '')).toHaveLength(6);
  });

  it('does the same for Anthropic text deltas', () => {
    const { out } = run(SSE, body(anthropic('客户手机139'), anthropic('8765'), anthropic('4321，已登记'), 'event: message_stop\ndata: {"type":"message_stop"}\n\n'));
    expect(assembled(out)).toBe('客户手机***********，已登记');
  });

  it('gives the same output however the body is cut', () => {
    const whole = run(SSE, split).out;
    for (let cut = 1; cut < split.length; cut++) {
      if (!run(SSE, split, [cut]).out.equals(whole)) throw new Error(`cut at ${cut} changed the output`);
    }
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: split.length - 1 }), { maxLength: 30 }), (cuts) => {
      expect(run(SSE, split, cuts.sort((a, b) => a - b)).out.equals(whole)).toBe(true);
    }));
  });

  it('releases held events at the end of a body without a closing event, nothing lost', () => {
    const { processor } = processorFor(SSE);
    const first = processor.push(body(chunk('id 11010519491231002X for Zhang')));
    expect(first.length).toBe(0); // ends inside a word: held
    const rest = processor.end();
    expect(assembled(Buffer.from(rest))).toBe('id 110105********002X for Zhang');
  });

  it(`holds at most ${MAX_HELD_EVENTS} events, whatever their ends`, () => {
    const { processor } = processorFor(SSE);
    const words = Array.from({ length: MAX_HELD_EVENTS + 2 }, (_, i) => chunk(` word${i}`));
    const events = (b: Uint8Array): number => Buffer.from(b).toString('utf8').split('\n\n').filter((e) => e !== '').length;
    const released = words.map((w) => events(processor.push(Buffer.from(w))));
    expect(released).toEqual([...Array<number>(MAX_HELD_EVENTS - 1).fill(0), MAX_HELD_EVENTS, 0, 0]);
    expect(events(processor.end())).toBe(2);
  });

  it('leaves a value whole in one event, and events without deltas, to the per-event masking, byte for byte', () => {
    const mcp = body(`event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'ok' }] } })}\n\n`);
    expect(run(SSE, mcp).out.equals(mcp)).toBe(true);
    const plain = body(chunk('Hello there. '), chunk('How can I help?'), 'data: [DONE]\n\n');
    expect(run(SSE, plain).out.equals(plain)).toBe(true);
    const whole = run(SSE, body(chunk('Call 13812345678 now.'), 'data: [DONE]\n\n'));
    expect(assembled(whole.out)).toBe('Call 138****5678 now.');
    expect(whole.findings.map((f) => f.pointer)).toEqual(['/~record/0/choices/0/delta/content']);
  });
});
