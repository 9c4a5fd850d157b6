import fc from 'fast-check';
import { partialMask } from '../../src/mask/partial';
import { SENSITIVE_TYPES, type SensitiveType } from '../../src/types';

describe('partialMask keeps a type-specific shape', () => {
  it.each<[SensitiveType, string, string]>([
    ['PHONE_NUMBER', '13812345678', '138****5678'],
    ['PHONE_NUMBER', '+86 138-1234-5678', '+86 1**-****-5678'],
    ['PHONE_NUMBER', '12345', '**345'],
    ['PHONE_NUMBER', '１３８１２３４５６７８', '１３８****５６７８'],
    ['EMAIL_ADDRESS', 'john.doe@example.com', 'j***@example.com'],
    ['EMAIL_ADDRESS', '张三@例子.中国', '张***@例子.中国'],
    ['EMAIL_ADDRESS', 'noatsign', 'no****gn'],
    ['CN_RESIDENT_ID', '11010119900307123X', '110101********123X'],
    ['PAYMENT_CARD', '6222 0212 3456 1234', '6222 **** **** 1234'],
    ['PAYMENT_CARD', '6222021234561234', '6222********1234'],
    ['BANK_ACCOUNT', '6222021234567890123', '***************0123'],
    ['US_SSN', '123-45-6789', '***-**-6789'],
    ['PERSON_NAME', '张三', '张*'],
    ['PERSON_NAME', '欧阳娜娜', '欧***'],
    ['PERSON_NAME', 'John Smith', 'J*** S****'],
    ['STREET_ADDRESS', '广东省深圳市南山区科技园路1号', '广东省深圳市****'],
    ['STREET_ADDRESS', '北京市朝阳区建国路88号', '北京市****'],
    ['STREET_ADDRESS', '浙江省临安区青山湖街道', '浙江省****'],
    ['STREET_ADDRESS', '123 Main St, Springfield, IL 62701', '****, Springfield, IL 62701'],
    ['DATE_OF_BIRTH', '1990-03-07', '1990-**-**'],
    ['IP_ADDRESS', '192.168.1.20', '192.168.*.*'],
    ['IP_ADDRESS', '2001:db8::1', '20*******:1'],
    ['CREDENTIAL', 'sk-live-abcdef', '[CREDENTIAL]'],
    ['PASSPORT_NUMBER', 'E12345678', 'E1*****78'],
    ['LICENSE_PLATE', 'ab', '**'],
    ['PERSON_NAME', '   ', '***'],
    ['PERSON_NAME', ' Mary-Jane\u00a0O\'Neil  Jr. ', ' M********\u00a0O*****  J** '],
    ['PERSON_NAME', 'José 😀x', 'J*** 😀*'],
    ['PASSPORT_NUMBER', '😀😀E1234😀', '😀😀****4😀'],
  ])('%s %j → %j', (type, value, expected) => {
    expect(partialMask(value, type)).toBe(expected);
  });

  it('never hands back a value unchanged (unless it is all stars already), whatever the type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SENSITIVE_TYPES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter((v) => /[^*]/.test(v)), (type, value) => {
        expect(partialMask(value, type)).not.toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  // Characters, not UTF-16 units, are kept and hidden: the code-point reading is the reference.
  it('keeps and hides the same characters whether or not the value has astral characters', () => {
    const byCodePoint = (value: string, type: SensitiveType): string => {
      const chars = Array.from(value);
      if (type === 'PERSON_NAME') return value.replace(/\S+/g, (w) => Array.from(w)[0] + '*'.repeat(Math.max(1, Array.from(w).length - 1)));
      const k = Math.floor(chars.length / 4);
      return chars.slice(0, k).join('') + '*'.repeat(chars.length - 2 * k) + chars.slice(chars.length - k).join('');
    };
    const latin = fc.string({ unit: fc.constantFrom(...'aB9 -.\u00a0\u3000xyzQ'.split('')), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.constantFrom<SensitiveType>('PERSON_NAME', 'PASSPORT_NUMBER'), latin, (type, value) => {
        fc.pre(/[^\s*]/.test(value) && (type !== 'PERSON_NAME' || !/[\u4e00-\u9fff]/.test(value)));
        const want = byCodePoint(value, type);
        fc.pre(want !== value);
        expect(partialMask(value, type)).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });
});
