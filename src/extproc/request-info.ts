import type { AgentContext, RequestInfo, RouteTemplate, SensitiveType, StrategyName } from '../types';
import type { HeaderMap } from './messages';

/** Route of a stream whose request headers were never seen (request_header_mode SKIP). */
export const UNROUTED = 'UNKNOWN /' as RouteTemplate;

/** Agent of such a stream: nobody, and everything masked. */
export const UNIDENTIFIED: AgentContext = Object.freeze({
  id: null,
  known: false,
  reveal: new Set<SensitiveType>(),
  strategies: new Map<SensitiveType, StrategyName>(),
  maskAll: true,
});

/** RequestInfo from Envoy's request headers (pseudo-headers included in the map). */
export function requestInfo(headers: HeaderMap, metadata: Readonly<Record<string, unknown>>): RequestInfo {
  const target = headers.get(':path') ?? '/';
  const q = target.indexOf('?');
  return {
    method: (headers.get(':method') ?? 'GET').toUpperCase(),
    path: q < 0 ? target : target.slice(0, q),
    query: q < 0 ? '' : target.slice(q + 1),
    authority: headers.get(':authority') ?? headers.get('host') ?? '',
    headers,
    metadata,
  };
}
