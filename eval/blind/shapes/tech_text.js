'use strict';
// Free text, logs, auth, GraphQL/MCP wrappers, encoded fragments, generic tooling.
const { S, H, txt, json, b64, urlenc, kv } = require('../lib/mark');
const { pad } = require('../lib/rng');

function cnChatLines({ r, v }) {
  const p = v.cnPerson(); const other = v.cnName();
  const cust = r.sample([
    () => txt`你好，我叫${S('PERSON_NAME', p.name)}，手机${S('PHONE_NUMBER', v.fmtCnMobile(p.mobile, r.pick(['plain', 'sp', 'dash'])))}，昨天买的东西还没到`,
    () => txt`身份证号是${S('CN_RESIDENT_ID', p.id)}，麻烦帮我核实下实名信息`,
    () => txt`改一下收货地址：${S('STREET_ADDRESS', p.addr.full)}，收件人${S('PERSON_NAME', other)}`,
    () => txt`发票开到我邮箱 ${S('EMAIL_ADDRESS', p.email)} 谢谢`,
    () => txt`退款退到这张卡吧 ${S('PAYMENT_CARD', v.card('up19', r.pick(['plain', 'space'])))}`,
    () => txt`订单号${H(v.orderNo())}，付了${H(v.amount(10, 900))}元，怎么还显示待支付`,
    () => txt`车牌${S('LICENSE_PLATE', v.plate())}，停车费扣了两次`,
  ], 4).map((f) => f());
  const agent = [
    txt`您好，${H(v.companyCn())}客服很高兴为您服务，工号${H('8' + r.digits(4))}`,
    txt`已为您登记，物流单号${H(v.tracking())}，如有问题请拨打${H(v.hotline())}`,
    '请问还有其他可以帮您的吗？',
    txt`已核实，您尾号${H(v.last4())}的卡将在1-3个工作日到账`,
  ];
  const msgs = [];
  for (let k = 0; k < 4; k++) { msgs.push(['customer', cust[k]]); msgs.push(['agent', agent[k]]); }
  return { p, msgs };
}

function enChatLines({ r, v }) {
  const w = v.westPerson(r.pick(['US', 'GB']));
  const cust = r.sample([
    () => txt`Hi, I'm ${S('PERSON_NAME', w.full)}. Please call me back at ${S('PHONE_NUMBER', w.phone)}.`,
    () => txt`My email is ${S('EMAIL_ADDRESS', w.email)} and my date of birth is ${S('DATE_OF_BIRTH', v.fmtDate(w.birth, 'us'))}.`,
    () => txt`Please ship the replacement to ${S('STREET_ADDRESS', w.addr.full)}`,
    () => txt`The card I used was ${S('PAYMENT_CARD', v.card(r.pick(['visa', 'mc', 'amex']), 'space'))}, exp 09/27`,
    () => txt`Order ${H('#' + r.digits(9))} was charged ${H('$' + v.amount(10, 900))} twice`,
    () => txt`for verification the last 4 of my SSN are ${H(r.digits(4))} and full is ${S('US_SSN', v.ssn('dash'))}`,
  ], 3).map((f) => f());
  const agentName = v.westName('US');
  const agent = [txt`Thanks for contacting us! Your case number is ${H('CS-' + r.digits(8))}.`, txt`I've refunded ${H('$' + v.amount(10, 300))}; it shows as ref ${H(r.hex(12).toUpperCase())}.`, 'Is there anything else I can help with?'];
  const msgs = [];
  for (let k = 0; k < 3; k++) { msgs.push(['user', cust[k]]); msgs.push(['admin', agent[k]]); }
  return { w, msgs, agentName };
}

module.exports = [
  {
    name: 'cs-chat-transcript',
    gen(ctx, i) {
      const { r, v } = ctx;
      if (i % 2 === 0) {
        const { msgs } = cnChatLines(ctx);
        return { method: 'GET', path: `/kf/api/session/${r.digits(12)}/messages`, direction: 'response', body: { code: 0, data: { sessionId: H(r.uuid()), channel: r.pick(['APP', '微信公众号', '小程序']), skillGroup: '售后', messages: msgs.map(([from, content], k) => ({ msgId: H(r.digits(19)), from, msgType: 'text', content, sendTime: H(v.epochMs() + k * 30000) })) } } };
      }
      const { msgs, agentName, w } = enChatLines(ctx);
      return { method: 'GET', path: `/conversations/${r.digits(12)}`, direction: 'response', body: { type: 'conversation', id: H(r.digits(12)), source: { author: { type: 'user', name: S('PERSON_NAME', w.full), email: S('EMAIL_ADDRESS', w.email) } }, conversation_parts: { parts: msgs.map(([t, body]) => ({ id: H(r.digits(10)), part_type: 'comment', body, author: t === 'admin' ? { type: 'admin', name: S('PERSON_NAME', agentName) } : { type: 'user', id: H(r.hex(24)) }, created_at: H(v.epochS()) })) } } };
    },
  },
  {
    name: 'cs-ticket-email',
    gen({ r, v }, i) {
      const w = v.westPerson(r.pick(['US', 'GB', 'DE', 'FR'])); const p = v.cnPerson();
      const desc = i % 2 === 0
        ? txt`Hello,\n\nI moved and my new address is ${S('STREET_ADDRESS', w.addr.full)}. My account number is ${H('ACC-' + r.digits(8))} and you can reach me on ${S('PHONE_NUMBER', w.phone)}.\n\nRegards,\n${S('PERSON_NAME', w.full)}`
        : txt`您好：\n我是${S('PERSON_NAME', p.name)}，护照号${S('PASSPORT_NUMBER', v.passportCN())}，签证材料已寄出，运单号${H(v.tracking())}，请查收。联系电话${S('PHONE_NUMBER', v.fmtCnMobile(p.mobile, '+86sp'))}。`;
      return {
        method: 'POST', path: '/api/v2/tickets.json', direction: 'request',
        body: {
          ticket: {
            subject: i % 2 === 0 ? 'Address change request' : '签证材料补交',
            comment: { body: desc, public: false },
            requester: i % 2 === 0 ? { name: S('PERSON_NAME', w.full), email: S('EMAIL_ADDRESS', w.email) } : { name: S('PERSON_NAME', p.name), email: S('EMAIL_ADDRESS', p.email) },
            via: { channel: 'email', source: { from: { raw: i % 2 === 0 ? txt`"${S('PERSON_NAME', w.full)}" <${S('EMAIL_ADDRESS', w.email)}>` : txt`${S('PERSON_NAME', p.name)} <${S('EMAIL_ADDRESS', p.email)}>` }, to: { address: S('EMAIL_ADDRESS', 'support@helpdesk.example.com') } } },
            custom_fields: [{ id: H(360000000000 + r.int(1, 99999999)), value: H(v.orderNo()) }, { id: H(360000000000 + r.int(1, 99999999)), value: r.pick(['billing', 'shipping']) }],
            tags: ['email', 'vip'], priority: 'normal', external_id: H(r.uuid()),
          },
        },
      };
    },
  },
  {
    name: 'audit-access-log',
    gen({ r, v }, i) {
      const rows = [];
      for (let k = 0, n = r.int(6, 12); k < n; k++) {
        const ip = r.chance(0.25) ? v.ipv6() : v.ipv4();
        const w = v.westParts(r.pick(['US', 'DE', 'GB'])); const email = v.workEmail(w, r.pick(['acme.io', 'contoso.com']));
        rows.push({
          '@timestamp': H(v.isoTs()), 'event.action': r.pick(['user.login', 'file.download', 'role.update', 'export.csv']), 'event.outcome': r.pick(['success', 'failure']),
          'user.email': S('EMAIL_ADDRESS', email), 'user.id': H(r.uuid()), 'source.ip': S('IP_ADDRESS', ip),
          'http.request.headers.x-forwarded-for': txt`${S('IP_ADDRESS', ip)}, ${H(v.privIp())}`, 'host.ip': H(v.privIp()), 'user_agent.original': H(r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36', 'okhttp/4.12.0', 'python-requests/2.31.0'])),
          'trace.id': H(r.hex(32)), 'http.response.status_code': r.pick([200, 200, 403, 401]), 'event.duration': r.int(1000000, 90000000),
        });
      }
      return { method: 'GET', path: '/api/audit/v1/events?since=24h', direction: 'response', body: { took: r.int(3, 90), total: rows.length, events: rows, next: H(b64(json({ after: v.epochMs() })).stored) } };
    },
  },
  {
    name: 'kv-log-lines',
    gen({ r, v }, i) {
      const hits = [];
      for (let k = 0, n = r.int(5, 10); k < n; k++) {
        const kind = r.pick(['login', 'login', 'pay', 'sys']);
        let msg;
        if (kind === 'login') msg = kv([['ts', v.cnTs()], ['level', 'INFO'], ['svc', 'user-center'], ['uid', r.digits(8)], ['ip', S('IP_ADDRESS', v.ipv4())], ['mobile', S('PHONE_NUMBER', v.cnMobileRaw())], ['action', 'sms_login'], ['rt', r.int(5, 300) + 'ms']], ';');
        else if (kind === 'pay') msg = kv([['ts', v.cnTs()], ['level', 'INFO'], ['svc', 'pay-gw'], ['order', H(v.orderNo())], ['amt', H(v.amount(1, 9000))], ['card', H(v.maskCard())], ['trace', H(r.uuid())]], ';');
        else msg = kv([['ts', v.cnTs()], ['level', 'WARN'], ['svc', 'nginx'], ['upstream', H(v.privIp() + ':8080')], ['ver', H(v.version())], ['msg', 'upstream timed out']], ';');
        hits.push({ _index: `app-logs-2024.${pad(r.int(1, 12))}.${pad(r.int(1, 28))}`, _id: H(r.alnum(20)), _score: null, _source: { message: msg, 'log.file.path': '/var/log/app/app.log', host: { name: 'app-' + r.int(1, 9) } } });
      }
      return { method: 'POST', path: '/app-logs-*/_search', direction: 'response', body: { took: r.int(1, 50), timed_out: false, hits: { total: { value: hits.length, relation: 'eq' }, hits } } };
    },
  },
  {
    name: 'api-gateway-capture',
    gen({ r, v }, i) {
      const p = v.cnPerson();
      return {
        method: 'POST', path: '/apisix/admin/debug/replay', direction: 'request',
        body: {
          capturedAt: H(v.isoTs()), route: '/api/v1/member/profile', upstream: H(v.privIp() + ':9000'),
          request: {
            method: 'PUT',
            headers: { Authorization: txt`Bearer ${S('CREDENTIAL', v.jwt())}`, 'X-Real-IP': S('IP_ADDRESS', v.ipv4()), 'X-Request-Id': H(r.uuid()), Cookie: kv([['SESSION', S('CREDENTIAL', v.opaqueToken(32))], ['lang', 'zh-CN'], ['_ga', H('GA1.2.' + r.digits(10) + '.' + v.epochS())]], '; '), 'User-Agent': 'Dalvik/2.1.0 (Linux; U; Android 13; 22081212C Build/TKQ1.220829.002)', 'X-App-Version': H(v.version()) },
            query: i % 2 ? kv([['nick', S('PERSON_NAME', p.name)], ['tel', S('PHONE_NUMBER', p.mobile)], ['ts', H(v.epochMs())]], '&', '=', true) : kv([['page', '1'], ['ts', H(v.epochMs())], ['sign', H(v.md5())]], '&', '=', false),
            body: json({ nickname: r.pick(['小鱼儿', 'momo']), realName: S('PERSON_NAME', p.name), birthday: S('DATE_OF_BIRTH', v.fmtDate(p.birth, 'iso')), email: S('EMAIL_ADDRESS', p.email) }),
          },
          response: { status: 200, latencyMs: r.int(3, 400), bodySize: r.int(100, 5000), etag: H('"' + v.md5() + '"') },
        },
      };
    },
  },
  {
    name: 'oauth-token',
    gen({ r, v }, i) {
      if (i % 2 === 0) return { method: 'POST', path: '/oauth2/token', direction: 'response', body: { access_token: S('CREDENTIAL', v.jwt()), token_type: 'Bearer', expires_in: 3600, refresh_token: S('CREDENTIAL', r.pick(['rt_', 'v1.', '']) + v.opaqueToken(r.pick([32, 48, 64]))), id_token: S('CREDENTIAL', v.jwt({ iss: 'https://id.example.com', sub: r.uuid(), aud: r.hex(16), exp: v.epochS(), iat: v.epochS(), nonce: r.alnum(12) })), scope: 'openid profile email offline_access' } };
      return { method: 'GET', path: '/sns/oauth2/access_token', direction: 'response', body: { access_token: S('CREDENTIAL', r.alnum(20) + '_' + r.alnum(40) + '-' + r.alnum(20)), expires_in: 7200, refresh_token: S('CREDENTIAL', r.alnum(20) + '_' + r.alnum(50)), openid: H('o' + r.alnum(27)), unionid: H('o' + r.alnum(27)), scope: 'snsapi_userinfo', is_snapshotuser: 0 } };
    },
  },
  {
    name: 'oauth-password-grant',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const w = v.westPerson('US');
      const user = i % 2 ? S('PHONE_NUMBER', p.mobile) : S('EMAIL_ADDRESS', w.email);
      return { method: 'POST', path: '/auth/realms/main/protocol/openid-connect/token', direction: 'request', body: { grant_type: 'password', username: user, password: S('CREDENTIAL', v.password()), client_id: 'mobile-app', client_secret: S('CREDENTIAL', r.alnum(32)), scope: 'openid', device_id: H(r.uuid()), captcha_ticket: H(r.alnum(8) + '-' + r.hex(24)), login_ip: i === 2 ? S('IP_ADDRESS', v.ipv4()) : undefined } };
    },
  },
  {
    name: 'graphql-users',
    gen({ r, v }, i) {
      const edges = [];
      for (let k = 0, n = r.int(3, 8); k < n; k++) {
        const w = r.chance(0.5) ? v.westPerson() : null; const p = w ? null : v.cnPerson();
        edges.push({
          cursor: H(Buffer.from('arrayconnection:' + (k + i * 10)).toString('base64')),
          node: {
            __typename: 'User', id: H(Buffer.from('User:' + r.digits(7)).toString('base64')), displayName: S('PERSON_NAME', w ? w.full : p.name), handle: '@' + r.lower(7),
            primaryEmail: S('EMAIL_ADDRESS', w ? w.email : p.email),
            phoneNumbers: [{ number: S('PHONE_NUMBER', w ? w.phone : v.fmtCnMobile(p.mobile, '+86')), kind: 'MOBILE', verified: r.chance(0.8) }],
            profile: { birthday: k % 3 === 0 ? S('DATE_OF_BIRTH', v.fmtDate(w ? w.birth : p.birth, 'iso')) : null, avatarHash: H(v.sha256()), locale: w ? 'en-US' : 'zh-CN' },
            lastSignIn: { at: H(v.isoTs()), ip: S('IP_ADDRESS', r.chance(0.3) ? v.ipv6() : v.ipv4()) },
            billing: k % 2 ? { cardBrand: 'VISA', cardLast4: H(v.last4()) } : null,
          },
        });
      }
      return { method: 'POST', path: '/graphql', direction: 'response', body: { data: { users: { totalCount: H(r.int(100, 99999)), edges, pageInfo: { hasNextPage: true, endCursor: H(Buffer.from('arrayconnection:' + (edges.length + i * 10)).toString('base64')) } } }, extensions: { cost: { requestedQueryCost: r.int(10, 200) } } } };
    },
  },
  {
    name: 'mcp-tool-result',
    gen({ r, v }, i) {
      const p = v.cnPerson(); const w = v.westPerson();
      const rec = i % 2 === 0
        ? { customer_id: H(r.digits(9)), name: S('PERSON_NAME', p.name), mobile: S('PHONE_NUMBER', p.mobile), id_card: S('CN_RESIDENT_ID', p.id), address: S('STREET_ADDRESS', p.addr.full), orders: [{ order_no: H(v.orderNo()), amount: H(v.amount(10, 900)), sku: H('SKU' + r.digits(8)) }] }
        : { rows: [{ id: 1, full_name: S('PERSON_NAME', w.full), email: S('EMAIL_ADDRESS', w.email), ssn: S('US_SSN', v.ssn()), iban: S('BANK_ACCOUNT', v.iban()) }], rowCount: 1, query_ms: r.int(1, 90) };
      const content = [{ type: 'text', text: json(rec, i === 2 ? 2 : undefined) }];
      if (i >= 2) content.push({ type: 'text', text: i % 2 === 0 ? txt`已找到客户${S('PERSON_NAME', p.name)}的1条记录。` : txt`Found 1 row for ${S('PERSON_NAME', w.full)}.` });
      return { method: 'POST', path: '/mcp', direction: 'response', body: { jsonrpc: '2.0', id: i + 1, result: { content, isError: false, _meta: { tool: r.pick(['crm.lookup_customer', 'db.query']), durationMs: r.int(5, 900), requestId: H(r.uuid()) } } } };
    },
  },
  {
    name: 'base64-fragments',
    gen({ r, v }, i) {
      const p = v.cnPerson();
      const ext = json({ uid: H(r.digits(10)), realname: S('PERSON_NAME', p.name), phone: S('PHONE_NUMBER', p.mobile), cert: i % 2 ? S('CN_RESIDENT_ID', p.id) : undefined });
      return {
        method: 'GET', path: '/passport/api/session/info', direction: 'response',
        body: {
          errcode: 0, errmsg: 'ok',
          data: {
            ext_info: b64(ext, i === 3), state: b64(json({ redirect: '/home', nonce: H(r.alnum(16)), ts: H(v.epochMs()) })), x_userinfo: i % 2 === 0 ? b64(urlenc(kv([['email', S('EMAIL_ADDRESS', p.email)], ['lvl', '3']], '&'))) : b64(kv([['email', S('EMAIL_ADDRESS', p.email)], ['lvl', '3']], '&')),
            sign: H(v.sha256()), sign_type: 'HMAC-SHA256', avatar_etag: H(v.md5()), server_time: H(v.epochMs()), build: H(v.version()),
          },
        },
      };
    },
  },
  {
    name: 'spreadsheet-import',
    gen({ r, v }, i) {
      const header = ['序号', '姓名', '手机号', '身份证号', '家庭住址', '入职日期', '工资卡号', '备注'];
      const mkRow = (k) => { const p = v.cnPerson({ y0: 1970, y1: 2003 }); return [k + 1, S('PERSON_NAME', p.name), S('PHONE_NUMBER', r.chance(0.6) ? Number(p.mobile) : p.mobile), S('CN_RESIDENT_ID', p.id), S('STREET_ADDRESS', p.addr.full), H(v.recentDate(r.pick(['iso', 'slash']))), S('PAYMENT_CARD', v.card('up19', 'plain')), r.pick(['', '试用期', '外包'])]; };
      const n = r.int(5, 12); const rows = []; for (let k = 0; k < n; k++) rows.push(mkRow(k));
      const body = i % 2 === 0
        ? { fileName: '员工花名册2024.xlsx', fileMd5: H(v.md5()), sheets: [{ name: 'Sheet1', header, rows }], errors: [[3, 'E1021', '手机号重复']] }
        : { fileName: 'roster.xlsx', fileMd5: H(v.md5()), pages: [[header, ...rows.slice(0, 3)], [header, ...rows.slice(3)]] };
      return { method: 'POST', path: '/hr/api/import/preview', direction: 'response', body: { code: 0, data: body } };
    },
  },
  {
    name: 'validation-error',
    gen({ r, v }, i) {
      const p = v.cnPerson();
      const errs = r.shuffle([
        { field: 'idCardNo', code: 'ID_CHECKSUM', message: '身份证号校验位错误', invalidInput: H(v.badResidentId()) },
        { field: 'bankCardNo', code: 'LUHN_FAILED', message: 'card number failed Luhn check', rejectedValue: H(v.luhnFail16()) },
        { field: 'iban', code: 'IBAN_MOD97', message: 'IBAN checksum mismatch', rejectedValue: H(v.badIban()) },
        { field: 'vin', code: 'VIN_CHECK_DIGIT', message: 'VIN check digit invalid', rejectedValue: H(v.badVin()) },
        { field: 'mobile', code: 'PHONE_FORMAT', message: '手机号格式不正确', rejectedValue: H('12' + r.digits(9)) },
        { field: 'tradeNo', code: 'DUPLICATE', message: 'duplicate trade no', rejectedValue: H(v.tradeNo18()) },
      ]).slice(0, r.int(3, 5));
      if (i % 2 === 1) errs.push({ field: 'email', code: 'DOMAIN_BLOCKED', message: 'disposable domain not allowed', rejectedValue: S('EMAIL_ADDRESS', `${p.sur}${p.given}@${r.pick(['mailinator.com', 'tempmail.dev'])}`) });
      return { method: 'POST', path: '/api/v1/customers', direction: 'response', body: { timestamp: H(v.isoTs()), status: 400, error: 'Bad Request', path: '/api/v1/customers', traceId: H(r.hex(32)), errors: errs, requestEcho: { name: S('PERSON_NAME', p.name), orderNo: H(v.luhnFail16()) } } };
    },
  },
  {
    name: 'config-center-export',
    gen({ r, v }, i) {
      const pw = v.password(); const ak = r.pick(['LTAI', 'AKIA']);
      const yaml = txt`spring:\n  datasource:\n    url: jdbc:mysql://${H(v.privIp())}:3306/order_db?useSSL=false\n    username: order_rw\n    password: ${S('CREDENTIAL', pw)}\n  redis:\n    host: ${v.privIp()}\n`;
      const items = [
        { dataId: 'order-service-prod.yaml', group: 'DEFAULT_GROUP', md5: H(v.md5()), content: yaml, lastModifiedTime: H(v.epochMs()) },
        { dataId: 'oss.properties', group: 'STORAGE', md5: H(v.md5()), content: txt`oss.endpoint=oss-cn-shanghai.aliyuncs.com\noss.access-key-id=${S('CREDENTIAL', ak === 'AKIA' ? v.apiKey('akia') : 'LTAI' + r.alnum(20))}\noss.bucket=prod-assets\n`, accessKeySecret: S('CREDENTIAL', v.awsSecret()) },
        { dataId: 'release.json', group: 'DEFAULT_GROUP', md5: H(v.md5()), content: json({ version: H(v.version()), commit: H(r.hex(40)), builtAt: H(v.isoTs()) }) },
      ];
      if (i % 2 === 0) items.push({ dataId: 'integrations.json', group: 'THIRD_PARTY', md5: H(v.md5()), content: json({ openai: { apiKey: S('CREDENTIAL', v.apiKey(r.pick(['sk', 'skproj']))) }, github: { token: S('CREDENTIAL', v.apiKey('ghp')) }, wechat: { appId: H('wx' + r.hex(16)) } }) });
      else items.push({ dataId: 'sftp-deploy-key', group: 'OPS', md5: H(v.md5()), content: S('CREDENTIAL', v.pem()) });
      if (i === 3) items.push({ dataId: 'wechat.json', group: 'THIRD_PARTY', appId: H('wx' + r.hex(16)), appSecret: S('CREDENTIAL', r.hex(32)), mchKeyMd5: H(v.md5()) });
      return { method: 'GET', path: '/nacos/v1/cs/configs?export=true&tenant=prod', direction: 'response', body: { code: 200, message: null, data: { totalCount: items.length, pageItems: items, exportedBy: r.pick(['ops-bot', 'jenkins']) } } };
    },
  },
];
