import { loadProtos } from '../../src/extproc/proto';
import { bodyResponse, headersResponse, isShared, trailersResponse, type RawProcessingResponse } from '../../src/extproc/responses';

// Answers that carry nothing of the message are built once and encoded once
// (server.ts); answers with per-message content must never be shared.

const serialize = loadProtos().externalProcessor.Process!.responseSerialize as (r: RawProcessingResponse) => Buffer;
const deserialize = loadProtos().externalProcessor.Process!.responseDeserialize as (b: Buffer) => unknown;

describe('shared answers', () => {
  it.each<[string, () => RawProcessingResponse, boolean]>([
    ['request headers, fixed removals', () => headersResponse('request', { remove: ['accept-encoding'] }), true],
    ['response headers, no removal', () => headersResponse('response', { remove: [] }), true],
    ['unchanged body', () => bodyResponse('response', undefined), true],
    ['trailers', () => trailersResponse('request'), true],
    ['headers setting :path', () => headersResponse('request', { remove: [], set: { ':path': '/x' } }), false],
    ['headers with a mode override', () => headersResponse('response', { remove: [] }, { response_body_mode: 'NONE' }), false],
    ['rewritten body', () => bodyResponse('response', Buffer.from('{}')), false],
    ['cleared body', () => bodyResponse('request', new Uint8Array(0)), false],
  ])('%s: shared=%s', (_name, build, sharedExpected) => {
    const a = build();
    const b = build();
    expect(isShared(a)).toBe(sharedExpected);
    expect(a === b).toBe(sharedExpected);
    if (sharedExpected) expect(Object.isFrozen(a)).toBe(true);
    expect(deserialize(serialize(a))).toEqual(deserialize(serialize(b)));
  });

  it('shared answers differ by their removals and direction', () => {
    const keys = [
      headersResponse('request', { remove: ['accept-encoding'] }),
      headersResponse('request', { remove: ['accept-encoding', 'content-length'] }),
      headersResponse('response', { remove: ['accept-encoding'] }),
      bodyResponse('request', undefined),
      bodyResponse('response', undefined),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(deserialize(serialize(keys[1]!))).toMatchObject({ request_headers: { response: { header_mutation: { remove_headers: ['accept-encoding', 'content-length'] } } } });
  });
});
