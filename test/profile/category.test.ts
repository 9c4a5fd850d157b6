import { assessRisk, categorise } from '../../src/profile/category';
import type { Category, RiskLevel, RouteTemplate, SensitiveType } from '../../src/types';

describe('categorise (local keyword model)', () => {
  const cases: Array<[string, string[], SensitiveType[], Category]> = [
    ['POST /api/v1/auth/login', [], [], 'authentication'],
    ['POST /oauth2/token', [], [], 'authentication'],
    ['POST /passport/denglu', [], [], 'authentication'],
    ['POST /api/trade/orders/{id}/pay', [], [], 'payment'],
    ['GET /api/v2/users/{id}', [], [], 'user_profile'],
    ['GET /api/members/{id}/profile', [], [], 'user_profile'],
    ['GET /api/orders', [], [], 'order'],
    ['GET /api/dingdan/list', [], [], 'order'],
    ['GET /logistics/track/{id}', [], [], 'logistics'],
    ['GET /api/shipments/{id}', [], [], 'logistics'],
    ['GET /api/search', [], [], 'search'],
    ['GET /api/articles/{id}/comments', [], [], 'content'],
    ['POST /api/sms/send', [], [], 'messaging'],
    ['POST /api/files/upload', [], [], 'file_transfer'],
    ['GET /api/patients/{id}/prescriptions', [], [], 'health'],
    ['GET /admin/roles', [], [], 'admin'],
    ['POST /collect/events', [], [], 'telemetry'],
    ['GET /api/v3/x/{id}', [], [], 'other'],
    // Field names and found types decide when the path says nothing.
    ['GET /api/v3/x/{id}', ['consignee', 'waybillNo', 'courierName'], [], 'logistics'],
    ['POST /api/v3/x', ['password', 'captcha'], ['CREDENTIAL'], 'authentication'],
    ['GET /api/v3/x/{id}', [], ['PAYMENT_CARD'], 'payment'],
    ['GET /api/用户/{id}', [], [], 'user_profile'],
  ];
  it.each(cases)('%s %j %j → %s', (route, keys, types, want) => {
    expect(categorise(route as RouteTemplate, keys, types)).toBe(want);
  });
});

describe('assessRisk', () => {
  const cases: Array<[Category, SensitiveType[], RiskLevel]> = [
    ['content', [], 'low'],
    ['user_profile', [], 'medium'],
    ['content', ['EMAIL_ADDRESS'], 'medium'],
    ['content', ['PERSON_NAME', 'PHONE_NUMBER', 'STREET_ADDRESS'], 'high'],
    ['order', ['CN_RESIDENT_ID'], 'high'],
    ['user_profile', ['CN_RESIDENT_ID', 'PERSON_NAME', 'PHONE_NUMBER'], 'critical'],
    ['payment', ['PAYMENT_CARD', 'BANK_ACCOUNT'], 'critical'],
    ['authentication', [], 'high'],
  ];
  it.each(cases)('%s %j → %s', (category, types, want) => expect(assessRisk(category, new Set(types))).toBe(want));
});
