import type { KeyChooser } from './keys';
import type { Rng } from './rng';

export interface Ctx {
  readonly r: Rng;
  readonly k: KeyChooser;
  /** Monotonic counter shared by a shape across cases: identifiers are sequential in real traffic. */
  seq(): number;
}

export interface ShapeOut {
  method: string;
  path: string;
  direction: 'request' | 'response';
  body: unknown;
}

export interface ApiShape {
  readonly name: string;
  readonly industry: string;
  build(c: Ctx): ShapeOut;
}

export function times<T>(r: Rng, lo: number, hi: number, f: (i: number) => T): T[] {
  return Array.from({ length: r.int(lo, hi) }, (_, i) => f(i));
}
