'use strict';
// blind6 shapes: traffic of AI agents and LLM tooling as an agent gateway sees it.
// Shapes 1-26 live here, 27-52 in shapes2.js. Each shape fn(r, k) returns { method, path, direction, body }.
const v = require('../blind5/values');
const { S, H, tx, join, table, enc } = require('../blind5/mk');
const w = require('./values6');
const { ids, encJ, urlq, person, mobFmt } = w;

// short label constructors (same as blind5)
const PN = x => S('PERSON_NAME', x), PH = x => S('PHONE_NUMBER', x), EM = x => S('EMAIL_ADDRESS', x), RID = x => S('CN_RESIDENT_ID', x);
const PP = x => S('PASSPORT_NUMBER', x), HK = x => S('CN_HK_MACAU_PERMIT', x), USCC = x => S('CN_USCC', x), PC = x => S('PAYMENT_CARD', x);
const BA = x => S('BANK_ACCOUNT', x), ADDR = x => S('STREET_ADDRESS', x), DOB = x => S('DATE_OF_BIRTH', x), IP = x => S('IP_ADDRESS', x);
const GEO = x => S('GEO_LOCATION', x), LP = x => S('LICENSE_PLATE', x), VIN = x => S('VEHICLE_VIN', x), CR = x => S('CREDENTIAL', x), SSN = x => S('US_SSN', x);
const L = { PN, PH, EM, RID, PP, HK, USCC, PC, BA, ADDR, DOB, IP, GEO, LP, VIN, CR, SSN };

const hnDate = r => v.fmtDate(v.recentDate(r), 'iso');
const futDate = r => v.fmtDate({ y: r.int(2025, 2026), m: r.int(1, 12), d: r.int(1, 28) }, 'iso');
const amount = (r, a, b) => +(r.int(a * 100, b * 100) / 100).toFixed(2);
function usageO(r) { const a = r.int(80, 6000), b = r.int(20, 1200); return { prompt_tokens: H(a), completion_tokens: H(b), total_tokens: H(a + b), prompt_tokens_details: { cached_tokens: H(r.int(0, 4) * 1024), audio_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 } }; }
function usageA(r) { return { input_tokens: H(r.int(200, 9000)), cache_creation_input_tokens: 0, cache_read_input_tokens: H(r.int(0, 3) * 2048), output_tokens: H(r.int(20, 900)), service_tier: 'standard' }; }
// markdown table helper: header (plain strings) + rows of cells (markers allowed)
function md(header, rows) {
  const parts = ['| ' + header.join(' | ') + ' |\n|' + header.map(() => '---').join('|') + '|'];
  for (const row of rows) { parts.push('\n| '); row.forEach((c, i) => { if (i) parts.push(' | '); parts.push(c); }); parts.push(' |'); }
  return join(parts);
}

const shapes = [];
const def = (name, fn) => shapes.push({ name, fn });

// 1 OpenAI chat completions request: support chat, PII typed by the end user (CN or EN), persona system prompt
def('oai-chat-req-cn-support', (r, k) => {
  const persona = r.pick(['小安', '小蜜', '安安']);
  let messages;
  if (k % 2 === 1) {
    const p = person(r); const newAddr = v.cnAddress(r, p.region);
    messages = [
      { role: 'system', content: H(`你是${persona}，某财险公司的在线客服助手。不要向用户复述完整证件号，示例格式：1101**********1234，手机号示例 138****5678。`) },
      { role: 'user', content: tx`你好，我是${PN(p.name)}，身份证号${RID(p.id)}，手机${PH(mobFmt(r, p.mob))}。` },
      { role: 'assistant', content: H(`您好，我是${persona}，已核实您的身份。请问需要办理什么业务？`) },
      { role: 'user', content: tx`保单PA${r.int(31, 44)}-${r.int(2023, 2025)}-${v.pad(r.int(1, 99999), 5)}的通讯地址改成${ADDR(newAddr)}，理赔收款卡换成${PC(v.card(r, 'unionpay'))}。` },
    ];
  } else {
    const n = v.foreignName(r, 'en'); const b = v.dob(r, 1950, 1999);
    messages = [
      { role: 'system', content: H('You are Aria, the virtual assistant of Northwind Health Plans. Never read back a full SSN; use the form ***-**-1234.') },
      { role: 'user', content: tx`Hi, this is ${PN(n)}. My date of birth is ${DOB(v.fmtDate(b, 'us'))} and my SSN is ${SSN(v.ssn(r))}.` },
      { role: 'assistant', content: 'Thanks, you are verified. How can I help today?' },
      { role: 'user', content: tx`Please change my phone to ${PH(v.intlPhone(r, 'us'))} and mail the EOB to ${ADDR(v.westAddress(r, 'us'))}, copy to ${EM(w.workMail(r, n, r.pick(['gmail.com', 'outlook.com', 'icloud.com'])))}.` },
    ];
  }
  const body = { model: H(r.pick(['gpt-4o-2024-08-06', 'qwen-max-2025-01-25', 'deepseek-chat', 'glm-4-plus'])), messages, temperature: 0.3, max_tokens: 800, stream: false, user: k === 2 ? EM(v.email(r)) : H('u_' + w.hexs(r, 16)), metadata: { session_id: H(w.uuid(r)), channel: r.pick(['wechat', 'web', 'app']) } };
  return { method: 'POST', path: '/api/llm/v1/chat/completions', direction: 'request', body };
});

// 2 OpenAI chat completion response: assistant quotes customer data back
def('oai-chat-resp-quote-customer', (r, k) => {
  let content;
  if (k % 2 === 1) {
    const p = person(r);
    content = tx`已为您查询到会员信息：\n- 姓名：${PN(p.name)}\n- 手机：${PH(mobFmt(r, p.mob))}\n- 会员等级：V${r.int(1, 6)}\n- 默认收货地址：${ADDR(p.addr)}\n- 邮箱：${EM(v.email(r))}\n如需修改请告诉我。`;
  } else {
    const n = v.foreignName(r, 'en'); const b = v.dob(r, 1950, 2000);
    content = tx`I found the account. The policyholder is ${PN(n)} (born ${DOB(v.fmtDate(b, 'iso'))}), reachable at ${PH(v.intlPhone(r, 'uk'))} or ${EM(w.workMail(r, n, 'outlook.com'))}. The refund of £${r.int(20, 900)}.00 will be paid to IBAN ${BA(v.fmtIban(v.iban(r, 'GB')))}.`;
  }
  return { method: 'POST', path: '/api/llm/v1/chat/completions', direction: 'response', body: { id: H(ids.chatcmpl(r)), object: 'chat.completion', created: H(w.unix(r)), model: H(r.pick(w.OAI_MODELS)), choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }], usage: usageO(r), service_tier: 'default', system_fingerprint: H(ids.fp(r)) } };
});

// 3 OpenAI request with a full tool round trip: tool_calls[].function.arguments and role:tool content are JSON strings (bank transfer)
def('oai-chat-req-tool-roundtrip-bank', (r, k) => {
  const cid = ids.call(r); let user, args, result, props;
  if (k % 2 === 1) {
    const payer = person(r), payee = person(r); const card = v.card(r, 'unionpay'); const amt = r.int(5, 500) * 100;
    user = tx`帮我给${PN(payee.name)}转${amt}元，卡号${PC(v.fmtCard(card, 'space'))}，备注房租。`;
    args = encJ({ payee_name: PN(payee.name), payee_card_no: PC(card), amount: amt, currency: 'CNY', memo: '房租' });
    result = encJ({ status: 'SUCCESS', txn_ref: 'TRF' + w.alnum(r, 14).toUpperCase(), payer: { name: PN(payer.name), account_no: BA(v.cnAccount(r)) }, payee: { name: PN(payee.name), card_no: PC(card), bank: '中国农业银行' }, amount: amt, fee: 0, posted_at: w.isoS(r) }, r.chance(0.5));
    props = { payee_name: { type: 'string' }, payee_card_no: { type: 'string', description: '16-19 digit card number' }, amount: { type: 'number' }, currency: { type: 'string', enum: ['CNY', 'EUR', 'USD'] }, memo: { type: 'string' } };
  } else {
    const ben = v.foreignName(r, 'de'); const ib = v.iban(r, 'DE'); const amt = r.int(200, 9000);
    user = tx`Wire EUR ${amt} to ${PN(ben)}, IBAN ${BA(v.fmtIban(ib))}, reference invoice ${r.int(2024, 2025)}-${r.int(100, 999)}.`;
    args = encJ({ beneficiary_name: PN(ben), iban: BA(ib), bic: r.pick(['COBADEFFXXX', 'DEUTDEFF', 'GENODEM1GLS']), amount: amt, currency: 'EUR' });
    result = encJ({ status: 'PENDING_REVIEW', uetr: w.uuid(r), beneficiary: { name: PN(ben), iban: BA(ib) }, debtor: { name: PN(v.foreignName(r, 'en')), account: BA(v.iban(r, 'GB')) }, screening: 'passed' }, r.chance(0.5));
    props = { beneficiary_name: { type: 'string' }, iban: { type: 'string' }, bic: { type: 'string' }, amount: { type: 'number' }, currency: { type: 'string' } };
  }
  const messages = [
    { role: 'system', content: 'You are a banking assistant. Always confirm the payee before transferring.' },
    { role: 'user', content: user },
    { role: 'assistant', content: null, tool_calls: [{ id: H(cid), type: 'function', function: { name: 'bank_transfer', arguments: args } }] },
    { role: 'tool', tool_call_id: H(cid), content: result },
  ];
  return { method: 'POST', path: '/api/llm/v1/chat/completions', direction: 'request', body: { model: H(r.pick(w.OAI_MODELS)), messages, tools: [{ type: 'function', function: { name: 'bank_transfer', description: 'Transfer money to a payee card, account or IBAN', parameters: { type: 'object', properties: props, required: Object.keys(props).slice(0, 2), additionalProperties: false }, strict: true } }], tool_choice: 'auto', parallel_tool_calls: false } };
});

// 4 OpenAI response with tool_calls: hospital appointment booking (arguments are a JSON string; phone sometimes a number)
def('oai-chat-resp-toolcalls-hospital', (r, k) => {
  const p = person(r, { y0: 1942, y1: 2016 }); const doc = v.cnName(r);
  const calls = [{ id: H(ids.call(r)), type: 'function', function: { name: 'his_book_appointment', arguments: encJ({ patient_name: PN(p.name), id_card_no: RID(p.id), phone: k % 2 ? PH(+p.mob) : PH(p.mob), birth_date: DOB(p.birth.iso), department: r.pick(['心血管内科', '儿科', '消化内科', '眼科', '骨科']), doctor_name: PN(doc), visit_date: futDate(r), period: r.pick(['上午', '下午']) }) } }];
  if (k !== 3) calls.push({ id: H(ids.call(r)), type: 'function', function: { name: 'send_sms', arguments: encJ({ to: PH(p.mob), template: 'APPT_CONFIRM', params: { name: PN(p.name), doctor: PN(doc) } }) } });
  return { method: 'POST', path: '/api/llm/v1/chat/completions', direction: 'response', body: { id: H(ids.chatcmpl(r)), object: 'chat.completion', created: H(w.unix(r)), model: H(r.pick(w.OAI_MODELS)), choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: calls, refusal: null }, logprobs: null, finish_reason: 'tool_calls' }], usage: usageO(r), system_fingerprint: H(ids.fp(r)) } };
});

// 5 OpenAI streaming chunk (one SSE data object per case): delta fragments, partial tool arguments, final usage chunk
def('oai-stream-chunk-delta', (r, k) => {
  const p = person(r); let choices, usage = null;
  if (k === 1) choices = [{ index: 0, delta: { content: tx`，登记的联系电话是${PH(mobFmt(r, p.mob))}，` }, logprobs: null, finish_reason: null }];
  else if (k === 2) choices = [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: tx`{"name": "${PN(p.name)}", "id_no": "${RID(p.id)}", "ph` } }] }, logprobs: null, finish_reason: null }];
  else if (k === 3) { choices = []; usage = usageO(r); }
  else choices = [{ index: 0, delta: { role: 'assistant', content: tx`收货地址：${ADDR(p.addr)}` }, logprobs: null, finish_reason: null }];
  return { method: 'POST', path: '/api/llm/v1/chat/completions', direction: 'response', body: { id: H(ids.chatcmpl(r)), object: 'chat.completion.chunk', created: H(w.unix(r)), model: H(r.pick(w.OAI_MODELS)), system_fingerprint: H(ids.fp(r)), choices, usage, obfuscation: H(w.alnum(r, 12)) } };
});

// 6 OpenAI request with multimodal content parts (image data URL, signed image URL, audio) and PII in the text part
def('oai-chat-req-multimodal-parts', (r, k) => {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const p = person(r); let text;
  if (k === 1 || k === 4) text = tx`请提取这张身份证上的信息并和系统记录比对：姓名${PN(p.name)}，号码${RID(p.id)}，住址${ADDR(p.addr)}。`;
  else if (k === 2) text = tx`这是我的行驶证，车牌${LP(v.fmtPlate(v.plate(r), r.pick(['', 'dot'])))}，车架号${VIN(v.vin(r))}，车主${PN(p.name)}，帮我查一下违章。`;
  else { const n = v.foreignName(r, 'en'); text = tx`Attached is my passport (no. ${PP(v.passport(r, 'uk'))}), name ${PN(n)}, born ${DOB(v.fmtDate(v.dob(r, 1960, 2002), 'eu'))}. Please fill the visa form.`; }
  const parts = [{ type: 'text', text }, { type: 'image_url', image_url: { url: H('data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA' + w.safe(r, 160, B64)), detail: 'high' } }];
  if (k % 2 === 0) parts.push({ type: 'image_url', image_url: { url: H(`https://oss-cn-hangzhou.example-cdn.com/uploads/${w.uuid(r)}.jpg?Expires=${w.unix(r)}&OSSAccessKeyId=LTAI${w.alnum(r, 20)}&Signature=${w.alnum(r, 27)}%3D`) } });
  if (k === 3) parts.push({ type: 'input_audio', input_audio: { data: H(w.safe(r, 200, B64)), format: 'wav' } });
  return { method: 'POST', path: '/api/llm/v1/chat/completions', direction: 'request', body: { model: H(r.pick(['gpt-4o', 'gpt-4o-audio-preview', 'qwen-vl-max'])), messages: [{ role: 'system', content: 'Extract document fields as JSON. Do not guess missing values.' }, { role: 'user', content: parts }], max_tokens: 1000, response_format: { type: 'json_object' } } };
});

// 7 OpenAI Batch API output line: lead-enrichment result whose message content is a JSON string
def('oai-batch-output-crm', (r, k) => {
  const cn = k % 2 === 1; const n = cn ? v.cnName(r) : v.foreignName(r, r.pick(['en', 'de', 'fr']));
  const content = encJ({ lead_name: PN(n), company: cn ? r.pick(v.COMPANIES) : r.pick(['Kessler Logistik GmbH', 'Bluewater Foods Ltd', 'Lumière Cosmétiques SAS']), title: cn ? r.pick(['采购经理', '运营总监']) : r.pick(['Head of Procurement', 'CTO']), email: EM(cn ? v.email(r) : w.workMail(r, n, r.pick(['kessler-logistik.de', 'bluewater.co.uk']))), phone: PH(cn ? mobFmt(r, v.mobile(r)) : v.intlPhone(r, r.pick(['de', 'uk']))), budget: r.int(5, 200) * 10000, intent: r.pick(['high', 'medium', 'low']) }, k === 2);
  return { method: 'GET', path: '/api/llm/v1/batches/batch_' + w.alnum(r, 16) + '/output', direction: 'response', body: { id: H(ids.batchReq(r)), custom_id: H('lead-enrich-' + v.pad(r.int(1, 99999), 5)), response: { status_code: 200, request_id: H(w.hexs(r, 32)), body: { id: H(ids.chatcmpl(r)), object: 'chat.completion', created: H(w.unix(r)), model: H(r.pick(w.OAI_MODELS)), choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: usageO(r) } }, error: null } };
});

// 8 OpenAI Responses API request: input items incl. function_call + function_call_output (telecom SIM replacement)
def('oai-responses-input-telecom', (r, k) => {
  const cid = ids.call(r); let input;
  if (k % 2 === 1) {
    const p = person(r);
    input = [
      { role: 'user', content: [{ type: 'input_text', text: tx`我的手机号${PH(p.mob)}丢了要补卡，机主是${PN(p.name)}，身份证${RID(p.id)}。` }] },
      { type: 'function_call', id: H(ids.fc(r)), call_id: H(cid), name: 'lookup_subscriber', arguments: encJ({ msisdn: PH(p.mob), cert_no: RID(p.id) }), status: 'completed' },
      { type: 'function_call_output', call_id: H(cid), output: encJ({ found: true, subscriber: { cust_name: PN(p.name), cert_no: RID(p.id), install_address: ADDR(p.addr), plan: '5G畅享套餐129元', status: 'active', open_date: hnDate(r) } }) },
    ];
  } else {
    const n = v.foreignName(r, 'en'); const ph = v.intlPhone(r, 'uk');
    input = [
      { role: 'user', content: [{ type: 'input_text', text: tx`Lost my phone. Number ${PH(ph)}, account holder ${PN(n)}.` }] },
      { type: 'function_call', id: H(ids.fc(r)), call_id: H(cid), name: 'lookup_subscriber', arguments: encJ({ msisdn: PH(ph.replace(/\s/g, '')) }), status: 'completed' },
      { type: 'function_call_output', call_id: H(cid), output: encJ({ found: true, subscriber: { name: PN(n), dob: DOB(v.fmtDate(v.dob(r, 1950, 2001), 'iso')), billing_address: ADDR(v.westAddress(r, 'uk')), email: EM(w.workMail(r, n, 'gmail.com')), plan: 'Unlimited 5G' } }, true) },
    ];
  }
  return { method: 'POST', path: '/api/llm/v1/responses', direction: 'request', body: { model: H(r.pick(w.OAI_MODELS)), instructions: 'You are a telecom customer-care agent. Verify identity before any SIM replacement.', input, tools: [{ type: 'function', name: 'lookup_subscriber', description: 'Look up a subscriber by MSISDN', parameters: { type: 'object', properties: { msisdn: { type: 'string' }, cert_no: { type: 'string' } }, required: ['msisdn'] }, strict: false }], previous_response_id: H(ids.resp(r)), store: false, reasoning: { effort: 'low' } } };
});

// 9 OpenAI Responses API response: reasoning summary + output_text (auto insurance claim)
def('oai-responses-output-insurance', (r, k) => {
  const p = person(r); const pl = v.plate(r); const vn = v.vin(r); let summary, text;
  if (k % 2 === 1) {
    summary = tx`Checked claim for policyholder ${PN(p.name)}; vehicle ${LP(pl)} matches the VIN on file.`;
    text = tx`您的车险理赔已受理。\n被保险人：${PN(p.name)}\n车牌号：${LP(v.fmtPlate(pl, 'dot'))}\n车架号：${VIN(vn)}\n赔款将在3个工作日内转入${PN(p.name)}名下账户${BA(v.cnAccount(r))}。`;
  } else {
    const n = v.foreignName(r, 'en');
    summary = 'Verified the policy and the repair estimate; no fraud flags.';
    text = tx`Claim accepted for ${PN(n)}. Vehicle VIN ${VIN(vn)}. We will call you at ${PH(v.intlPhone(r, 'us'))} to arrange the rental car; the settlement goes to the account ending 4821.`;
  }
  const a = r.int(800, 5000), b = r.int(100, 900);
  return { method: 'POST', path: '/api/llm/v1/responses', direction: 'response', body: { id: H(ids.resp(r)), object: 'response', created_at: H(w.unix(r)), status: 'completed', error: null, incomplete_details: null, model: H(r.pick(['o3-mini', 'gpt-4.1', 'o4-mini'])), output: [{ type: 'reasoning', id: H(ids.rs(r)), summary: [{ type: 'summary_text', text: summary }] }, { type: 'message', id: H(ids.msgO(r)), status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [], logprobs: [] }] }], parallel_tool_calls: true, temperature: 1, usage: { input_tokens: H(a), input_tokens_details: { cached_tokens: H(r.int(0, 2) * 1024) }, output_tokens: H(b), output_tokens_details: { reasoning_tokens: H(r.int(0, 90)) }, total_tokens: H(a + b) }, user: null, metadata: { claim_case: H('CLM-' + w.alnum(r, 10).toUpperCase()) } } };
});

// 10 Anthropic Messages request: tool_use input object + tool_result content blocks holding JSON text (parcel tracking)
def('anthropic-req-tooluse-logistics', (r, k) => {
  const tid = ids.toolu(r); let user, input, result, sys;
  if (k % 2 === 1) {
    const rc = person(r); const courier = v.cnName(r); const reg = rc.region;
    sys = '你是物流客服助手，只回答与快递相关的问题。';
    user = tx`帮我查下快递到哪了，收件人${PN(rc.name)}，手机${PH(rc.mob)}。`;
    input = { waybill_no: H('SF' + r.digits(12)), receiver_phone_last4: H(rc.mob.slice(-4)), receiver_name: PN(rc.name) };
    result = encJ({ status: 'OUT_FOR_DELIVERY', courier: { name: PN(courier), phone: PH(v.mobile(r)) }, receiver: { name: PN(rc.name), address: ADDR(rc.addr) }, last_event: `快件已到达【${v.cityOf(reg)}${reg[3]}营业部】`, eta: '今天18:00前' }, r.chance(0.5));
  } else {
    const n = v.foreignName(r, 'en');
    sys = 'You are a parcel-tracking assistant.';
    user = tx`Where is my parcel? It is addressed to ${PN(n)}, ${ADDR(v.westAddress(r, 'uk'))}.`;
    input = { tracking_number: H('1Z' + w.alnum(r, 16).toUpperCase()), postcode: 'LS6 2AB' };
    result = encJ({ status: 'DELAYED', driver: { name: PN(v.foreignName(r, 'en')), phone: PH(v.intlPhone(r, 'uk')) }, recipient: { name: PN(n), email: EM(w.workMail(r, n, 'gmail.com')) }, note: 'Weather delay at Leeds hub' }, r.chance(0.5));
  }
  const messages = [
    { role: 'user', content: user },
    { role: 'assistant', content: [{ type: 'text', text: k % 2 ? '好的，我来帮您查询物流信息。' : 'Let me look that up.' }, { type: 'tool_use', id: H(tid), name: 'track_parcel', input }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: H(tid), content: [{ type: 'text', text: result }] }] },
  ];
  return { method: 'POST', path: '/api/llm/v1/messages', direction: 'request', body: { model: H(r.pick(w.ANT_MODELS)), max_tokens: 1024, system: [{ type: 'text', text: sys, cache_control: { type: 'ephemeral' } }], messages, tools: [{ name: 'track_parcel', description: 'Track a parcel by waybill/tracking number', input_schema: { type: 'object', properties: { waybill_no: { type: 'string' }, tracking_number: { type: 'string' }, receiver_phone_last4: { type: 'string', pattern: '^\\d{4}$' } } } }], metadata: { user_id: H(w.hexs(r, 40)) } } };
});

// 11 Anthropic Messages response: text + tool_use with a structured input (e-commerce refund to card)
def('anthropic-resp-tooluse-refund', (r, k) => {
  const cn = k % 2 === 1; const n = cn ? v.cnName(r) : v.foreignName(r, 'en'); const mail = cn ? v.email(r) : w.workMail(r, n, 'icloud.com');
  const card = v.card(r, cn ? 'unionpay' : r.pick(['visa', 'mc', 'amex'])); const ord = `A${r.int(200, 999)}-${r.int(1000, 9999)}-${r.int(1000, 9999)}`; // never 1[3-9]x-xxxx-xxxx (would read as a mobile inside free text)
  const text = cn ? tx`好的，我将为订单${ord}发起退款，原路退回，并把结果发到${EM(mail)}。` : tx`I'll refund order ${ord} to the original card and email a confirmation to ${EM(mail)}.`;
  const input = { order_id: H(v.orderNo(r)), amount: { value: amount(r, 20, 3000), currency: cn ? 'CNY' : 'USD' }, refund_method: 'original_payment', card: { number: PC(card), holder_name: PN(cn ? n : n.toUpperCase()), expiry: H(v.pad(r.int(1, 12), 2) + '/' + r.int(26, 30)) }, contact: { email: EM(mail), phone: PH(cn ? v.mobile(r) : v.intlPhone(r, 'us')) }, reason: r.pick(['item_damaged', 'not_as_described', 'late_delivery']) };
  return { method: 'POST', path: '/api/llm/v1/messages', direction: 'response', body: { id: H(ids.msgA(r)), type: 'message', role: 'assistant', model: H(r.pick(w.ANT_MODELS)), content: [{ type: 'text', text }, { type: 'tool_use', id: H(ids.toolu(r)), name: 'create_refund', input }], stop_reason: 'tool_use', stop_sequence: null, usage: usageA(r) } };
});

// 12 Anthropic streaming events (one event object per case): text_delta, input_json_delta (partial JSON), message_start
def('anthropic-stream-event', (r, k) => {
  let body;
  if (k === 1) { const c = v.cnName(r); body = { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: tx`您登记的紧急联系人是${PN(c)}，电话${PH(mobFmt(r, v.mobile(r)))}。` } }; }
  else if (k === 2) { const n = v.foreignName(r, r.pick(['de', 'fr', 'en'])); body = { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: tx`{"passport_no": "${PP(v.passport(r, 'de'))}", "holder": "${PN(n)}", "nation` } }; }
  else if (k === 3) body = { type: 'message_start', message: { id: H(ids.msgA(r)), type: 'message', role: 'assistant', model: H(r.pick(w.ANT_MODELS)), content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: H(r.int(200, 9000)), cache_creation_input_tokens: 0, cache_read_input_tokens: H(r.int(0, 3) * 2048), output_tokens: 1 } } };
  else { const n = v.foreignName(r, 'en'); body = { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: tx` shipping to ${ADDR(v.westAddress(r, 'us'))}; receipt goes to ${EM(w.workMail(r, n, 'yahoo.com'))}.` } }; }
  return { method: 'POST', path: '/api/llm/v1/messages', direction: 'response', body };
});

// 13 MCP tools/call request: CRM update (EN camelCase arguments or Chinese-key arguments)
def('mcp-tools-call-req-crm', (r, k) => {
  let name, args;
  if (k % 2 === 1) {
    const [f, l] = v.foreignName(r, 'en').split(' ');
    name = 'crm_update_contact';
    args = { contactId: H('003' + w.alnum(r, 15)), firstName: PN(f), lastName: PN(l), email: EM(w.workMail(r, f + ' ' + l, r.pick(['gmail.com', 'hotmail.com']))), mobilePhone: PH(v.intlPhone(r, 'us')), mailingAddress: ADDR(v.westAddress(r, 'us')), birthdate: DOB(v.fmtDate(v.dob(r, 1950, 2002), 'iso')), leadSource: 'Web' };
  } else {
    const p = person(r);
    name = '客户管理_更新客户';
    args = { 客户编号: H('KH' + r.digits(10)), 客户姓名: PN(p.name), 联系电话: PH(mobFmt(r, p.mob)), 身份证号: RID(p.id), 联系地址: ADDR(p.addr), 客户经理: PN(v.cnName(r)), 备注: '老客户，优先处理' };
  }
  return { method: 'POST', path: '/api/mcp/crm', direction: 'request', body: { jsonrpc: '2.0', id: r.int(1, 500), method: 'tools/call', params: { name, arguments: args, _meta: { progressToken: H(ids.progress(r)) } } } };
});

// 14 MCP tools/call result: content[].text holds the API result as JSON text (HR employee record)
def('mcp-result-json-text-hr', (r, k) => {
  let rec;
  if (k === 1) {
    const e = person(r, { y0: 1970, y1: 2001 });
    rec = { employeeId: 'E' + r.int(10000, 99999), name: PN(e.name), idCard: RID(e.id), birthDate: DOB(e.birth.iso), mobile: PH(e.mob), salaryCard: { bank: '招商银行', cardNo: PC(v.card(r, 'unionpay')) }, department: '研发中心/平台组', manager: PN(v.cnName(r)), hireDate: hnDate(r), baseSalary: r.int(12, 60) * 1000 };
  } else if (k === 3) {
    const n = v.foreignName(r, 'en');
    rec = { employee_id: 'EMP-' + r.int(1000, 9999), legal_name: PN(n), ssn: SSN(v.ssn(r)), date_of_birth: DOB(v.fmtDate(v.dob(r, 1965, 2000), 'us')), home_address: ADDR(v.westAddress(r, 'us')), mobile: PH(v.intlPhone(r, 'us')), direct_deposit: { routing: H('021000021'), account: BA(v.cnAccount(r).slice(0, 12)) }, work_email: EM(w.workMail(r, n, 'northwind.example')) };
  } else {
    const n = v.foreignName(r, r.pick(['de', 'fr', 'es'])); const cc = r.pick(['DE', 'FR', 'ES']);
    rec = { employee_id: 'EMP-' + r.int(1000, 9999), legal_name: PN(n), passport_no: PP(v.passport(r, cc === 'DE' ? 'de' : 'es')), date_of_birth: DOB(v.fmtDate(v.dob(r, 1965, 2000), 'iso')), home_address: ADDR(v.westAddress(r, cc === 'DE' ? 'de' : 'es')), payroll_iban: BA(v.iban(r, cc)), work_email: EM(w.workMail(r, n, 'northwind.example')), line_manager: PN(v.foreignName(r, 'en')) };
  }
  const content = [{ type: 'text', text: encJ(rec, r.chance(0.5)) }];
  if (k === 4) content.push({ type: 'text', text: 'Source: hr-core mirror, cached 5 minutes.' });
  return { method: 'POST', path: '/api/mcp/hr', direction: 'response', body: { jsonrpc: '2.0', id: r.int(1, 500), result: { content, isError: false } } };
});

// 15 MCP tools/call result: prose text + structuredContent duplicating the values (hospital appointment)
def('mcp-result-prose-structured-hospital', (r) => {
  const p = person(r, { y0: 1940, y1: 2015 }); const doc = v.cnName(r); const dept = r.pick(['心血管内科', '呼吸内科', '儿科', '皮肤科']); const t = `${futDate(r)} ${r.pick(['08:30', '09:15', '14:00', '15:30'])}`;
  return { method: 'POST', path: '/api/mcp/his', direction: 'response', body: { jsonrpc: '2.0', id: r.int(1, 500), result: { content: [{ type: 'text', text: tx`预约成功！就诊人${PN(p.name)}（身份证${RID(p.id)}），${dept}${PN(doc)}医生，就诊时间${t}，请提前30分钟到院取号，咨询电话400-610-1688。` }], structuredContent: { appointmentId: H('APT' + v.orderNo(r)), patient: { name: PN(p.name), idCard: RID(p.id), phone: PH(p.mob), birthDate: DOB(p.birth.iso) }, doctor: { name: PN(doc), title: r.pick(['主任医师', '副主任医师']) }, department: dept, visitTime: H(t), hospitalHotline: H('400-610-1688'), hospitalLocation: { lat: H(31.2149), lng: H(121.4513) } }, isError: false } } };
});

// 16 MCP resources/read result: CSV text resource, base64 JSON blob, markdown with a name in the URI
def('mcp-resources-read-csv-blob', (r, k) => {
  const rows = [['name', 'mobile', 'email', 'city', 'vip_level', 'last_order']];
  for (let i = 0; i < r.int(2, 4); i++) { const p = person(r); rows.push([PN(p.name), PH(p.mob), EM(v.email(r)), v.cityOf(p.region), 'V' + r.int(1, 6), hnDate(r)]); }
  const contents = [{ uri: `file:///srv/crm/exports/vip_customers_${r.int(2023, 2025)}Q${r.int(1, 4)}.csv`, mimeType: 'text/csv', text: table(rows, ',', true) }];
  if (k % 2 === 0) { const p = person(r); contents.push({ uri: 'crm://customers/c_' + w.lalnum(r, 10) + '/profile.json', mimeType: 'application/json', blob: enc({ name: PN(p.name), idNo: RID(p.id), address: ADDR(p.addr), tags: ['vip'] }, 'b64') }); }
  if (k === 3) { const p = person(r), c = v.cnName(r), cm = v.mobile(r); contents.push({ uri: tx`file:///srv/hr/onboarding/${PN(p.name)}_入职材料清单.md`, mimeType: 'text/markdown', text: tx`# 入职材料清单\n- 姓名：${PN(p.name)}\n- 身份证：${RID(p.id)}\n- 紧急联系人：${PN(c)} ${PH(cm)}\n- 工资卡：${PC(v.card(r, 'unionpay'))}\n` }); }
  return { method: 'POST', path: '/api/mcp/files', direction: 'response', body: { jsonrpc: '2.0', id: r.int(1, 500), result: { contents } } };
});

// 17 MCP tools/list or initialize result: schemas with masked examples (hard negatives); maintainer contact in instructions
def('mcp-tools-list-schema', (r, k) => {
  if (k % 2 === 1) {
    const tools = [
      { name: 'lookup_customer', title: 'Lookup customer', description: 'Find a customer by mobile number or ID card number. Returns masked PII unless the caller has the pii:read scope.', inputSchema: { type: 'object', properties: { mobile: { type: 'string', pattern: '^1[3-9]\\d{9}$', examples: [H('138****5678')] }, id_card: { type: 'string', examples: [H('1101**********123X')] } }, additionalProperties: false }, annotations: { readOnlyHint: true, openWorldHint: false } },
      { name: 'create_refund', title: 'Create refund', description: 'Refund an order to the original payment method.', inputSchema: { type: 'object', properties: { order_id: { type: 'string', examples: [H(v.orderNo(r))] }, amount: { type: 'number', minimum: 0.01 }, card_last4: { type: 'string', examples: [H('4242')] } }, required: ['order_id'] }, annotations: { destructiveHint: true } },
      { name: 'get_stock_quote', description: 'Real-time quote for a ticker such as 600519.SH', inputSchema: { type: 'object', properties: { symbol: { type: 'string', examples: [H('600519.SH'), H('AAPL')] } } } },
    ];
    return { method: 'POST', path: '/api/mcp/crm', direction: 'response', body: { jsonrpc: '2.0', id: r.int(1, 500), result: { tools, nextCursor: H(Buffer.from('page=' + r.int(2, 9)).toString('base64')) } } };
  }
  const n = k === 2 ? v.cnName(r) : v.foreignName(r, 'en');
  return { method: 'POST', path: '/api/mcp/crm', direction: 'response', body: { jsonrpc: '2.0', id: 0, result: { protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: true }, resources: { subscribe: true, listChanged: false }, logging: {} }, serverInfo: { name: H('crm-mcp-server'), title: 'CRM MCP', version: H(`${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 20)}`) }, instructions: tx`Read-only by default. Maintained by ${PN(n)} (${EM(k === 2 ? v.email(r) : w.workMail(r, n, 'northwind.example'))}); escalate outages to the on-call hotline 400-820-8820.` } } };
});

// 18 MCP JSON-RPC batch: progress + log notification leaking a SQL literal + sampling/createMessage with PII
def('mcp-batch-notifications-sampling', (r, k) => {
  const p = person(r); const n = k % 2 ? v.foreignName(r, 'en') : p.name;
  const batch = [
    { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: H(ids.progress(r)), progress: 50, total: 100, message: '已查询 1/2 张表' } },
    { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'debug', logger: 'crm-tool', data: { event: 'sql', statement: tx`SELECT id, name FROM customer WHERE mobile = '${PH(p.mob)}' LIMIT 1`, elapsed_ms: r.int(2, 80) } } },
    { jsonrpc: '2.0', id: r.int(1, 500), method: 'sampling/createMessage', params: { messages: [{ role: 'user', content: { type: 'text', text: k % 2 ? tx`Summarise the complaint from ${PN(n)} (${EM(w.workMail(r, n, 'gmail.com'))}) in two sentences.` : tx`用两句话总结客户${PN(n)}的投诉，客户住址${ADDR(p.addr)}。` } }], systemPrompt: 'You are a concise complaint summariser.', modelPreferences: { hints: [{ name: H(r.pick(['claude-3-5-sonnet', 'gpt-4o-mini'])) }], intelligencePriority: 0.8, speedPriority: 0.4 }, maxTokens: 400 } },
  ];
  return { method: 'POST', path: '/api/mcp/crm', direction: 'request', body: batch };
});

// 19 function-calling result: ticket-system search (requester + staff, comments with PII, role mailbox)
def('fc-ticket-system-search', (r, k) => {
  const results = [];
  for (let i = 0; i < r.int(1, 2); i++) {
    const req = v.foreignName(r, 'en'); const ag = v.foreignName(r, 'en'); const reqMail = w.workMail(r, req, r.pick(['gmail.com', 'outlook.com']));
    results.push({ id: H(r.int(100000, 9999999)), subject: r.pick(['Charged twice for May invoice', 'Cannot reset password', 'Refund not received']), status: 'open', priority: r.pick(['normal', 'high']), requester: { name: PN(req), email: EM(reqMail), phone: PH(v.intlPhone(r, r.pick(['us', 'uk']))) }, assignee: { name: PN(ag), email: EM(w.workMail(r, ag, 'support.northwind.example')) }, via: { channel: 'email', source: { from: { address: EM(reqMail) }, to: { address: H('support@northwind.example') } } }, comments: [{ author: PN(req), public: true, body: tx`Hi, my card ending 4417 was charged twice. Please call me back on ${PH(v.intlPhone(r, 'us'))}. Billing address: ${ADDR(v.westAddress(r, 'us'))}.`, created_at: H(v.isoTs(r)) }, { author: PN(ag), public: false, body: tx`Internal: customer ${PN(req)} verified via last-4; escalate to billing.`, created_at: H(v.isoTs(r)) }], tags: ['billing', 'vip'], created_at: H(v.isoTs(r)), updated_at: H(v.isoTs(r)) });
    if (k === 2) results[results.length - 1].comments.push({ author: PN(req), public: true, body: tx`For the 1099 correction my SSN is ${SSN(v.ssn(r))}.`, created_at: H(v.isoTs(r)) });
  }
  return { method: 'POST', path: '/api/agent/tools/zendesk_search/invoke', direction: 'response', body: { tool_call_id: H(ids.call(r)), tool: 'zendesk.search_tickets', status: 'ok', duration_ms: r.int(80, 900), output: { count: results.length, results } } };
});

// 20 function-calling result: PascalCase .NET HR API (employee lookup)
def('fc-hr-pascal-employee', (r) => {
  const e = person(r, { y0: 1968, y1: 2001 }); const c = person(r);
  return { method: 'GET', path: '/api/Hr/Employees/' + r.int(10000, 99999), direction: 'response', body: { Success: true, Data: { EmployeeNo: H('E' + r.digits(8)), FullName: PN(e.name), Gender: r.pick(['男', '女']), BirthDate: DOB(v.fmtDate(e.birth, 'isoT')), IdCardNo: RID(e.id), SocialSecurityNo: RID(e.id), Mobile: PH(mobFmt(r, e.mob)), BankCardNo: PC(v.card(r, 'unionpay')), BankName: '中国工商银行', HireDate: H(hnDate(r)), Department: '财务共享中心', ManagerName: PN(v.cnName(r)), EmergencyContact: { Name: PN(c.name), Relation: r.pick(['配偶', '父亲', '母亲']), Phone: PH(c.mob) }, HomeAddress: ADDR(e.addr), EmployerUscc: USCC(v.uscc(r)) }, TraceId: H(w.hexs(r, 32)), ElapsedMs: r.int(5, 90) } };
});

// 21 function-calling result with Chinese keys: hospital appointment query (hospital address/hotline are public)
def('fc-cn-keys-appointment', (r, k) => {
  const p = person(r, { y0: 1940, y1: 2015 });
  const pat = { 姓名: PN(p.name), 性别: r.pick(['男', '女']), 出生日期: DOB(v.fmtDate(p.birth, r.pick(['cn', 'iso', 'compact']))), 身份证号: RID(p.id), 手机号: PH(mobFmt(r, p.mob)), 就诊卡号: H(r.digits(10)) };
  if (k === 3) { delete pat.身份证号; pat.证件类型 = '港澳居民来往内地通行证'; pat.证件号码 = HK(v.hkPermit(r, r.pick(['H', 'M']))); pat.手机号 = PH(v.intlPhone(r, 'hk')); }
  return { method: 'POST', path: '/api/agent/tools/his_query/invoke', direction: 'response', body: { 返回码: '0', 返回信息: '成功', 数据: { 预约单号: H('YY' + v.orderNo(r)), 就诊人: pat, 科室: r.pick(['内分泌科', '妇产科', '口腔科']), 医生: { 姓名: PN(v.cnName(r)), 职称: '副主任医师' }, 就诊时间: H(futDate(r) + ' 09:00'), 院区地址: H('上海市徐汇区宛平南路600号'), 咨询电话: H(r.pick(v.HOTLINES)), 备注: k === 2 ? tx`家属${PN(v.cnName(r))}陪同，联系电话${PH(v.mobile(r))}` : '无' } } };
});

// 22 function-calling result: logistics tracking (courier is a person, van position is GEO, station hotline is HN)
def('fc-logistics-tracking', (r, k) => {
  const rc = person(r); const courier = v.cnName(r); const cm = v.mobile(r); const [la, lo] = v.geoNear(r, rc.region);
  const traces = [{ time: H(v.isoTs(r)), station: v.cityOf(rc.region) + '转运中心', desc: '快件已发往派送网点' }, { time: H(v.isoTs(r)), station: rc.region[3] + '营业部', desc: tx`快递员${PN(courier)}（${PH(v.fmtMobile(cm, r.pick(['plain', 'dash'])))}）正在为您派件` }];
  return { method: 'POST', path: '/api/agent/tools/track_parcel/invoke', direction: 'response', body: { ok: true, data: { waybillNo: H('YT' + r.digits(13)), receiver: { name: PN(rc.name), phoneMasked: H(v.maskMobile(rc.mob)), address: ADDR(rc.addr) }, traces, courierLocation: { lat: GEO(la), lng: GEO(lo), updatedAt: H(v.ts(r)) }, vehicle: { plate: LP(v.plate(r, k % 2 ? 'std' : 'nev')) }, stationHotline: H(r.pick(v.HOTLINES)), signedBy: k === 3 ? PN(rc.name) : null } } };
});

// 23 function-calling result: auto insurance claim, snake_case (CN with plate, or US with SSN); accident position is GEO
def('fc-insurance-auto-claim', (r, k) => {
  let claim;
  if (k % 2 === 1) {
    const p = person(r); const [la, lo] = v.geoNear(r, p.region, 5);
    claim = { claim_no: H('CLM' + v.orderNo(r)), policy_no: H('PDAA' + r.digits(16)), insured_name: PN(p.name), insured_id_no: RID(p.id), insured_mobile: PH(p.mob), plate_no: LP(v.plate(r)), vin: VIN(v.vin(r)), accident_time: H(v.isoTs(r)), accident_location: { lat: GEO(la), lng: GEO(lo), desc: '路口左转时追尾' }, payee: { name: PN(p.name), bank_account: BA(v.cnAccount(r)), bank: '中国建设银行' }, surveyor: PN(v.cnName(r)), repair_shop: { name: H(r.pick(['上海永达汽车维修有限公司', '广州骏达汽车服务有限公司', '成都蓉城汽修连锁有限公司'])), uscc: USCC(v.uscc(r)), hotline: H(r.pick(v.HOTLINES)) }, estimate_amount: amount(r, 800, 30000) };
  } else {
    const n = v.foreignName(r, 'en');
    claim = { claim_no: H('CL-' + w.alnum(r, 10).toUpperCase()), policy_no: H('AUT-' + r.digits(9)), insured_name: PN(n), insured_ssn: SSN(v.ssn(r)), insured_dob: DOB(v.fmtDate(v.dob(r, 1950, 2003), 'us')), insured_phone: PH(v.intlPhone(r, 'us')), garaging_address: ADDR(v.westAddress(r, 'us')), vin: VIN(v.vin(r)), accident_location: { lat: GEO(+(37.7 + r.next() * 0.1).toFixed(5)), lng: GEO(+(-122.5 + r.next() * 0.1).toFixed(5)) }, adjuster: { name: PN(v.foreignName(r, 'en')), email: EM(w.workMail(r, v.foreignName(r, 'en'), 'claims.example-insure.com')) }, estimate_amount: amount(r, 500, 12000) };
  }
  return { method: 'POST', path: '/api/agent/tools/claims_get/invoke', direction: 'response', body: { tool: 'claims.get', result: claim, retrieved_at: H(w.isoS(r)) } };
});

// 24 function-calling result: telecom subscriber, abbreviated keys (msisdn as a number, ICCID/IMSI/IMEI are HN)
def('fc-telecom-abbrev', (r) => {
  const p = person(r); const iccid = w.luhnComplete('8986' + r.digits(15));
  return { method: 'POST', path: '/api/agent/tools/boss_qry_sub/invoke', direction: 'response', body: { rsp_cd: '0000', rsp_msg: 'success', data: { cust_id: H(v.snowflake(r)), cust_nm: PN(p.name), cert_tp: '01', cert_no: RID(p.id), msisdn: PH(+p.mob), iccid: H(iccid), imsi: H('46000' + r.digits(10)), imei: H(v.imei(r)), inst_addr: ADDR(p.addr), home_tel: PH(v.landline(r)), pkg_nm: '5G畅享129元套餐', arpu: r.int(39, 299), last_login_ip: IP(v.ipv4(r)), apn_ip: H('10.' + r.int(0, 255) + '.' + r.int(0, 255) + '.' + r.int(1, 254)), open_dt: H(v.fmtDate(v.recentDate(r), 'compact')), chnl_hotline: H('10086') } } };
});

// 25 function-calling result: e-commerce refund (buyer nickname HN, receiver PII, refund card or masked card)
def('fc-ecommerce-refund', (r, k) => {
  const p = person(r); const card = v.card(r, 'unionpay');
  return { method: 'POST', path: '/api/agent/tools/oms_refund/invoke', direction: 'response', body: { code: 200, msg: 'ok', data: { refund_id: H('RF' + v.orderNo(r)), order_sn: H(v.orderNo(r)), buyer_nick: H(r.pick(['快乐的小鱼', 'momo酱', 'tb_8832x', '追风少年'])), receiver: { name: PN(p.name), mobile: PH(mobFmt(r, p.mob)), address: ADDR(p.addr) }, receiver_mobile_masked: H(v.maskMobile(p.mob)), refund_amount: String(amount(r, 10, 4000)), refund_channel: k % 2 ? 'bank_card' : 'alipay', refund_account: k % 2 ? PC(card) : H(v.maskCard(card)), items: [{ sku: H('SKU-' + w.alnum(r, 8).toUpperCase()), title: r.pick(['小米手环8 NFC版', '九阳豆浆机 DJ13', '优衣库 AIRism T恤']), qty: r.int(1, 3) }], logistics: { company: H('顺丰速运'), waybill: H('SF' + r.digits(12)) }, created: H(w.unix(r)) } } };
});

// 26 function-calling result: school student record (学籍号 = "G" + resident ID, guardians)
def('fc-school-student', (r, k) => {
  const s = person(r, { y0: 2010, y1: 2018 }); const g1 = person(r, { y0: 1975, y1: 1990 });
  const guardians = [{ relation: '母亲', name: PN(g1.name), phone: PH(mobFmt(r, g1.mob)), workUnit: H(r.pick(v.COMPANIES)) }];
  if (k % 2 === 0) guardians.push({ relation: '父亲', name: PN(v.cnName(r)), phone: PH(v.mobile(r)), workUnit: H(r.pick(v.COMPANIES)) });
  return { method: 'POST', path: '/api/agent/tools/school_student_get/invoke', direction: 'response', body: { ok: true, student: { 学号: H('2024' + r.digits(6)), name: PN(s.name), 学籍号: tx`G${RID(s.id)}`, gender: r.pick(['男', '女']), birthday: DOB(s.birth.iso), class: r.pick(['三年级(2)班', '五年级(1)班', '初一(4)班']), homeAddress: ADDR(s.addr), guardians, headTeacher: PN(v.cnName(r)), schoolHotline: H('021-6' + r.digits(7)) } } };
});

// shapes 27-52
require('./shapes2')({ def, L, md, usageO, usageA, hnDate, futDate, amount });

module.exports = { shapes };
