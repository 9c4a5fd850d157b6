import { RouteTemplater } from '../../src/profile/templater';
import type { RouteTemplate } from '../../src/types';

function templater() {
  const added: RouteTemplate[] = [];
  const merged: RouteTemplate[] = [];
  const t = new RouteTemplater({ added: (r) => added.push(r), merged: (r) => merged.push(r) });
  return { t, added, merged };
}

// Real-looking paths from public API styles (REST, Chinese e-commerce, cloud,
// payment). Each must template correctly on first sight, without history.
export const STATIC_CASES: Array<[string, string, string]> = [
  ['GET', '/api/v2/users/10293', 'GET /api/v2/users/{id}'],
  ['GET', '/api/v2/users/10293/orders', 'GET /api/v2/users/{id}/orders'],
  ['get', '/api/v2/users/me', 'GET /api/v2/users/me'],
  ['GET', '/v1/orders/3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b', 'GET /v1/orders/{uuid}'],
  ['GET', '/v1/orders/3F2A9C1E-8B7D-4E6F-9A0B-1C2D3E4F5A6B/items', 'GET /v1/orders/{uuid}/items'],
  ['GET', '/files/sha/9b74c9897bac770ffc029102a200c5de', 'GET /files/sha/{hash}'],
  ['GET', '/repos/acme/commits/e83c5163316f89bfbde7d9ab23ca2e25604af290', 'GET /repos/acme/commits/{hash}'],
  ['GET', '/reports/daily/2024-03-15', 'GET /reports/daily/{date}'],
  ['GET', '/reports/monthly/2024-03', 'GET /reports/monthly/{date}'],
  ['GET', '/events/2024-03-15T08:30:00Z', 'GET /events/{date}'],
  ['POST', '/api/trade/orders/ORD202403150001/pay', 'POST /api/trade/orders/{id}/pay'],
  ['GET', '/api/member/u_8f3k2a9x/profile', 'GET /api/member/{id}/profile'],
  ['GET', '/api/shop/sku/SKU-00042/stock', 'GET /api/shop/sku/{id}/stock'],
  ['GET', '/api/users/alice@example.com', 'GET /api/users/{email}'],
  ['GET', '/search/%E5%BC%A0%E4%B8%89', 'GET /search/{param}'],
  ['GET', '/tags/北京', 'GET /tags/{param}'],
  ['GET', '/share/aB3dE5fG7hJ9kL1mN3pQ', 'GET /share/{token}'],
  ['GET', '/oauth2/authorize', 'GET /oauth2/authorize'],
  ['POST', '/api/v1/auth/login', 'POST /api/v1/auth/login'],
  ['GET', '/api/v3/crypto/sha256', 'GET /api/v3/crypto/sha256'],
  ['GET', '/media/h264/base64', 'GET /media/h264/base64'],
  ['GET', '/api/v1.2/status', 'GET /api/v1.2/status'],
  ['GET', '/users:batchGet', 'GET /users:batchGet'],
  ['GET', '/api/users/10293/', 'GET /api/users/{id}'],
  ['GET', '//api//users//7', 'GET /api/users/{id}'],
  ['GET', '/', 'GET /'],
  ['DELETE', '/api/cart/items/77812', 'DELETE /api/cart/items/{id}'],
  ['PATCH', '/api/addresses/1001/default', 'PATCH /api/addresses/{id}/default'],
  ['BREW', '/coffee/42', 'OTHER /coffee/{id}'],
  ['GET', '/logistics/track/SF1234567890123', 'GET /logistics/track/{id}'],
  ['GET', '/v1/customers/cus_NffrFeUfNV2Hib', 'GET /v1/customers/{token}'],
  ['GET', '/v1/coupons/SUMMER', 'GET /v1/coupons/SUMMER'],
  ['GET', '/v1/customers/cus_osmYcLOymiLyyzfxMUs', 'GET /v1/customers/{token}'],
  ['POST', '/rpc/getUserProfileSettings', 'POST /rpc/getUserProfileSettings'],
];

describe('RouteTemplater: values recognised on first sight', () => {
  it.each(STATIC_CASES)('%s %s → %s', (method, path, want) => {
    expect(templater().t.resolve(method, path)).toBe(want);
  });
});

describe('RouteTemplater: parameters learned from cardinality', () => {
  it('turns a high-cardinality short code segment into {param} (codes no static rule reads as ids)', () => {
    const { t, merged } = templater();
    const codes = ['KxPqM', 'ZyWaB', 'QrStU', 'MnOpL', 'HjKlO', 'AsDfG', 'ZxCvB', 'RtYuI', 'FgHjK', 'WeRtY'];
    const seen = codes.map((c) => t.resolve('GET', `/v1/coupons/${c}/redeem`));
    expect(seen[0]).toBe('GET /v1/coupons/KxPqM/redeem');
    expect(seen.at(-1)).toBe('GET /v1/coupons/{param}/redeem');
    expect(t.resolve('GET', '/v1/coupons/BrandNew/redeem')).toBe('GET /v1/coupons/{param}/redeem');
    // The early literal templates were folded into the parameter.
    expect(merged).toEqual(codes.slice(0, 8).map((c) => `GET /v1/coupons/${c}/redeem`));
  });

  it('keeps frequently hit names beside a learned parameter (/users/me beside /users/{param})', () => {
    const { t } = templater();
    for (let i = 0; i < 500; i++) t.resolve('GET', '/api/users/me');
    for (let i = 0; i < 80; i++) t.resolve('GET', `/api/users/${userName(i)}`);
    expect(t.resolve('GET', '/api/users/me')).toBe('GET /api/users/me');
    expect(t.resolve('GET', '/api/users/zelda')).toBe('GET /api/users/{param}');
  });

  it('leaves a few dozen resource names alone', () => {
    const { t } = templater();
    const names = ['users', 'orders', 'payments', 'refunds', 'invoices', 'coupons', 'carts', 'addresses', 'reviews',
      'products', 'categories', 'brands', 'shipments', 'returns', 'tickets', 'messages', 'notifications', 'settings'];
    for (const n of names) expect(t.resolve('GET', `/api/${n}`)).toBe(`GET /api/${n}`);
  });

  it('collapses paths deeper than the depth limit into {rest}', () => {
    const { t } = templater();
    const deep = '/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o';
    expect(t.resolve('GET', deep)).toBe('GET /a/b/c/d/e/f/g/h/i/j/k/l/{rest}');
  });
});

describe('RouteTemplater: seed and forget', () => {
  it('re-creates a persisted template so that paths resolve to it without re-learning', () => {
    const { t, added } = templater();
    expect(t.seed('GET /v1/customers/{param}/cards' as RouteTemplate)).toBe(true);
    expect(t.resolve('GET', '/v1/customers/NeverSeen/cards')).toBe('GET /v1/customers/{param}/cards');
    expect(t.seed('GET /v1/orders/{id}' as RouteTemplate)).toBe(true);
    expect(t.resolve('GET', '/v1/orders/77')).toBe('GET /v1/orders/{id}');
    expect(added).toEqual([]);
  });

  it('rejects a string that is not a template', () => {
    expect(templater().t.seed('nonsense' as RouteTemplate)).toBe(false);
  });

  it('prunes the trie of a forgotten template back to nothing', () => {
    const { t } = templater();
    const r = t.resolve('GET', '/api/things/12/parts');
    expect(t.size).toBeGreaterThan(0);
    t.forget(r);
    expect(t.size).toBe(0);
    expect(t.resolve('GET', '/api/things/12/parts')).toBe(r);
  });

  it('keeps shared prefixes when one of two templates is forgotten', () => {
    const { t } = templater();
    const a = t.resolve('GET', '/api/a');
    t.resolve('GET', '/api/b');
    const before = t.size;
    t.forget(a);
    expect(t.size).toBe(before - 1);
  });
});

function userName(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return letters[i % 26] + letters[Math.floor(i / 26) % 26] + 'user';
}
