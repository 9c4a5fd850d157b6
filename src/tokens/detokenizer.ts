import type { Metrics } from '../metrics/metrics';
import type { AgentId, SensitiveType } from '../types';
import { TOKEN_PATTERN, TOKEN_PREFIX, type TokenCipher } from './cipher';

/** One token of the presenting agent found in a text, and the value it stands for. */
export interface Restore {
  readonly start: number;
  readonly end: number;
  readonly type: SensitiveType;
  readonly value: string;
}

/**
 * Finds an agent's own tokens in request text. The caller decides WHERE this
 * runs (only on routes the agent's policy lists under `detokenize`); this
 * class decides WHICH tokens open: those sealed for this very agent under the
 * current key. Everything else token-shaped stays as it is, counted.
 */
export class Detokenizer {
  private readonly pattern = new RegExp(TOKEN_PATTERN.source, 'g');

  constructor(
    private readonly cipher: TokenCipher,
    private readonly metrics?: Metrics,
  ) {}

  /** The agent's tokens in `text`, in order; null when there are none (the usual case, decided by one indexOf). */
  find(text: string, agent: AgentId | null): Restore[] | null {
    if (text.indexOf(TOKEN_PREFIX) < 0) return null;
    let found: Restore[] | null = null;
    const re = this.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const opened = this.cipher.open(agent, m[1]!, m[2]!);
      this.metrics?.tokensRestored.inc({ outcome: opened === null ? 'refused' : 'restored' });
      if (opened !== null) (found ??= []).push({ start: m.index, end: m.index + m[0].length, type: opened.type, value: opened.value });
    }
    return found;
  }

  /**
   * `text` with each restore's token replaced by its value. `text` is the leaf
   * the restores were found in, possibly rewritten since around them (other
   * values masked): tokens are located again by their literal text, in order.
   */
  static apply(text: string, original: string, restores: readonly Restore[]): string {
    let out = '';
    let at = 0;
    for (const r of restores) {
      const i = text.indexOf(original.slice(r.start, r.end), at);
      if (i < 0) continue;
      out += text.slice(at, i) + r.value;
      at = i + (r.end - r.start);
    }
    return out + text.slice(at);
  }
}
