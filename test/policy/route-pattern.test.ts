import { compileRoutePattern, RoutePatternError } from '../../src/policy/route-pattern';
import type { RouteTemplate } from '../../src/types';

const r = (s: string) => s as RouteTemplate;

describe('compileRoutePattern', () => {
  const cases: Array<[pattern: string, route: string, matches: boolean]> = [
    ['GET /api/customers/**', 'GET /api/customers/{id}', true],
    ['GET /api/customers/**', 'GET /api/customers/{id}/orders/{orderId}', true],
    ['GET /api/customers/**', 'GET /api/customers', false], // ** is one or more
    ['GET /api/customers/**', 'POST /api/customers/{id}', false],
    ['GET /api/customers/*', 'GET /api/customers/{id}', true],
    ['GET /api/customers/*', 'GET /api/customers/vip', true],
    ['GET /api/customers/*', 'GET /api/customers/{id}/orders', false],
    ['GET /api/customers/{id}', 'GET /api/customers/{customerId}', true],
    ['GET /api/customers/{id}', 'GET /api/customers/42', true],
    ['GET /api/customers/42', 'GET /api/customers/{id}', false], // a literal cannot vouch for a template parameter
    ['GET /api/customers/42', 'GET /api/customers/42', true],
    ['GET /api/customers', 'GET /api/customers/', true],
    ['GET /api/Customers', 'GET /api/customers', false],
    ['get /api/x', 'GET /api/x', true],
    ['* /api/x', 'DELETE /api/x', true],
    ['/api/x/**', 'PATCH /api/x/{id}', true],
    ['GET /api/*/items', 'GET /api/{shop}/items', true],
    ['GET /api/v*/users', 'GET /api/v2/users', true],
    ['GET /api/v*/users', 'GET /api/x/v2/users', false],
    ['GET /a.b', 'GET /aXb', false], // regex metacharacters are literal
    ['MCP tools/call crm.*', 'MCP tools/call crm.get_customer', true],
    ['MCP tools/call crm.*', 'MCP tools/call billing.charge', false],
    ['MCP tools/call crm.*', 'GET /tools/call crm.x', false],
    ['MCP tools/call *', 'MCP tools/call anything', true],
    ['**', 'MCP tools/call anything', true],
    ['**', 'GET /', true],
    ['GET /', 'GET /', true],
    ['GET /', 'GET /x', false],
  ];
  it.each(cases)('%s vs %s → %s', (pattern, route, matches) => {
    expect(compileRoutePattern(pattern)(r(route))).toBe(matches);
  });

  it.each([
    ['', 'empty'],
    ['GET', 'expected'],
    ['GET /a/**b', '"**" must be a whole segment'],
    ['GET /a/x{id}', '"{name}" must be a whole segment'],
    ['GET /a//b', 'empty path segment'],
    ['G3T /a', 'bad method'],
  ])('rejects %j (%s)', (pattern, message) => {
    expect(() => compileRoutePattern(pattern)).toThrow(RoutePatternError);
    expect(() => compileRoutePattern(pattern)).toThrow(message);
  });
});
