'use strict';
// Communications & telemetry: SMS gateway logs, mail-gateway MIME logs, call-centre ASR
// transcripts, mobile crash reports.

const CN_SPOKEN = { 0: '零', 1: '幺', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九' };
const spoken = (digits) => digits.replace(/\d/g, (d) => CN_SPOKEN[d]);

module.exports = [
  {
    name: 'sms_gateway_log',
    n: 4,
    build(c, i) {
      const { r, L, H, T, J } = c;
      if (i === 0) {
        const rows = Array.from({ length: 3 }, (_, k) => {
          const p = c.cn();
          const t = T();
          const courier = c.cn();
          const content = k === 0
            ? `【顺丰速运】您的快件${c.tracking('SF')}已由快递员${t('PERSON_NAME', courier.name)}(${t('PHONE_NUMBER', courier.mobile)})派送，请保持电话畅通。`
            : k === 1 ? `【XX银行】您的验证码为${t('CREDENTIAL', r.digits(6))}，5分钟内有效，请勿泄露给他人。` : `【美团】尊敬的用户，您尾号${r.digits(4)}的账户于${c.fmtTs(c.ts(), 'sql')}登录，如非本人操作请致电${c.hotline()}。`;
          const sent = c.ts();
          return { PhoneNum: L('PHONE_NUMBER', p.mobile), SendStatus: 3, ErrCode: 'DELIVERED', TemplateCode: H('SMS_' + r.nzDigits(9)), Content: t.done(content), SendDate: H(c.fmtTs(sent, 'sql')), ReceiveDate: H(c.fmtTs(new Date(sent.getTime() + r.int(2, 40) * 1000), 'sql')), OutId: H(c.orderNo11()) };
        });
        return { method: 'POST', path: '/?Action=QuerySendDetails&Version=2017-05-25', direction: 'response', body: { Code: 'OK', Message: 'OK', RequestId: H(c.uuid().toUpperCase()), TotalCount: rows.length, SmsSendDetailDTOs: { SmsSendDetailDTO: rows } } };
      }
      if (i === 1) {
        const p = c.intl(r.pick(['US', 'GB', 'TH', 'IN']));
        const t = T();
        return { method: 'GET', path: `/smpp-bridge/v1/submits/${r.hex(16)}`, direction: 'response', body: { msg_id: H(r.hex(16)), source_addr: H('1069055' + r.digits(5)), dest_addr: L('PHONE_NUMBER', p.phone.replace(/[^\d]/g, '')), data_coding: 0, short_message: t.done(`Your Acme verification code is ${t('CREDENTIAL', r.digits(6))}. It expires in 10 minutes. Do not share it.`), submit_time: H(c.fmtTs(c.ts(), 'compact')), done_time: H(c.fmtTs(c.ts(), 'compact')), stat: 'DELIVRD', err: '000', segments: 1 } };
      }
      if (i === 2) {
        const ps = Array.from({ length: 3 }, () => c.cn());
        const first = ps[0];
        return {
          method: 'POST', path: '/sms/v2/batch-send', direction: 'request',
          body: { signName: '平安好车主', templateCode: H('SMS_' + r.nzDigits(9)), phoneNumbers: c.LL(ps.map((p) => p.mobile).join(','), [['PHONE_NUMBER', first.mobile]]), templateParam: J({ name: L('PERSON_NAME', first.name), plate: L('LICENSE_PLATE', c.plateCN()), expireDate: c.fmtDate(c.ts(), 'iso') }), outId: H(c.orderNo18()), smsUpExtendCode: H(r.digits(4)) },
        };
      }
      const p = c.cn();
      const t = T();
      return { method: 'POST', path: '/callback/sms/mo', direction: 'request', body: { from: L('PHONE_NUMBER', c.fmtMobile(p.mobile, '86')), to: H('106905' + r.digits(6)), text: t.done(`我是${t('PERSON_NAME', p.name)}，明天下午到不了，改到周四，车牌${t('LICENSE_PLATE', c.plateCN('std'))}`), receiveTime: H(c.fmtTs(c.ts(), 'epochMs')), sign: H(c.md5()) } };
    },
  },

  {
    name: 'email_gateway_mime',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const cn = i !== 1;
      const sender = cn ? c.cn() : c.intl(r.pick(['US', 'GB', 'DE']));
      const rcpt = `hr@${r.pick(['globex', 'initech', 'acme'])}.com`;
      const ip = cn ? c.ip4('cn') : c.ip4('intl');
      const now = c.ts();
      const msgId = `<${r.hex(24)}@${cn ? '163.com' : 'mail.gmail.com'}>`;
      if (i === 2) {
        // DSN bounce
        const bad = c.intl('US');
        const t = T();
        return {
          method: 'POST', path: '/api/mail/events/bounce', direction: 'request',
          body: { event: 'bounce', messageId: H(msgId), originalRecipient: L('EMAIL_ADDRESS', bad.email), reportingMta: 'mx1.corp.example.com', reportingMtaIp: L('IP_ADDRESS', c.ip4('private')), diagnosticCode: t.done(`smtp; 550 5.1.1 <${t('EMAIL_ADDRESS', bad.email)}>: Recipient address rejected: User unknown in virtual mailbox table`), status: '5.1.1', timestamp: H(c.fmtTs(now, 'epoch')) },
        };
      }
      const t = T();
      const display = sender.name;
      const from = cn ? `=?UTF-8?B?${Buffer.from(display).toString('base64')}?=` : `"${display}"`;
      const headers = [
        `Received: from ${cn ? 'm15-112.163.com' : 'mail-wr1-f54.google.com'} (${cn ? 'm15-112.163.com' : 'mail-wr1-f54.google.com'} [${t('IP_ADDRESS', ip)}]) by mx1.corp.example.com (Postfix) with ESMTPS id 4V${r.alnum(10)} for <${rcpt}>; ${now.toUTCString()}`,
        `From: ${from} <${t('EMAIL_ADDRESS', sender.email)}>`,
        `To: <${rcpt}>`,
        `Subject: ${cn ? '=?UTF-8?B?' + Buffer.from('应聘 高级会计 - 简历').toString('base64') + '?=' : 'Application - Senior Accountant'}`,
        `Date: ${now.toUTCString()}`,
        `Message-ID: ${msgId}`,
        'MIME-Version: 1.0',
        `Content-Type: multipart/mixed; boundary="----=_Part_${r.digits(6)}_${r.digits(9)}.${r.digits(13)}"`,
        `X-Originating-IP: [${ip}]`,
      ].join('\r\n');
      const t2 = T();
      const bodyText = cn
        ? `您好，附件是我的简历，期待您的回复。\n\n${t2('PERSON_NAME', sender.name)}\n手机：${t2('PHONE_NUMBER', c.fmtMobile(sender.mobile, 'dash'))}\n地址：${t2('STREET_ADDRESS', sender.addr.full)}`
        : `Dear Hiring Team,\n\nPlease find my CV attached.\n\nBest regards,\n${t2('PERSON_NAME', sender.name)}\nMobile: ${t2('PHONE_NUMBER', sender.phone)}\n${t2('STREET_ADDRESS', sender.addr.line1)}, ${sender.addr.city}`;
      const hdr = t.done(headers);
      hdr.labels.push(['PERSON_NAME', display]); // display name (MIME encoded-word for CJK)
      const body = {
        envelope: { mailFrom: L('EMAIL_ADDRESS', sender.email), rcptTo: [H(rcpt)], remoteIp: L('IP_ADDRESS', ip), helo: cn ? 'm15-112.163.com' : 'mail-wr1-f54.google.com' },
        rawHeaders: hdr,
        textBody: t2.done(bodyText),
        attachments: [{ filename: cn ? 'resume.pdf' : 'CV_2024.pdf', contentType: 'application/pdf', size: r.int(80000, 900000), sha256: H(c.sha256()) }],
        verdicts: { spf: 'pass', dkim: 'pass', dmarc: 'pass', spamScore: r.float(-2, 3, 1) },
        dkimSignature: H(`v=1; a=rsa-sha256; c=relaxed/relaxed; d=${cn ? '163.com' : 'gmail.com'}; s=s110527; bh=${c.b64(43)}=; b=${c.b64(120)}`),
        queueId: H('4V' + r.alnum(10)), receivedAt: H(c.fmtTs(now, 'isoZ')),
      };
      return { method: 'POST', path: '/api/mail/inbound', direction: 'request', body };
    },
  },

  {
    name: 'call_transcript',
    n: 3,
    build(c, i) {
      const { r, L, H, T } = c;
      const agent = i === 1 ? c.intl('US') : c.cnName();
      const callStart = c.ts();
      let k = 0;
      const seg = (speaker, text) => { const s0 = k * 7.5; k++; return { speaker, start: Number(s0.toFixed(1)), end: Number((s0 + 6.8).toFixed(1)), text, confidence: r.float(0.82, 0.99, 2) }; };
      let segments, customerNumber, summary;
      if (i === 0) {
        const p = c.cn();
        const card = c.card('up');
        const [t1, t2, t3] = [T(), T(), T()];
        segments = [
          seg('agent', t1.done(`您好，工号${r.digits(4)}，${t1('PERSON_NAME', agent.name)}为您服务，请问有什么可以帮您？`)),
          seg('customer', t2.done(`我的卡丢了要挂失，我叫${t2('PERSON_NAME', p.name)}，卡号是${t2('PAYMENT_CARD', c.fmtCard(card, 'space'))}。`)),
          seg('agent', '好的，请您提供一下身份证后六位进行核实。'),
          seg('customer', `${p.id.slice(-6)}。`),
          seg('agent', t3.done(`核实通过，已为您办理临时挂失，新卡将寄到您预留的地址${t3('STREET_ADDRESS', p.addr.noProv)}，请注意查收。`)),
        ];
        customerNumber = L('PHONE_NUMBER', p.mobile);
        const ts = T();
        summary = ts.done(`客户${ts('PERSON_NAME', p.name)}来电办理借记卡挂失，已完成临时挂失并安排补卡。`);
      } else if (i === 1) {
        const p = c.intl('US');
        const card = c.card(r.pick(['visa', 'mc', 'amex']));
        const [t1, t2, t3] = [T(), T(), T()];
        segments = [
          seg('agent', t1.done(`Thank you for calling, my name is ${t1('PERSON_NAME', agent.first)}. Can I have your name please?`)),
          seg('customer', t2.done(`Yeah it's ${t2('PERSON_NAME', p.name)}. I want to update the card on file, the new one is ${t2('PAYMENT_CARD', card.replace(/(\d{4})(?=\d)/g, '$1 '))}.`)),
          seg('agent', 'Thanks. And can you confirm the billing address?'),
          seg('customer', t3.done(`${t3('STREET_ADDRESS', p.addr.line1)}, ${p.addr.city}.`)),
        ];
        customerNumber = L('PHONE_NUMBER', p.phone);
        summary = 'Customer updated payment method; verified billing address.';
      } else {
        const p = c.cn();
        const alt = c.mobile();
        const [t1, t2] = [T(), T()];
        segments = [
          seg('agent', '您好，这里是物业客服中心，请问有什么需要？'),
          seg('customer', t1.done(`我家卫生间漏水到楼下了，我住${t1('STREET_ADDRESS', p.addr.street)}。`)),
          seg('agent', '好的，维修师傅上门前怎么联系您？'),
          seg('customer', t2.done(`打我另一个号，${t2('PHONE_NUMBER', `${spoken(alt.slice(0, 3))} ${spoken(alt.slice(3, 7))} ${spoken(alt.slice(7))}`)}。`)),
        ];
        customerNumber = L('PHONE_NUMBER', c.fmtMobile(p.mobile, 'plus86c'));
        const ts = T();
        summary = ts.done(`业主报修卫生间漏水，回拨号码${ts('PHONE_NUMBER', alt)}，已派单。`);
      }
      return {
        method: 'GET', path: `/api/cc/calls/${r.hex(24)}/transcript?format=segments`, direction: 'response',
        body: { callId: H(c.uuid()), startedAt: H(c.fmtTs(callStart, 'iso8')), durationSec: k * 8, agent: { name: L('PERSON_NAME', i === 1 ? agent.name : agent.name), extension: String(r.int(8000, 8999)) }, customerNumber, queue: ['借记卡服务', 'billing-us', '物业报修'][i], recordingUrl: `https://rec.example.com/${r.hex(32)}.wav`, segments, summary, sentiment: r.pick(['neutral', 'negative']) },
      };
    },
  },

  {
    name: 'mobile_crash_report',
    n: 3,
    build(c, i) {
      const { r, L, H, T, J } = c;
      const p = r.chance(0.5) ? c.cn() : c.intl();
      const phoneRaw = p.mobile || p.phone.replace(/[^\d+]/g, '');
      const addr = () => '0x0000000' + r.hex(9);
      if (i === 1) {
        // iOS / Sentry-like event
        return {
          method: 'POST', path: `/api/${r.int(10, 99)}/store/`, direction: 'request',
          body: { event_id: H(r.hex(32)), timestamp: H(c.fmtTs(c.ts(), 'epoch')), platform: 'cocoa', release: H('com.example.shop@6.3.1+6310245'), user: { id: H(r.nzDigits(9)), email: L('EMAIL_ADDRESS', p.email), ip_address: L('IP_ADDRESS', c.ip6()) }, contexts: { device: { model: H('iPhone15,3'), arch: 'arm64e', free_memory: r.int(100000000, 900000000) }, os: { name: 'iOS', version: H('17.4.1'), build: H('21E236') } }, exception: { values: [{ type: 'EXC_BAD_ACCESS', value: 'KERN_INVALID_ADDRESS at ' + addr(), stacktrace: { frames: Array.from({ length: 3 }, () => ({ instruction_addr: H(addr()), function: r.pick(['-[CheckoutVC viewDidLoad]', 'objc_msgSend', 'swift_release']), package: 'Shop' })) } }] }, breadcrumbs: [{ category: 'navigation', data: { from: '/cart', to: '/checkout' } }, { category: 'http', data: { url: c.LL(`https://api.example.com/v1/users/lookup?email=${encodeURIComponent(p.email)}`, [['EMAIL_ADDRESS', p.email]]), status_code: 500, method: 'GET' } }] },
        };
      }
      const t = T();
      const crumbs = [
        { ts: H(c.fmtTs(c.ts(), 'epochMs')), category: 'ui.click', message: 'btn_submit_address' },
        { ts: H(c.fmtTs(c.ts(), 'epochMs')), category: 'http', data: { url: c.LL(`https://api.shop.example.cn/v1/address/validate?mobile=${phoneRaw}&zip=${r.digits(6)}`, [['PHONE_NUMBER', phoneRaw]]), status: 200, durationMs: r.int(40, 900) } },
      ];
      const state = J({ form: { receiver: L('PERSON_NAME', p.name), mobile: L('PHONE_NUMBER', phoneRaw), detail: L('STREET_ADDRESS', p.addr.street || p.addr.line1) }, cartCount: r.int(1, 9) });
      const loc = p.home || c.geoNear(40.71, -74.0, 0.1);
      return {
        method: 'POST', path: '/api/crash/v1/reports', direction: 'request',
        body: {
          reportId: H(c.uuid()), app: { package: 'cn.example.shop', versionName: H('6.3.1'), versionCode: H(6310245) },
          device: { brand: 'Xiaomi', model: H('23013RK75C'), androidVersion: '14', imei: H(c.imei()), androidId: H(r.hex(16)), oaid: H(c.uuid()), ramMb: 12288 },
          exception: { type: i === 0 ? 'java.lang.IllegalArgumentException' : 'TypeError', message: t.done(i === 0 ? `Invalid receiver phone: ${t('PHONE_NUMBER', phoneRaw)} for user ${t('EMAIL_ADDRESS', p.email)}` : `undefined is not an object (evaluating 'state.form.detail.trim')`), stack: ['at cn.example.shop.address.AddressValidator.check(AddressValidator.kt:87)', 'at cn.example.shop.ui.AddressFragment.onSubmit(AddressFragment.kt:142)'] },
          breadcrumbs: crumbs, reduxState: i === 2 ? state : undefined,
          location: { lat: L('GEO_LOCATION', loc[0]), lng: L('GEO_LOCATION', loc[1]), provider: 'fused' },
          clientIp: L('IP_ADDRESS', p.mobile ? c.ip4('cn') : c.ip4('intl')), occurredAt: H(c.fmtTs(c.ts(), 'isoZ')),
        },
      };
    },
  },
];
