import type { BodyFailure } from '../types';

/**
 * Why a body could not be inspected. Thrown by tokenizers and body processors;
 * the caller's failure mode decides what happens to the bytes. The message never
 * contains body content, only the reason and a byte offset.
 */
export class BodyError extends Error {
  constructor(
    readonly reason: BodyFailure,
    /** Absolute byte offset in the body where the problem was detected. */
    readonly offset: number,
    options?: ErrorOptions,
  ) {
    super(`${reason} at byte ${offset}`, options);
    this.name = 'BodyError';
  }
}
