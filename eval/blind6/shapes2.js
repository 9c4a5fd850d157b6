'use strict';
// blind6 shapes 27-52 (registered through def() from shapes.js)
const v = require('../blind5/values');
const { H, tx, table, enc } = require('../blind5/mk');
const w = require('./values6');
const { ids, encJ, urlq, person, mobFmt } = w;

module.exports = function (ctx) {
  const { def, L, md, usageO, hnDate, futDate, amount } = ctx;
  const { PN, PH, EM, RID, PP, HK, USCC, PC, ADDR, DOB, IP, LP, CR, SSN } = L;

  // 27 government service result with pinyin-initial keys: social-security contributions (社保卡号 = ID number)
  def('fc-gov-social-security', (r, k) => {
    const p = person(r, { y0: 1965, y1: 2000 }); const jfjl = [];
    for (let i = 0; i < r.int(2, 3); i++) { const base = r.int(4000, 30000); jfjl.push({ ny: `2024${v.pad(r.int(1, 12), 2)}`, jfjs: base, grjf: +(base * 0.08).toFixed(2), dwjf: +(base * 0.16).toFixed(2), dzzt: '已到账' }); }
    const result = { xm: PN(p.name), xb: r.pick(['男', '女']), sfzh: RID(p.id), sbkh: RID(p.id), csrq: DOB(p.birth.compact), lxdh: PH(p.mob), hjdz: ADDR(p.addr), cbdw: H(r.pick(v.COMPANIES)), dwtyxydm: USCC(v.uscc(r)), cbzt: '正常参保', jfjl, jbr: PN(v.cnName(r)), jbjg: v.cityOf(p.region) + '社会保险事业管理中心', jbjgdh: H('12333') };
    const body = { code: '000000', msg: '查询成功', result };
    if (k % 2 === 0) body.zdsm = { xm: '姓名', sfzh: '身份证号', sbkh: '社保卡号', csrq: '出生日期', lxdh: '联系电话', hjdz: '户籍地址', cbdw: '参保单位', dwtyxydm: '单位统一社会信用代码', jbr: '经办人' };
    return { method: 'POST', path: '/api/agent/tools/gov_sb_query/invoke', direction: 'response', body };
  });

  // 28 flight booking tool result: PNR with passengers (pinyin passport names, passports, E.164 phones); ticket numbers HN
  def('fc-flight-booking-pnr', (r, k) => {
    const pax = [];
    for (let i = 0; i < r.int(1, 3); i++) {
      if (k % 2 === 1 || i === 0) pax.push({ name: PN(w.pinyinPassenger(r)), title: r.pick(['MR', 'MS']), ptc: 'ADT', doc: { type: 'P', number: PP(v.passport(r, 'cn')), nationality: 'CHN', expiry: H(futDate(r)), dob: DOB(v.fmtDate(v.dob(r, 1955, 2005), 'iso')) }, contact: { phone: PH('+86' + v.mobile(r)) }, ticketNumber: H('781-' + r.digits(10)) });
      else { const [f, l] = v.foreignName(r, 'en').split(' '); pax.push({ name: PN(`${l.toUpperCase()}/${f.toUpperCase()}`), title: r.pick(['MR', 'MS']), ptc: 'ADT', doc: { type: 'P', number: PP(v.passport(r, 'uk')), nationality: 'GBR', expiry: H(futDate(r)), dob: DOB(v.fmtDate(v.dob(r, 1955, 2005), 'iso')) }, contact: { phone: PH(v.intlPhone(r, 'uk').replace(/\s/g, '')), email: EM(w.workMail(r, f + ' ' + l, 'gmail.com')) }, ticketNumber: H('781-' + r.digits(10)) }); }
    }
    if (k === 2) pax.push({ name: PN(w.pinyinPassenger(r)), title: 'MS', ptc: 'ADT', doc: { type: 'C', number: HK(v.hkPermit(r, 'C')), nationality: 'CHN', expiry: H(futDate(r)), dob: DOB(v.fmtDate(v.dob(r, 1960, 2005), 'iso')) }, contact: { phone: PH('+86' + v.mobile(r)) }, ticketNumber: H('781-' + r.digits(10)) });
    const c = v.cnName(r);
    return { method: 'POST', path: '/api/agent/tools/gds_create_pnr/invoke', direction: 'response', body: { pnr: H(w.safe(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')), status: 'TICKETED', passengers: pax, segments: [{ carrier: 'MU', flightNo: 'MU' + r.int(500, 599), dep: 'PVG', arr: r.pick(['LHR', 'CDG', 'FRA']), depTime: H(w.isoS(r)), cabin: 'Y', status: 'HK' }], contact: { name: PN(c), mobile: PH(v.mobile(r)), email: EM(v.email(r)) }, totalFare: { amount: String(r.int(3000, 15000)) + '.00', currency: 'CNY' }, agencyIata: H('0831' + r.digits(4)) } };
  });

  // 29 RAG retrieval: LangChain-like documents with page_content + metadata (author, email, source path with a name)
  def('rag-retrieval-documents', (r, k) => {
    const docs = []; const n = r.int(2, 3);
    for (let i = 0; i < n; i++) {
      const kind = (k + i) % 4; const author = v.cnName(r);
      let page_content, source;
      if (kind === 0) { const p = person(r); page_content = tx`甲方：${r.pick(v.COMPANIES)}\n乙方：${PN(p.name)}，身份证号码：${RID(p.id)}\n第三条 试用期三个月，工资按月发放至乙方银行卡${PC(v.card(r, 'unionpay'))}。`; source = tx`/kb/hr/contracts/${PN(p.name)}_劳动合同_${r.int(2021, 2024)}.pdf`; }
      else if (kind === 1) { const p = person(r); page_content = tx`[通话转写] 客户${PN(p.name)}来电称快递丢失，要求回拨${PH(mobFmt(r, p.mob))}，收货地址${ADDR(p.addr)}。`; source = `/kb/cs/call-transcripts/2024-0${r.int(1, 9)}/${w.uuid(r)}.txt`; }
      else if (kind === 2) { page_content = '员工差旅报销标准：一线城市住宿费上限600元/晚，二线城市450元/晚，超标部分需部门负责人审批。'; source = '/kb/policy/travel_policy_v3.md'; }
      else { const t = v.foreignName(r, 'en'); page_content = tx`From: ${PN(t)} <${EM(w.workMail(r, t, 'gmail.com'))}>\nSubject: Address change\nPlease update my mailing address to ${ADDR(v.westAddress(r, 'uk'))}. Thanks!`; source = 'gmail://inbox/' + w.alnum(r, 16); }
      docs.push({ id: H(w.uuid(r)), type: 'Document', page_content, metadata: { source, page: r.int(1, 20), author: PN(author), author_email: EM(v.email(r)), created_at: H(v.isoTs(r)), chunk_id: H(w.uuid(r)) }, score: +(0.92 - i * 0.07 - r.next() * 0.03).toFixed(4) });
    }
    return { method: 'POST', path: '/api/rag/retrieve', direction: 'response', body: { query: k % 2 ? '试用期和工资发放方式是怎样约定的？' : 'address change requests last week', retriever: 'hybrid-bm25+bge-m3', top_k: n, documents: docs } };
  });

  // 30 vector DB query result (Qdrant-like): payload objects + vectors (floats are HN), phone sometimes a number
  def('vdb-query-points', (r, k) => {
    const points = [];
    for (let i = 0; i < r.int(2, 3); i++) {
      const p = person(r);
      points.push({ id: i % 2 ? H(r.int(100000, 99999999)) : H(w.uuid(r)), version: r.int(1, 50), score: +(0.89 - i * 0.04 - r.next() * 0.02).toFixed(4), payload: { customer_name: PN(p.name), phone: k % 2 ? PH(+p.mob) : PH(p.mob), ticket_text: tx`客户反映${ADDR(p.addr)}的宽带频繁掉线，已派单维修。`, channel: r.pick(['phone', 'app', 'wechat']), created_at: H(w.unix(r)), tenant: 'acme' }, vector: w.embedding(r, 12).map(H) });
    }
    if (k === 3) return { method: 'PUT', path: '/api/vdb/collections/support_tickets/points', direction: 'request', body: { points: points.map(pt => ({ id: pt.id, payload: pt.payload, vector: pt.vector })) } };
    return { method: 'POST', path: '/api/vdb/collections/support_tickets/points/query', direction: 'response', body: { result: { points }, status: 'ok', time: +(r.next() * 0.01).toFixed(6) } };
  });

  // 31 rerank results: documents with PII text, relevance scores, model name HN
  def('rerank-results', (r, k) => {
    const texts = [];
    const p = person(r); texts.push(tx`${PN(p.name)}于${hnDate(r)}在门店办理会员，手机${PH(p.mob)}，生日${DOB(v.fmtDate(p.birth, 'cn'))}。`);
    const n = v.foreignName(r, 'en'); texts.push(tx`Patient ${PN(n)}, DOB ${DOB(v.fmtDate(v.dob(r, 1940, 2000), 'us'))}, callback ${PH(v.intlPhone(r, 'us'))}.`);
    texts.push('会员积分规则：每消费1元累计1积分，积分有效期为两年。');
    if (k === 2) { const q = person(r); texts.push(tx`收件人${PN(q.name)}，${ADDR(q.addr)}，身份证${RID(q.id)}`); }
    if (k === 4) { const m = v.foreignName(r, 'en'); texts.push(tx`W-9 on file for ${PN(m)}: SSN ${SSN(v.ssn(r))}, ${ADDR(v.westAddress(r, 'us'))}.`); }
    if (k % 2 === 1) return { method: 'POST', path: '/api/llm/v1/rerank', direction: 'request', body: { model: H(r.pick(w.RERANK_MODELS)), query: k === 3 ? tx`${PN(p.name)}的会员生日是哪天？` : 'which member registered most recently?', documents: texts, top_n: 2, return_documents: true } };
    const results = texts.map((t, i) => ({ index: i, relevance_score: +(0.98 - i * 0.11 - r.next() * 0.05).toFixed(6), document: { text: t } }));
    return { method: 'POST', path: '/api/llm/v1/rerank', direction: 'response', body: { id: H(w.uuid(r)), model: H(r.pick(w.RERANK_MODELS)), results, meta: { api_version: { version: '2' }, billed_units: { search_units: 1 } } } };
  });

  // 32 embeddings: request with PII in input strings (odd k) / response that is all hard negatives (even k)
  def('embeddings-io', (r, k) => {
    if (k % 2 === 1) {
      const p = person(r); const n = v.foreignName(r, 'en');
      return { method: 'POST', path: '/api/llm/v1/embeddings', direction: 'request', body: { model: H(r.pick(w.EMB_MODELS)), input: [tx`客户${PN(p.name)}，手机${PH(p.mob)}，反馈净水器漏水。`, tx`Ticket from ${PN(n)} <${EM(w.workMail(r, n, 'outlook.com'))}>: cannot log in.`, '退货政策：签收后7天内可无理由退货。'], encoding_format: 'float', dimensions: 256, user: H('u_' + w.hexs(r, 16)) } };
    }
    const data = []; for (let i = 0; i < r.int(2, 3); i++) data.push({ object: 'embedding', index: i, embedding: w.embedding(r, 16).map(H) });
    const t = r.int(20, 400);
    return { method: 'POST', path: '/api/llm/v1/embeddings', direction: 'response', body: { object: 'list', data, model: H(r.pick(w.EMB_MODELS)), usage: { prompt_tokens: H(t), total_tokens: H(t) } } };
  });

  // 33 RAG answer with citations: quotes carry PII, source URLs carry ids (HN)
  def('rag-answer-citations', (r, k) => {
    let answer, cites;
    const src = (title) => ({ title, url: H('https://kb.example.cn/doc/' + r.int(100000, 999999) + '#p' + r.int(1, 9)), doc_id: H('doc_' + w.alnum(r, 12)) });
    if (k % 2 === 1) {
      const p = person(r); const c = v.cnName(r), cm = v.mobile(r);
      answer = tx`根据劳动合同，${PN(p.name)}的试用期为三个月[1]；其紧急联系人为${PN(c)}，电话${PH(cm)}[2]。`;
      cites = [{ index: 1, quote: tx`乙方${PN(p.name)}的试用期为三个月`, source: src('劳动合同') }, { index: 2, quote: tx`紧急联系人：${PN(c)} ${PH(cm)}`, source: src('员工信息登记表') }];
    } else {
      const t = v.foreignName(r, 'en'); const a = v.westAddress(r, 'us'); const m = w.workMail(r, t, 'gmail.com');
      answer = tx`The lease for ${PN(t)} at ${ADDR(a)} started on 2023-01-01 [1]. The tenant's e-mail on file is ${EM(m)} [2].`;
      cites = [{ index: 1, quote: tx`Tenant: ${PN(t)}; Premises: ${ADDR(a)}`, source: src('Lease agreement') }, { index: 2, quote: tx`Contact e-mail: ${EM(m)}`, source: src('Tenant application') }];
    }
    return { method: 'POST', path: '/api/rag/answer', direction: 'response', body: { conversation_id: H(w.uuid(r)), message_id: H(w.uuid(r)), answer, citations: cites, model: H(r.pick(w.MODELS)), latency_ms: r.int(400, 4000) } };
  });

  // 34 LangSmith-like runs batch ingest: llm run (LangChain message dicts) + tool run with JSON-string inputs/outputs
  def('langsmith-runs-batch', (r, k) => {
    const trace = w.uuid(r); const p = person(r); const cn = k % 2 === 1; const n = cn ? p.name : v.foreignName(r, 'en');
    const human = cn ? tx`我叫${PN(n)}，订单一直没发货，电话${PH(p.mob)}` : tx`Hi, I'm ${PN(n)}; my order never arrived. Call me at ${PH(v.intlPhone(r, 'uk'))}.`;
    const gen = cn ? tx`${PN(n)}您好，已为您催促仓库发货，预计明天送达${ADDR(p.addr)}。` : tx`Sorry ${PN(n)}, I've escalated it; a courier will deliver to ${ADDR(v.westAddress(r, 'uk'))} tomorrow.`;
    const [t0, t1] = w.isoPair(r, 6000); const [t2, t3] = w.isoPair(r, 900);
    const dotted = `2024${v.pad(r.int(1, 12), 2)}${v.pad(r.int(1, 28), 2)}T${v.pad(r.int(0, 23), 2)}0000${r.digits(6)}Z${trace}`;
    const llm = { id: H(w.uuid(r)), trace_id: H(trace), dotted_order: H(dotted), parent_run_id: H(trace), name: 'ChatOpenAI', run_type: 'llm', start_time: H(t0), end_time: H(t1), inputs: { messages: [[{ lc: 1, type: 'constructor', id: ['langchain', 'schema', 'messages', 'HumanMessage'], kwargs: { content: human, type: 'human' } }]] }, outputs: { generations: [[{ text: gen, type: 'ChatGeneration', generation_info: { finish_reason: 'stop' } }]], llm_output: { token_usage: { prompt_tokens: H(r.int(100, 3000)), completion_tokens: H(r.int(20, 400)) }, model_name: H(r.pick(w.OAI_MODELS)) } }, extra: { metadata: { ls_provider: 'openai', ls_model_name: H(r.pick(w.OAI_MODELS)), thread_id: H(w.uuid(r)), user_email: k === 2 ? EM(v.email(r)) : null }, runtime: { sdk: 'langsmith-py', sdk_version: H('0.1.' + r.int(100, 199)), platform: 'Linux-5.15.0-x86_64' } }, session_name: 'support-bot-prod', tags: ['prod'] };
    const tool = { id: H(w.uuid(r)), trace_id: H(trace), parent_run_id: H(trace), name: 'lookup_order', run_type: 'tool', start_time: H(t2), end_time: H(t3), inputs: { input: encJ({ phone: PH(p.mob) }) }, outputs: { output: encJ({ order: { receiver: PN(p.name), address: ADDR(p.addr), status: '待发货' } }) }, session_name: 'support-bot-prod' };
    return { method: 'POST', path: '/api/langsmith/runs/batch', direction: 'request', body: { post: [llm, tool], patch: [] } };
  });

  // 35 OTLP/JSON trace export with OpenTelemetry GenAI attributes (key/value lists, dotted attribute keys, events)
  def('otel-otlp-genai-spans', (r, k) => {
    const a = (key, value) => ({ key, value }); const sv = x => ({ stringValue: x }); const iv = x => ({ intValue: x });
    const p = person(r); const model = r.pick(w.OAI_MODELS); const [ns0, ns1] = w.nanoPair(r);
    const attributes = [a('gen_ai.system', sv('openai')), a('gen_ai.operation.name', sv('chat')), a('gen_ai.request.model', sv(H(model))), a('gen_ai.response.model', sv(H(model))), a('gen_ai.response.id', sv(H(ids.chatcmpl(r)))),
      a('gen_ai.prompt.0.role', sv('system')), a('gen_ai.prompt.0.content', sv('You are an HR assistant. Answer from the employee record only.')),
      a('gen_ai.prompt.1.role', sv('user')), a('gen_ai.prompt.1.content', sv(tx`帮我查一下${PN(p.name)}（工号E${r.int(10000, 99999)}）的工资卡号和家庭住址`)),
      a('gen_ai.completion.0.role', sv('assistant')), a('gen_ai.completion.0.content', sv(tx`${PN(p.name)}的工资卡为${PC(v.card(r, 'unionpay'))}，家庭住址：${ADDR(p.addr)}。`)),
      a('gen_ai.usage.input_tokens', iv(H(String(r.int(100, 4000))))), a('gen_ai.usage.output_tokens', iv(H(String(r.int(20, 600))))),
      a('enduser.id', sv(EM(v.email(r)))), a('client.address', sv(IP(k === 3 ? v.ipv6(r) : v.ipv4(r)))), a('server.address', sv('api.openai.com')), a('server.port', iv('443'))];
    const span = { traceId: H(ids.trace(r)), spanId: H(ids.span(r)), parentSpanId: H(ids.span(r)), name: 'chat ' + model, kind: 3, startTimeUnixNano: H(ns0), endTimeUnixNano: H(ns1), attributes, status: { code: 1 } };
    if (k % 2 === 0) { const n = v.foreignName(r, 'en'); span.events = [{ timeUnixNano: H(ns0), name: 'gen_ai.user.message', attributes: [a('gen_ai.system', sv('openai')), a('content', sv(tx`Update ${PN(n)}'s direct line to ${PH(v.intlPhone(r, 'de'))}`))] }, { timeUnixNano: H(ns1), name: 'gen_ai.choice', attributes: [a('index', iv('0')), a('message', sv(encJ({ role: 'assistant', content: tx`Done: ${PN(n)} now reachable at the new number.` })))] }]; }
    return { method: 'POST', path: '/api/otel/v1/traces', direction: 'request', body: { resourceSpans: [{ resource: { attributes: [a('service.name', sv('hr-assistant')), a('service.version', sv(H('2.' + r.int(0, 9) + '.' + r.int(0, 20)))), a('deployment.environment', sv('prod')), a('host.name', sv('agent-' + w.hexs(r, 4)))] }, scopeSpans: [{ scope: { name: 'opentelemetry.instrumentation.openai', version: H('0.33.' + r.int(1, 12)) }, spans: [span] }] }] } };
  });

  // 36 flattened span records with dotted keys (OpenLLMetry-style), a k8s label key with '/', tool-call arguments as JSON string
  def('otel-flat-dotted-attrs', (r, k) => {
    const recs = [];
    for (let i = 0; i < (k % 2 ? 1 : 2); i++) {
      const cn = (k + i) % 2 === 1; const p = person(r); const n = cn ? p.name : v.foreignName(r, 'en');
      recs.push({ trace_id: H(ids.trace(r)), span_id: H(ids.span(r)), name: 'openai.chat', timestamp: H(v.isoTs(r)), duration_ms: r.int(300, 9000), 'llm.request.type': 'chat', 'gen_ai.system': 'openai', 'gen_ai.request.model': H(r.pick(w.OAI_MODELS)), 'gen_ai.request.temperature': 0.2,
        'gen_ai.prompt.0.role': 'user', 'gen_ai.prompt.0.content': cn ? tx`查一下手机号${PH(mobFmt(r, p.mob))}的用户资料` : tx`Pull up the profile for ${PN(n)}, e-mail ${EM(w.workMail(r, n, 'gmail.com'))}`,
        'gen_ai.completion.0.role': 'assistant', 'gen_ai.completion.0.finish_reason': 'tool_calls', 'gen_ai.completion.0.tool_calls.0.id': H(ids.call(r)), 'gen_ai.completion.0.tool_calls.0.name': 'get_user_profile',
        'gen_ai.completion.0.tool_calls.0.arguments': cn ? encJ({ mobile: PH(p.mob), include: ['address', 'id_no'] }) : encJ({ name: PN(n), include: ['address'] }),
        'gen_ai.usage.prompt_tokens': H(r.int(100, 3000)), 'gen_ai.usage.completion_tokens': H(r.int(10, 300)), 'llm.usage.total_tokens': H(r.int(200, 3300)),
        'traceloop.association.properties.user_id': cn ? H('u_' + w.hexs(r, 12)) : EM(v.email(r)), 'traceloop.entity.path': 'support_agent.profile_lookup', 'k8s.pod.label.app.kubernetes.io/name': 'support-agent', 'net.peer.name': 'api.openai.com', 'http.client_ip': IP(v.ipv4(r)) });
    }
    return { method: 'POST', path: '/api/observability/llm-spans/ingest', direction: 'request', body: { dataset: 'llm-spans', events: recs } };
  });

  // 37 LLM gateway log ingest: request_body/response_body as JSON strings, raw x-api-key captured in headers (credential)
  def('gateway-logs-body-strings', (r, k) => {
    const dev = v.foreignName(r, 'en'); let log;
    if (k % 2 === 1) {
      const p = person(r);
      log = { request_id: H(ids.reqId(r)), timestamp: H(v.isoTs(r)), api_key_alias: 'team-support-prod', api_key: H(w.redact(w.keys.openai(r))), api_key_hash: H(w.hexs(r, 64)), user_email: EM(w.workMail(r, dev, 'northwind.example')), client_ip: IP(v.ipv4(r)), upstream_url: 'https://api.openai.com/v1/chat/completions', model: H(r.pick(w.OAI_MODELS)), status: 200, latency_ms: r.int(300, 9000), prompt_tokens: H(r.int(50, 3000)), completion_tokens: H(r.int(20, 800)), cost_usd: H(+(r.next() * 0.05).toFixed(6)),
        request_body: encJ({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: tx`我是${PN(p.name)}，身份证${RID(p.id)}，帮我查一下名下的信用卡${PC(v.card(r, 'unionpay'))}本期账单。` }], user: 'u_' + w.hexs(r, 8) }),
        response_body: encJ({ id: ids.chatcmpl(r), object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: tx`${PN(p.name)}您好，本期账单金额为${amount(r, 100, 9000)}元，到期还款日为每月${r.int(1, 28)}日。` }, finish_reason: 'stop' }] }) };
    } else {
      const c = v.foreignName(r, 'en');
      log = { request_id: H(ids.reqId(r)), timestamp: H(v.isoTs(r)), route: '/v1/messages', request_headers: { 'x-api-key': CR(w.keys.anthropic(r)), 'anthropic-version': '2023-06-01', 'content-type': 'application/json', 'user-agent': 'anthropic-python/0.39.0', 'x-forwarded-for': IP(v.ipv4(r)) }, user_email: EM(w.workMail(r, dev, 'northwind.example')), model: H(r.pick(w.ANT_MODELS)), status: 200, latency_ms: r.int(300, 9000), cost_usd: H(+(r.next() * 0.05).toFixed(6)),
        request_body: encJ({ model: 'claude-3-5-haiku-20241022', max_tokens: 512, messages: [{ role: 'user', content: tx`Draft a polite reminder to ${PN(c)} (${EM(w.workMail(r, c, 'outlook.com'))}) about invoice INV-${r.int(1000, 9999)}, and mention we can call ${PH(v.intlPhone(r, 'uk'))}.` }] }, r.chance(0.3)),
        response_body: encJ({ id: ids.msgA(r), type: 'message', content: [{ type: 'text', text: tx`Dear ${PN(c)}, this is a friendly reminder…` }], stop_reason: 'end_turn' }) };
    }
    return { method: 'POST', path: '/api/gateway/logs/ingest', direction: 'request', body: { source: 'llm-gateway', logs: [log] } };
  });

  // 38 ReAct agent run steps: action_input JSON with a URL-encoded query, CSV observation, SQL literal, final answer
  def('agent-react-steps', (r, k) => {
    const p = person(r);
    const q = k % 2 ? [['mobile', PH(p.mob)], ['fields', 'name,id_no,address']] : [['name', PN(p.name)], ['city', v.cityOf(p.region)], ['fields', 'name,id_no,address']];
    const steps = [
      { step: 1, thought: k % 2 ? 'Search the CRM by the phone number the user gave.' : 'Search the CRM by name and city.', action: 'http_get', action_input: encJ({ url: urlq(q, 'https://crm.internal.example/api/v2/customers/search?') }), observation: table([['name', 'id_no', 'address'], [PN(p.name), RID(p.id), ADDR(p.addr)]], ',', true) },
      { step: 2, thought: tx`Customer is ${PN(p.name)}. Next, check open orders.`, action: 'sql_query', action_input: tx`SELECT order_no, status FROM orders WHERE customer_name = '${PN(p.name)}' AND status <> 'closed'`, observation: `[('A${r.int(100, 999)}-${r.int(1000, 9999)}', 'shipped')]` },
      { step: 3, thought: 'I have enough information to answer.', action: 'final_answer', action_input: tx`${PN(p.name)}的订单已发货，将寄往${ADDR(p.addr)}。`, observation: null },
    ];
    return { method: 'GET', path: '/api/agents/runs/' + w.uuid(r) + '/steps', direction: 'response', body: { run_id: H(w.uuid(r)), agent: 'order-helper', framework: 'langchain-react', steps, status: 'finished', total_tokens: H(r.int(500, 9000)), started_at: H(v.isoTs(r)) } };
  });

  // 39 A2A message/send request: text part + data part (train booking with resident ID or HK/Macau permit; hotel with passport + card)
  def('a2a-message-send', (r, k) => {
    let parts;
    if (k % 2 === 1) {
      const p = person(r); const hk = k === 3; const idNo = hk ? HK(v.hkPermit(r, 'H')) : RID(p.id); const mob = hk ? v.intlPhone(r, 'hk') : p.mob;
      parts = [{ kind: 'text', text: tx`请为以下旅客预订下周一上海虹桥到北京南的高铁二等座：${PN(p.name)}，${hk ? '回乡证' : '身份证'}${idNo}，手机${PH(mob)}。` }, { kind: 'data', data: { traveller: { name: PN(p.name), idType: hk ? '港澳居民来往内地通行证' : '身份证', idNo, mobile: PH(mob) }, trip: { from: '上海虹桥', to: '北京南', date: H(futDate(r)), seat: '二等座' } } }];
    } else {
      const n = v.foreignName(r, 'en');
      parts = [{ kind: 'text', text: tx`Book two nights in Lisbon for ${PN(n)}, arriving Friday.` }, { kind: 'data', data: { guest: { fullName: PN(n), passportNo: PP(v.passport(r, 'uk')), nationality: 'GB', email: EM(w.workMail(r, n, 'gmail.com')), phone: PH(v.intlPhone(r, 'uk')) }, payment: { cardNumber: PC(v.card(r, r.pick(['visa', 'mc']))), cardHolder: PN(n.toUpperCase()), expiry: H(v.pad(r.int(1, 12), 2) + '/' + r.int(26, 30)) }, checkIn: H(futDate(r)), nights: 2 } }];
    }
    return { method: 'POST', path: '/api/a2a/v1', direction: 'request', body: { jsonrpc: '2.0', id: H(w.uuid(r)), method: 'message/send', params: { message: { role: 'user', kind: 'message', messageId: H(w.uuid(r)), contextId: H(w.uuid(r)), parts, metadata: { originAgent: 'travel-planner' } }, configuration: { acceptedOutputModes: ['text/plain', 'application/json'], blocking: true, historyLength: 5 } } } };
  });

  // 40 A2A task result: status message, data artifact, file artifact (name contains a person's name; bytes are base64 text)
  def('a2a-task-artifacts', (r, k) => {
    const p = person(r, { y0: 1950, y1: 2000 }); const doc = v.cnName(r);
    const file = k % 2 === 1 ? { name: tx`${PN(p.name)}_体检报告.txt`, mimeType: 'text/plain', bytes: enc(tx`姓名：${PN(p.name)}\n身份证号：${RID(p.id)}\n联系电话：${PH(p.mob)}\n住址：${ADDR(p.addr)}\n结论：建议内分泌科随访。\n`, 'b64') } : { name: tx`${PN(p.name)}_体检报告.pdf`, mimeType: 'application/pdf', uri: H('https://files.example-health.cn/r/' + w.alnum(r, 24)) };
    const result = { kind: 'task', id: H(w.uuid(r)), contextId: H(w.uuid(r)), status: { state: 'completed', timestamp: H(v.isoTs(r)), message: { role: 'agent', kind: 'message', messageId: H(w.uuid(r)), parts: [{ kind: 'text', text: tx`已完成，${PN(p.name)}的体检报告摘要已生成。` }] } }, artifacts: [{ artifactId: H(w.uuid(r)), name: 'summary', parts: [{ kind: 'data', data: { patient: { name: PN(p.name), gender: r.pick(['男', '女']), birthDate: DOB(p.birth.iso), idNo: RID(p.id), phone: PH(p.mob) }, findings: ['血压偏高', '空腹血糖 6.3 mmol/L'], reviewedBy: PN(doc) } }] }, { artifactId: H(w.uuid(r)), name: 'report-file', parts: [{ kind: 'file', file }] }], history: [] };
    return { method: 'POST', path: '/api/a2a/v1', direction: 'response', body: { jsonrpc: '2.0', id: H(w.uuid(r)), result } };
  });

  // 41 A2A agent card: almost only hard negatives (agent/org names, versions, URLs, masked examples); maintainer contact sometimes
  def('a2a-agent-card', (r, k) => {
    const body = { protocolVersion: '0.3.0', name: H(r.pick(['Acme Travel Booking Agent', '智行差旅助手', 'Northwind Claims Agent'])), description: 'Books trains, flights and hotels for employees. Needs traveller name, ID number and mobile.', url: H('https://agents.acme.example/a2a/v1'), preferredTransport: 'JSONRPC', version: H(`${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 30)}`), provider: { organization: H(r.pick(['Acme Travel Ltd.', '上海智行商旅服务有限公司'])), url: 'https://acme.example' }, capabilities: { streaming: true, pushNotifications: false, stateTransitionHistory: false }, defaultInputModes: ['text/plain', 'application/json'], defaultOutputModes: ['application/json'], skills: [{ id: 'book_train', name: 'Book train tickets', description: 'Books high-speed rail tickets.', tags: ['travel', 'rail'], examples: [H('帮张**订明天去北京的高铁，手机138****5678')] }, { id: 'expense', name: 'Submit expense', description: 'Files a travel expense claim.', tags: ['finance'], examples: [H('Submit taxi receipt ¥86.50 for trip TR-2291')] }], securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } }, security: [{ bearer: [] }], supportsAuthenticatedExtendedCard: true };
    if (k % 2 === 0) { const n = v.foreignName(r, 'en'); body['x-maintainers'] = [{ name: PN(n), email: EM(w.workMail(r, n, 'acme.example')), role: 'owner' }]; body['x-support'] = { email: H('agents-support@acme.example'), hotline: H('400-820-8820') }; }
    if (k === 3) body.signatures = [{ protected: H(w.safe(r, 36, w.ALNUM + '-_')), signature: H(w.safe(r, 86, w.ALNUM + '-_')) }];
    return { method: 'GET', path: '/api/a2a/.well-known/agent-card.json', direction: 'response', body };
  });

  // 42 SQL tool result: rows as a CSV (or TSV) string; SQL literal with a phone in the input
  def('tool-result-csv-sql', (r, k) => {
    let rows, sql, sep = ',';
    if (k === 3) {
      sep = '\t'; rows = [['name', 'phone', 'email', 'passport_no']];
      for (let i = 0; i < r.int(2, 3); i++) { const n = v.foreignName(r, r.pick(['en', 'de', 'fr'])); rows.push([PN(n), PH(v.intlPhone(r, r.pick(['uk', 'de', 'us']))), EM(w.workMail(r, n, 'gmail.com')), PP(v.passport(r, r.pick(['uk', 'de', 'us'])))]); }
      sql = 'SELECT name, phone, email, passport_no FROM intl_guests ORDER BY checkin DESC LIMIT 3';
    } else {
      rows = [['name', 'mobile', 'id_no', 'city', 'registered_at']]; const n = k % 2 === 0 ? 1 : r.int(2, 4); let m;
      for (let i = 0; i < n; i++) { const p = person(r); m = p.mob; rows.push([PN(p.name), PH(p.mob), RID(p.id), v.cityOf(p.region), hnDate(r)]); }
      sql = k % 2 === 0 ? tx`SELECT name, mobile, id_no, city, registered_at FROM customers WHERE mobile = '${PH(m)}'` : 'SELECT name, mobile, id_no, city, registered_at FROM customers WHERE vip = 1 ORDER BY registered_at DESC LIMIT 4';
    }
    return { method: 'POST', path: '/api/agent/tools/run_sql/invoke', direction: 'response', body: { tool: 'run_sql', call_id: H(ids.call(r)), input: { sql, database: 'crm_replica' }, output: { columns: rows[0], row_count: rows.length - 1, [sep === ',' ? 'csv' : 'tsv']: table(rows, sep, sep === ','), truncated: false, elapsed_ms: r.int(3, 400) } } };
  });

  // 43 tool output base64-encoded (JSON, CSV or plain text inside)
  def('tool-output-base64', (r, k) => {
    const p = person(r); let out, ct;
    if (k === 1 || k === 4) { ct = 'application/json'; out = enc({ name: PN(p.name), idNo: RID(p.id), mobile: PH(p.mob), address: ADDR(p.addr), cards: [PC(v.card(r, 'unionpay'))] }, 'b64'); }
    else if (k === 2) { ct = 'text/csv'; const q = person(r); out = enc(table([['姓名', '手机', '身份证'], [PN(p.name), PH(p.mob), RID(p.id)], [PN(q.name), PH(q.mob), RID(q.id)]], ',', true), 'b64'); }
    else { ct = 'text/plain'; const n = v.foreignName(r, 'en'); out = enc(tx`Dear ${PN(n)},\n\nYour replacement card ${PC(v.fmtCard(v.card(r, 'visa'), 'space'))} was dispatched to ${ADDR(v.westAddress(r, 'uk'))}.\n\nKind regards,\nCard Services`, 'b64'); }
    return { method: 'POST', path: '/api/agent/tools/export_customer/invoke', direction: 'response', body: { id: H(ids.call(r)), type: 'tool_result', tool: 'export_customer', output_encoding: 'base64', content_type: ct, output: out, sha256: H(w.hexs(r, 64)), size_bytes: r.int(200, 2000) } };
  });

  // 44 assistant answer containing a Markdown table of customers (chat-app style response)
  def('assistant-markdown-table', (r, k) => {
    let answer; const n = r.int(2, 3);
    if (k % 2 === 1) {
      const rows = []; for (let i = 0; i < n; i++) { const p = person(r); rows.push([PN(p.name), PH(mobFmt(r, p.mob)), EM(v.email(r)), v.cityOf(p.region)]); }
      answer = tx`以下是本周需要回访的客户：\n\n${md(['姓名', '手机', '邮箱', '城市'], rows)}\n\n共${n}位，请在周五前完成回访。`;
    } else {
      const rows = []; for (let i = 0; i < n; i++) { const t = v.foreignName(r, r.pick(['en', 'de', 'fr'])); rows.push([PN(t), PH(v.intlPhone(r, r.pick(['uk', 'de', 'us']))), EM(w.workMail(r, t, 'gmail.com')), '**** ' + r.digits(4)]); }
      answer = tx`Here are the customers with failed payments:\n\n${md(['Name', 'Phone', 'Email', 'Card on file'], rows)}\n\nShall I draft reminder e-mails?`;
    }
    return { method: 'POST', path: '/api/chat-app/v1/chat-messages', direction: 'response', body: { event: 'message', conversation_id: H(w.uuid(r)), message_id: H(w.uuid(r)), mode: 'chat', answer, metadata: { usage: { prompt_tokens: H(r.int(300, 4000)), completion_tokens: H(r.int(50, 600)), total_price: H((r.next() * 0.01).toFixed(7)), currency: 'USD', latency: +(r.next() * 5).toFixed(3) }, retriever_resources: [{ dataset_name: '客户档案', document_name: 'crm_export.csv', score: +(r.next()).toFixed(4) }] }, created_at: H(w.unix(r)) } };
  });

  // 45 HTTP tool call: arguments JSON string with a URL-encoded query (GET) or a form-encoded body (POST), bearer token / api key
  def('http-tool-urlencoded', (r, k) => {
    const p = person(r); let args;
    if (k % 2 === 1) args = encJ({ method: 'GET', url: urlq([['name', PN(p.name)], ['mobile', PH(p.mob)], ['id_no', RID(p.id)], ['nonce', w.alnum(r, 16)]], 'https://api.partner-verify.example/v2/identity/verify?'), headers: { Authorization: tx`Bearer ${CR(v.jwt(r))}` } });
    else args = encJ({ method: 'POST', url: 'https://api.sms-gateway.example/send', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Api-Key': CR(w.keys.generic(r)) }, body: urlq([['to', PH('+86' + p.mob)], ['text', tx`【物业通知】${PN(p.name)}您好，您的车辆${LP(v.plate(r))}占用消防通道，请尽快挪车。`], ['sign', w.hexs(r, 32)]]) });
    return { method: 'POST', path: '/api/agent/threads/' + w.uuid(r) + '/runs', direction: 'request', body: { thread_id: H(w.uuid(r)), assistant_id: 'partner-verify-agent', input: { messages: [{ role: 'assistant', content: '', tool_calls: [{ id: H(ids.call(r)), type: 'function', function: { name: 'http_request', arguments: args } }] }] }, stream_mode: 'values' } };
  });

  // 46 usage/billing report: token counts that look like mobiles, costs, ids — hard-negative heavy
  def('usage-billing-report', (r, k) => {
    const results = [];
    for (let i = 0; i < r.int(2, 3); i++) results.push({ object: 'organization.usage.completions.result', input_tokens: H(r.int(13000000000, 13999999999)), output_tokens: H(r.int(100000000, 999999999)), input_cached_tokens: H(r.int(1000000, 99999999)), num_model_requests: H(r.int(100000, 9999999)), project_id: H('proj_' + w.alnum(r, 24)), user_id: null, api_key_id: H('key_' + w.alnum(r, 16)), model: H(r.pick(w.MODELS)), batch: false });
    const st = w.unix(r) - (w.unix(r) % 86400); const body = { object: 'page', data: [{ object: 'bucket', start_time: H(st), end_time: H(st + 86400), results }], has_more: false, next_page: null, costs: { amount: { value: H(+(r.next() * 90000).toFixed(4)), currency: 'usd' } }, organization: { id: H('org-' + w.alnum(r, 24)), name: H(r.pick(['Northwind Health', 'Acme Travel Ltd.', '杭州西溪民宿管理有限公司'])) } };
    if (k % 2 === 0) { const n = v.foreignName(r, 'en'); body.billing_contact = { name: PN(n), email: EM(w.workMail(r, n, 'northwind.example')) }; } else body.billing_contact = { email: H('billing@northwind.example') };
    return { method: 'GET', path: '/api/llm/v1/organization/usage/completions', direction: 'response', body };
  });

  // 47 stock quotes pulled by an agent: tickers, company names, mobile-like volumes, turnover — hard-negative heavy
  def('agent-stock-quotes', (r, k) => {
    const U = [['600519.SH', '贵州茅台'], ['000858.SZ', '五粮液'], ['300750.SZ', '宁德时代'], ['AAPL', 'Apple Inc.'], ['0700.HK', '腾讯控股'], ['NVDA', 'NVIDIA Corp.'], ['601318.SH', '中国平安']];
    const quotes = [];
    for (let i = 0; i < r.int(3, 4); i++) { const [s, n] = U[(k + i * 2) % U.length]; const last = amount(r, 10, 1800); quotes.push({ symbol: H(s), name: H(n), last, change_pct: +((r.next() - 0.5) * 8).toFixed(2), volume: H(i % 2 ? r.int(13000000000, 18999999999) : r.int(1000000, 99999999)), turnover: H(+(r.int(1000000000, 90000000000) + 0.5)), bid1: +(last - 0.01).toFixed(2), ask1: +(last + 0.01).toFixed(2), ts: H(v.ts(r)) }); }
    return { method: 'POST', path: '/api/agent/tools/market_quotes/invoke', direction: 'response', body: { tool: 'market_data.get_quotes', tool_call_id: H(ids.call(r)), as_of: H(v.isoTs(r)), quotes, source: 'L1 delayed 15min', requested_by: k === 2 ? { user: EM(v.email(r)) } : { user: H('u_' + w.hexs(r, 12)) } } };
  });

  // 48 product catalog search tool: SKUs, EAN-13, product/shop names, hotlines — hard negatives; one buyer question with PII
  def('product-catalog-tool', (r, k) => {
    const P = [['小米 Redmi Buds 5', 'Xiaomi'], ['华为 FreeBuds SE 2', 'Huawei'], ['漫步者 W820NB', 'Edifier'], ['索尼 WF-C700N', 'Sony'], ['倍思 Bowie E13', 'Baseus']];
    const items = [];
    for (let i = 0; i < r.int(3, 5); i++) { const [n, b] = P[(k + i) % P.length]; items.push({ sku: H('SKU-' + w.alnum(r, 8).toUpperCase()), ean13: H(v.ean13(r)), name: H(n), brand: H(b), price: amount(r, 99, 299), stock: r.int(0, 500), seller: { shop: H(b + '官方旗舰店'), hotline: H(r.pick(v.HOTLINES)) }, attributes: { color: r.pick(['黑', '白', '蓝']), anc: r.chance(0.5) } }); }
    const p = person(r);
    return { method: 'POST', path: '/api/agent/tools/catalog_search/invoke', direction: 'response', body: { tool: 'catalog.search', query: '300元以内的降噪蓝牙耳机', page: 1, total: items.length, items, buyer_question: k === 3 ? tx`能不能寄到${ADDR(p.addr)}？收件人${PN(p.name)} ${PH(p.mob)}` : null } };
  });

  // 49 chat completion with logprobs: token pieces of a phone number are fragments (unlabelled), logprob floats HN
  def('logprobs-completion', (r, k) => {
    let content, pieces;
    if (k % 2 === 1) { const m = v.mobile(r); content = tx`您的预约手机号是${PH(m)}。`; pieces = ['您的', '预约', '手机号', '是', m.slice(0, 3), m.slice(3, 7), m.slice(7), '。']; }
    else { const ph = v.intlPhone(r, 'us'); content = tx`Your callback number is ${PH(ph)}.`; pieces = ['Your', ' callback', ' number', ' is', ' +', '1', ph.slice(2, 6), '-', '555', '-', ph.slice(11, 14), ph.slice(14), '.']; }
    const lp = () => H(-+(r.next() * 2).toFixed(6));
    const lps = pieces.map(t => ({ token: t, logprob: lp(), bytes: [...Buffer.from(t, 'utf8')], top_logprobs: [{ token: t, logprob: lp(), bytes: [...Buffer.from(t, 'utf8')] }] }));
    return { method: 'POST', path: '/api/llm/v1/chat/completions', direction: 'response', body: { id: H(ids.chatcmpl(r)), object: 'chat.completion', created: H(w.unix(r)), model: H(r.pick(w.OAI_MODELS)), choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: { content: lps, refusal: null }, finish_reason: 'stop' }], usage: usageO(r) } };
  });

  // 50 agent deployment config: provider API keys, bearer token, DSN password, AWS secret (CREDENTIAL); key ids/redacted keys HN
  def('agent-deploy-config-secrets', (r, k) => {
    const owner = k % 2 ? v.cnName(r) : v.foreignName(r, 'en');
    const body = { agent: { name: H('support-bot'), version: H(`3.${r.int(0, 9)}.${r.int(0, 20)}`) },
      llm: k % 2 ? { provider: 'openai', model: H(r.pick(w.OAI_MODELS)), api_key: CR(w.keys.openai(r)), base_url: 'https://api.openai.com/v1', organization: H('org-' + w.alnum(r, 24)) } : { provider: 'dashscope', model: H('qwen-max-2025-01-25'), api_key: CR(w.keys.dashscope(r)), base_url: 'https://dashscope.aliyuncs.com/compatible-mode/v1' },
      fallback_llm: { provider: 'anthropic', model: H(r.pick(w.ANT_MODELS)), api_key: H(w.redact(w.keys.anthropic(r))), api_key_ref: 'vault://kv/llm/anthropic' },
      tools: [{ name: 'crm', type: 'openapi', spec_url: 'https://crm.example/openapi.json', auth: { type: 'bearer', headers: { Authorization: tx`Bearer ${CR(v.jwt(r))}` } } }, { name: 'slack_notify', type: 'slack', auth: { bot_token: CR(w.keys.slack(r)) } }],
      vector_store: { kind: 'pgvector', dsn: w.dsn('postgresql', 'rag_app', v.password(r), 'pgvector.internal:5432/rag'), table: 'kb_chunks' },
      aws: { access_key_id: H(w.keys.awsId(r)), secret_access_key: CR(w.keys.awsSecret(r)), region: 'us-east-1' },
      owner: { name: PN(owner), email: EM(k % 2 ? v.email(r) : w.workMail(r, owner, 'northwind.example')) } };
    if (k === 2) body.observability = { langsmith_api_key: CR(w.keys.langsmith(r)), project: 'support-bot-prod' };
    return { method: 'PUT', path: '/api/agents/support-bot/config', direction: 'request', body };
  });

  // 51 MCP client config (mcpServers): tokens in env, password inside a DSN arg, bearer header; AWS key id / team id HN
  def('mcp-client-config-env', (r, k) => {
    const s = { github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: CR(w.keys.github(r)) } }, postgres: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-postgres', w.dsn('postgresql', 'readonly', v.password(r), 'pg-replica.internal:5432/crm')] }, filesystem: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/srv/agent/workspace'] } };
    if (k % 2 === 0) s.slack = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-slack'], env: { SLACK_BOT_TOKEN: CR(w.keys.slack(r)), SLACK_TEAM_ID: H('T0' + w.safe(r, 9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')) } };
    if (k !== 2) s.remote_crm = { type: 'http', url: 'https://mcp.crm.example.com/mcp', headers: { Authorization: tx`Bearer ${CR(v.apiKey(r, 'mcp_sk_'))}` } };
    if (k === 3) s.aws_kb = { command: 'uvx', args: ['awslabs.bedrock-kb-retrieval-mcp-server@latest'], env: { AWS_ACCESS_KEY_ID: H(w.keys.awsId(r)), AWS_SECRET_ACCESS_KEY: CR(w.keys.awsSecret(r)), AWS_REGION: 'ap-east-1' } };
    if (k === 4) s.huggingface = { command: 'npx', args: ['-y', '@llmindset/hf-mcp-server'], env: { HF_TOKEN: CR(w.keys.hf(r)) } };
    return { method: 'PUT', path: '/api/mcp/client-config', direction: 'request', body: { mcpServers: s } };
  });

  // 52 Chinese-key workflow outputs (Dify-like): blocking run result or node_finished event with JSON-string LLM output
  def('dify-workflow-cn-keys', (r, k) => {
    const p = person(r); const [u0, u1] = w.unixPair(r, 20);
    if (k % 2 === 1) {
      return { method: 'POST', path: '/api/workflow/v1/workflows/run', direction: 'response', body: { workflow_run_id: H(w.uuid(r)), task_id: H(w.uuid(r)), data: { id: H(w.uuid(r)), workflow_id: H(w.uuid(r)), status: 'succeeded', outputs: { 客户姓名: PN(p.name), 手机号码: PH(mobFmt(r, p.mob)), 证件号码: RID(p.id), 开户行: '招商银行', 银行卡号: PC(v.card(r, 'unionpay')), 风险等级: r.pick(['低', '中', '高']), 摘要: tx`客户${PN(p.name)}近三个月有${r.int(1, 3)}笔逾期，建议人工复核。` }, error: null, elapsed_time: +(r.next() * 5).toFixed(3), total_tokens: H(r.int(300, 5000)), total_steps: r.int(3, 9), created_at: H(u0), finished_at: H(u1) } } };
    }
    const t = r.int(200, 3000);
    return { method: 'POST', path: '/api/workflow/v1/workflows/run', direction: 'response', body: { event: 'node_finished', workflow_run_id: H(w.uuid(r)), task_id: H(w.uuid(r)), data: { id: H(w.uuid(r)), node_id: H(String(v.ts(r))), node_type: 'llm', title: '信息抽取', index: 3, inputs: { 'sys.query': tx`我叫${PN(p.name)}，住在${ADDR(p.addr)}，电话${PH(p.mob)}，想办理宽带移机。` }, process_data: { model_mode: 'chat', prompts: [{ role: 'system', text: '从用户输入中抽取姓名、地址、电话，输出JSON。', files: [] }, { role: 'user', text: tx`我叫${PN(p.name)}，住在${ADDR(p.addr)}，电话${PH(p.mob)}，想办理宽带移机。`, files: [] }] }, outputs: { text: encJ({ 姓名: PN(p.name), 地址: ADDR(p.addr), 电话: PH(p.mob) }), usage: { prompt_tokens: H(t), completion_tokens: H(r.int(20, 200)), total_price: H('0.000' + r.int(100, 999)) } }, status: 'succeeded', elapsed_time: +(r.next() * 3).toFixed(3), created_at: H(w.unix(r)) } } };
  });
};
