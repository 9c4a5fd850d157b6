import { tokenize } from '../detect/keys';
import type { Category, RiskLevel, RouteTemplate, SensitiveType } from '../types';

// The local keyword model for a route's business category and risk, used when
// no LLM is configured (and until it answers). The most specific path segment
// that says anything weighs most (`/orders/{id}/pay` is a payment), the rest of
// the path and the field names less; sensitive types found add their evidence.

const WORDS: Readonly<Record<Exclude<Category, 'other'>, readonly string[]>> = {
  authentication: ['login', 'logon', 'signin', 'signup', 'logout', 'signout', 'register', 'auth', 'oauth', 'oauth2', 'token', 'session',
    'password', 'passwd', 'otp', 'captcha', 'sso', 'mfa', 'jwt', 'credential', 'refresh', 'denglu', 'zhuce', '登录', '注册'],
  payment: ['pay', 'payment', 'checkout', 'charge', 'refund', 'invoice', 'billing', 'wallet', 'bank', 'transaction', 'transfer', 'payout',
    'settlement', 'alipay', 'wechatpay', 'zhifu', 'fukuan', 'tuikuan', '支付', '退款', '付款'],
  account: ['account', 'setting', 'preference', 'subscription', 'membership', 'plan', 'quota', 'security', 'zhanghu', '账户'],
  user_profile: ['user', 'member', 'profile', 'customer', 'contact', 'person', 'people', 'employee', 'me', 'avatar', 'kyc', 'identity',
    'realname', 'yonghu', 'huiyuan', 'kehu', '用户', '会员', '客户'],
  order: ['order', 'cart', 'basket', 'purchase', 'trade', 'sku', 'coupon', 'dingdan', 'gouwuche', '订单', '购物车'],
  logistics: ['shipment', 'shipping', 'delivery', 'logistics', 'tracking', 'express', 'waybill', 'parcel', 'courier', 'warehouse',
    'fulfillment', 'consignee', 'wuliu', 'kuaidi', 'yundan', '物流', '快递', '运单'],
  search: ['search', 'query', 'find', 'lookup', 'suggest', 'autocomplete', 'sousuo', '搜索'],
  content: ['article', 'post', 'blog', 'news', 'comment', 'review', 'media', 'video', 'image', 'feed', 'page', 'content', 'product',
    'catalog', 'category', 'wenzhang', '文章', '商品'],
  messaging: ['message', 'chat', 'sms', 'mail', 'inbox', 'notification', 'notify', 'conversation', 'im', 'push', 'xiaoxi', '消息', '短信'],
  file_transfer: ['file', 'upload', 'download', 'attachment', 'blob', 'export', 'import', 'document', 'storage', 'bucket', 'wenjian', '文件'],
  health: ['medical', 'patient', 'diagnosis', 'prescription', 'clinic', 'hospital', 'ehr', 'appointment', 'doctor', 'vaccine',
    'yiliao', 'bingli', 'guahao', '病历', '医疗', '挂号'],
  admin: ['admin', 'manage', 'management', 'console', 'internal', 'staff', 'role', 'permission', 'audit', 'tenant', 'guanli', '管理'],
  telemetry: ['metric', 'metrics', 'telemetry', 'log', 'trace', 'event', 'analytics', 'ping', 'healthz', 'readyz', 'heartbeat', 'monitor',
    'stat', 'stats', 'maidian', '埋点'],
};

const INDEX: ReadonlyMap<string, Category> = new Map(
  Object.entries(WORDS).flatMap(([category, words]) => words.map((w) => [w, category as Category] as const)),
);

const TYPE_HINTS: Partial<Readonly<Record<SensitiveType, Category>>> = {
  CREDENTIAL: 'authentication',
  PAYMENT_CARD: 'payment',
  BANK_ACCOUNT: 'payment',
  LICENSE_PLATE: 'logistics',
};

const SPECIFIC_WEIGHT = 4;
const CONTEXT_WEIGHT = 1;
const TYPE_WEIGHT = 2;
const MIN_SCORE = 2;
const MAX_KEYS = 200;

function categoryOfWord(token: string): Category | undefined {
  return INDEX.get(token) ?? (token.length > 3 && token.endsWith('s') ? INDEX.get(token.slice(0, -1)) : undefined);
}

/** Best category for a route from its literal path words, its field names and the sensitive types in it. */
export function categorise(route: RouteTemplate, keys: Iterable<string>, types: Iterable<SensitiveType>): Category {
  const score = new Map<Category, number>();
  const add = (c: Category | undefined, w: number): void => {
    if (c !== undefined) score.set(c, (score.get(c) ?? 0) + w);
  };
  const segments = route.slice(route.indexOf(' ') + 1).split('/').filter((s) => s.length > 0 && !s.startsWith('{'));
  let specific = true;
  for (let i = segments.length - 1; i >= 0; i--) {
    const found = tokenize(segments[i]).map(categoryOfWord).filter((c) => c !== undefined);
    for (const c of found) add(c, specific ? SPECIFIC_WEIGHT : CONTEXT_WEIGHT);
    if (found.length > 0) specific = false;
  }
  let n = 0;
  for (const key of keys) {
    if (n++ >= MAX_KEYS) break;
    for (const t of tokenize(key)) add(categoryOfWord(t), CONTEXT_WEIGHT);
  }
  for (const t of types) add(TYPE_HINTS[t], TYPE_WEIGHT);
  let best: Category = 'other';
  let bestScore = MIN_SCORE - 1;
  for (const [c, s] of score) {
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

const BASE_RISK: Readonly<Record<Category, RiskLevel>> = {
  authentication: 'high', payment: 'high', health: 'high', admin: 'high',
  account: 'medium', user_profile: 'medium', order: 'medium', logistics: 'medium', messaging: 'medium', file_transfer: 'medium',
  search: 'low', content: 'low', telemetry: 'low', other: 'low',
};

/** Types that alone identify a person or open an account. */
const SEVERE: ReadonlySet<SensitiveType> = new Set<SensitiveType>([
  'CN_RESIDENT_ID', 'PASSPORT_NUMBER', 'CN_HK_MACAU_PERMIT', 'PAYMENT_CARD', 'BANK_ACCOUNT', 'CREDENTIAL', 'US_SSN',
]);
const ORDER: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

export function assessRisk(category: Category, types: ReadonlySet<SensitiveType>): RiskLevel {
  let severe = 0;
  for (const t of types) if (SEVERE.has(t)) severe++;
  let floor: RiskLevel = 'low';
  if (severe >= 2 || (severe === 1 && types.size >= 3)) floor = 'critical';
  else if (severe === 1 || types.size >= 3) floor = 'high';
  else if (types.size > 0) floor = 'medium';
  return ORDER[Math.max(ORDER.indexOf(BASE_RISK[category]), ORDER.indexOf(floor))];
}
