import type { LeafKind, SensitiveType } from '../types';
import type { Shape } from './shape';

/**
 * One piece of evidence and its weight in log-odds. Detectors keep their
 * evidence as module constants so that assessing a value allocates nothing;
 * the label is what `scan --explain` prints.
 */
export interface Evidence {
  readonly label: string;
  readonly weight: number;
}

export function evidence(label: string, weight: number): Evidence {
  return Object.freeze({ label, weight });
}

/** Words that name a type in a key, a path segment or the text just before a value. */
export interface Vocabulary {
  /** Normalised compact key phrases (lower case, separators removed) that name the type. */
  readonly strong: readonly string[];
  /** Phrases that suggest the type without naming it (`contact`, `tel`). */
  readonly weak?: readonly string[];
  /** CJK words, matched as substrings of a key. */
  readonly cjk?: readonly string[];
  readonly cjkWeak?: readonly string[];
}

/** A match inside free text, in UTF-16 offsets of the scanned string. */
export type TextHit = (start: number, end: number, ev: Evidence) => void;

/**
 * A sensitive type as data plus small hooks (presidio style). Adding a type is
 * one module exporting one of these and one row in the registry.
 */
export interface Detector {
  readonly type: SensitiveType;
  readonly keys: Vocabulary;
  /** Shortest and longest value assess() can accept (UTF-16 units): lets the classifier skip it by length. */
  readonly lengths: readonly [min: number, max: number];
  /**
   * Character classes (bits of `C` in shape.ts) a value assess() accepts must contain (`needs`) and
   * may contain (`allows`; absent: any): lets the classifier skip it without a call.
   */
  readonly classes?: { readonly needs: number; readonly allows?: number };
  /**
   * Value evidence: how much the value's own format says it is this type
   * (structure, checksum), or null when it cannot be. A loose type (names,
   * addresses, credentials) returns a small or negative weight for values
   * that merely could be one, so that only the key can carry them.
   */
  assess(value: string, kind: LeafKind, shape: Shape): Evidence | null;
  /**
   * The largest weight assess() can return (find()'s cue evidence does not count). The classifier
   * skips assess() when even this could not lift the key's evidence over the threshold; absent,
   * the detector is always asked. test/detect/max-weight checks it against every assess() answer.
   */
  readonly maxWeight?: number;
  /**
   * False when assess() cannot give a value of this shape positive evidence. Without a key, label or
   * hint naming the type only positive value evidence can decide, so such a value is not asked;
   * absent, it always is. test/detect/max-weight checks it against every assess() answer.
   */
  positiveShape?(s: Shape): boolean;
  /** Occurrences inside free text; every hit must be verified by the same rules as assess. `shape` is the text's. */
  find?(text: string, hit: TextHit, shape: Shape): void;
  /**
   * Character classes (bits of `C`) of which a text must hold at least one for find() to match
   * (absent: any text). Checked as data, with no call, before textGate.
   */
  readonly textClasses?: number;
  /** Cheap test on the text's character counts: false skips find() (it could not match; the detector tables check it). */
  textGate?(s: Shape): boolean;
  /** Words that, right before a hit in free text, make it this type (`电话`, `card no`). */
  readonly cue?: RegExp;
}
