import { Metrics } from '../../src/metrics/metrics';
import { counterValue } from '../support/deps';

describe('CounterTally (messages and bytes counted off prom-client)', () => {
  it('reads the same as direct inc() would, through get() and the scrape text, without double counting', async () => {
    const m = new Metrics({ defaultMetrics: false });
    const incs: Array<[string, string, number]> = [
      ['GET /a', 'request_headers', 1], ['GET /a', 'response_body', 1], ['GET /a', 'request_headers', 1], ['GET /b/{id}', 'request_headers', 1],
    ];
    for (const [route, event, n] of incs) m.messageCounts.inc(route, event, n);
    m.bytesCounts.inc('response', '', 4096);
    m.bytesCounts.inc('response', '', 100);
    m.bytesCounts.inc('request', '', 7);
    const cases: Array<[Record<string, string>, number]> = [
      [{ route: 'GET /a', event: 'request_headers' }, 2],
      [{ route: 'GET /a', event: 'response_body' }, 1],
      [{ route: 'GET /b/{id}' }, 1],
      [{}, 4],
    ];
    for (const [labels, n] of cases) expect([labels, await counterValue(m.messages, labels)]).toEqual([labels, n]);
    expect(await counterValue(m.bytesInspected, { direction: 'response' })).toBe(4196);
    const text = await m.registry.metrics(); // a second read: nothing is handed on twice
    expect(text).toContain('apiward_extproc_messages_total{event="request_headers",route="GET /a"} 2');
    expect(text).toContain('apiward_bytes_inspected_total{direction="request"} 7');
    m.messageCounts.inc('GET /a', 'request_headers');
    expect(await counterValue(m.messages, { route: 'GET /a', event: 'request_headers' })).toBe(3);
  });

  it('keeps every count when more label sets arrive than it keeps rows for', async () => {
    const m = new Metrics({ defaultMetrics: false });
    for (let round = 0; round < 2; round++) for (let i = 0; i < 5000; i++) m.messageCounts.inc(`GET /r${i}`, 'request_headers');
    expect(await counterValue(m.messages)).toBe(10_000);
    expect(await counterValue(m.messages, { route: 'GET /r4999' })).toBe(2);
  });
});
