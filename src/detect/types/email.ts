import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}$/;
const TEXT = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
const EV_EMAIL = evidence('RFC 5322 address (local@domain.tld)', 7);
/**
 * A role's mailbox (`support@`, `billing@`, `no-reply@`, `agents-support@`) reaches a function, not a person:
 * no personal data, and what a key naming an e-mail must not outweigh.
 */
const ROLE_MAILBOX = /^(?:[a-z0-9]+[._-])*(?:support|billing|info|admin|sales|service|services|help|helpdesk|servicedesk|noreply|no-reply|donotreply|do-not-reply|contact|office|postmaster|webmaster|hostmaster|abuse|security|privacy|legal|press|marketing|feedback|careers|jobs|enquiries|inquiries|notifications?|alerts?|kefu|customerservice|ops|devops)$/;
const EV_ROLE = evidence("a role's or a service account's mailbox (support@, no-reply@, …gserviceaccount.com), not a person's", -8);
/** A URL's userinfo (`postgresql://app:secret@db.internal/x`) ends in '@' before a host, which is no address. */
const URL_USERINFO = /:\/\/[^\s/]*$/;

/** Cloud service accounts (`bi-export@proj.iam.gserviceaccount.com`): a machine's identity, not a person's. */
const SERVICE_ACCOUNT_DOMAIN = /\.gserviceaccount\.com$/i;

function verdict(address: string): typeof EV_EMAIL {
  const at = address.indexOf('@');
  return ROLE_MAILBOX.test(address.slice(0, at).toLowerCase()) || SERVICE_ACCOUNT_DOMAIN.test(address) ? EV_ROLE : EV_EMAIL;
}

export const email: Detector = {
  type: 'EMAIL_ADDRESS',
  classes: { needs: C.AT | C.DOT, allows: C.AT | C.DOT | C.DIGIT | C.UPPER | C.LOWER | C.DASH | C.PLUS | C.PERCENT | C.OTHER },
  lengths: [6, 254],
  maxWeight: 7,
  keys: {
    strong: ['email', 'emailaddress', 'mail', 'emailaddr', 'yx', 'yxdz', 'youxiang', 'dzyx', 'correo', 'correoelectronico', 'courriel', 'emailadresse', 'mailadresse', 'eposta'],
    cjk: ['邮箱', '邮件', '电邮', '郵箱', '郵件', '電郵', '電子郵件', '이메일', '전자우편'],
  },
  textClasses: C.AT,
  textGate: (s) => s.at > 0,
  assess(v, _kind, s) {
    if (s.at !== 1 || s.len < 6 || s.len > 254 || s.space > 0 || s.cjk > 0) return null;
    return EMAIL.test(v) ? verdict(v) : null;
  },
  find(text, hit) {
    if (text.indexOf('@') < 0) return;
    TEXT.lastIndex = 0;
    for (let m = TEXT.exec(text); m !== null; m = TEXT.exec(text)) {
      if (URL_USERINFO.test(text.slice(Math.max(0, m.index - 256), m.index))) continue;
      const ev = verdict(m[0]);
      if (ev === EV_EMAIL) hit(m.index, m.index + m[0].length, ev);
    }
  },
};
