import fc from 'fast-check';
import { createClassifier } from '../../src/classify';
import { MAX_RECALLED, recalling } from '../../src/classify/recall';
import type { LeafClassifier } from '../../src/types';
import { chunk, makeMasker, stream } from '../json/support';
import { NO_FIELDS } from './helpers';
import { walkLeaves } from '../../src/classify';

const shared = createClassifier();

/** pointer → [text, type] of every span, classifying the document's leaves in order with one body's classifier. */
function spansOf(c: LeafClassifier, doc: unknown): Map<string, Array<[string, string]>> {
  const out = new Map<string, Array<[string, string]>>();
  walkLeaves(doc, (leaf) => {
    const spans = c.classify(leaf, 'response', NO_FIELDS);
    if (spans === null || typeof spans === 'symbol' || spans.length === 0) return;
    out.set(leaf.pointer(), spans.map((s) => [leaf.value.slice(s.start, s.end), s.type]));
  });
  return out;
}

describe('recalling: a body names a person once, every later mention is masked', () => {
  it.each<[string, unknown, string, Array<[string, string]> | undefined]>([
    ['a Chinese name in the remark after its field', { WorkerName: '曹明', Finding: '曹明在-312m水平巷道未按规定敲帮问顶，罚款500元' }, '/Finding', [['曹明', 'PERSON_NAME']]],
    ['every mention, beside other findings', { name: '顾超平', body: '顾超平您好，已为顾超平预留，电话13812345678' }, '/body',
      [['顾超平', 'PERSON_NAME'], ['顾超平', 'PERSON_NAME'], ['13812345678', 'PHONE_NUMBER']]],
    ['a Latin full name as whole words', { customerName: 'Emily Clarke', note: 'Called Emily Clarke twice.' }, '/note', [['Emily Clarke', 'PERSON_NAME']]],
    ['not inside other words', { customerName: 'Ann Lee', note: 'Joann Leeds called.' }, '/note', undefined],
    ['a later leaf holding just the name', { NewImage: { ownerName: '于欣东' }, OldImage: { caption: '于欣东' } }, '/OldImage/caption', [['于欣东', 'PERSON_NAME']]],
    ['not before the name was given (the stream has moved on)', { note: '曹明已处理', WorkerName: '曹明' }, '/note', undefined],
  ])('%s', (_d, doc, pointer, want) => {
    expect(spansOf(recalling(shared), doc).get(pointer)).toEqual(want);
  });

  it('a lone Latin word is not recalled: it is also a word of the language', () => {
    expect(spansOf(recalling(shared), { firstName: 'Grace', terms: 'Grace period of 30 days' }).get('/terms')).toBeUndefined();
  });

  it('knows nothing of another body: each body gets its own', () => {
    const first = recalling(shared);
    spansOf(first, { WorkerName: '曹明' });
    expect(spansOf(recalling(shared), { Finding: '曹明在巷道未按规定敲帮问顶' }).get('/Finding')).toBeUndefined();
  });

  it(`keeps at most ${MAX_RECALLED} names`, () => {
    const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏';
    const people = [...surnames].slice(0, MAX_RECALLED + 4).map((s) => ({ xm: `${s}建国` }));
    const last = `${surnames[MAX_RECALLED + 2]}建国`;
    const c = recalling(shared);
    const found = spansOf(c, { people, remark: `今日${last}到访` });
    expect(found.get(`/people/${MAX_RECALLED + 2}/xm`)).toEqual([[last, 'PERSON_NAME']]);
    expect(found.get('/remark')).toBeUndefined();
  });

  it('streamed: the later mention is masked however the body is cut, and the rest of the text is kept', () => {
    const body = Buffer.from(JSON.stringify({ WorkerName: '曹明', WorkerIdNo: '51010720021028378X', Finding: '曹明在-312m水平巷道未按规定敲帮问顶，罚款500元' }));
    const run = (sizes: number[]) => {
      const { masker } = makeMasker({ classifier: recalling(shared) });
      return stream(masker, chunk(body, sizes)).toString('utf8');
    };
    const whole = run([body.length]);
    const finding = (JSON.parse(whole) as { Finding: string }).Finding;
    expect(finding).toBe('曹*在-312m水平巷道未按规定敲帮问顶，罚款500元');
    expect(run([])).toBe(whole);
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 23 }), { minLength: 1, maxLength: 8 }), (sizes) => run(sizes) === whole));
  });
});
