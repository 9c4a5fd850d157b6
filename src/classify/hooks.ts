import type { Detector, Evidence } from '../detect/detector';
import { ALL_CLASSES, type Shape } from '../detect/shape';
import type { LeafKind, SensitiveType } from '../types';

/**
 * A detector's gates copied into one object shape. The per-leaf loops look at
 * every detector; reading seventeen differently shaped detector objects there
 * is megamorphic and cost more than the checks themselves, so the loops read
 * these and touch the detector only once a gate lets it through.
 */
export class DetectorHooks {
  readonly type: SensitiveType;
  /** Detector.maxWeight (absent: unbounded). */
  readonly maxWeight: number;
  /** Character classes (Shape.classes bits) a value assess() accepts must have, and may have. */
  private readonly needs: number;
  private readonly allows: number;
  /** Whether the detector looks into free text at all. */
  readonly finds: boolean;
  /** Detector.textClasses (absent: every class). */
  readonly textClasses: number;
  private readonly textGate: Detector['textGate'];
  private readonly positiveGate: Detector['positiveShape'];
  private readonly assessValue: Detector['assess'];

  /**
   * @param ceiling the highest score the type can reach before its key is counted: prior + strongest
   *   value evidence + the most context and route history can add. With the key's evidence added, a
   *   detector whose ceiling stays under its bar, or under the best score already found, cannot win.
   * @param bar the type's threshold, in log-odds
   * @param personal whether a thing's key counts against the type (see decideWhole in classifier.ts)
   */
  constructor(readonly detector: Detector, readonly ceiling: number, readonly bar: number, readonly personal: boolean) {
    this.type = detector.type;
    this.maxWeight = detector.maxWeight ?? Infinity;
    this.needs = detector.classes?.needs ?? 0;
    this.allows = detector.classes?.allows ?? ALL_CLASSES;
    this.finds = detector.find !== undefined;
    this.textClasses = detector.textClasses ?? ALL_CLASSES;
    this.textGate = detector.textGate;
    this.positiveGate = detector.positiveShape;
    this.assessValue = detector.assess;
  }

  /** The detector's assess(), reached without a megamorphic property read. */
  assess(value: string, kind: LeafKind, s: Shape): Evidence | null {
    return this.assessValue.call(this.detector, value, kind, s);
  }

  /** False when a value with these character classes cannot be this type (assess need not be asked). */
  admits(classes: number): boolean {
    return (classes & this.needs) === this.needs && (classes & ~this.allows) === 0;
  }

  /** False when assess() could give a value of this shape no positive evidence. */
  mayBePositive(s: Shape): boolean {
    return this.positiveGate === undefined || this.positiveGate.call(this.detector, s);
  }

  /** False when find() could not match in a text of this shape. */
  mayFind(s: Shape): boolean {
    return this.finds && (this.textGate === undefined || this.textGate.call(this.detector, s));
  }
}
