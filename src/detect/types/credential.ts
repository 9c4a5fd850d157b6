import type { Detector } from '../detector';
import { evidence } from '../detector';
import { ALL_CLASSES, C } from '../shape';

const JWT = /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{0,}$/;
const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest)\s+[A-Za-z0-9._~+/=-]{8,}$/i;
const PEM = /^-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/;
// Vendor key formats whose prefix makes them unambiguous; one source for whole values and free text.
const VENDOR_SRC = 'sk-[A-Za-z0-9_-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{16,}|A[KS]IA[0-9A-Z]{16}|' +
  'gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20}|xox[abprs]-[A-Za-z0-9-]{10,}|' +
  'AIza[0-9A-Za-z_-]{35}|LTAI[A-Za-z0-9]{12,20}';
const VENDOR = new RegExp(`^(?:${VENDOR_SRC})$`);
/** First characters of VENDOR_SRC's alternatives (s r w A g x L). */
const VENDOR_FIRST: ReadonlySet<number> = new Set([...'srwAgxL'].map((c) => c.charCodeAt(0)));
const TEXT = new RegExp(
  'eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+|\\b(?:Bearer|Basic)\\s+([A-Za-z0-9._~+/=-]{12,})|' +
  `\\b(?:${VENDOR_SRC})(?![A-Za-z0-9])|` +
  // The value may be quoted, as in a JAAS or DSN config line (`password="…";`).
  '(?:password|passwd|pwd|密码|口令|secret)\\s*[:：=]\\s*["\']?([^\\s,，。;；&"\']{4,64})|' +
  // A URL's userinfo (`postgresql://app:s3cret@db:5432/x`, `redis://:pw@cache`): the password between ':' and '@'.
  // Lazily up to the '@' a host follows, so a password holding '@' (decoded from `%40`) is taken whole.
  '[a-z][a-z0-9+.-]{1,20}://[^\\s:/@]*:([^\\s/]{3,128}?)@(?=[A-Za-z0-9.-]+(?::\\d{1,5})?(?:[/?#\\s]|$))',
  'gi',
);
/**
 * Public object ids of vendors whose secrets we do know (Twilio `AC`/`SM`/`MG`… + 32 hex, Stripe `ch_`/`cus_`/`pi_`…,
 * Slack `C…`/`U…`): opaque, but naming a record, not granting access. Tested case-sensitively.
 */
const VENDOR_ID = /^(?:[A-Z]{2}[0-9a-f]{32}|(?:ch|cus|pi|pm|in|il|sub|si|prod|price|txn|re|evt|acct|py|po|tr|seti|src|card|ba|cs|ii|dp|file|plan|tok)_[A-Za-z0-9]{8,40}|[CUWGDTB][A-Z0-9]{8,10})$/;

/** Case-sensitive, unlike TEXT: a credential after `Bearer`/`Basic` has a capital, digit or separator. */
const AUTH_TOKEN = /[^a-z]/;
/** A literal every TEXT alternative contains: a cheap test before the full scan. */
const ANCHOR = /eyJ|bearer|basic|[sr]k[-_]|whsec_|A[KS]IA|gh[pousr]_|github_pat|glpat-|xox|AIza|LTAI|pass|pwd|secret|密码|口令|:\/\//i;
const EV_JWT = evidence('JSON Web Token (header.payload.signature)', 8);
const EV_SCHEME = evidence('HTTP authorization scheme with a token', 7);
const EV_USERINFO = evidence("password in a URL's userinfo (scheme://user:password@host)", 7);
const EV_PEM = evidence('PEM private key block', 9);
// A known secret format outweighs a key that reads as an identifier (`accessKeyId`, `keyId`).
const EV_VENDOR = evidence('vendor API key format (known prefix)', 10);
const EV_VENDOR_ID = evidence('vendor object id format (a record id, not a secret)', -8);
// PINs, OTPs and CVVs are short; a long run of digits under `sessionId` or `sid` numbers a record.
const EV_NUMERIC_ID = evidence('10+ digits only: a numeric id, not a secret', -6);
// Random tokens are everywhere (ids, digests, nonces): the shape alone is no evidence.
const EV_SECRETLIKE = evidence('token shape (letters and digits, no spaces)', 0);
const EV_ANY = evidence('non-empty value, no credential format', -1);
// What people choose: letters and digits with a symbol, or in both cases. As common in codes, so only a
// password key, or a login name beside it (see the classifier), decides. Separators of ids and times
// (`-`, `_`, `:`, `.`, `/`) are not the symbols a password policy asks for.
const EV_PASSWORD = evidence('password shape (letters, digits and a symbol or both cases)', 0);
const PASSWORD_SYMBOL = /[!#$%^&*?~@+=]/;

export const credential: Detector = {
  type: 'CREDENTIAL',
  lengths: [4, Infinity],
  maxWeight: 10,
  keys: {
    strong: [
      // MFA recovery codes; a mini-program's session key (WeChat `session_key`).
      'recoverycode', 'backupcode', 'sessionkey',
      'password', 'passwd', 'pwd', 'pass', 'passcode', 'passphrase', 'mm', 'mima', 'secret', 'clientsecret',
      'appsecret', 'secretkey', 'token', 'accesstoken', 'refreshtoken', 'idtoken', 'authtoken', 'sessiontoken',
      'apikey', 'apitoken', 'accesskey', 'accesskeysecret', 'privatekey', 'authorization', 'auth', 'credential',
      'credentials', 'bearer', 'jwt', 'sessionid', 'sid', 'cookie', 'pin', 'cvv', 'cvc', 'otp', 'signingkey',
      'xapikey', 'dlmm', 'zfmm', 'jymm',
      // Other languages (diacritics are folded by the key tokenizer: contraseña → contrasena).
      'passwort', 'kennwort', 'motdepasse', 'contrasena', 'senha', 'wachtwoord', 'parola', 'haslo', 'salasana',
      'losenord', 'adgangskode', 'passord', 'sifre', 'clave',
    ],
    weak: ['key', 'session', 'ticket'],
    cjk: ['密码', '口令', '密钥', '令牌', '秘钥', '密碼', '金鑰', '暗証番号'],
  },
  // A JWT (`eyJ…`, two dots), a PEM block or `Scheme token` (spaces), or a vendor key (20+ characters, known first letter).
  positiveShape: (s) => (s.first === 101 && s.dot === 2) || s.space > 0 || (s.len >= 20 && VENDOR_FIRST.has(s.first)),
  assess(v, kind, s) {
    // A secret is typed on a keyboard and sent in headers: text in Chinese (`ticket_text`, a 工单's remark) is none.
    if (kind !== 'string' || s.len < 4 || s.cjk >= 2) return null;
    if (s.first === 101 /* e */ && s.dot === 2 && JWT.test(v)) return EV_JWT;
    if (s.space > 0) {
      if (s.first === 45 /* - */ && PEM.test(v)) return EV_PEM;
      return s.space === 1 && AUTH_SCHEME.test(v) ? EV_SCHEME : s.len <= 64 ? EV_ANY : null;
    }
    if (s.len >= 20 && VENDOR.test(v)) return EV_VENDOR;
    if (s.len >= 9 && s.len <= 43 && s.upper > 0 && VENDOR_ID.test(v)) return EV_VENDOR_ID;
    if (s.len >= 10 && s.digits === s.len) return EV_NUMERIC_ID;
    if (s.len >= 16 && s.letters > 0 && s.digits > 0 && s.cjk === 0) return EV_SECRETLIKE;
    if (s.len >= 6 && s.letters > 0 && s.digits > 0 && s.cjk === 0 && ((s.upper > 0 && s.lower > 0) || PASSWORD_SYMBOL.test(v))) return EV_PASSWORD;
    return s.len <= 128 ? EV_ANY : null;
  },
  find(text, hit) {
    if (!ANCHOR.test(text)) return;
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) {
      const t = m[1] ?? m[2] ?? m[3] ?? m[0];
      // `basic authentication`: a scheme word before a word is prose; a token has more than lower-case letters.
      if (m[1] !== undefined && !AUTH_TOKEN.test(t)) continue;
      const end = m.index + m[0].length - (m[3] !== undefined ? 1 : 0); // a userinfo match ends at its '@'
      const ev = m[3] !== undefined ? EV_USERINFO : t.startsWith('eyJ') ? EV_JWT : VENDOR.test(t) ? EV_VENDOR : EV_SCHEME;
      hit(end - t.length, end, ev);
    }
  },
  // Every token has a character that is not a lower-case letter (a capital, digit or separator; see
  // AUTH_TOKEN): prose in lower case or CJK has no credential in it. The shortest token (`LTAI` + 12,
  // `xoxb-` + 10) is 15 characters; `密码：abcd` is 7, with a colon or '=' (full-width colons count as other).
  textClasses: ALL_CLASSES & ~(C.LOWER | C.SPACE | C.CJK),
  textGate: (s) => s.len >= 15 || (s.len >= 7 && (s.colon > 0 || s.equals > 0 || s.other > 0)),
};
