'use strict';
const P = require('../lib/pii');
const G = require('../lib/neg');
const { L, N, tx, jsonStr, b64, urlenc, qs } = require('../lib/mark');

const UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.112 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; 23127PN0CC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.230 Mobile Safari/537.36',
  'okhttp/4.12.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15'];

module.exports = [
  // ---------------------------------------------------------------- ATS candidate / résumé
  { name: 'ats_resume', gen(r, i) {
    const cn = i % 2 === 0; const n = cn ? P.cnName(r) : P.enName(r);
    const em = P.email(r, n), ph = cn ? P.cnPhone(r) : P.intlPhone(r, 'US'), addr = cn ? P.cnAddress(r).full : P.usAddress(r).full;
    const b = P.dob(r, 22, 45);
    const exp = r.times(r.int(2, 4), () => ({ company: N(G.company(r)), title: r.pick(cn ? ['高级Java工程师', '产品经理', '数据分析师', '测试开发'] : ['Senior Backend Engineer', 'Product Designer', 'Data Scientist', 'SRE']),
      start: N(G.date(r, r.int(2012, 2020)).slice(0, 7)), end: r.chance(0.3) ? 'present' : N(G.date(r, r.int(2020, 2024)).slice(0, 7)) }));
    const parsed = cn
      ? tx('个人简历\n姓名：', ['PERSON_NAME', n.zh], '  性别：', r.pick(['男', '女']), '  出生年月：', ['DATE_OF_BIRTH', P.fmtDate(b, 'zh')], '\n手机：', ['PHONE_NUMBER', ph], '  邮箱：', ['EMAIL_ADDRESS', em],
        '\n现居住地：', ['STREET_ADDRESS', addr], '\n求职意向：', exp[0].title, '  期望薪资：25-35K\n工作经历：\n2019.07-至今 ', exp[0].company, '\n负责订单中心重构，QPS 提升 3 倍……')
      : tx(['PERSON_NAME', n.full], '\n', ['STREET_ADDRESS', addr], ' | ', ['PHONE_NUMBER', ph], ' | ', ['EMAIL_ADDRESS', em], '\n\nSUMMARY\nBackend engineer with 8 years of experience building payment systems at scale.\n\nEXPERIENCE\n', exp[0].title, ', ', exp[0].company, ' (2019–present)');
    const body = {
      candidate: { id: N(r.digits(9)), fullName: L('PERSON_NAME', cn ? n.zh : n.full), emails: [L('EMAIL_ADDRESS', em)], phones: [{ type: 'mobile', value: L('PHONE_NUMBER', ph) }],
        location: { city: cn ? r.pick(['Shanghai', 'Shenzhen', 'Hangzhou']) : r.pick(['Austin', 'Seattle']) }, source: r.pick(['LinkedIn', 'Boss直聘', 'Referral', 'Careers site']),
        links: [{ type: 'linkedin', url: `https://www.linkedin.com/in/${r.alnum(10).toLowerCase()}` }], tags: ['backend', 'java'] },
      resume: { fileName: cn ? L('PERSON_NAME', n.zh, `${n.zh}_简历_2024.pdf`) : L('PERSON_NAME', n.full, `${n.full} - Resume (2024).pdf`), fileId: N(G.uuid(r)), sha1: N(G.sha1(r)), parsedText: parsed, experience: exp,
        education: [{ school: r.pick(['复旦大学', '浙江大学', 'UT Austin', 'University of Washington']), degree: r.pick(['本科', '硕士', 'BS', 'MS']), graduated: N(String(r.int(2010, 2020))) }] },
      pipeline: { jobReqId: N(`REQ-2024-${r.digits(4)}`), stage: r.pick(['Applied', 'Phone Screen', 'Onsite', 'Offer']), recruiterId: N(G.empNo(r)), updatedAt: N(G.iso(r)) },
    };
    if (i === 3) body.offer = { baseSalary: N(r.pick([145000, 172000, 190000])), ssnForBackgroundCheck: L('US_SSN', P.ssn(r)), startDate: N(G.date(r)) };
    return i % 2 ? { method: 'GET', path: `/ats/v1/candidates/${r.digits(9)}`, direction: 'response', body } : { method: 'POST', path: '/ats/v1/candidates', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- US background check (dotted flat keys)
  { name: 'background_check', gen(r, i) {
    const n = P.enName(r), b = P.dob(r, 21, 60);
    const addrs = r.times(r.int(2, 4), () => { const a = P.usAddress(r); return { street: L('STREET_ADDRESS', a.line1), city: a.city, state: a.state, zip: N(a.zip), from_date: N(G.date(r, r.int(2008, 2018))), to_date: N(G.date(r, r.int(2018, 2024))) }; });
    const body = {
      report_id: N(r.hex(24)), package: r.pick(['tasker_standard', 'driver_pro', 'employment_basic']), status: r.pick(['pending', 'complete', 'consider']),
      'subject.first_name': L('PERSON_NAME', n.first), 'subject.middle_name': n.mid, 'subject.last_name': L('PERSON_NAME', n.last),
      'subject.ssn': L('US_SSN', P.ssn(r, i % 2 === 0)), 'subject.ssn_last4': N(r.digits(4)), 'subject.ssn_masked': N(`***-**-${r.digits(4)}`), 'subject.dob': L('DATE_OF_BIRTH', P.fmtDate(b, 'iso')), 'subject.email': L('EMAIL_ADDRESS', P.email(r, n)), 'subject.zipcode': N(addrs[0].zip.leaf),
      address_history: addrs,
      screenings: [{ type: 'ssn_trace', status: 'clear', id: N(r.hex(24)) }, { type: 'national_criminal', status: r.pick(['clear', 'consider']), id: N(r.hex(24)),
        records: r.times(r.int(0, 2), () => ({ case_number: N(`${r.int(2010, 2022)}CR${r.digits(6)}`), offense: r.pick(['Petty theft', 'Driving with suspended license']), disposition: 'Convicted', file_date: N(G.date(r, r.int(2010, 2022))) })) },
        { type: 'motor_vehicle_report', status: 'clear', license_state: r.pick(['TX', 'WA', 'CA']), id: N(r.hex(24)) }],
      adjudication: r.pick([null, 'engaged', 'pre_adverse_action']), created_at: N(G.iso(r)), invitation_url: N(`https://apply.example-checks.com/i/${r.hex(20)}`),
    };
    if (i === 2) body.candidate_note = tx('Candidate also used the name ', ['PERSON_NAME', `${n.first} ${P.enName(r).last}`], ' (maiden). Reach at ', ['PHONE_NUMBER', P.intlPhone(r, 'US')]);
    return i % 2 ? { method: 'GET', path: `/v1/reports/${r.hex(24)}`, direction: 'response', body } : { method: 'POST', path: '/v1/reports', direction: 'response', body };
  } },

  // ---------------------------------------------------------------- survey responses
  { name: 'survey_response', gen(r, i) {
    const cn = i % 2 === 0; const n = cn ? P.cnName(r) : P.enName(r); const g = P.geo(r);
    const body = {
      survey_id: N(`SV_${r.alnum(15)}`), response_id: N(`R_${r.alnum(15)}`), started_at: N(G.iso(r)), completed_at: N(G.iso(r)), duration_sec: N(r.int(60, 900)), finished: true,
      meta: { ip_address: L('IP_ADDRESS', P.ip(r)), user_agent: r.pick(UA), location_latitude: L('GEO_LOCATION', String(g.lat)), location_longitude: L('GEO_LOCATION', String(g.lng)), language: cn ? 'ZH-S' : 'EN', distribution_channel: r.pick(['anonymous', 'email', 'sms']) },
      values: {
        QID1: N(r.int(1, 5)), QID2: r.pick(cn ? ['非常满意', '满意', '一般'] : ['Very satisfied', 'Satisfied', 'Neutral']), QID3_NPS: N(r.int(0, 10)),
        QID4_TEXT: cn ? tx('客服小王态度很好，但是物流太慢了。如需回访请打 ', ['PHONE_NUMBER', P.cnMobile(r)], '，找', ['PERSON_NAME', n.zh], '。')
          : tx('The app keeps logging me out. Contact me at ', ['EMAIL_ADDRESS', P.email(r, n)], ' if you need logs.'),
        QID5_EMAIL: i >= 2 ? L('EMAIL_ADDRESS', P.email(r, n)) : '', QID6_AGE: r.pick(['18-24', '25-34', '35-44']), QID7_ORDER: N(G.orderNo(r)), QID8_ZIP: N(G.postal(r)),
      },
      labels: { QID1: 'Overall satisfaction', QID4_TEXT: 'Anything else?', QID5_EMAIL: 'Email (optional)', QID7_ORDER: 'Order number' },
    };
    return i % 2 ? { method: 'GET', path: `/API/v3/surveys/SV_${r.alnum(15)}/responses/R_${r.alnum(15)}`, direction: 'response', body: { result: body, meta: { httpStatus: '200 - OK', requestId: N(G.uuid(r)) } } }
      : { method: 'POST', path: '/collect/v1/responses', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- push notification device registration
  { name: 'push_registration', gen(r, i) {
    const ios = i % 2 === 0; const g = P.geo(r);
    const body = {
      app_id: N(`com.example.${r.pick(['shop', 'bank', 'news'])}`), platform: ios ? 'ios' : 'android', device_token: ios ? N(G.deviceToken(r)) : N(`${r.alnum(22)}:APA91b${r.alnum(40)}`),
      device_model: ios ? r.pick(['iPhone15,2', 'iPhone16,1']) : r.pick(['23127PN0CC', 'SM-S9180', 'V2309A']), os_version: N(ios ? `17.${r.int(0, 4)}.${r.int(0, 1)}` : String(r.int(12, 14))),
      app_version: N(G.build(r)), sdk_version: N(G.version(r)), imei: ios ? undefined : N(G.imei(r)), oaid: ios ? undefined : N(G.uuid(r)), idfv: ios ? N(G.uuid(r).toUpperCase()) : undefined,
      user: { uid: N(r.digits(10)), phone: L('PHONE_NUMBER', P.cnMobile(r)), email: i >= 2 ? L('EMAIL_ADDRESS', P.email(r, P.cnName(r))) : undefined },
      locale: 'zh_CN', timezone: 'Asia/Shanghai', client_ip: L('IP_ADDRESS', P.ip(r)), carrier: r.pick(['中国移动', '中国联通', '中国电信']), iccid: ios ? undefined : N(G.iccid(r)),
      location: i === 1 ? undefined : { lat: L('GEO_LOCATION', g.lat), lng: L('GEO_LOCATION', g.lng), accuracy_m: N(r.int(5, 80)) }, topics: ['promo', 'order_status'], registered_at: N(G.epochMs(r)),
    };
    return { method: 'POST', path: '/push/v1/devices/register', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- analytics batch (Segment-like)
  { name: 'analytics_batch', gen(r, i) {
    const anon = G.uuid(r); const uid = `usr_${r.alnum(12)}`; const n = P.enName(r); const em = P.email(r, n); const ip = P.ip(r);
    const batch = r.times(r.int(5, 10), (k) => {
      const type = k === 0 ? 'identify' : r.pick(['track', 'page', 'track']);
      const e = { type, messageId: N(G.uuid(r)), anonymousId: N(anon), userId: N(uid), timestamp: N(G.iso(r)),
        context: { ip: L('IP_ADDRESS', ip), userAgent: r.pick(UA), library: { name: 'analytics.js', version: N(G.version(r)) }, locale: 'en-US', timezone: 'America/Chicago' } };
      if (type === 'identify') e.traits = { email: L('EMAIL_ADDRESS', em), name: L('PERSON_NAME', n.full), phone: L('PHONE_NUMBER', P.intlPhone(r, 'US')), plan: 'pro', createdAt: N(G.iso(r)) };
      else if (type === 'page') e.properties = { 'page/url': k % 2 ? L('EMAIL_ADDRESS', em, `https://shop.example.com/checkout?step=2&email=${encodeURIComponent(em)}&utm_source=email`) : `https://shop.example.com/p/${r.alnum(8)}`, title: 'Checkout', referrer: 'https://www.google.com/' };
      else e.properties = { event_name: r.pick(['Product Viewed', 'Order Completed', 'Cart Viewed']), order_id: N(G.orderNo(r)), revenue: N(G.amount(r, 5, 600)), currency: 'USD', sku: N(G.sku(r)), ean: N(G.ean13(r)) };
      return e;
    });
    const body = { batch, sentAt: N(G.iso(r)), '~debug': { sdkBuild: N(G.version4(r)) } };
    return { method: 'POST', path: '/v1/batch', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- error report (Sentry-like)
  { name: 'error_report', gen(r, i) {
    const n = P.enName(r); const em = P.email(r, n); const ip = P.ip(r); const tok = P.jwt(r, { scope: 'user' });
    const body = {
      event_id: N(r.hex(32)), timestamp: N(G.epoch(r) + r.float(0, 1, 3)), platform: r.pick(['java', 'python', 'node']), level: 'error', release: N(`order-service@${G.version(r)}+build.${r.digits(3)}`), environment: 'production',
      server_name: N(`ip-${P.privIp(r).replace(/\./g, '-')}`),
      exception: { values: [{ type: r.pick(['UserNotFoundException', 'ValueError', 'TypeError']),
        value: tx(r.pick(['No account found for email ', 'Duplicate key for email=', 'Cannot read properties of undefined (user: ']), ['EMAIL_ADDRESS', em], r.pick([' (tenant 42)', ')', ''])),
        stacktrace: { frames: r.times(r.int(3, 6), (k) => ({ filename: r.pick(['UserService.java', 'handlers/login.py', 'src/routes/account.js']), function: r.pick(['findByEmail', 'login', 'handle']), lineno: N(r.int(10, 900)),
          vars: k === 0 ? { phone: L('PHONE_NUMBER', P.intlPhone(r, 'US')), retries: 3, ...(i >= 2 ? { applicant_ssn: ((s) => L('US_SSN', s, `'${s}'`))(P.ssn(r)) } : {}) } : { retries: r.int(0, 3) } })) } }] },
      request: { url: `https://api.example.com/v2/account/login`, method: 'POST',
        headers: { Authorization: L('CREDENTIAL', tok, `Bearer ${tok}`), 'X-Forwarded-For': L('IP_ADDRESS', ip, `${ip}, ${P.privIp(r)}`), 'User-Agent': r.pick(UA), 'X-Request-Id': N(G.uuid(r)) },
        cookies: L('CREDENTIAL', (() => { const s = P.sessionId(r); return s; })(), undefined), data: i % 2 ? jsonStr({ email: L('EMAIL_ADDRESS', em), password: L('CREDENTIAL', P.password(r)), remember: true }) : '[Filtered]' },
      user: { id: N(r.digits(8)), ip_address: L('IP_ADDRESS', ip), email: L('EMAIL_ADDRESS', em), username: N(`user${r.digits(6)}`) },
      breadcrumbs: { values: r.times(r.int(2, 4), () => ({ category: 'http', data: { url: '/v2/cart', status_code: r.pick([200, 401, 500]) }, timestamp: N(G.epoch(r)) })) },
      contexts: { os: { name: 'Linux', version: N(`5.15.0-${r.int(50, 110)}-generic`) }, runtime: { name: 'node', version: N(`v20.${r.int(1, 12)}.${r.int(0, 3)}`) } },
      fingerprint: [N(G.sha1(r))],
    };
    body.request.cookies = L('CREDENTIAL', body.request.cookies.labels[0].value, `sessionid=${body.request.cookies.labels[0].value}; csrftoken=${r.alnum(32)}`);
    return { method: 'POST', path: `/api/${r.int(2, 90)}/store/`, direction: 'request', body };
  } },

  // ---------------------------------------------------------------- chat webhooks (Slack-like / Teams-like)
  { name: 'chat_webhook', gen(r, i) {
    const cn = P.cnName(r), card = P.card(r);
    const lines = [
      () => tx('<@U0', r.upper(8), '> 客户 ', ['PERSON_NAME', cn.zh], ' 要求退款，卡号 ', ['PAYMENT_CARD', P.fmtCard(card, 'space')], '，手机 ', ['PHONE_NUMBER', P.cnMobile(r)]),
      () => tx('prod DB creds for the migration: user=app_rw pass=', ['CREDENTIAL', P.password(r)], ' (delete after reading pls)'),
      () => tx('FYI order ', N(G.orderNo(r)), ' refunded $', G.amountStr(r, 10, 300), ', ticket closed'),
      () => tx('new hire ', ['PERSON_NAME', P.enName(r).full], ' starts Monday, personal email ', ['EMAIL_ADDRESS', P.email(r, P.enName(r))]),
    ];
    if (i % 2 === 0) {
      const text = lines[i === 0 ? 0 : 1]();
      const body = { token: L('CREDENTIAL', r.alnum(24)), team_id: N('T0' + r.upper(8)), api_app_id: N('A0' + r.upper(8)),
        event: { type: 'message', channel: N('C0' + r.upper(8)), user: N('U0' + r.upper(8)), text, ts: N(`${G.epoch(r)}.${r.digits(6)}`),
          blocks: [{ type: 'rich_text', block_id: N(r.alnum(5)), elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }], client_msg_id: N(G.uuid(r)) },
        type: 'event_callback', event_id: N('Ev0' + r.upper(9)), event_time: N(G.epoch(r)), authorizations: [{ enterprise_id: null, team_id: N('T0' + r.upper(8)), user_id: N('U0' + r.upper(8)), is_bot: true }] };
      return { method: 'POST', path: '/slack/events', direction: 'request', body };
    }
    const who = P.enName(r); const text = lines[i === 1 ? 2 : 3]();
    const body = { type: 'message', id: N(String(G.epochMs(r))), timestamp: N(G.iso(r)), serviceUrl: 'https://smba.trafficmanager.net/amer/',
      channelId: 'msteams', from: { id: N(`29:1${r.alnum(40)}`), name: L('PERSON_NAME', who.full), aadObjectId: N(G.uuid(r)) },
      conversation: { conversationType: 'channel', tenantId: N(G.uuid(r)), id: N(`19:${r.hex(32)}@thread.tacv2`) }, text,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: tx('Escalation owner: ', ['PERSON_NAME', who.full], ' · ', ['EMAIL_ADDRESS', P.email(r, who, 'contoso.com')]) }] } }],
      entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }] };
    return { method: 'POST', path: '/api/messages', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- issue tracker (Jira-like with opaque custom fields + names map)
  { name: 'issue_tracker', gen(r, i) {
    const cust = P.cnName(r), rep = P.enName(r), asg = P.enName(r);
    const em = P.email(r, cust), ph = P.cnMobile(r);
    const body = {
      id: N(String(r.int(10000, 99999))), key: `SUP-${r.int(100, 9999)}`, self: `https://acme.atlassian.net/rest/api/2/issue/${r.int(10000, 99999)}`,
      fields: {
        summary: tx('客户', ['PERSON_NAME', cust.zh], '无法登录 App（', r.pick(['iOS', 'Android']), '）'),
        description: i % 2 ? tx('h3. Repro\nLogin with ', ['EMAIL_ADDRESS', em], ' / password ', ['CREDENTIAL', P.password(r)], ' → spinner forever.\nCustomer phone: ', ['PHONE_NUMBER', ph], '\nBuild ', N(G.build(r)))
          : tx('用户反馈收不到验证码，已确认手机号 ', ['PHONE_NUMBER', P.fmtCn(ph, 'dash')], ' 未被拉黑。订单号 ', N(G.orderNo(r)), '。'),
        reporter: { accountId: N(`5b10a2844c20165700ede${r.hex(3)}`), displayName: L('PERSON_NAME', rep.full), emailAddress: L('EMAIL_ADDRESS', P.email(r, rep, 'acme.io')) },
        assignee: { accountId: N(`5b10ac8d82e05b22cc7d4${r.hex(3)}`), displayName: L('PERSON_NAME', asg.full) },
        customfield_10041: L('PHONE_NUMBER', ph), customfield_10042: i >= 2 ? L('CN_RESIDENT_ID', P.cnId(r).id) : null, customfield_10043: N(G.orderNo(r)), customfield_10044: N(G.amount(r, 10, 900)),
        priority: { name: r.pick(['High', 'Medium']) }, status: { name: r.pick(['Open', 'In Progress', 'Waiting for customer']) }, created: N(G.iso(r)), updated: N(G.iso(r)),
        comment: { comments: r.times(r.int(1, 4), () => ({ id: N(String(r.int(10000, 99999))), author: { displayName: L('PERSON_NAME', P.enName(r).full) }, body: r.pick([
          tx('Reproduced on build ', N(G.version(r)), '. Looks like token refresh bug.'), tx('已联系客户，对方要求邮件回复到 ', ['EMAIL_ADDRESS', em]), tx('Customer IP from logs: ', ['IP_ADDRESS', P.ipv4(r)])]), created: N(G.iso(r)) })) },
      },
      names: { customfield_10041: 'Customer Phone', customfield_10042: 'Customer ID Card No.', customfield_10043: 'Order Number', customfield_10044: 'Refund Amount' },
    };
    return i % 2 ? { method: 'GET', path: `/rest/api/2/issue/SUP-${r.int(100, 9999)}?expand=names`, direction: 'response', body } : { method: 'PUT', path: `/rest/api/2/issue/SUP-${r.int(100, 9999)}`, direction: 'request', body };
  } },

  // ---------------------------------------------------------------- git push webhook
  { name: 'git_push_webhook', gen(r, i) {
    const a = P.enName(r), c = P.cnName(r);
    const authors = [{ n: a.full, e: P.email(r, a, 'acme.io'), u: a.first.toLowerCase() }, { n: c.py.replace(/ /, ' '), e: P.email(r, c), u: (c.pySur + c.pyGiven[0]).toLowerCase() }];
    const commits = r.times(r.int(1, 4), (k) => { const au = r.pick(authors);
      const leak = (k === 0 && i !== 1);
      const msg = leak ? r.pick([
        () => tx('chore: add deploy script\n\nAWS_ACCESS_KEY_ID=', ['CREDENTIAL', P.apiKey(r, 'aws')]),
        () => tx('fix: hotfix payment callback (temp key ', ['CREDENTIAL', P.apiKey(r, 'stripe')], ')'),
        () => tx('test: seed user ', ['EMAIL_ADDRESS', P.email(r, P.enName(r))], ' / ', ['CREDENTIAL', P.password(r)])])()
        : tx(r.pick(['feat: add refund endpoint', 'refactor: split OrderService', 'docs: update README', 'fix(ci): pin node 20']), ' (#', r.int(100, 2000), ')');
      return { id: N(G.sha1(r)), tree_id: N(G.sha1(r)), distinct: true, message: msg, timestamp: N(G.iso(r)), url: `https://github.com/acme/payments-api/commit/${r.hex(40)}`,
        author: { name: L('PERSON_NAME', au.n), email: L('EMAIL_ADDRESS', au.e), username: au.u }, committer: { name: 'GitHub', email: N('noreply@github.com'), username: 'web-flow' },
        added: r.pick([[], ['scripts/deploy.sh'], ['.env.production']]), removed: [], modified: ['src/app.ts', 'package.json'] }; });
    const body = { ref: 'refs/heads/main', before: N(G.sha1(r)), after: N(G.sha1(r)), created: false, deleted: false, forced: false,
      repository: { id: N(r.int(100000000, 800000000)), node_id: N('R_kgDO' + r.alnum(6)), full_name: 'acme/payments-api', private: true, default_branch: 'main' },
      pusher: { name: authors[0].u, email: L('EMAIL_ADDRESS', authors[0].e) }, sender: { login: authors[0].u, id: N(r.int(1000000, 90000000)), type: 'User' }, commits, head_commit: null };
    if (i === 3) body.patch_preview = tx('diff --git a/config/prod.yml b/config/prod.yml\n+  db_password: ', ['CREDENTIAL', P.password(r)], '\n+  jwt_secret: ', r.hex(32));
    return { method: 'POST', path: '/hooks/github', direction: 'request', body };
  } },

  // ---------------------------------------------------------------- CI job log with leaked tokens
  { name: 'ci_job_log', gen(r, i) {
    const normal = [() => `$ npm ci --no-audit`, () => `added ${r.int(400, 1800)} packages in ${r.int(8, 60)}s`, () => `npm notice New minor version of npm available! 10.2.4 -> 10.5.0`,
      () => `Step ${r.int(1, 9)}/12 : COPY . /app`, () => ` ---> Using cache`, () => ` ---> ${r.hex(12)}`, () => `Successfully built ${r.hex(12)}`, () => `Successfully tagged registry.acme.io/api:${G.version(r)}`,
      () => `PASS src/order.test.ts (${r.float(1, 9, 2)} s)`, () => `Tests: ${r.int(100, 900)} passed, ${r.int(100, 900)} total`, () => `Uploading artifacts for successful job`];
    const leaks = [
      () => tx('$ curl -sf -H "Authorization: token ', ['CREDENTIAL', P.apiKey(r, 'github')], '" https://api.github.com/repos/acme/api/releases'),
      () => tx('+ export AWS_SECRET_ACCESS_KEY=', ['CREDENTIAL', P.apiKey(r, 'awsSecret')]),
      () => tx('$ echo "//registry.npmjs.org/:_authToken=', ['CREDENTIAL', P.apiKey(r, 'npm')], '" > ~/.npmrc'),
      () => tx('DEBUG: POST https://hooks.slack.com/services/T0', r.upper(8), ' with token ', ['CREDENTIAL', P.apiKey(r, 'slack')]),
      () => tx('$ docker login -u ci-bot -p ', ['CREDENTIAL', P.password(r)], ' registry.acme.io'),
      () => tx('OPENAI_API_KEY=', ['CREDENTIAL', P.apiKey(r, 'openai')]),
    ];
    const lines = r.times(r.int(10, 18), () => N(r.pick(normal)()));
    const k = r.int(1, 2);
    for (let j = 0; j < k; j++) lines.splice(r.int(1, lines.length - 1), 0, r.pick(leaks)());
    const job = { id: N(r.int(1000000, 9999999)), name: r.pick(['deploy:prod', 'build', 'test:unit', 'release']), status: r.pick(['failed', 'success']), stage: 'deploy', pipeline_id: N(r.int(100000, 999999)),
      ref: 'main', sha: N(G.sha1(r)), duration: N(r.float(30, 900, 2)), runner: { id: N(r.int(10, 999)), description: `shared-runner-${r.int(1, 9)}`, ip_address: N(P.privIp(r)) },
      user: { username: 'release-bot', name: 'Release Bot' } };
    const body = i % 2 ? { job, trace: { lines, truncated: false, size_bytes: N(r.int(4000, 90000)) } } : { job, log_lines: lines.map((l, j) => ({ n: j + 1, t: N(G.iso(r)), text: l })) };
    if (i === 2) body.env_dump = b64(tx('CI=true\nNODE_ENV=production\nDATABASE_URL=postgres://app:', ['CREDENTIAL', P.password(r)], '@10.0.3.7:5432/app\n'));
    return { method: 'GET', path: `/api/v4/projects/${r.int(10, 900)}/jobs/${r.int(100000, 999999)}/trace`, direction: 'response', body };
  } },

  // ---------------------------------------------------------------- LLM chat completions (OpenAI-like / Anthropic-like)
  { name: 'llm_chat', gen(r, i) {
    const n = P.cnName(r), id = P.cnId(r), ph = P.cnMobile(r), a = P.cnAddress(r);
    const en = P.enName(r), ssn = P.ssn(r), ea = P.usAddress(r);
    if (i === 0) {
      const body = { model: 'gpt-4o-mini', temperature: 0.2, messages: [{ role: 'system', content: '你是一名银行客服助手，回答要简洁。' },
        { role: 'user', content: tx('我叫', ['PERSON_NAME', n.zh], '，身份证号', ['CN_RESIDENT_ID', id.id], '，手机', ['PHONE_NUMBER', ph], '，帮我写一封信给物业，说明我家', ['STREET_ADDRESS', a.full], '漏水的情况。') }],
        user: N(`u_${r.hex(16)}`), stream: false };
      return { method: 'POST', path: '/v1/chat/completions', direction: 'request', body };
    }
    if (i === 1) {
      const body = { id: N(`chatcmpl-${r.alnum(29)}`), object: 'chat.completion', created: N(G.epoch(r)), model: 'gpt-4o-2024-08-06',
        choices: [{ index: 0, message: { role: 'assistant', content: tx('Dear Property Manager,\n\nMy name is ', ['PERSON_NAME', en.full], ' and I live at ', ['STREET_ADDRESS', ea.full], '. You can reach me at ', ['PHONE_NUMBER', P.intlPhone(r, 'US')], '.\n\nBest regards') }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: N(r.int(40, 900)), completion_tokens: N(r.int(40, 900)), total_tokens: N(r.int(100, 1800)) }, system_fingerprint: N(`fp_${r.hex(10)}`) };
      return { method: 'POST', path: '/v1/chat/completions', direction: 'response', body };
    }
    if (i === 2) {
      const body = { model: 'claude-3-5-sonnet-20241022', max_tokens: 1024, system: 'You extract structured fields from documents.',
        messages: [{ role: 'user', content: [{ type: 'text', text: tx('Extract fields from this W-4 style note: employee ', ['PERSON_NAME', en.full], ', SSN ', ['US_SSN', ssn], ', DOB ', ['DATE_OF_BIRTH', P.fmtDate(P.dob(r), 'us')], ', email ', ['EMAIL_ADDRESS', P.email(r, en)]) },
          { type: 'text', text: 'Return JSON with keys name, ssn, dob, email.' }] },
        { role: 'assistant', content: [{ type: 'text', text: '{' }] }], metadata: { user_id: N(G.uuid(r)) } };
      return { method: 'POST', path: '/v1/messages', direction: 'request', body };
    }
    const body = { id: N(`msg_${r.alnum(24)}`), type: 'message', role: 'assistant', model: 'claude-3-5-haiku-20241022',
      content: [{ type: 'text', text: tx('已为您整理：\n- 姓名：', ['PERSON_NAME', n.zh], '\n- 车牌：', ['LICENSE_PLATE', P.plate(r)], '\n- 车架号：', ['VEHICLE_VIN', P.vin(r)], '\n- 联系电话：', ['PHONE_NUMBER', P.fmtCn(ph, 'space')]) },
        { type: 'tool_use', id: N(`toolu_${r.alnum(24)}`), name: 'lookup_order', input: { order_no: N(G.orderNo(r)) } }],
      stop_reason: 'tool_use', usage: { input_tokens: N(r.int(100, 2000)), output_tokens: N(r.int(20, 400)) } };
    return { method: 'POST', path: '/v1/messages', direction: 'response', body };
  } },

  // ---------------------------------------------------------------- vector DB search results with text chunks
  { name: 'vector_search', gen(r, i) {
    const chunks = [
      () => tx('甲方：', N(G.company(r)), '\n乙方：', ['PERSON_NAME', P.cnName(r).zh], '，身份证号码：', ['CN_RESIDENT_ID', P.cnId(r).id], '\n乙方联系地址：', ['STREET_ADDRESS', P.cnAddress(r).full]),
      () => tx('退款政策：商品签收后7天内可申请无理由退货，运费由买家承担。客服热线 ', N(G.hotline(r)), '。'),
      () => tx('Meeting notes 2024-03-12: ', ['PERSON_NAME', P.enName(r).full], ' (', ['EMAIL_ADDRESS', P.email(r, P.enName(r), 'acme.io')], ') will own the Q2 migration. Budget $', G.amountStr(r, 1000, 90000), '.'),
      () => tx('The API rate limit is 600 requests per minute per key. Version ', G.version(r), ' introduced batching.'),
      () => tx('客户回访记录：', ['PERSON_NAME', P.cnName(r).zh], ' 反馈车辆 ', ['LICENSE_PLATE', P.plate(r)], ' 保养后异响，回电 ', ['PHONE_NUMBER', P.cnMobile(r)], '。'),
      () => tx('Wire instructions: beneficiary ', ['PERSON_NAME', P.enName(r).full], ', IBAN ', ['BANK_ACCOUNT', P.iban(r, r.pick(['DE', 'GB', 'FR']), true)], ', reference ', N(`INV-${r.digits(6)}`)),
      () => tx('HR memo: I-9 and E-Verify completed for ', ['PERSON_NAME', P.enName(r).full], ' (SSN ', ['US_SSN', P.ssn(r)], '); badge pickup Monday.'),
      () => tx('Traveller: ', ['PERSON_NAME', P.cnName(r).py], ', Passport No. ', ['PASSPORT_NUMBER', P.passport(r, 'CN')], ', VIN of rental: ', ['VEHICLE_VIN', P.vin(r)], '.'),
    ];
    const hits = r.times(r.int(3, 6), () => ({ id: N(G.uuid(r)), version: N(r.int(1, 900)), score: N(r.float(0.55, 0.93, 4)),
      payload: { doc_id: N(`doc_${r.hex(12)}`), source: r.pick(['s3://kb/contracts/2023/', 'confluence://SUP/', 'gdrive://notes/']) + r.hex(8) + '.pdf', page: N(r.int(1, 40)), chunk_index: r.int(0, 30), text: r.pick(chunks)(), tenant: 'acme' } }));
    if (i % 2) return { method: 'POST', path: `/collections/${r.pick(['kb_zh', 'support_docs'])}/points/search`, direction: 'response', body: { result: hits, status: 'ok', time: N(r.float(0.001, 0.09, 5)) } };
    return { method: 'POST', path: '/query', direction: 'response', body: { namespace: 'prod', matches: hits.map((h) => ({ id: h.id, score: h.score, metadata: h.payload })), usage: { readUnits: N(r.int(1, 12)) } } };
  } },
];
