import { createClassifier } from '../../src/classify';
import { classifyDoc } from './helpers';

const c = createClassifier();

/** `type[text]` for every span of the leaf at pointer, in order. */
function spansAt(doc: unknown, pointer: string): string[] {
  const leaf = pointer.split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], doc);
  const text = String(leaf);
  return (classifyDoc(c, doc).get(pointer) ?? []).map((s) => `${s.type}[${text.slice(s.start, s.end)}]`);
}

// Values found by pattern in shapes the vocabularies were not written for.
const CASES: Array<[string, unknown, string, string[]]> = [
  // k=v strings: each value judged with its key and the other pairs as siblings.
  ['form body: name beside an email', { body: 'name=Li Na&email=lina@example.org' }, '/body', ['PERSON_NAME[Li Na]', 'EMAIL_ADDRESS[lina@example.org]']],
  ['form body, plus for space', { q: 'name=Mary+Jones&tel=13698765432' }, '/q', ['PERSON_NAME[Mary+Jones]', 'PHONE_NUMBER[13698765432]']],
  ['k=v; with a Chinese name under a role key', { log: 'user=黄丽娟; ip=172.16.4.20' }, '/log', ['PERSON_NAME[黄丽娟]', 'IP_ADDRESS[172.16.4.20]']],
  ['k=v without a person: a product title stays', { q: 'title=Blue Mug&sku=A100' }, '/q', []],
  // Names under role keys and nested role objects.
  ['role key holds a name', { issue: { assignee: '何志强' } }, '/issue/assignee', ['PERSON_NAME[何志强]']],
  ['committer object name', { commit: { committer: { name: 'Dana Lee' } } }, '/commit/committer/name', ['PERSON_NAME[Dana Lee]']],
  ['reviewer object name', { pr: { reviewer: { name: 'Sean O\'Brien' } } }, '/pr/reviewer/name', ['PERSON_NAME[Sean O\'Brien]']],
  ['hyphenated family name', { patient: { lastName: 'Garcia-Lopez' } }, '/patient/lastName', ['PERSON_NAME[Garcia-Lopez]']],
  ['a role key with a word that is not a name', { owner: 'root' }, '/owner', []],
];

describe('classifier: general patterns', () => {
  test.each(CASES)('%s', (_d, doc, pointer, want) => {
    expect(spansAt(doc, pointer)).toEqual(want);
  });
});
