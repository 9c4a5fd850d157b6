import type { Framing } from './records';
import type { PairMasker } from './value';

const AMP = 0x26;

/**
 * application/x-www-form-urlencoded: each `name=value` pair is a record (held
 * until its `&` or the end of the body), so a value cut by a chunk edge is
 * never released before it is classified whole.
 */
export class FormFraming implements Framing {
  constructor(private readonly pairs: PairMasker) {}

  scan(buf: Uint8Array, from: number): number {
    const i = buf.indexOf(AMP, from);
    return i < 0 ? -1 : i + 1;
  }

  record(bytes: Buffer): Uint8Array {
    const amp = bytes.length > 0 && bytes[bytes.length - 1] === AMP ? 1 : 0;
    const out = this.pairs.pair(bytes.toString('utf8', 0, bytes.length - amp));
    return out === undefined ? bytes : Buffer.from(amp === 1 ? out + '&' : out, 'utf8');
  }
}

/** The query string with sensitive values rewritten, or undefined when nothing changed. */
export function maskQuery(query: string, pairs: PairMasker): string | undefined {
  if (query === '') return undefined;
  const parts = query.split('&');
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const out = pairs.pair(parts[i]!);
    if (out !== undefined) {
      parts[i] = out;
      changed = true;
    }
  }
  return changed ? parts.join('&') : undefined;
}
