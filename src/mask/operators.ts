import { createHmac } from 'node:crypto';
import type { SensitiveType, StrategyName } from '../types';
import { partialMask } from './partial';
import type { MaskOperator, OperatorSet } from './types';

export const partialOperator: MaskOperator = { apply: (value, type) => partialMask(value, type) };
export const redactOperator: MaskOperator = { apply: (_value, type: SensitiveType) => `[${type}]` };
export const removeOperator: MaskOperator = { apply: () => null };
export const revealOperator: MaskOperator = { apply: (value) => value };

/** Hex characters of the HMAC kept in a hash token: 64 bits, enough to join on, short in a body. */
export const HASH_HEX_CHARS = 16;
/** Keys shorter than this are guessable enough to brute-force the hashed values back. */
export const MIN_HASH_KEY_BYTES = 16;

/**
 * `h:3f9a…`: keyed HMAC-SHA256 of the value, so the same value always gives the
 * same token (joins across responses still work) but cannot be looked up without the key.
 */
export function hashOperator(key: Uint8Array): MaskOperator {
  if (key.length < MIN_HASH_KEY_BYTES) throw new Error(`hash operator: key must be at least ${MIN_HASH_KEY_BYTES} bytes, got ${key.length}`);
  const secret = Buffer.from(key);
  return { apply: (value) => 'h:' + createHmac('sha256', secret).update(value, 'utf8').digest('hex').slice(0, HASH_HEX_CHARS) };
}

/**
 * The built-in strategies. The result is a fresh map: add `token` (or swap a
 * built-in) with `new Map([...createOperators(k), ['token', myOperator]])`.
 */
export function createOperators(opts: { hashKey: Uint8Array }): Map<StrategyName, MaskOperator> {
  return new Map<StrategyName, MaskOperator>([
    ['partial', partialOperator],
    ['redact', redactOperator],
    ['hash', hashOperator(opts.hashKey)],
    ['remove', removeOperator],
    ['reveal', revealOperator],
  ]);
}

export function requireOperator(operators: OperatorSet, strategy: StrategyName, why: string): MaskOperator {
  const op = operators.get(strategy);
  if (op === undefined) throw new Error(`no mask operator registered for strategy "${strategy}" (${why})`);
  return op;
}
