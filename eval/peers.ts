import type { SensitiveType } from '../src/types';

// The two libraries a user might pick instead, driven the way their READMEs
// show, with their entity names mapped onto the taxonomy. Entities outside
// the taxonomy (zip codes, "digits", URLs…) map to null: they still count as
// a flag on a hard-negative leaf and still rewrite the body.

export interface Peer {
  readonly name: string;
  /** Entity types found in one text (a leaf value or a whole body). */
  detect(text: string): Promise<Array<SensitiveType | null>>;
  /** The text with every entity replaced, as the library would release it. */
  redact(text: string): Promise<string>;
}

const OR_MAP: Array<[RegExp, SensitiveType]> = [
  [/EMAIL/, 'EMAIL_ADDRESS'],
  [/^(?:IP|IPV4|IPV6)|IP_ADDRESS/, 'IP_ADDRESS'],
  [/PHONE|MOBILE|TELEPHONE/, 'PHONE_NUMBER'],
  [/CREDIT_CARD|CARD_NUMBER|PAYMENT_CARD/, 'PAYMENT_CARD'],
  [/IBAN|BANK_ACCOUNT|ACCOUNT_NUMBER|SORT_CODE|ROUTING/, 'BANK_ACCOUNT'],
  [/JWT|API_KEY|TOKEN|SECRET|PASSWORD|PRIVATE_KEY|AWS|CREDENTIAL/, 'CREDENTIAL'],
  [/SSN|SOCIAL_SECURITY/, 'US_SSN'],
  [/PASSPORT/, 'PASSPORT_NUMBER'],
  [/DOB|BIRTH/, 'DATE_OF_BIRTH'],
  [/VIN|VEHICLE_ID/, 'VEHICLE_VIN'],
  [/PLATE/, 'LICENSE_PLATE'],
  [/GPS|COORD|LATITUDE|LONGITUDE|GEO/, 'GEO_LOCATION'],
  [/CHIN.*(?:ID|RESIDENT)|RESIDENT_ID/, 'CN_RESIDENT_ID'],
  [/ADDRESS|STREET/, 'STREET_ADDRESS'],
  [/NAME/, 'PERSON_NAME'],
];
function mapOpenRedaction(t: string): SensitiveType | null {
  for (const [re, type] of OR_MAP) if (re.test(t)) return type;
  return null;
}

const RP_MAP: Record<string, SensitiveType | null> = {
  PERSON_NAME: 'PERSON_NAME', EMAIL_ADDRESS: 'EMAIL_ADDRESS', PHONE_NUMBER: 'PHONE_NUMBER', CREDIT_CARD_NUMBER: 'PAYMENT_CARD',
  IP_ADDRESS: 'IP_ADDRESS', US_SOCIAL_SECURITY_NUMBER: 'US_SSN', STREET_ADDRESS: 'STREET_ADDRESS', PASSWORD: 'CREDENTIAL',
  CREDENTIALS: 'CREDENTIAL', USERNAME: null, ZIPCODE: null, URL: null, DIGITS: null,
};
const RP_TOKEN = new RegExp(`\\b(${Object.keys(RP_MAP).join('|')})\\b`, 'g');

export function openRedaction(): Peer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OpenRedaction } = require('openredaction') as { OpenRedaction: new (o: object) => { detect(t: string): Promise<{ redacted: string; detections: Array<{ type: string }> }> } };
  const o = new OpenRedaction({ redactionMode: 'placeholder' });
  return {
    name: 'openredaction',
    detect: async (t) => (await o.detect(t)).detections.map((d) => mapOpenRedaction(d.type)),
    redact: async (t) => (await o.detect(t)).redacted,
  };
}

export function redactPii(): Peer {
  // Local built-in rules only (no Google DLP): the synchronous redactor.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SyncRedactor } = require('redact-pii') as { SyncRedactor: new () => { redact(t: string): string } };
  const r = new SyncRedactor();
  return {
    name: 'redact-pii',
    detect: async (t) => {
      const before = new Set(t.match(RP_TOKEN) ?? []);
      return (r.redact(t).match(RP_TOKEN) ?? []).filter((x) => !before.has(x)).map((x) => RP_MAP[x] ?? null);
    },
    redact: async (t) => r.redact(t),
  };
}

/** Entity types a peer's redacted leaf reveals (placeholders it wrote into it). */
export function typesInRedacted(peer: string, before: string, after: string): Array<SensitiveType | null> {
  if (before === after) return [];
  if (peer === 'redact-pii') {
    const had = new Set(before.match(RP_TOKEN) ?? []);
    const found = (after.match(RP_TOKEN) ?? []).filter((x) => !had.has(x)).map((x) => RP_MAP[x] ?? null);
    return found.length > 0 ? found : [null];
  }
  const found = [...after.matchAll(/\[([A-Z0-9_]+?)_[0-9A-Za-z]+\]/g)].map((m) => mapOpenRedaction(m[1]!));
  return found.length > 0 ? found : [null];
}
