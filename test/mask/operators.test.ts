import { createHmac } from 'node:crypto';
import { createOperators, hashOperator, HASH_HEX_CHARS } from '../../src/mask/operators';
import type { OperatorContext } from '../../src/mask/types';
import type { AgentContext, RouteTemplate, StrategyName } from '../../src/types';

const KEY = Buffer.from('k'.repeat(32));
const agent: AgentContext = { id: null, known: false, reveal: new Set(), strategies: new Map(), maskAll: false };
const ctx: OperatorContext = { agent, route: 'GET /x' as RouteTemplate };
const ops = createOperators({ hashKey: KEY });
const apply = (s: StrategyName, value: string) => ops.get(s)!.apply(value, 'PHONE_NUMBER', ctx);

describe('built-in operators', () => {
  it.each<[StrategyName, string | null]>([
    ['partial', '138****5678'],
    ['redact', '[PHONE_NUMBER]'],
    ['remove', null],
    ['reveal', '13812345678'],
  ])('%s turns 13812345678 into %j', (strategy, expected) => {
    expect(apply(strategy, '13812345678')).toBe(expected);
  });

  it('hash is a short keyed HMAC-SHA256: deterministic, value- and key-dependent', () => {
    const expected = 'h:' + createHmac('sha256', KEY).update('13812345678').digest('hex').slice(0, HASH_HEX_CHARS);
    expect(apply('hash', '13812345678')).toBe(expected);
    expect(apply('hash', '13812345678')).toBe(expected);
    expect(apply('hash', '13812345679')).not.toBe(expected);
    expect(hashOperator(Buffer.from('x'.repeat(32))).apply('13812345678', 'PHONE_NUMBER', ctx)).not.toBe(expected);
    expect(expected).toMatch(/^h:[0-9a-f]{16}$/);
  });

  it('refuses a hash key too short to resist brute force', () => {
    expect(() => createOperators({ hashKey: Buffer.from('short') })).toThrow(/at least 16 bytes/);
  });

  it('leaves token to be registered by its owner', () => {
    expect([...ops.keys()].sort()).toEqual(['hash', 'partial', 'redact', 'remove', 'reveal']);
  });
});
