import type { BodyContext, BodyProcessor } from './deps';
import type { HeaderMap } from './messages';

// Which bodies get inspected, and how they are encoded on the wire.

/** Media type without parameters, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaType(headers: HeaderMap): string {
  const raw = headers.get('content-type') ?? '';
  const semi = raw.indexOf(';');
  return (semi < 0 ? raw : raw.slice(0, semi)).trim().toLowerCase();
}

/** `application/json` and every `application/<x>+json` (problem+json, vnd.api+json, …). */
export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

export type ContentCoding = 'identity' | 'gzip' | 'deflate' | 'br';

/**
 * The body's content coding, or null for one apiward cannot decode (an unknown
 * coding or a stack of several, e.g. `gzip, br`).
 */
export function contentCoding(headers: HeaderMap): ContentCoding | null {
  const raw = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'identity') return 'identity';
  if (raw === 'gzip' || raw === 'x-gzip') return 'gzip';
  if (raw === 'deflate' || raw === 'br') return raw;
  return null;
}

export type ProcessorFactory = (ctx: BodyContext) => BodyProcessor;

/**
 * Builds `ExchangeDeps.bodyProcessor` from an ordered table of framings: the
 * first entry whose predicate accepts the media type wins; none → not
 * inspected. New framings (NDJSON, SSE, forms) are new rows.
 */
export function selectByMediaType(
  table: ReadonlyArray<readonly [accepts: (mediaType: string) => boolean, create: ProcessorFactory]>,
): (ctx: BodyContext) => BodyProcessor | null {
  return (ctx) => {
    for (const [accepts, create] of table) if (accepts(ctx.contentType)) return create(ctx);
    return null;
  };
}
