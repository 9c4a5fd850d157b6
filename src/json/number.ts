// The JSON number grammar (RFC 8259 §6) as a byte-at-a-time state machine.

export const N_SIGN = 0; // after '-'
export const N_ZERO = 1; // a leading zero (may end here)
export const N_INT = 2; // may end here
const N_DOT = 3;
const N_FRAC = 4; // may end here
const N_EXP_MARK = 5;
const N_EXP_SIGN = 6;
const N_EXP = 7; // may end here
/** The number ended before this byte (which belongs to whatever follows). */
export const N_ENDED = -1;
/** This byte cannot continue the number, and the number is not complete. */
export const N_BAD = -2;

export function numberStart(c: number): number {
  return c === 0x2d ? N_SIGN : c === 0x30 ? N_ZERO : N_INT;
}

export function numberComplete(state: number): boolean {
  return state === N_ZERO || state === N_INT || state === N_FRAC || state === N_EXP;
}

export function numberStep(state: number, c: number): number {
  const digit = c >= 0x30 && c <= 0x39;
  switch (state) {
    case N_SIGN:
      return digit ? (c === 0x30 ? N_ZERO : N_INT) : N_BAD;
    case N_DOT:
      return digit ? N_FRAC : N_BAD;
    case N_EXP_MARK:
      return c === 0x2b || c === 0x2d ? N_EXP_SIGN : digit ? N_EXP : N_BAD;
    case N_EXP_SIGN:
      return digit ? N_EXP : N_BAD;
    default: {
      // A state that may end the number. After a leading zero a digit ends it ("01" is then rejected by the grammar).
      if (digit && state !== N_ZERO) return state;
      if (c === 0x2e && (state === N_ZERO || state === N_INT)) return N_DOT;
      if ((c | 0x20) === 0x65 && state !== N_EXP) return N_EXP_MARK;
      return N_ENDED;
    }
  }
}
