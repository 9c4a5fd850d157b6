// Synthetic sensitive values with the structure and check digits real ones
// carry, written independently of the main corpus generator. No value
// belongs to a real person.

// The seeded PRNG is shared with the main generator (a neutral utility: no vocabulary in it).
import { Rng } from '../corpus/rng';
export { Rng };

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function birthDate(r: Rng): { y: number; m: number; d: number } {
  return { y: r.int(1950, 2005), m: r.int(1, 12), d: r.int(1, 28) };
}
export function isoDate(r: Rng): string {
  const b = birthDate(r);
  return `${b.y}-${pad(b.m, 2)}-${pad(b.d, 2)}`;
}

const AREAS = ['110105', '310115', '440305', '330106', '510107', '420106', '320102', '370202', '610113', '500103'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * ID_WEIGHTS[i]!;
  return '10X98765432'[s % 11]!;
}
/** GB 11643 resident ID; `broken` gives one with a wrong check character. */
export function cnResidentId(r: Rng, broken = false): string {
  const b = birthDate(r);
  const body = `${r.pick(AREAS)}${b.y}${pad(b.m, 2)}${pad(b.d, 2)}${r.digits(3)}`;
  const ok = idCheck(body);
  return body + (broken ? '10X98765432'.replace(ok, '')[r.int(0, 9)]! : ok);
}

export function cnMobile(r: Rng): string {
  return `1${r.pick(['38', '39', '50', '58', '86', '88', '37', '77', '99', '35'])}${r.digits(8)}`;
}
export function formatCnMobile(r: Rng, m: string): string {
  return r.pick([m, `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`, `+86${m}`, `86-${m}`]);
}
/** North American number in one of the forms CRMs and Twilio emit. */
export function usPhone(r: Rng): string {
  const a = `${r.int(2, 9)}${r.digits(2)}`, e = `${r.int(2, 9)}${r.digits(2)}`, l = r.digits(4);
  return r.pick([`(${a}) ${e}-${l}`, `+1 ${a}-${e}-${l}`, `+1${a}${e}${l}`, `${a}.${e}.${l}`, `${a}-${e}-${l}`, `+1 (${a}) ${e}-${l}`]);
}

export function luhnComplete(partial: string): string {
  let s = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return partial + String((10 - (s % 10)) % 10);
}
export function paymentCard(r: Rng): string {
  const kind = r.int(0, 3);
  if (kind === 0) return luhnComplete('4' + r.digits(14));
  if (kind === 1) return luhnComplete(String(r.int(51, 55)) + r.digits(13));
  if (kind === 2) return luhnComplete(r.pick(['34', '37']) + r.digits(12));
  return luhnComplete(r.pick(['622202', '621700', '622848', '622588']) + r.digits(12));
}
/** China UnionPay debit card, 16 or 19 digits. */
export function unionPay(r: Rng): string {
  return luhnComplete(r.pick(['622202', '621700', '622848', '622588', '621226']) + r.digits(r.chance(0.5) ? 9 : 12));
}
export function spacedCard(r: Rng, c: string): string {
  return r.chance(0.5) ? c : c.replace(/(\d{4})(?=\d)/g, r.pick(['$1 ', '$1-']));
}

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return m;
}
export function iban(r: Rng): string {
  const [cc, bban] = r.pick([
    ['DE', () => r.digits(18)],
    ['GB', () => r.pick(['NWBK', 'BARC', 'LOYD']) + r.digits(14)],
    ['FR', () => r.digits(10) + r.alnum(11, 'ABCDEFGHJK0123456789') + r.digits(2)],
    ['NL', () => r.pick(['ABNA', 'RABO', 'INGB']) + r.digits(10)],
  ] as const);
  const b = bban();
  const num = (b + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  return `${cc}${pad(98 - mod97(num), 2)}${b}`;
}

const USCC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 32100 unified social credit code, with a GB 11714 organisation code inside. */
export function uscc(r: Rng): string {
  const org8 = r.digits(8);
  let s = 0;
  const ow = [3, 7, 9, 10, 5, 8, 4, 2];
  for (let i = 0; i < 8; i++) s += Number(org8[i]) * ow[i]!;
  const c9 = 11 - (s % 11);
  const org = org8 + (c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9));
  const body = r.pick(['91', '92', '12', '52']) + r.pick(AREAS) + org;
  let t = 0;
  for (let i = 0; i < 17; i++) t += USCC_ALPHA.indexOf(body[i]!) * USCC_W[i]!;
  return body + USCC_ALPHA[(31 - (t % 31)) % 31];
}

const VIN_ALPHA = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinValue(ch: string): number {
  if (/\d/.test(ch)) return Number(ch);
  return 'ABCDEFGH'.includes(ch) ? ch.charCodeAt(0) - 64 : 'JKLMN'.includes(ch) ? ch.charCodeAt(0) - 73 : ch === 'P' ? 7 : ch === 'R' ? 9 : ch.charCodeAt(0) - 81;
}
export function vin(r: Rng): string {
  const v = (r.pick(['LSV', 'LFV', '1HG', 'WBA', '5YJ', 'JTD', 'LGX']) + r.alnum(5, VIN_ALPHA) + '0' + r.alnum(1, 'ABCDEFGHJKLMNPRSTVWXY') + r.alnum(1, VIN_ALPHA) + r.digits(6)).split('');
  let s = 0;
  for (let i = 0; i < 17; i++) s += vinValue(v[i]!) * VIN_W[i]!;
  v[8] = s % 11 === 10 ? 'X' : String(s % 11);
  return v.join('');
}

export function usSsn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
}
export function cnPlate(r: Rng): string {
  const p = r.pick(['京', '沪', '粤', '浙', '苏', '川', '鄂']) + r.pick(['A', 'B', 'C', 'E']);
  if (r.chance(0.3)) return `${p}${r.pick(['D', 'F'])}${r.digits(5)}`;
  // Ordinary plates: five characters, at most two of them letters (never I or O).
  const tail = r.digits(5).split('');
  for (let k = r.int(0, 2); k > 0; k--) tail[r.int(0, 4)] = r.alnum(1, 'ABCDEFGHJKLMNPQRSTUVWXYZ');
  return `${p}${r.pick(['', '·'])}${tail.join('')}`;
}
export function b64url(r: Rng, n: number): string {
  return r.alnum(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
}
export function jwt(r: Rng, sub: string): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: r.pick(['RS256', 'ES256', 'HS256']), kid: b64url(r, 8), typ: 'JWT' })}.${enc({ sub, iss: 'https://auth.example.net/', exp: 1795000000 + r.int(0, 9e6), scope: 'openid profile' })}.${b64url(r, 43)}`;
}
export const hex = (r: Rng, n: number) => r.alnum(n, '0123456789abcdef');
export function uuid(r: Rng): string {
  const h = hex(r, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}
