import type { MaskOperator } from '../mask/types';
import type { LeafClassifier } from '../types';
import { TOKEN_PATTERN, TOKEN_PREFIX, type TokenCipher } from './cipher';

/**
 * The `token` strategy: the value becomes this agent's reversible token
 * (`tok_phone_…`). A value too long to tokenise is redacted instead, never
 * passed through.
 */
export function tokenOperator(cipher: TokenCipher): MaskOperator {
  return { apply: (value, type, ctx) => cipher.seal(ctx.agent.id, type, value) ?? `[${type}]` };
}

const WHOLE_TOKEN = new RegExp(`^(?:${TOKEN_PATTERN.source})$`);

/** True when the whole string is token-shaped (not necessarily valid for anyone). */
export function isToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && WHOLE_TOKEN.test(value);
}

/**
 * A token is a masking artefact, like `138****5678`: a leaf that is one is not
 * a finding (its random-looking payload would otherwise read as a credential
 * and be masked a second time, so it could never be restored).
 */
export function skipTokens(inner: LeafClassifier): LeafClassifier {
  return {
    classify: (leaf, direction, fieldMap) => (leaf.kind === 'string' && isToken(leaf.value) ? null : inner.classify(leaf, direction, fieldMap)),
  };
}
