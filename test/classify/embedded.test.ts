import fc from 'fast-check';
import { createClassifier } from '../../src/classify';
import { escapedOffsets } from '../../src/classify/embedded';
import { makeMasker, stream, chunk } from '../json/support';
import { classifyDoc } from './helpers';

// Values inside encoded leaves are masked where they are, and nothing of them
// survives in any form a reader could decode: not in an inner document's
// neighbours, not in pieces of a base64 text.

describe('escapedOffsets', () => {
  // Quotes, backslashes, control characters and surrogates (paired and lone) are what JSON escapes differently.
  const unit = fc.constantFrom('a', '张', '"', '\\', '\n', '\t', '\u0001', '\u001f', '😀', '\ud800', '\udc00', '\u2028', '/');
  const text = fc.array(unit, { maxLength: 40 }).map((a) => a.join(''));

  it('gives, for every offset not inside a surrogate pair, the length of the escaped text before it', () => {
    fc.assert(fc.property(text, (s) => {
      const offsets = escapedOffsets(s);
      expect(offsets).toHaveLength(s.length + 1);
      for (let i = 0; i <= s.length; i++) {
        const splitsPair = i > 0 && i < s.length && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800 && (s.charCodeAt(i) & 0xfc00) === 0xdc00;
        if (!splitsPair) expect(offsets[i]).toBe(JSON.stringify(s.slice(0, i)).length - 2);
      }
    }));
  });
});

describe('embedded documents, masked end to end (real classifier, default partial strategy)', () => {
  const classifier = createClassifier();
  const person = { name: 'Chloe Anderson', mobile: '13812345678', idCard: '110101199003071233', note: 'quote " and \\ slash', address: '广东省深圳市南山区科技园路88号' };
  const secrets = ['Chloe', 'Anderson', '13812345678', '110101199003071233', '12345678', '0307', '科技园路'];
  const json = JSON.stringify;
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  /** Every string reachable from a value by JSON-decoding strings that hold documents and base64-decoding the rest. */
  function layers(v: unknown, out: string[] = []): string[] {
    if (typeof v === 'string') {
      out.push(v);
      const t = v.trim();
      if (t.startsWith('{') || t.startsWith('[')) {
        try {
          layers(JSON.parse(t), out);
        } catch {
          // a masked inner document may no longer parse; its text is checked as it is
        }
      } else if (/^[A-Za-z0-9+/=*]{12,}$/.test(t)) {
        // What a reader recovers from a partly starred base64 text: every group of four left whole decodes.
        const bytes = Buffer.from(t.replace(/\*/g, 'A'), 'base64');
        out.push(bytes.toString('latin1'), bytes.toString('utf8'));
      }
    } else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) layers(x, out);
    return out;
  }

  it.each<[string, unknown]>([
    ['JSON in a string', { payload: json(person) }],
    ['JSON in JSON in a string (an SNS message in an SQS body)', { Messages: [{ Body: json({ Type: 'Notification', Message: json({ receiver: person }) }) }] }],
    ['three levels deep', { a: json({ b: json({ c: json(person) }) }) }],
    ['base64 of JSON', { ext: b64(json(person)) }],
    ['base64 inside JSON in a string', { envelope: json({ data: b64(json(person)) }) }],
    // An assistant's answer as a Markdown table: the cells are read under their columns.
    ['a Markdown table in an answer', { content: `Here you go:\n\n| name | mobile | idCard | address |\n| --- | --- | --- | --- |\n| ${person.name} | ${person.mobile} | ${person.idCard} | ${person.address} |\n\nAnything else?` }],
  ])('%s: no value survives at any layer, and the outer body stays valid JSON', (_what, doc) => {
    const body = Buffer.from(json(doc));
    for (const sizes of [[body.length], [], [7, 3, 19]]) {
      const { masker } = makeMasker({ classifier });
      const out = stream(masker, chunk(body, sizes)).toString('utf8');
      const parsed: unknown = JSON.parse(out);
      const all = layers(parsed).join('\n');
      for (const s of secrets) expect(all).not.toContain(s);
    }
  });

  it('an inner document keeps its shape: its neighbours of the masked values are intact and it still parses', () => {
    const { masker } = makeMasker({ classifier });
    const body = json({ Body: json({ Type: 'Notification', Message: json({ parcelNo: 'CB031329074830HK', receiver: person, qty: 2 }) }) });
    const out = JSON.parse(stream(masker, [Buffer.from(body)]).toString('utf8')) as { Body: string };
    const message = JSON.parse((JSON.parse(out.Body) as { Message: string }).Message) as { parcelNo: string; qty: number; receiver: { name: string } };
    expect(message.parcelNo).toBe('CB031329074830HK');
    expect(message.qty).toBe(2);
    expect(message.receiver.name).toBe('C**** A*******');
  });
});

describe('a delimited table in a string: each cell is read under its column name', () => {
  const c = createClassifier();
  const spansIn = (text: string) => {
    const spans = classifyDoc(c, { content: text }).get('/content') ?? [];
    return spans.map((s) => [text.slice(s.start, s.end), s.type]);
  };

  it.each<[string, string, Array<[string, string]>]>([
    ['CSV with Chinese column names', '姓名,身份证号,手机号,股金\n潘博曦,440304197507145002,18867282751,4000\n徐强然,440304196102235291,18074021800,1000',
      [['潘博曦', 'PERSON_NAME'], ['440304197507145002', 'CN_RESIDENT_ID'], ['18867282751', 'PHONE_NUMBER'],
        ['徐强然', 'PERSON_NAME'], ['440304196102235291', 'CN_RESIDENT_ID'], ['18074021800', 'PHONE_NUMBER']]],
    ['TSV with CRLF lines', 'Name\tRank\tPhone\r\nIvan Volkov\tAB\t+7 955 134-97-22\r\n',
      [['Ivan Volkov', 'PERSON_NAME'], ['+7 955 134-97-22', 'PHONE_NUMBER']]],
    ['a phone-shaped quantity stays a quantity', 'name,mobile,qty\nEmily Clarke,13912345678,13812345678', [['Emily Clarke', 'PERSON_NAME'], ['13912345678', 'PHONE_NUMBER']]],
  ])('%s', (_d, text, want) => {
    expect(spansIn(text)).toEqual(want);
  });

  it('a first line of values is no header: the text is read as text', () => {
    expect(spansIn('1,潘博曦,18867282751\n2,徐强然,18074021800').map(([, t]) => t)).toContain('PHONE_NUMBER');
  });
});
