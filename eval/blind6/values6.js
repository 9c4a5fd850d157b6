'use strict';
// blind6 additions to blind5's value generators: LLM/agent-traffic ids, API keys, embeddings, model names,
// a person() bundle, and encoding helpers (pretty JSON-in-string, URL-encoded query strings).
const v = require('../blind5/values');
const { S, H, T, mat } = require('../blind5/mk');

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const B62 = ALNUM;
// random strings that never contain a run of 6+ digits (so ids never look like phones/IDs/cards by accident)
function safe(r, n, set) { for (;;) { const s = r.chars(n, set); if (!/\d{6,}/.test(s)) return s; } }
const alnum = (r, n) => safe(r, n, ALNUM);
const lalnum = (r, n) => safe(r, n, LOWER_ALNUM);
const hexs = (r, n) => safe(r, n, '0123456789abcdef');
function uuid(r) { const h = hexs(r, 32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[r.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`; }

// ---------- ids seen in LLM / agent traffic (all hard negatives) ----------
const ids = {
  chatcmpl: r => 'chatcmpl-' + alnum(r, 29),
  call: r => 'call_' + alnum(r, 24),
  toolu: r => 'toolu_01' + alnum(r, 22),
  msgA: r => 'msg_01' + alnum(r, 22),             // Anthropic message id
  resp: r => 'resp_' + hexs(r, 48),
  rs: r => 'rs_' + hexs(r, 48),
  msgO: r => 'msg_' + hexs(r, 48),
  fc: r => 'fc_' + hexs(r, 48),
  fp: r => 'fp_' + hexs(r, 10),
  batchReq: r => 'batch_req_' + alnum(r, 24),
  file: r => 'file-' + alnum(r, 22),
  trace: r => hexs(r, 32),
  span: r => hexs(r, 16),
  reqId: r => 'req_' + alnum(r, 24),
  run: r => uuid(r),
  ctx: r => 'ctx-' + lalnum(r, 12),
  progress: r => 'pt-' + lalnum(r, 10),
};
const MODELS = ['gpt-4o-2024-08-06', 'gpt-4o-mini-2024-07-18', 'gpt-4.1', 'o3-mini', 'claude-3-5-sonnet-20241022', 'claude-3-7-sonnet-latest', 'claude-sonnet-4', 'qwen-max-2025-01-25', 'qwen-plus', 'deepseek-chat', 'deepseek-reasoner', 'glm-4-plus', 'moonshot-v1-32k', 'ERNIE-4.0-8K', 'doubao-1.5-pro-32k', 'gemini-1.5-pro-002'];
const OAI_MODELS = ['gpt-4o-2024-08-06', 'gpt-4o-mini-2024-07-18', 'gpt-4.1', 'gpt-4.1-mini', 'o3-mini'];
const ANT_MODELS = ['claude-3-5-sonnet-20241022', 'claude-3-5-haiku-20241022', 'claude-3-7-sonnet-20250219', 'claude-sonnet-4-20250514'];
const EMB_MODELS = ['text-embedding-3-small', 'text-embedding-3-large', 'bge-m3', 'text-embedding-v3', 'jina-embeddings-v3'];
const RERANK_MODELS = ['bge-reranker-v2-m3', 'rerank-multilingual-v3.0', 'jina-reranker-v2-base-multilingual', 'gte-rerank'];

// ---------- secrets (CREDENTIAL) and their non-secret relatives (hard negatives) ----------
const keys = {
  openai: r => 'sk-proj-' + safe(r, 48, ALNUM + '-_') + 'T3BlbkFJ' + alnum(r, 20),
  anthropic: r => 'sk-ant-api03-' + safe(r, 86, ALNUM + '-_') + 'AA',
  dashscope: r => 'sk-' + hexs(r, 32),
  github: r => 'ghp_' + alnum(r, 36),
  slack: r => 'xoxb-' + r.int(1, 9) + v.pad(r.int(0, 99999), 5) + '-' + r.int(1, 9) + v.pad(r.int(0, 99999), 5) + '-' + alnum(r, 24),
  hf: r => 'hf_' + safe(r, 34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
  awsId: r => 'AKIA' + safe(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
  awsSecret: r => safe(r, 40, ALNUM + '+/'),
  pinecone: r => 'pcsk_' + alnum(r, 6) + '_' + alnum(r, 60),
  langsmith: r => 'lsv2_pt_' + hexs(r, 32) + '_' + hexs(r, 10),
  generic: r => v.apiKey(r, 'ak_live_'),
};
const redact = k => k.slice(0, 7) + '...' + k.slice(-4);

// ---------- numeric hard negatives ----------
function luhnComplete(p) { for (let c = 0; c < 10; c++) if (v.luhnOk(p + c)) return p + c; }
function embedding(r, n) { const a = []; for (let i = 0; i < n; i++) a.push(+((r.next() - 0.5) * 0.2).toFixed(r.int(4, 6))); return a; }
const unix = r => Math.floor(v.ts(r) / 1000);
const nanos = r => String(v.ts(r)) + v.pad(r.int(0, 999999), 6);
const isoS = r => new Date(v.ts(r)).toISOString().replace(/\.\d{3}Z$/, 'Z');
// ordered start/end pairs (ms epoch based): [start, end] as ISO strings, unix-nano strings or unix seconds
function timePair(r, maxMs = 9000) { const t0 = v.ts(r); return [t0, t0 + r.int(200, maxMs)]; }
const isoPair = (r, maxMs) => timePair(r, maxMs).map(t => new Date(t).toISOString());
const nanoPair = (r, maxMs) => { const sub = v.pad(r.int(0, 999999), 6); return timePair(r, maxMs).map(t => String(t) + sub); };
const unixPair = (r, maxS) => { const t0 = Math.floor(v.ts(r) / 1000); return [t0, t0 + r.int(1, maxS || 60)]; };

// ---------- people ----------
function person(r, o = {}) {
  const region = o.region || r.pick(v.REGIONS);
  const birth = o.birth || v.dob(r, o.y0 || 1958, o.y1 || 2003);
  return { region, birth, name: v.cnName(r), id: v.residentId(r, region, birth), mob: v.mobile(r), addr: v.cnAddress(r, region) };
}
const mobFmt = (r, m) => v.fmtMobile(m, r.pick(['plain', 'plain', 'plain', 'dash', 'space', 'plus86', 'plus86c']));
const SURNAME_PY = { 王: 'WANG', 李: 'LI', 张: 'ZHANG', 刘: 'LIU', 陈: 'CHEN', 杨: 'YANG', 黄: 'HUANG', 赵: 'ZHAO', 吴: 'WU', 周: 'ZHOU' };
function pinyinPassenger(r) { const sn = r.pick(Object.values(SURNAME_PY)); const g = r.pick(v.PINYIN_SYL) + (r.chance(0.6) ? r.pick(v.PINYIN_SYL) : ''); return `${sn}/${g.toUpperCase()}`; }
function surname(n) { return /^(欧阳|司马|诸葛|上官|慕容|司徒)/.test(n) ? n.slice(0, 2) : n[0]; }
function workMail(r, name, domain) { return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, '').trim().replace(/\s+/g, '.') + '@' + domain; }

// ---------- encoding helpers (markers inside are kept as labels of the string leaf) ----------
// JSON-in-string, optionally pretty-printed (tool results are often indented)
function encJ(obj, pretty) {
  const tmp = { labels: [], hn: [] };
  const plain = mat(obj, '', tmp);
  return T(pretty ? JSON.stringify(plain, null, 2) : JSON.stringify(plain), tmp.labels.map(l => ({ type: l.type, value: l.value })));
}
// URL query string from [key, value-or-marker] pairs, values percent-encoded; labels carry the decoded value
function urlq(pairs, prefix = '') {
  const labels = [];
  const q = pairs.map(([k, x]) => {
    let s;
    if (x && x.__m === 'S') { s = String(x.v); labels.push({ type: x.t, value: s }); } else if (x && x.__m === 'T') { s = x.text; labels.push(...x.labels); } else if (x && x.__m === 'H') s = String(x.v); else s = String(x);
    return k + '=' + encodeURIComponent(s);
  }).join('&');
  return T(prefix + q, labels);
}

// connection URL with a percent-encoded password in the userinfo; the CREDENTIAL label carries the decoded password
function dsn(scheme, user, pw, hostPath) { return T(`${scheme}://${user}:${encodeURIComponent(pw)}@${hostPath}`, [{ type: 'CREDENTIAL', value: pw }]); }

module.exports = { dsn, luhnComplete, ALNUM, safe, alnum, lalnum, hexs, uuid, ids, MODELS, OAI_MODELS, ANT_MODELS, EMB_MODELS, RERANK_MODELS, keys, redact, embedding, unix, nanos, isoS, isoPair, nanoPair, unixPair, person, mobFmt, pinyinPassenger, surname, workMail, encJ, urlq };
