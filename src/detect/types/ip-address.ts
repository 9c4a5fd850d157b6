import type { Detector } from '../detector';
import { evidence } from '../detector';
import { C } from '../shape';

const EV_V4 = evidence('IPv4 dotted quad, octets 0-255', 3.5);
const EV_V4_SMALL = evidence('IPv4 shape with single-digit octets (also a version string shape)', 0.5);
const EV_V6 = evidence('IPv6 address', 4.5);
// `Chrome/122.0.0.0`: a product's version after its name and a slash is not an address.
const V4_TEXT = /(?<![0-9.]|[A-Za-z]\/)(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![0-9]|\.\d)/g;

/** 0 when not IPv4, 1 when every octet is a single digit, 2 otherwise. */
function ipv4(v: string): number {
  let octets = 0, cur = -1, digits = 0, small = true;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || cur > 255) return 0;
      if (cur > 9) small = false;
      octets++;
      cur = -1;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && cur === 0) return 0; // leading zero
      cur = cur < 0 ? c - 48 : cur * 10 + (c - 48);
      if (++digits > 3) return 0;
    } else return 0;
  }
  return octets === 4 ? (small ? 1 : 2) : 0;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** RFC 4291 text form: 8 groups, or fewer with one `::`, optional trailing IPv4. */
export function ipv6(v: string): boolean {
  if (v.length < 2 || v.length > 45) return false;
  const dbl = v.indexOf('::');
  if (dbl >= 0 && v.indexOf('::', dbl + 1) >= 0) return false;
  const parts = v.split(':');
  let groups = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.length === 0) {
      const atEdge = (i === 0 || i === parts.length - 1) && dbl >= 0;
      if (atEdge || (dbl >= 0 && i > 0 && parts[i - 1] === '') || dbl >= 0) continue;
      return false;
    }
    if (i === parts.length - 1 && p.indexOf('.') >= 0) {
      if (ipv4(p) === 0) return false;
      groups += 2;
      continue;
    }
    if (p.length > 4) return false;
    for (let k = 0; k < p.length; k++) if (!isHex(p.charCodeAt(k))) return false;
    groups++;
  }
  return dbl >= 0 ? groups < 8 : groups === 8;
}

export const ipAddress: Detector = {
  type: 'IP_ADDRESS',
  classes: { needs: 0, allows: C.DIGIT | C.UPPER | C.LOWER | C.DOT | C.COLON },
  lengths: [2, 45],
  maxWeight: 4.5,
  keys: {
    strong: ['ip', 'ipaddr', 'ipaddress', 'clientip', 'remoteip', 'sourceip', 'srcip', 'ipv4', 'ipv6', 'xforwardedfor', 'realip', 'loginip', 'remoteaddr', 'peerip', 'userip', 'dstip'],
    weak: ['host', 'addr', 'remote', 'peer', 'forwardedfor'],
    cjk: ['IP', 'ip地址'],
  },
  textClasses: C.DIGIT,
  textGate: (s) => s.dot >= 3 && s.digits >= 4,
  assess(v, kind, s) {
    if (kind !== 'string' || s.len < 2 || s.len > 45) return null;
    if (s.dot === 3 && s.digits + 3 === s.len) {
      const r = ipv4(v);
      return r === 2 ? EV_V4 : r === 1 ? EV_V4_SMALL : null;
    }
    if (s.colon >= 2 && s.space === 0 && s.cjk === 0 && s.dash === 0 && s.plus === 0 && s.other === 0) return ipv6(v) ? EV_V6 : null;
    return null;
  },
  find(text, hit) {
    if (text.indexOf('.') < 0) return;
    V4_TEXT.lastIndex = 0;
    for (let m = V4_TEXT.exec(text); m !== null; m = V4_TEXT.exec(text)) {
      hit(m.index, m.index + m[0].length, ipv4(m[0]) === 2 ? EV_V4 : EV_V4_SMALL);
    }
  },
  cue: /(?:\bip\b|地址|来自|from|client|host|登录)/i,
};
