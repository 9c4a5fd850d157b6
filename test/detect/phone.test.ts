import { phone } from '../../src/detect/types/phone';
import { specify } from './table';

specify(phone, [
  ['13812345678', 'strong'],
  ['19912345678', 'strong'],
  ['12012345678', null], // 120 is not an allocated mobile prefix
  // A US or Canadian toll-free number is a business's line; a CN mobile in the 180 range is not one.
  ['+1 (800) 654-3131', null],
  ['1-888-555-0199', null],
  ['(877) 555-0100', null],
  ['18001234567', 'strong'],
  ['180 0123 4567', 'strong'],
  ['13812345678', 'weak', 'number'],
  ['+86 138 1234 5678', 'strong'],
  ['0086-13812345678', 'strong'],
  ['138-1234-5678', 'strong'],
  ['010-65529988', 'strong'],
  ['(0755)86013388', 'strong'],
  ['02165529988', 'weak'],
  ['+44 20 7946 0958', 'strong'],
  ['(415) 555-0132', 'strong'], // a parenthesised area code is written for people to dial
  ['415-555-0132', 'weak'], // dashed triples are also ids
  ['8613812345678', 'weak'], // 86 + mobile, bare: also a 13-digit product or drug code; only a key decides
  ['86 138 1234 5678', 'strong'],
  ['8613812345678', null, 'number'],
  ['2024-11-28', null],
  ['1234567', null],
  ['abc13812345678', null],
  // A platform privacy number: a virtual mobile and an extension.
  ['17282423400_5614', 'strong'],
  ['13812345678,1234', 'strong'],
  ['13812345678_1234567', null],
  // National numbers with a trunk 0 in groups: plausible, only a phone key decides.
  ['0176 33201062', 'weak'],
  ['06 50 06 65 49', 'weak'],
  ['07700 900880', 'weak'],
  ['080-2226-5634', 'weak'],
  ['011000015', null], // bare trunk-0 digits: an ABA routing number as often as a phone
  ['6178369992', 'weak'], // ten bare NANP digits: only a phone key decides
  ['1178369992', null], // no area code starts with 1
  ['400 130 2410', null],
  ['4008170033', null], // a 400 service line, not ten NANP digits
  ['8008208820', null],
], [
  ['请拨打13812345678联系', ['13812345678']],
  ['电话：010-65529988，手机+86 139 8765 4321', ['010-65529988', '+86 139 8765 4321']],
  ['订单号2024112813812345678', []],
  ['Reach me at (523) 918-5788 after 5pm', ['(523) 918-5788']],
  ['Call the desk at +1 (800) 654-3131 or me at (523) 918-5788', ['(523) 918-5788']],
  ['药品本位码8613812345678', ['8613812345678']], // found, but weak: the classifier drops it without a phone cue
]);
