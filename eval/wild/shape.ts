import type { Rng } from './values';

/** One API shape: how its route looks and how one of its bodies is built. */
export interface Shape {
  readonly shape: string;
  readonly method: string;
  readonly path: (r: Rng) => string;
  readonly direction?: 'request' | 'response';
  readonly contentType?: string;
  readonly make: (r: Rng) => unknown;
}
