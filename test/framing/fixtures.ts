// Bodies shared by the framing tests: every sensitive value is real-shaped
// (valid checksums) so the real classifier flags it, and each is listed in RAW
// so a test can assert none of them is ever released.

export const RAW = ['13800138000', '110101199003071233', 'zhang.wei@example.com', '6222021234567894', '13912345678'];

/** SSE with every framing feature: comments, id/event/retry, CRLF, CR, LF, multi-line JSON, JSON escapes, CJK, text data. */
export const SSE_BODY = Buffer.from(
  [
    '\uFEFF: stream opened\r\n',
    'retry: 3000\r\n\r\n',
    'id: 1\r\nevent: customer\r\ndata: {"name": "张伟", "phone": "13800138000",\r\ndata:  "idNumber": "110101199003071233"}\r\n\r\n',
    'id: 2\nevent: note\ndata:联系人邮箱 zhang.wei@example.com 已核实\n\n',
    'id: 3\rdata: {"card": "6222021234567894", "memo": "\\u624b\\u673a 13912345678", "ok": true}\r\r',
    ': keep-alive\n\n',
    'data\n\n',
    'event: done\ndata: [DONE]\n\n',
  ].join(''),
  'utf8',
);

export const NDJSON_BODY = Buffer.from(
  [
    '{"id":1,"phone":"13800138000","name":"张伟"}\n',
    '\n',
    '{"id":2,"idNumber":"110101199003071233","email":"zhang.wei@example.com"}\r\n',
    '{"id":3,"card":"6222021234567894","memo":"\\u624b\\u673a 13912345678"}',
  ].join(''),
  'utf8',
);

export const FORM_BODY = Buffer.from('to=13800138000&text=%E4%BD%A0%E5%A5%BD+%E5%BC%A0%E4%BC%9F&email=zhang.wei%40example.com&card=6222021234567894&lang=zh', 'utf8');

export function containsRaw(b: Buffer | string): string | undefined {
  const s = b.toString();
  return RAW.find((v) => s.includes(v));
}
