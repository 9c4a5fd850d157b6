import { parseConfig } from '../../src/config/config';
import { configFieldRulesOf, maskingRulesOf } from '../../src/config/rules';
import { scanCases } from '../../src/scan/scan';
import type { RouteTemplate } from '../../src/types';

const config = parseConfig({
  masking: {
    defaults: { EMAIL_ADDRESS: 'redact' },
    routes: [
      { route: 'GET /api/members/**', strategies: { PHONE_NUMBER: 'remove' }, fields: { '/data/*/c7': { type: 'PERSON_NAME', strategy: 'redact' } } },
      { route: 'GET /api/staff/{id}', direction: 'response', fields: { '/mobile2': 'hash' } },
    ],
  },
});

describe('config masking rules', () => {
  it('compile route patterns once into strategy rules and pinned field types', () => {
    const rules = maskingRulesOf(config);
    expect(rules.defaults).toEqual({ EMAIL_ADDRESS: 'redact' });
    expect(rules.routes![0].match('GET /api/members/{id}/orders' as RouteTemplate)).toBe(true);
    expect(rules.routes![0].match('GET /api/staff/{id}' as RouteTemplate)).toBe(false);
    expect(rules.routes![0].fields).toEqual({ '/data/*/c7': 'redact' });
    const pinned = configFieldRulesOf(config);
    expect(pinned).toHaveLength(1); // the second rule pins no type, only a strategy
    expect(pinned[0].fields).toEqual({ '/data/*/c7': 'PERSON_NAME' });
  });

  it('a bad route pattern fails at start-up, not per request', () => {
    expect(() => maskingRulesOf(parseConfig({ masking: { routes: [{ route: 'GET /a/{unclosed' }] } }))).toThrow();
  });

  it('drive what the masker writes: per-route strategy, per-field strategy, defaults', () => {
    const [members, staff, other] = scanCases(
      [
        { id: 'm', method: 'GET', path: '/api/members/7', direction: 'response', body: '{"data":[{"mobile":"13812345678","email":"a.b@example.com"}]}' },
        { id: 's', method: 'GET', path: '/api/staff/9', direction: 'response', body: '{"mobile2":"13812345678"}' },
        { id: 'o', method: 'GET', path: '/api/other', direction: 'response', body: '{"mobile":"13812345678"}' },
      ],
      { config, history: false },
    );
    expect(JSON.parse(members.body!)).toEqual({ data: [{ mobile: null, email: '[EMAIL_ADDRESS]' }] });
    expect(JSON.parse(staff.body!).mobile2).toMatch(/^h:[0-9a-f]{16}$/);
    expect(JSON.parse(other.body!)).toEqual({ mobile: '138****5678' });
  });
});
