import type { SensitiveType } from '../types';

/**
 * Confidence a (leaf, type) needs to become a finding. Confidence is the
 * logistic of the summed evidence (log-odds, prior −3), so 0.5 means "the
 * evidence for outweighs the prior by itself".
 *
 * | type               | thr  | why                                                                 |
 * |--------------------|------|---------------------------------------------------------------------|
 * | PERSON_NAME        | 0.60 | value shape is weak; needs key, path or sibling support             |
 * | PHONE_NUMBER       | 0.50 | allocated-prefix mobile alone is enough in a neutral key            |
 * | EMAIL_ADDRESS      | 0.50 | format is decisive                                                  |
 * | CN_RESIDENT_ID     | 0.50 | checksum + region + birth date is decisive                          |
 * | PASSPORT_NUMBER    | 0.60 | format is generic (letter + digits); key or cue required            |
 * | CN_HK_MACAU_PERMIT | 0.60 | format is generic; key or cue required                              |
 * | CN_USCC            | 0.50 | MOD 31 check + authority + region is decisive                       |
 * | PAYMENT_CARD       | 0.50 | Luhn+BIN needs a hint of context (1 in 10 numbers pass Luhn)        |
 * | BANK_ACCOUNT       | 0.60 | IBAN is decisive; CN accounts are bare digits, key required         |
 * | STREET_ADDRESS     | 0.55 | CN address grammar or house-number + street suffix                  |
 * | DATE_OF_BIRTH      | 0.60 | a date is only a birth date by its key or cue                       |
 * | IP_ADDRESS         | 0.50 | dotted quad / RFC 4291 form; version-like quads need a key          |
 * | GEO_LOCATION       | 0.55 | coordinates need a lat/lng key or a pair shape                      |
 * | LICENSE_PLATE      | 0.50 | province char + letter + 5/6 alnum is decisive                      |
 * | VEHICLE_VIN        | 0.50 | ISO 3779 check digit decisive; without it the key must say VIN      |
 * | CREDENTIAL         | 0.50 | JWT/PEM/vendor prefixes decisive; otherwise the key decides         |
 * | US_SSN             | 0.55 | dashed 3-2-4 with issuance rules; bare 9 digits need the key        |
 */
export const THRESHOLDS: Readonly<Record<SensitiveType, number>> = {
  PERSON_NAME: 0.6,
  PHONE_NUMBER: 0.5,
  EMAIL_ADDRESS: 0.5,
  CN_RESIDENT_ID: 0.5,
  PASSPORT_NUMBER: 0.6,
  CN_HK_MACAU_PERMIT: 0.6,
  CN_USCC: 0.5,
  PAYMENT_CARD: 0.5,
  BANK_ACCOUNT: 0.6,
  STREET_ADDRESS: 0.55,
  DATE_OF_BIRTH: 0.6,
  IP_ADDRESS: 0.5,
  GEO_LOCATION: 0.55,
  LICENSE_PLATE: 0.5,
  VEHICLE_VIN: 0.5,
  CREDENTIAL: 0.5,
  US_SSN: 0.55,
};

/** Log-odds every type starts from: most leaves are not sensitive. */
export const PRIOR = -3;

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
