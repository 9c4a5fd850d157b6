import { gb11643, gb32100, iban, luhn, validBirthDate, vinCheck } from '../../src/detect/checksums';

describe('checksums', () => {
  test.each([
    ['luhn', luhn, '79927398713', true],
    ['luhn', luhn, '79927398710', false],
    ['gb11643', gb11643, '11010519491231002X', true],
    ['gb11643', gb11643, '11010519491231002Y', false],
    ['gb32100', gb32100, '91350100M000100Y43', true],
    ['gb32100', gb32100, '91350100M000100Y44', false],
    ['iban', iban, 'GB82WEST12345698765432', true],
    ['iban', iban, 'GB82WEST12345698765431', false],
    ['vin', vinCheck, '1M8GDM9AXKP042788', true],
    ['vin', vinCheck, '1M8GDM9A1KP042788', false],
  ] as Array<[string, (s: string) => boolean, string, boolean]>)('%s(%s)', (_n, f, v, want) => {
    expect(f(v)).toBe(want);
  });

  test('birth dates must exist and be in the past', () => {
    const now = new Date(Date.UTC(2025, 0, 1));
    expect(validBirthDate(2000, 2, 29, now)).toBe(true);
    expect(validBirthDate(1900, 2, 29, now)).toBe(false);
    expect(validBirthDate(2025, 6, 1, now)).toBe(false);
  });
});
