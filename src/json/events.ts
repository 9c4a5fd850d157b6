import type { LeafKind } from '../types';

/** What the tokenizer reports. Offsets are absolute byte offsets in the body. */
export interface TokenHandler {
  openObject(): void;
  openArray(): void;
  /** Closes the innermost object or array. */
  close(): void;
  key(name: string): void;
  /** A complete scalar; [start, end) is its raw text, quotes included for strings. */
  leaf(kind: LeafKind, value: string, start: number, end: number): void;
}

export interface TokenizerLimits {
  /** Open objects/arrays at once. */
  readonly maxDepth: number;
  /** Raw bytes of one string or number token, quotes included. */
  readonly maxTokenBytes: number;
}
export const DEFAULT_TOKENIZER_LIMITS: TokenizerLimits = { maxDepth: 512, maxTokenBytes: 1024 * 1024 };
