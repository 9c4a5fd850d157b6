import { emailFor, enName, PRODUCTS, usCity, usStreet } from './people';
import type { Shape } from './shape';
import { Encoded, Neg, Sens, Text } from './tree';
import type { Rng } from './values';
import { b64url, hex, iban, isoDate, jwt, paymentCard, usPhone, usSsn, uuid } from './values';

// Western SaaS and platform APIs, in the field names their public docs use.

const stripeId = (r: Rng, p: string) => `${p}_${r.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
const epoch = (r: Rng) => 1764000000 + r.int(0, 3e6);
const ipv4 = (r: Rng) => `${r.pick([73, 98, 174, 203, 81])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;

export const INTL_SHAPES: Shape[] = [
  { shape: 'stripe-charge', method: 'GET', path: (r) => `/v1/charges/${stripeId(r, 'ch')}`, make: (r) => {
    const n = enName(r), c = usCity(r), card = paymentCard(r);
    return { id: new Neg(stripeId(r, 'ch')), object: 'charge', amount: new Neg(r.int(500, 250000)), currency: 'usd', created: new Neg(epoch(r)),
      balance_transaction: new Neg(stripeId(r, 'txn')), customer: new Neg(stripeId(r, 'cus')),
      billing_details: { name: new Sens('PERSON_NAME', n.full), email: new Sens('EMAIL_ADDRESS', emailFor(r, n.first, n.last)), phone: new Sens('PHONE_NUMBER', usPhone(r)),
        address: { line1: new Sens('STREET_ADDRESS', usStreet(r)), line2: null, city: c.city, state: c.state, postal_code: c.zip, country: 'US' } },
      payment_method_details: { type: 'card', card: { brand: 'visa', last4: new Neg(card.slice(-4)), exp_month: r.int(1, 12), exp_year: 2029, fingerprint: new Neg(r.alnum(16, 'ABCDEFGHIJKLMNOPabcdefghijklmnop')) } },
      receipt_url: `https://pay.stripe.com/receipts/${b64url(r, 30)}`, metadata: { order_id: new Neg(`ORD-${r.digits(10)}`) } };
  } },
  { shape: 'stripe-request-log', method: 'GET', path: (r) => `/v1/request_logs/req_${r.alnum(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`, make: (r) => {
    const n = enName(r);
    // Stripe's dashboard log keeps the raw form-encoded request body as one string.
    return { method: 'POST', url: '/v1/customers', request_body: new Encoded('query', { name: new Sens('PERSON_NAME', n.full), email: new Sens('EMAIL_ADDRESS', emailFor(r, n.first, n.last)), 'address[line1]': new Sens('STREET_ADDRESS', usStreet(r)), description: 'VIP' }), idempotency_key: new Neg(uuid(r)) };
  } },
  { shape: 'github-commit', method: 'GET', path: (r) => `/repos/acme/${r.pick(['api', 'web', 'infra'])}/commits/${hex(r, 40)}`, make: (r) => {
    const a = enName(r), c = enName(r);
    return { sha: new Neg(hex(r, 40)), node_id: new Neg(`C_kwDO${b64url(r, 20)}`),
      commit: { author: { name: new Sens('PERSON_NAME', a.full), email: new Sens('EMAIL_ADDRESS', emailFor(r, a.first, a.last)), date: new Neg('2026-10-1' + r.int(0, 9) + 'T08:12:44Z') },
        committer: { name: new Sens('PERSON_NAME', c.full), email: new Sens('EMAIL_ADDRESS', r.chance(0.5) ? `${r.int(1e6, 9e7)}+${c.first.toLowerCase()}@users.noreply.github.com` : emailFor(r, c.first, c.last)) },
        message: `fix: bump version to ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, tree: { sha: new Neg(hex(r, 40)) } },
      stats: { additions: r.int(0, 400), deletions: r.int(0, 200) }, files: [{ filename: 'src/index.ts', sha: new Neg(hex(r, 40)), status: 'modified' }] };
  } },
  { shape: 'github-user', method: 'GET', path: (r) => `/users/${r.pick(['octo', 'devx', 'mlops'])}${r.int(1, 999)}`, make: (r) => {
    const n = enName(r);
    return { login: `${n.first.toLowerCase()}-dev${r.int(1, 99)}`, id: new Neg(r.int(1e6, 9e7)), node_id: new Neg(`MDQ6VXNlcj${b64url(r, 10)}`), name: new Sens('PERSON_NAME', n.full),
      company: '@acme', blog: 'https://blog.example.dev', location: 'Berlin', email: new Sens('EMAIL_ADDRESS', emailFor(r, n.first, n.last)), public_repos: r.int(0, 200), created_at: new Neg('2014-03-0' + r.int(1, 9) + 'T10:00:00Z') };
  } },
  { shape: 'hubspot-contact', method: 'GET', path: (r) => `/crm/v3/objects/contacts/${r.digits(11)}`, make: (r) => {
    const n = enName(r), ssn = usSsn(r);
    const full = r.chance(0.5);
    return { id: new Neg(r.digits(11)), properties: { firstname: new Sens('PERSON_NAME', n.first), lastname: new Sens('PERSON_NAME', n.last), email: new Sens('EMAIL_ADDRESS', emailFor(r, n.first, n.last)),
      phone: new Sens('PHONE_NUMBER', usPhone(r)), mobilephone: new Sens('PHONE_NUMBER', usPhone(r)), date_of_birth: new Sens('DATE_OF_BIRTH', isoDate(r)),
      ...(full ? { ssn: new Sens('US_SSN', ssn) } : { ssn_last4: new Neg(ssn.slice(-4)) }), hs_object_id: new Neg(r.digits(11)), lifecyclestage: 'lead', annualrevenue: new Neg(String(r.int(1e5, 9e7))) },
      createdAt: new Neg('2026-09-2' + r.int(0, 9) + 'T14:03:11.120Z'), archived: false };
  } },
  { shape: 'salesforce-soql', method: 'GET', path: () => '/services/data/v59.0/query', make: (r) => ({
    totalSize: 2, done: true, records: [0, 1].map(() => {
      const n = enName(r);
      return { attributes: { type: 'Contact', url: `/services/data/v59.0/sobjects/Contact/003${b64url(r, 15)}` }, Id: new Neg(`003${r.alnum(15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`),
        Name: new Sens('PERSON_NAME', n.full), Phone: new Sens('PHONE_NUMBER', usPhone(r)), Birthdate: new Sens('DATE_OF_BIRTH', isoDate(r)), MailingStreet: new Sens('STREET_ADDRESS', usStreet(r)), Account__r: { Name: new Neg(r.pick(['Globex Corporation', 'Initech Inc'])) } };
    }) }) },
  { shape: 'shopify-order', method: 'GET', path: (r) => `/admin/api/2024-10/orders/${r.digits(13)}.json`, make: (r) => {
    const n = enName(r), c = usCity(r);
    return { order: { id: new Neg(r.int(4e12, 6e12)), order_number: new Neg(r.int(1001, 99999)), total_price: new Neg(`${r.int(10, 900)}.${r.digits(2)}`), email: new Sens('EMAIL_ADDRESS', emailFor(r, n.first, n.last)),
      line_items: [{ sku: new Neg(`SKU-${r.digits(8)}`), title: new Neg(r.pick(PRODUCTS)), quantity: r.int(1, 4), variant_id: new Neg(r.int(4e13, 5e13)) }],
      shipping_address: { first_name: new Sens('PERSON_NAME', n.first), last_name: new Sens('PERSON_NAME', n.last), address1: new Sens('STREET_ADDRESS', usStreet(r)), city: c.city, province_code: c.state, zip: c.zip, phone: new Sens('PHONE_NUMBER', usPhone(r)), latitude: new Sens('GEO_LOCATION', 42.35 + r.int(0, 999) / 1e4), longitude: new Sens('GEO_LOCATION', -71.06 - r.int(0, 999) / 1e4) },
      browser_ip: new Sens('IP_ADDRESS', ipv4(r)), fulfillments: [{ tracking_number: new Neg(`1Z${r.alnum(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${r.digits(10)}`), tracking_company: 'UPS' }] } };
  } },
  { shape: 'twilio-message', method: 'GET', path: (r) => `/2010-04-01/Accounts/AC${hex(r, 32)}/Messages/SM${hex(r, 32)}.json`, make: (r) => {
    const n = enName(r);
    const text = r.pick([
      () => new Text(`Hi ${n.first}, your code is ${r.digits(6)}. Questions? Call `, new Sens('PHONE_NUMBER', usPhone(r)), '.'),
      () => new Text('Driver arriving at ', new Sens('STREET_ADDRESS', usStreet(r)), ` in ${r.int(2, 9)} min. Order #${r.digits(7)}`),
      () => new Text(`Your appointment is confirmed for 10/1${r.int(0, 9)} at 3:30pm. Reply STOP to opt out.`),
      () => new Text('Please email ', new Sens('EMAIL_ADDRESS', emailFor(r, n.first, n.last)), ' or text me back at ', new Sens('PHONE_NUMBER', usPhone(r))),
    ])();
    return { sid: new Neg(`SM${hex(r, 32)}`), account_sid: new Neg(`AC${hex(r, 32)}`), from: new Sens('PHONE_NUMBER', `+1${r.int(2, 9)}${r.digits(9)}`), to: new Sens('PHONE_NUMBER', `+1${r.int(2, 9)}${r.digits(9)}`),
      body: text, num_segments: '1', price: new Neg('-0.00790'), date_sent: new Neg('Tue, 14 Oct 2026 18:21:03 +0000'), api_version: new Neg('2010-04-01') };
  } },
  { shape: 'oauth-token', method: 'POST', path: () => '/oauth2/default/v1/token', make: (r) => ({
    token_type: 'Bearer', expires_in: 3600, access_token: new Sens('CREDENTIAL', jwt(r, `00u${b64url(r, 17)}`)), refresh_token: new Sens('CREDENTIAL', b64url(r, 43)),
    id_token: new Sens('CREDENTIAL', jwt(r, `auth0|${hex(r, 24)}`)), scope: 'openid profile email offline_access' }) },
  { shape: 'oauth-client', method: 'GET', path: (r) => `/api/v2/clients/${b64url(r, 32)}`, make: (r) => ({
    client_id: new Neg(b64url(r, 32)), name: 'Billing Agent', app_type: 'non_interactive', client_secret: new Sens('CREDENTIAL', b64url(r, 64)),
    callbacks: ['https://agent.example.com/callback'], jwt_configuration: { alg: 'RS256', lifetime_in_seconds: 36000 }, tenant: 'acme-prod' }) },
  { shape: 'aws-credentials', method: 'POST', path: () => '/sts/assume-role', make: (r) => ({
    AssumeRoleResult: { Credentials: { AccessKeyId: new Sens('CREDENTIAL', `ASIA${r.alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`), SecretAccessKey: new Sens('CREDENTIAL', r.alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
      SessionToken: new Sens('CREDENTIAL', `IQoJb3JpZ2luX2Vj${b64url(r, 120)}`), Expiration: new Neg('2026-11-28T16:00:00Z') },
    AssumedRoleUser: { Arn: new Neg(`arn:aws:sts::${r.digits(12)}:assumed-role/agent/session`), AssumedRoleId: new Neg(`AROA${r.alnum(17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}:session`) } },
    ResponseMetadata: { RequestId: new Neg(uuid(r)) } }) },
  { shape: 'iam-access-key', method: 'GET', path: (r) => `/iam/users/${r.pick(['ci-bot', 'deployer'])}/keys`, make: (r) => ({
    keys: [{ id: new Sens('CREDENTIAL', `AKIA${r.alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`), secret: new Sens('CREDENTIAL', r.alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')), status: 'Active', created: new Neg('2026-01-0' + r.int(1, 9)) }],
    env: new Text('export GITHUB_TOKEN=', new Sens('CREDENTIAL', `ghp_${b64url(r, 36).replace(/[-_]/g, 'x')}`), ' && make deploy') }) },
  { shape: 'k8s-pod', method: 'GET', path: (r) => `/api/v1/namespaces/${r.pick(['default', 'payments', 'ml'])}/pods/web-${hex(r, 10)}-${r.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}`, make: (r) => ({
    kind: 'Pod', apiVersion: 'v1', metadata: { name: `web-${hex(r, 10)}`, uid: new Neg(uuid(r)), resourceVersion: new Neg(String(r.int(1e6, 9e8))), creationTimestamp: new Neg('2026-11-2' + r.int(0, 7) + 'T03:14:15Z'),
      labels: { 'pod-template-hash': new Neg(hex(r, 10)), 'app.kubernetes.io/version': new Neg(`${r.int(1, 3)}.${r.int(0, 30)}.${r.int(0, 9)}`) } },
    spec: { containers: [{ name: 'web', image: new Neg(`registry.example.com/web@sha256:${hex(r, 64)}`), ports: [{ containerPort: 8080 }], resources: { limits: { memory: '512Mi', cpu: '500m' } } }], nodeName: `ip-10-0-${r.int(0, 255)}-${r.int(1, 254)}.ec2.internal` },
    status: { phase: 'Running', hostIP: new Sens('IP_ADDRESS', `10.0.${r.int(0, 255)}.${r.int(1, 254)}`), podIP: new Sens('IP_ADDRESS', `10.244.${r.int(0, 255)}.${r.int(2, 254)}`),
      containerStatuses: [{ containerID: new Neg(`containerd://${hex(r, 64)}`), imageID: new Neg(`sha256:${hex(r, 64)}`), restartCount: r.int(0, 3) }] } }) },
  { shape: 'sepa-payout', method: 'GET', path: (r) => `/v2/payouts/po_${hex(r, 16)}`, make: (r) => {
    const n = enName(r);
    return { id: new Neg(`po_${hex(r, 16)}`), amount: { value: new Neg(`${r.int(10, 9000)}.${r.digits(2)}`), currency: 'EUR' }, beneficiary: { holder: new Sens('PERSON_NAME', n.full), iban: new Sens('BANK_ACCOUNT', iban(r)), bic: new Neg(r.pick(['DEUTDEFF', 'NWBKGB2L', 'INGBNL2A'])) },
      reference: new Neg(`INV-2026-${r.digits(6)}`), end_to_end_id: new Neg(`E2E${r.digits(16)}`), created_at: new Neg(epoch(r)) };
  } },
  { shape: 'mcp-tool-result', method: 'POST', path: () => '/mcp', make: (r) => {
    const n = enName(r);
    const inner = r.chance(0.5)
      ? new Encoded('json', { customer: { full_name: new Sens('PERSON_NAME', n.full), contact: { email: new Sens('EMAIL_ADDRESS', emailFor(r, n.first, n.last)), phone: new Sens('PHONE_NUMBER', usPhone(r)) } }, ticket: new Neg(`TCK-${r.digits(8)}`) })
      : new Text(`Found 1 customer: ${''}`, new Sens('PERSON_NAME', n.full), ' (SSN ', new Sens('US_SSN', usSsn(r)), `), balance $${r.int(10, 9999)}.${r.digits(2)}, last login 2026-11-0${r.int(1, 9)}.`);
    return { jsonrpc: '2.0', id: r.int(1, 500), result: { content: [{ type: 'text', text: inner }], isError: false } };
  } },
  { shape: 'ach-onboarding', method: 'POST', direction: 'request', path: () => '/v1/accounts/onboard', make: (r) => {
    const n = enName(r);
    return { individual: { first_name: new Sens('PERSON_NAME', n.first), last_name: new Sens('PERSON_NAME', n.last), dob: { day: new Sens('DATE_OF_BIRTH', r.int(1, 28)), month: new Sens('DATE_OF_BIRTH', r.int(1, 12)), year: new Sens('DATE_OF_BIRTH', r.int(1950, 2004)) },
      id_number: new Sens('US_SSN', usSsn(r).replace(/-/g, r.pick(['-', '']))), passport: new Sens('PASSPORT_NUMBER', `${r.int(5, 6)}${r.digits(8)}`) },
      external_account: { object: 'bank_account', routing_number: new Neg(r.pick(['011000015', '021000021', '121000358'])), account_number: new Sens('BANK_ACCOUNT', r.digits(r.int(10, 12))), country: 'US' },
      tos_acceptance: { ip: new Sens('IP_ADDRESS', r.chance(0.5) ? ipv4(r) : `2001:db8:${hex(r, 4)}::${hex(r, 3)}`), date: new Neg(epoch(r)) } };
  } },
  { shape: 'error-tracker-event', method: 'GET', path: (r) => `/api/0/projects/acme/web/events/${hex(r, 32)}/`, make: (r) => {
    const n = enName(r);
    return { eventID: new Neg(hex(r, 32)), release: new Neg(`web@${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}+${hex(r, 7)}`), dateCreated: new Neg('2026-11-2' + r.int(0, 7) + 'T09:41:07.512Z'),
      user: { id: new Neg(String(r.int(1e5, 9e6))), email: new Sens('EMAIL_ADDRESS', emailFor(r, n.first, n.last)), ip_address: new Sens('IP_ADDRESS', ipv4(r)) },
      request: { url: 'https://app.example.com/checkout', headers: [['Authorization', new Sens('CREDENTIAL', `Bearer ${jwt(r, String(r.int(1e5, 9e6)))}`)], ['User-Agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15'], ['X-Request-Id', new Neg(uuid(r))]],
        cookies: new Encoded('kv', { sessionid: new Sens('CREDENTIAL', b64url(r, 32)), theme: 'dark' }) },
      contexts: { os: { name: 'macOS', version: new Neg('14.6.1') }, browser: { name: 'Safari', version: new Neg('17.6') } } };
  } },
];
