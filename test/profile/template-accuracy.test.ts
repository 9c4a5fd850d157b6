import { RouteTemplater } from '../../src/profile/templater';

// Template accuracy on traffic shaped like real APIs (REST, GitHub, Stripe,
// Kubernetes, Chinese e-commerce and logistics, short links, search): every
// scenario generates varied concrete paths; all the traffic is replayed in an
// interleaved order (learning as it goes), then each path is resolved again
// and compared with the template a person would write. Placeholder names do
// not count ({id} vs {param}): only where the parameters are.
//   APIWARD_FIGURES=1 npx jest test/profile/template-accuracy

let seed = 42;
function rnd(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return (seed >>> 8) % n;
}
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const pick = (alphabet: string, len: number) => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');
const hex = (len: number) => pick('0123456789abcdef', len);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const word = () => pick(LOWER, 4 + rnd(6));
const num = (digits: number) => String(10 ** (digits - 1) + rnd(9 * 10 ** (digits - 1)));
const cnTerm = () => encodeURIComponent(['北京', '手机', '连衣裙', '笔记本电脑', '张三', '上海 外滩'][rnd(6)]);

interface Scenario {
  method: string;
  /** A template, or the path itself when it should stay literal. */
  expected: string | ((path: string) => string);
  make(): string;
}

const SCENARIOS: Scenario[] = [
  { method: 'GET', expected: '/api/v2/users/{}', make: () => `/api/v2/users/${num(5)}` },
  { method: 'GET', expected: '/api/v2/users/{}/orders', make: () => `/api/v2/users/${num(6)}/orders` },
  { method: 'GET', expected: '/api/v2/users/me', make: () => '/api/v2/users/me' },
  { method: 'GET', expected: '/v1/orders/{}', make: () => `/v1/orders/${uuid()}` },
  { method: 'DELETE', expected: '/v1/orders/{}/items/{}', make: () => `/v1/orders/${uuid()}/items/${num(3)}` },
  { method: 'GET', expected: '/repos/{}/{}/issues/{}', make: () => `/repos/${word()}/${word()}-${word()}/issues/${num(4)}` },
  { method: 'GET', expected: '/repos/{}/{}/commits/{}', make: () => `/repos/${word()}/${word()}/commits/${hex(40)}` },
  { method: 'GET', expected: '/v1/customers/{}', make: () => `/v1/customers/cus_${pick(ALNUM, 14)}` },
  { method: 'POST', expected: '/v1/payment_intents/{}/confirm', make: () => `/v1/payment_intents/pi_${pick(ALNUM, 24)}/confirm` },
  { method: 'GET', expected: '/api/v1/namespaces/{}/pods/{}', make: () => `/api/v1/namespaces/${['default', 'kube-system', 'prod', 'staging', 'dev'][rnd(5)]}/pods/web-${hex(9)}-${pick(LOWER + '0123456789', 5)}` },
  { method: 'GET', expected: '/trade/order/{}/detail', make: () => `/trade/order/${num(18)}/detail` },
  { method: 'POST', expected: '/api/trade/orders/{}/pay', make: () => `/api/trade/orders/ORD${num(12)}/pay` },
  { method: 'GET', expected: '/logistics/track/{}', make: () => `/logistics/track/SF${num(12)}` },
  { method: 'GET', expected: '/reports/daily/{}', make: () => `/reports/daily/2024-0${1 + rnd(9)}-${10 + rnd(18)}` },
  { method: 'GET', expected: '/search/{}', make: () => `/search/${cnTerm()}` },
  { method: 'GET', expected: '/s/{}', make: () => `/s/${pick(ALNUM, 6)}` },
  { method: 'POST', expected: '/api/sms/verify/{}', make: () => `/api/sms/verify/1${3 + rnd(7)}${num(9)}` },
  { method: 'GET', expected: '/api/users/by-email/{}', make: () => `/api/users/by-email/${word()}.${word()}@example.com` },
  { method: 'GET', expected: '/blobs/{}', make: () => `/blobs/sha256:${hex(64)}` },
  { method: 'GET', expected: '/api/member/{}/profile', make: () => `/api/member/u_${pick(LOWER + '0123456789', 8)}/profile` },
  { method: 'GET', expected: '/users/{}', make: () => `/users/${word()}${rnd(3) === 0 ? num(2) : ''}` },
  { method: 'GET', expected: '/v1/coupons/{}', make: () => `/v1/coupons/${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 6)}` },
  { method: 'POST', expected: '/api/v1/auth/login', make: () => '/api/v1/auth/login' },
  // A handful of page names are names, not a parameter.
  { method: 'GET', expected: (p) => p, make: () => `/docs/${['getting-started', 'api-reference', 'faq', 'changelog'][rnd(4)]}` },
  { method: 'GET', expected: '/healthz', make: () => '/healthz' },
];

const normalise = (t: string) => t.replace(/\{[^}]*\}/g, '{}');

describe('route template accuracy on real-looking traffic', () => {
  it('templates at least 90% of requests as a person would', () => {
    const traffic: Array<[Scenario, string]> = [];
    for (let round = 0; round < 120; round++) for (const s of SCENARIOS) traffic.push([s, s.make()]);
    // Interleave scenarios randomly, as a real access log would.
    for (let i = traffic.length - 1; i > 0; i--) {
      const j = rnd(i + 1);
      [traffic[i], traffic[j]] = [traffic[j], traffic[i]];
    }
    const t = new RouteTemplater({ added: () => undefined, merged: () => undefined });
    for (const [s, path] of traffic) t.resolve(s.method, path);

    const perScenario = new Map<string, { ok: number; n: number; sample: string }>();
    let ok = 0;
    for (const [s, path] of traffic) {
      const got = normalise(t.resolve(s.method, path).slice(s.method.length + 1));
      const expected = typeof s.expected === 'string' ? s.expected : s.expected(path);
      const name = typeof s.expected === 'string' ? s.expected : s.make();
      const row = perScenario.get(name) ?? { ok: 0, n: 0, sample: '' };
      row.n++;
      if (got === expected) row.ok++;
      else row.sample = got;
      perScenario.set(name, row);
      if (got === expected) ok++;
    }
    const accuracy = ok / traffic.length;
    if (process.env.APIWARD_FIGURES) {
      const misses = [...perScenario].filter(([, r]) => r.ok < r.n).map(([e, r]) => `  ${e}: ${r.ok}/${r.n} (e.g. ${r.sample})`);
      process.stdout.write(`template accuracy: ${(accuracy * 100).toFixed(1)}% of ${traffic.length} requests, ${SCENARIOS.length} scenarios\n${misses.join('\n')}\n`);
    }
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
