// A value a previous hop already masked is not a finding: re-masking it would
// double-count audits and quotas. Recognises the shapes apiward's own
// operators and common gateways produce.

const REDACT_TAG = /^[<[{(]?\s*(?:[A-Z][A-Z_ ]{2,40}|redacted|masked|hidden|removed)\s*[>\]})]?$/i;
const HASH_TOKEN = /^h:[0-9a-f]{8,}…?$/;
/** A secret or number shown by its ends (`sk-proj...9i9g`, `6222…1234`): what consoles and gateways print instead of it. */
const ENDS_SHOWN = /^[A-Za-z0-9_+-]{1,16}(?:\.{3}|…)[A-Za-z0-9_+-]{1,8}$/;
/** The longest value ENDS_SHOWN matches (16 + 3 + 8). */
export const MAX_ENDS_SHOWN_CHARS = 27;

/** Text: a mask inside it (`旧号码138****5678已停用，新号码13912345678`) says nothing of the values around it. */
const TEXT = /[\s，。；！？、,;!?]/;
const MAX_MASKED_CHARS = 64;

/** True when the whole value is a masking artefact. */
export function isMasked(v: string): boolean {
  const n = v.length;
  if (n === 0) return false;
  let stars = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    // `*`, `•`, `●`, `×`: runs of two or more are masks (`138****5678`, `j***@x.com`, `张*` needs only one after a CJK char),
    // when they make the whole value one token; in text they only hide the value they stand in.
    if (c === 42 || c === 0x2022 || c === 0x25cf || c === 0xd7) {
      if (++stars >= 2) return n <= MAX_MASKED_CHARS && !TEXT.test(v);
      if (n <= 4 && i > 0 && v.charCodeAt(i - 1) >= 0x4e00) return true;
    } else stars = 0;
  }
  if (n <= MAX_ENDS_SHOWN_CHARS && ENDS_SHOWN.test(v)) return true;
  const f = v.charCodeAt(0);
  if ((f === 91 || f === 60 || f === 123 || f === 40) && n <= 44 && REDACT_TAG.test(v)) return true;
  return f === 104 && n >= 10 && v.charCodeAt(1) === 58 && HASH_TOKEN.test(v);
}
