import type { RouteTemplate } from '../types';

// A pattern is matched against a route TEMPLATE (`GET /api/customers/{id}`), not a
// concrete path: a wildcard or `{name}` segment in the pattern matches a template
// parameter or a literal, while a literal pattern segment matches only the same
// literal (a pattern `/customers/42` cannot know which ids `{id}` stands for).
//
//   METHOD /a/*/b      `*` or `{name}`: exactly one segment
//   METHOD /a/**       one or more segments
//   MCP tools/call crm.*   `*` inside a segment: any run of characters in that segment
//   * /a/b  or  /a/b   any method
//   **                 every route, HTTP or MCP
// Compiled to one anchored RegExp: no allocation per test.

const ONE = '[^/]+';
const MANY = '[^/]+(?:/[^/]+)*';

export class RoutePatternError extends Error {}

function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function segmentSource(seg: string, pattern: string): string {
  if (seg === '**') return MANY;
  if (seg === '*' || /^\{[^{}/]+\}$/.test(seg)) return ONE;
  if (seg.includes('**')) throw new RoutePatternError(`route pattern "${pattern}": "**" must be a whole segment`);
  if (/[{}]/.test(seg)) throw new RoutePatternError(`route pattern "${pattern}": "{name}" must be a whole segment`);
  return seg.split('*').map(escapeLiteral).join('[^/]*');
}

function methodSource(method: string, pattern: string): string {
  if (method === '*') return '[A-Z]+';
  if (!/^[A-Za-z]+$/.test(method)) throw new RoutePatternError(`route pattern "${pattern}": bad method "${method}"`);
  return method.toUpperCase();
}

/** Compile a policy route pattern; throws RoutePatternError on a malformed one. */
export function compileRoutePattern(pattern: string): (route: RouteTemplate) => boolean {
  const p = pattern.trim();
  if (p === '') throw new RoutePatternError('route pattern is empty');
  if (p === '**') return () => true;
  const space = p.indexOf(' ');
  const hasMethod = !p.startsWith('/');
  if (hasMethod && space < 0) throw new RoutePatternError(`route pattern "${pattern}": expected "METHOD /path" or "/path"`);
  const method = hasMethod ? methodSource(p.slice(0, space), pattern) : '[A-Z]+';
  const rest = hasMethod ? p.slice(space + 1).trim() : p;
  const leadingSlash = rest.startsWith('/');
  const segments = (leadingSlash ? rest.slice(1) : rest).split('/');
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  if (segments.some((s) => s === '') && !(segments.length === 1 && leadingSlash)) {
    throw new RoutePatternError(`route pattern "${pattern}": empty path segment`);
  }
  const body = segments.map((s) => segmentSource(s, pattern)).join('/');
  const re = new RegExp(`^${method} ${leadingSlash ? '/' : ''}${body}/?$`);
  return (route) => re.test(route);
}
