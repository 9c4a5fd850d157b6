'use strict';
// Identity & platform config: SCIM provisioning, SAML assertions, password reset, TOTP/WebAuthn
// enrolment, API-gateway config export, feature-flag contexts, LDAP export, OpenAPI examples.

module.exports = [
  {
    name: 'scim_provisioning',
    n: 4,
    build(c, i) {
      const { r, L, H } = c;
      const cn = i % 2 === 1;
      const p = cn ? c.cn({ minY: 1980, maxY: 2000 }) : c.intl(r.pick(['US', 'GB', 'IN']));
      const first = cn ? p.py.given.replace(/^./, (x) => x.toUpperCase()) : p.first, last = cn ? p.py.sur.replace(/^./, (x) => x.toUpperCase()) : p.last;
      const workEmail = `${c.stripAccents(first).toLowerCase().replace(/ /g, '')}.${c.stripAccents(last).toLowerCase().replace(/ /g, '')}@corp.example.com`;
      const mgr = cn ? c.cnName() : c.intl(p.country);
      const user = {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
        externalId: H(c.uuid()), userName: L('EMAIL_ADDRESS', workEmail),
        name: { formatted: L('PERSON_NAME', cn ? p.name : p.name), givenName: L('PERSON_NAME', first), familyName: L('PERSON_NAME', last) },
        displayName: L('PERSON_NAME', cn ? `${first} ${last} (${p.name})` : p.name, cn ? p.name : p.name),
        active: true, emails: [{ value: L('EMAIL_ADDRESS', workEmail), type: 'work', primary: true }, { value: L('EMAIL_ADDRESS', p.email), type: 'home' }],
        phoneNumbers: [{ value: L('PHONE_NUMBER', cn ? c.fmtMobile(p.mobile, 'plus86') : p.phone), type: 'mobile' }],
        addresses: [{ streetAddress: L('STREET_ADDRESS', cn ? p.addr.street : p.addr.line1), locality: cn ? p.addr.city : p.addr.city, postalCode: cn ? r.digits(6) : p.addr.postcode, country: cn ? 'CN' : p.country, type: 'home' }],
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: r.digits(6), costCenter: H('CC-' + r.digits(4)), department: 'Finance', manager: { value: H(c.uuid()), displayName: L('PERSON_NAME', mgr.name) } },
      };
      if (i === 0) return { method: 'POST', path: '/scim/v2/Users', direction: 'request', contentType: 'application/scim+json', body: { ...user, password: L('CREDENTIAL', c.password()) } };
      if (i === 1) return { method: 'GET', path: '/scim/v2/Users?filter=active%20eq%20true&startIndex=1&count=2', direction: 'response', contentType: 'application/scim+json', body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, startIndex: 1, itemsPerPage: 1, Resources: [{ ...user, id: H(c.uuid()), meta: { resourceType: 'User', created: H(c.fmtTs(c.ts(), 'isoZ')), version: H(`W/"${r.hex(8)}"`) } }] } };
      if (i === 2) {
        const ph = c.intl(p.country).phone;
        return { method: 'PATCH', path: `/scim/v2/Users/${c.uuid()}`, direction: 'request', contentType: 'application/scim+json', body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'phoneNumbers[type eq "mobile"].value', value: L('PHONE_NUMBER', ph) }, { op: 'replace', path: 'name.familyName', value: L('PERSON_NAME', c.intl(p.country).last) }, { op: 'add', path: 'password', value: L('CREDENTIAL', c.password()) }, { op: 'replace', path: 'active', value: true }] } };
      }
      return { method: 'PUT', path: `/scim/v2/Users/${c.uuid()}`, direction: 'request', contentType: 'application/scim+json', body: user };
    },
  },

  {
    name: 'saml_assertion',
    n: 3,
    build(c, i) {
      const { r, L, H, T, B64 } = c;
      const cn = i === 1;
      const p = cn ? c.cn() : c.intl(r.pick(['US', 'DE', 'FR']));
      const email = cn ? c.cnEmail(p, 'corp.example.cn') : `${c.stripAccents(p.first).toLowerCase()}.${c.stripAccents(p.last).toLowerCase().replace(/ /g, '')}@corp.example.com`;
      const ip = c.ip4(cn ? 'cn' : 'intl');
      const now = c.ts();
      const t = T();
      const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${r.hex(32)}" Version="2.0" IssueInstant="${now.toISOString()}" Destination="https://app.example.com/sso/saml/acs"><saml:Issuer>https://idp.corp.example.com/saml2</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion ID="_${r.hex(32)}" Version="2.0" IssueInstant="${now.toISOString()}"><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${t('EMAIL_ADDRESS', email)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData Address="${t('IP_ADDRESS', ip)}" NotOnOrAfter="${c.addMin(now, 5).toISOString()}" Recipient="https://app.example.com/sso/saml/acs"/></saml:SubjectConfirmation></saml:Subject><saml:AttributeStatement><saml:Attribute Name="displayName"><saml:AttributeValue>${t('PERSON_NAME', p.name)}</saml:AttributeValue></saml:Attribute><saml:Attribute Name="mobile"><saml:AttributeValue>${t('PHONE_NUMBER', cn ? p.mobile : p.phone)}</saml:AttributeValue></saml:Attribute><saml:Attribute Name="employeeType"><saml:AttributeValue>FTE</saml:AttributeValue></saml:Attribute></saml:AttributeStatement><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>${c.b64(172)}==</ds:SignatureValue></ds:Signature></saml:Assertion></samlp:Response>`;
      const marked = t.done(xml);
      if (i === 2) {
        // debug log shipping the decoded XML plus IdP metadata (public cert is not a secret)
        return { method: 'POST', path: '/internal/sso/debug-log', direction: 'request', body: { level: 'DEBUG', logger: 'saml.acs', decodedResponse: marked, idpCertificate: H(`-----BEGIN CERTIFICATE-----\nMIIC${c.b64(60)}\n${c.b64(64)}\n-----END CERTIFICATE-----`), certFingerprintSha256: H(c.sha256().toUpperCase().replace(/(..)(?=.)/g, '$1:')) } };
      }
      return { method: 'POST', path: '/sso/saml/acs', direction: 'request', body: { SAMLResponse: B64(marked), RelayState: i === 0 ? c.URLENC(c.LL(`/onboarding?email=${email}&step=2`, [['EMAIL_ADDRESS', email]])) : H(c.uuid()) } };
    },
  },

  {
    name: 'password_reset_flow',
    n: 4,
    build(c, i) {
      const { r, L, H, T } = c;
      const p = r.chance(0.5) ? c.cn() : c.intl();
      const phone = p.mobile ? p.mobile : p.phone;
      if (i === 0) return { method: 'POST', path: '/api/auth/password/forgot', direction: 'request', body: { email: L('EMAIL_ADDRESS', p.email), captchaTicket: H('t03' + r.alnum(40)), locale: p.mobile ? 'zh-CN' : 'en-US' } };
      if (i === 1) {
        const pw = c.password(p.py ? p : undefined);
        return { method: 'POST', path: '/api/auth/password/reset', direction: 'request', body: { token: L('CREDENTIAL', r.alnum(43)), newPassword: L('CREDENTIAL', pw), confirmPassword: L('CREDENTIAL', pw), requestId: H(c.uuid()) } };
      }
      if (i === 2) {
        const tok = r.alnum(40);
        const linkMark = c.LL(`https://app.example.com/reset?token=${tok}&email=${encodeURIComponent(p.email)}`, [['CREDENTIAL', tok], ['EMAIL_ADDRESS', p.email]]);
        return {
          method: 'GET', path: `/admin/api/users/${r.nzDigits(8)}/security-events?type=password`, direction: 'response',
          body: { events: [
            { type: 'PASSWORD_RESET_REQUESTED', at: H(c.fmtTs(c.ts(), 'isoZ')), ip: L('IP_ADDRESS', p.mobile ? c.ip4('cn') : c.ip4('intl')), userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15', email: L('EMAIL_ADDRESS', p.email), resetLink: linkMark },
            { type: 'PASSWORD_RESET_COMPLETED', at: H(c.fmtTs(c.ts(), 'isoZ')), ip: L('IP_ADDRESS', c.ip6()), maskedEmail: H(c.maskEmail(p.email)) },
          ] },
        };
      }
      return { method: 'POST', path: '/api/auth/password/reset-by-sms', direction: 'request', body: { phone: L('PHONE_NUMBER', phone), smsCode: L('CREDENTIAL', r.digits(6)), newPassword: L('CREDENTIAL', c.password()), deviceId: H(c.uuid()), appVersion: H(c.version4()) } };
    },
  },

  {
    name: 'mfa_enrollment',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const p = c.intl();
      if (i === 2) {
        // WebAuthn: public credential material is not a secret
        return { method: 'POST', path: '/api/mfa/webauthn/register/finish', direction: 'request', body: { id: H(c.b64url(r.alnum(32))), rawId: H(c.b64url(r.alnum(32))), type: 'public-key', response: { clientDataJSON: H(c.b64url(JSON.stringify({ type: 'webauthn.create', challenge: r.alnum(43), origin: 'https://app.example.com' }))), attestationObject: H(c.b64url(r.alnum(180))) }, authenticatorAttachment: 'platform', userHandle: H(c.uuid()), backupPhone: L('PHONE_NUMBER', p.phone) } };
      }
      const secret = c.base32(32);
      const issuer = r.pick(['Acme Cloud', 'Globex VPN', 'Initech Admin']);
      const uri = c.LL(`otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(p.email)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`, [['EMAIL_ADDRESS', p.email], ['CREDENTIAL', secret]]);
      const codes = Array.from({ length: 6 }, () => L('CREDENTIAL', `${r.hex(4)}-${r.hex(4)}`));
      if (i === 0) return { method: 'POST', path: '/api/mfa/totp/enroll', direction: 'response', body: { secret: L('CREDENTIAL', secret), otpauthUrl: uri, qrCodePng: H('data:image/png;base64,iVBORw0KGgo' + c.b64(60)), recoveryCodes: codes, expiresIn: 600 } };
      return { method: 'POST', path: '/api/mfa/totp/verify', direction: 'request', body: { enrollmentId: H(c.uuid()), otp: L('CREDENTIAL', r.digits(6)), rememberDevice: true, clientIp: L('IP_ADDRESS', c.ip4('intl')) } };
    },
  },

  {
    name: 'api_gateway_export',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const up = () => c.ip4('private');
      if (i === 2) {
        // APISIX-style route + consumer dump with kebab keys
        return {
          method: 'GET', path: '/apisix/admin/consumers?page=1', direction: 'response',
          body: { total: 2, list: [
            { key: '/apisix/consumers/partner_acme', value: { username: 'partner_acme', plugins: { 'key-auth': { key: L('CREDENTIAL', c.apiKey('hex32')) }, 'limit-count': { count: 1000, 'time-window': 60 } }, 'create-time': H(c.fmtTs(c.ts(), 'epoch')), 'update-time': H(c.fmtTs(c.ts(), 'epoch')) } },
            { key: '/apisix/consumers/mobile_app', value: { username: 'mobile_app', plugins: { 'jwt-auth': { key: 'mobile-app-key', secret: L('CREDENTIAL', c.b64(43) + '=') , algorithm: 'HS256' }, 'hmac-auth': { 'access-key': L('CREDENTIAL', 'ak-' + r.hex(16)), 'secret-key': L('CREDENTIAL', r.alnum(32)) } } } },
          ] },
        };
      }
      const body = {
        _format_version: '3.0', _info: { exportedAt: H(c.fmtTs(c.ts(), 'isoZ')), checksum: H(c.sha256()), kongVersion: H('3.6.1.4') },
        services: [
          { name: 'order-svc', host: L('IP_ADDRESS', up()), port: 8080, protocol: 'http', path: '/v1', plugins: [{ name: 'key-auth' }, { name: 'rate-limiting', config: { minute: 600, redis_host: L('IP_ADDRESS', up()), redis_password: L('CREDENTIAL', c.password()) } }] },
          { name: 'payment-svc', host: 'pay.internal', port: 9443, plugins: [{ name: 'aws-lambda', config: { aws_key: L('CREDENTIAL', c.apiKey('aws')), aws_secret: L('CREDENTIAL', c.apiKey('awsSecret')), aws_region: 'ap-east-1', function_name: 'settle' } }] },
        ],
        upstreams: [{ name: 'order-up', targets: [(() => { const ip = up(); return { target: L('IP_ADDRESS', `${ip}:8080`, ip), weight: 100 }; })()] }],
        consumers: [{ username: 'partner-acme', custom_id: H(c.uuid()), keyauth_credentials: [{ key: L('CREDENTIAL', c.apiKey('hex32')) }], basicauth_credentials: [{ username: 'acme-ops', password: L('CREDENTIAL', c.password()) }], jwt_secrets: [{ key: 'iss-acme', algorithm: 'RS256', rsa_public_key: H(`-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIB${c.b64(28)}\n-----END PUBLIC KEY-----`) }] }],
        plugins: [{ name: 'prometheus' }, { name: 'correlation-id', config: { header_name: 'X-Request-ID' } }],
        dns_resolver: [H('114.114.114.114'), H('8.8.8.8')], listen: H('0.0.0.0:8000'),
      };
      if (i === 1) { const jwt = c.jwt({ sub: 'svc-order', iat: 1714000000, scope: 'internal' }); body.services[0].plugins.push({ name: 'request-transformer', config: { add: { headers: [L('CREDENTIAL', `Authorization:Bearer ${jwt}`, jwt)] } } }); }
      return { method: 'GET', path: '/admin/config/export?format=json&include_credentials=true', direction: 'response', body };
    },
  },

  {
    name: 'feature_flag_context',
    n: 3,
    build(c, i) {
      const { r, L, H } = c;
      const p = r.chance(0.5) ? c.cn() : c.intl();
      if (i === 2) {
        // Unleash-style client metrics/context
        return { method: 'POST', path: '/api/frontend/features', direction: 'request', body: { appName: 'web-checkout', environment: 'production', context: { userId: H(r.nzDigits(9)), sessionId: H(c.uuid()), remoteAddress: L('IP_ADDRESS', c.ip6()), properties: { phone: L('PHONE_NUMBER', p.mobile || p.phone), city: p.live ? p.live.city : p.addr.city, tier: 'gold' } } } };
      }
      const ctx = {
        kind: 'multi',
        user: { key: H('usr_' + r.hex(16)), name: L('PERSON_NAME', p.name), email: L('EMAIL_ADDRESS', p.email), ip: L('IP_ADDRESS', p.mobile ? c.ip4('cn') : c.ip4('intl')), country: p.country || 'CN', custom: { plan: 'pro', signupDate: H(c.fmtDate(c.ts(), 'iso')), seats: r.int(1, 50) } },
        device: { key: H(c.uuid()), os: r.pick(['iOS', 'Android']), osVersion: H(r.pick(['17.4.1', '14'])), appVersion: H(c.version4()), model: H(r.pick(['iPhone15,3', 'Pixel 8 Pro'])) },
        organization: { key: H('org_' + r.hex(8)), name: H(r.pick(c.INTL_CO)) },
      };
      if (i === 0) return { method: 'POST', path: '/sdk/evalx/contexts', direction: 'request', body: ctx };
      return { method: 'POST', path: '/bulk', direction: 'request', body: [{ kind: 'index', creationDate: H(c.fmtTs(c.ts(), 'epochMs')), context: ctx }, { kind: 'summary', startDate: H(c.fmtTs(c.ts(), 'epochMs')), features: { 'new-checkout': { default: false, counters: [{ value: true, version: H(r.int(10, 400)), count: r.int(1, 30) }] } } }] };
    },
  },

  {
    name: 'ldap_directory_export',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const ssha = () => '{SSHA}' + c.b64(32);
      if (i < 2) {
        const people = Array.from({ length: 2 }, () => (i === 0 ? c.intl('US') : (() => { const q = c.cn(); return { ...q, first: c.cap(q.py.given), last: c.cap(q.py.sur), name: `${c.cap(q.py.given)} ${c.cap(q.py.sur)}`, phone: c.fmtMobile(q.mobile, 'plus86'), addr: { line1: q.addr.street, city: q.addr.city, state: q.addr.prov, postcode: r.digits(6) } }; })()));
        const t = T();
        const ldif = people.map((p) => {
          const uid = `${c.stripAccents(p.first).toLowerCase().replace(/ /g, '')}.${c.stripAccents(p.last).toLowerCase()}`;
          return [`dn: uid=${uid},ou=people,dc=corp,dc=example,dc=com`, 'objectClass: inetOrgPerson', `uid: ${uid}`, `cn: ${t('PERSON_NAME', p.name)}`, `sn: ${p.last}`, `givenName: ${p.first}`, `mail: ${t('EMAIL_ADDRESS', `${uid}@corp.example.com`)}`, `mobile: ${t('PHONE_NUMBER', p.phone)}`, `homePostalAddress: ${t('STREET_ADDRESS', p.addr.line1)}$${p.addr.city}, ${p.addr.state} ${p.addr.postcode}`, `employeeNumber: ${r.digits(6)}`, `userPassword: ${t('CREDENTIAL', ssha())}`].join('\n');
        }).join('\n\n');
        return { method: 'GET', path: '/api/directory/export?format=ldif&base=ou%3Dpeople', direction: 'response', body: { format: 'ldif', generatedAt: H(c.fmtTs(c.ts(), 'isoZ')), entryCount: people.length, ldif: t.done(ldif + '\n'), sha256: H(c.sha256()) } };
      }
      const entries = Array.from({ length: 2 }, () => { const q = c.cn(); return { dn: `uid=${q.py.sur}${q.py.given},ou=研发中心,dc=corp,dc=cn`, cn: L('PERSON_NAME', q.name), sn: L('PERSON_NAME', q.sur), displayName: L('PERSON_NAME', `${q.name}(${c.cap(q.py.given)} ${c.cap(q.py.sur)})`, q.name), mail: L('EMAIL_ADDRESS', c.cnEmail(q, 'corp.example.cn')), mobile: L('PHONE_NUMBER', q.mobile), telephoneNumber: H('0755-8' + r.digits(3) + '0000'), userPassword: L('CREDENTIAL', ssha()), employeeNumber: r.digits(6), whenCreated: H(c.fmtTs(c.ts(), 'compact') + '.0Z'), objectGUID: H(c.uuid()) }; });
      return { method: 'GET', path: `/api/directory/search?filter=${encodeURIComponent('(department=研发中心)')}&attrs=*`, direction: 'response', body: { count: entries.length, entries } };
    },
  },

  {
    name: 'openapi_examples',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      if (i === 2) {
        // Chinese API-doc tool export with the canonical placeholder values (张三 / 13800138000)
        return {
          method: 'GET', path: `/api/project/${r.nzDigits(6)}/export?type=json`, direction: 'response',
          body: { name: '会员中心接口', version: H('1.8.3'), apis: [{ path: '/member/register', method: 'POST', req_body_example: { name: H('张三'), mobile: H('13800138000'), idCard: H('110101199001011234'), email: H('zhangsan@example.com') }, res_body_example: { code: 0, data: { memberId: H('10000001') } } }], env: [{ name: '测试环境', domain: (() => { const ip = c.ip4('private'); return c.LL(`http://${ip}:8081`, [['IP_ADDRESS', ip]]); })(), header: [{ name: 'Authorization', value: (() => { const j = c.jwt({ sub: '100023', iat: 1712000000, exp: 1743536000 }); return L('CREDENTIAL', 'Bearer ' + j, j); })() }] }] },
        };
      }
      const ip = c.ip4('private');
      const key = c.apiKey(i === 0 ? 'stripe' : 'sendgrid');
      const body = {
        openapi: '3.0.3', info: { title: 'Customer Accounts API', version: H('2.14.0'), contact: { name: 'API Support', email: H('api-support@example.com') } },
        servers: [{ url: 'https://api.example.com/v2' }, { url: c.LL(`https://${ip}:8443/v2`, [['IP_ADDRESS', ip]]), description: 'staging (internal)' }],
        paths: {
          '/customers/{customerId}': { get: { operationId: 'getCustomer', parameters: [{ name: 'customerId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, example: H('3fa85f64-5717-4562-b3fc-2c963f66afa6') }], responses: { 200: { description: 'OK', content: { 'application/json': { example: { id: H('3fa85f64-5717-4562-b3fc-2c963f66afa6'), name: H('John Doe'), email: H('john.doe@example.com'), phone: H('+1-202-555-0143'), dateOfBirth: H('1970-01-01'), ssn: H('123-45-6789') } } } } } } },
          '/payments': { post: { requestBody: { content: { 'application/json': { example: { card_number: H('4111111111111111'), exp: '12/34', cvc: H('123'), amount: H(1999) } } } } } },
        },
        components: { securitySchemes: { ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-API-Key' } } },
        'x-test-credentials': { apiKey: L('CREDENTIAL', key), note: 'TODO remove before publishing' },
      };
      return { method: 'GET', path: '/openapi.json', direction: 'response', body };
    },
  },
];
