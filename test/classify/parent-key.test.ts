import { createClassifier } from '../../src/classify';
import { typeAt } from './helpers';

// A bare `number` / `no` / `value` names its type only together with the key
// of the object holding it.
const c = createClassifier();

describe('keys read with their parent object', () => {
  it.each([
    ['card number', { card: { number: '6222021001123459', exp: '09/28' } }, '/card/number', 'PAYMENT_CARD'],
    ['cards[] number', { cards: [{ number: '4111111111111111' }] }, '/cards/0/number', 'PAYMENT_CARD'],
    ['phone number', { phone: { number: '13812345678', type: 'mobile' } }, '/phone/number', 'PHONE_NUMBER'],
    ['passport no', { passport: { no: 'E12345678', country: 'CN' } }, '/passport/no', 'PASSPORT_NUMBER'],
  ])('%s', (_name, doc, pointer, type) => {
    expect(typeAt(c, doc, pointer)).toBe(type);
  });

  it.each([
    ['order number', { order: { number: '6222021001123459', total: 12.5 } }, '/order/number'],
    ['tracking number', { tracking: { number: '13812345678' } }, '/tracking/number'],
    ['invoice no', { invoice: { no: '4111111111111111' } }, '/invoice/no'],
  ])('%s is not sensitive even when its value looks it', (_name, doc, pointer) => {
    expect(typeAt(c, doc, pointer)).toBeNull();
  });
});

describe('upper-case romanised names (cards, passports)', () => {
  it.each([
    [{ card: { number: '6222021001123459', holder: 'WANG LEI' } }, '/card/holder', 'PERSON_NAME'],
    [{ passenger: { fullName: 'SMITH/JOHN' } }, '/passenger/fullName', 'PERSON_NAME'],
    [{ cardholder: 'OUYANG NANA' }, '/cardholder', 'PERSON_NAME'],
    // The same shape without a name key is a status or an enum, not a person.
    [{ status: 'NOT FOUND' }, '/status', null],
    [{ result: { code: 'IN PROGRESS' } }, '/result/code', null],
  ])('%j at %s → %s', (doc, pointer, type) => {
    expect(typeAt(c, doc, pointer)).toBe(type);
  });
});
