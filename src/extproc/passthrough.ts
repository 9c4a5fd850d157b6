import type { Direction } from '../types';
import type { BodySendMode, EventKind, ExtProcEvent } from './messages';
import { bodyResponse, headersResponse, type RawProcessingResponse, streamedBodyResponse, trailersResponse } from './responses';

// Answers that let a message through unchanged: for bodies nobody inspects and
// for the failure mode `pass`.

export function directionOf(kind: EventKind): Direction {
  return kind.startsWith('request') ? 'request' : 'response';
}

export function passBody(direction: Direction, mode: BodySendMode, chunk: Uint8Array, endOfStream: boolean): RawProcessingResponse {
  return mode === 'FULL_DUPLEX_STREAMED' ? streamedBodyResponse(direction, chunk, endOfStream) : bodyResponse(direction, undefined);
}

/** The answer that lets a message through unchanged. */
export function passThrough(ev: ExtProcEvent, modes: Record<Direction, BodySendMode>): RawProcessingResponse {
  const direction = directionOf(ev.kind);
  switch (ev.kind) {
    case 'request_headers':
    case 'response_headers':
      return headersResponse(direction, { remove: [] });
    case 'request_body':
    case 'response_body':
      return passBody(direction, modes[direction], ev.body, ev.endOfStream);
    default:
      return trailersResponse(direction);
  }
}
