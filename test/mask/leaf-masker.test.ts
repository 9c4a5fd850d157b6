import { createLeafMasker, type LeafMaskerOptions } from '../../src/mask/leaf-masker';
import { createOperators } from '../../src/mask/operators';
import { StrategyResolver } from '../../src/mask/resolver';
import type { MaskOperator } from '../../src/mask/types';
import type { AgentContext, AgentId, FieldPath, JsonPointer, LeafView, RouteTemplate, SensitiveType, Span, StrategyName } from '../../src/types';

const ROUTE = 'GET /api/accounts' as RouteTemplate;
const operators = createOperators({ hashKey: Buffer.alloc(32, 7) });

function leaf(value: string, kind: 'string' | 'number' = 'string'): LeafView {
  return {
    kind, value, key: 'v', depth: 1, segment: () => 'v', siblingKeys: [], siblingValue: () => undefined,
    pointer: () => '/v' as JsonPointer, fieldPath: () => '/v' as FieldPath,
  };
}
const span = (start: number, end: number, type: SensitiveType = 'PHONE_NUMBER'): Span => ({ start, end, type, confidence: 0.9, source: 'detector' });
const agentWith = (strategies: [SensitiveType, StrategyName][] = [], id = 'bot'): AgentContext => ({
  id: id as AgentId, known: true, reveal: new Set(), strategies: new Map(strategies), maskAll: false,
});
function masker(over: Partial<LeafMaskerOptions> = {}) {
  return createLeafMasker({ operators, resolver: new StrategyResolver(), agent: agentWith(), route: ROUTE, fingerprint: (v) => `fp:${v}`, ...over });
}
const withDefault = (s: StrategyName) => masker({ resolver: new StrategyResolver({ defaults: { PHONE_NUMBER: s } }) });

describe('LeafMasker', () => {
  it.each<[StrategyName, string | null | undefined, string, boolean]>([
    ['partial', '138****5678', 'partial', true],
    ['redact', '[PHONE_NUMBER]', 'none', false],
    ['hash', expect.stringMatching(/^h:[0-9a-f]{16}$/), 'none', false],
    ['remove', null, 'none', false],
    ['reveal', undefined, 'clear', true],
  ])('%s on a whole value: replacement %j, released %s, fingerprinted only if released', (strategy, replacement, released, fingerprinted) => {
    const out = withDefault(strategy).mask(leaf('13812345678'), [span(0, 11)]);
    expect(out.replacement).toEqual(replacement);
    expect(out.findings).toEqual([{
      pointer: '/v', fieldPath: '/v', type: 'PHONE_NUMBER', confidence: 0.9, source: 'detector', strategy, released,
      ...(fingerprinted ? { fingerprint: 'fp:13812345678' } : {}),
    }]);
  });

  it('rewrites spans inside free text and keeps the text around them', () => {
    const text = 'call 13812345678 or mail a@b.cn';
    const out = masker().mask(leaf(text), [span(5, 16), span(25, 31, 'EMAIL_ADDRESS')]);
    expect(out.replacement).toBe('call 138****5678 or mail a***@b.cn');
    expect(out.findings.map((f) => f.type)).toEqual(['PHONE_NUMBER', 'EMAIL_ADDRESS']);
  });

  it('cuts a removed span out of free text instead of nulling the leaf', () => {
    expect(withDefault('remove').mask(leaf('tel 13812345678!'), [span(4, 15)]).replacement).toBe('tel !');
  });

  it('masks a number leaf into text', () => {
    expect(masker().mask(leaf('13812345678', 'number'), [span(0, 11)]).replacement).toBe('138****5678');
  });

  it('changes the leaf when only some of its spans are revealed', () => {
    const m = masker({ agent: { ...agentWith(), reveal: new Set<SensitiveType>(['EMAIL_ADDRESS']) } });
    const out = m.mask(leaf('13812345678 a@b.cn'), [span(0, 11), span(12, 18, 'EMAIL_ADDRESS')]);
    expect(out.replacement).toBe('138****5678 a@b.cn');
    expect(out.findings.map((f) => f.released)).toEqual(['partial', 'clear']);
  });

  it('uses a registered token operator, which sees the agent and route', () => {
    const seen: string[] = [];
    const token: MaskOperator = { apply: (v, type, ctx) => (seen.push(`${ctx.agent.id}|${ctx.route}|${type}`), `tok_${v.length}`) };
    const m = masker({ operators: new Map([...operators, ['token', token]]), agent: agentWith([['BANK_ACCOUNT', 'token']]) });
    const out = m.mask(leaf('6222021234567890123'), [span(0, 19, 'BANK_ACCOUNT')]);
    expect(out.replacement).toBe('tok_19');
    expect(out.findings[0]).toMatchObject({ strategy: 'token', released: 'none' });
    expect(seen).toEqual(['bot|GET /api/accounts|BANK_ACCOUNT']);
  });

  it.each([
    ['an agent strategy', { agent: agentWith([['BANK_ACCOUNT', 'token']]) }, /strategy "token" \(agent bot strategy for BANK_ACCOUNT\)/],
    ['the masking rules', { resolver: new StrategyResolver({ defaults: { BANK_ACCOUNT: 'token' } }) }, /strategy "token" \(used by the masking rules\)/],
  ])('fails at construction when %s needs an unregistered operator', (_what, over, message) => {
    expect(() => masker(over)).toThrow(message);
  });

  it.each([
    ['overlapping', [span(0, 5), span(3, 8)]],
    ['out of range', [span(5, 40)]],
    ['reversed', [span(6, 2)]],
  ])('refuses %s spans rather than mask around them', (_what, spans) => {
    expect(() => masker().mask(leaf('13812345678'), spans)).toThrow(/invalid span/);
  });

  describe('opaque spans (an encoding split by type, e.g. base64)', () => {
    const b64 = Buffer.from('{"name":"Chloe Anderson","mobile":"13812345678"}').toString('base64');
    const half = b64.length >> 1;
    const opaque = (start: number, end: number, type: SensitiveType): Span => ({ ...span(start, end, type), opaque: true });
    const spans = [opaque(0, half, 'PERSON_NAME'), opaque(half, b64.length, 'PHONE_NUMBER')];

    it('are redacted under partial: no run of the encoded text survives to be decoded', () => {
      const out = masker().mask(leaf(b64), spans);
      expect(out.replacement).toBe('[PERSON_NAME][PHONE_NUMBER]');
      expect(out.findings.map((f) => [f.strategy, f.released])).toEqual([['redact', 'none'], ['redact', 'none']]);
    });

    it('are redacted when only some of the types in them are revealed', () => {
      const m = masker({ agent: { ...agentWith(), reveal: new Set<SensitiveType>(['PHONE_NUMBER']) } });
      const out = m.mask(leaf(b64), spans);
      expect(out.replacement).toBe('[PERSON_NAME][PHONE_NUMBER]');
      expect(out.findings.every((f) => f.released === 'none' && f.fingerprint === undefined)).toBe(true);
    });

    it('stay in clear when every type in them is revealed', () => {
      const m = masker({ agent: { ...agentWith(), reveal: new Set<SensitiveType>(['PHONE_NUMBER', 'PERSON_NAME']) } });
      const out = m.mask(leaf(b64), spans);
      expect(out.replacement).toBeUndefined();
      expect(out.findings.map((f) => f.released)).toEqual(['clear', 'clear']);
    });

    it('keep other strategies (hash) as configured', () => {
      const out = withDefault('hash').mask(leaf(b64), [opaque(0, b64.length, 'PHONE_NUMBER')]);
      expect(out.replacement).toMatch(/^h:[0-9a-f]{16}$/);
    });
  });

  it('ignores empty spans', () => {
    expect(masker().mask(leaf('13812345678'), [span(3, 3)])).toEqual({ replacement: undefined, findings: [] });
  });
});
