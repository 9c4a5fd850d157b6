import { passport } from '../../src/detect/types/passport';
import { specify } from './table';

specify(passport, [
  ['C01XR801V', 'weak'], // ICAO 9303: nine letters and digits (a German passport); only a key decides
  ['ABCDEFGH1', null],
  ['E12345678', 'weak'],
  ['EA1234567', 'weak'],
  ['G12345678', 'weak'],
  ['K12345678', 'weak'], // generic foreign format: key must decide
  ['123456789', 'weak'],
  ['e12345678', null],
  ['ABC', null],
  ['E1234567890', null],
  ['75 1234567', 'weak'], // a Russian travel passport: series and number apart; only a key decides
  ['751 234567', null],
  ['75  1234567', null],
], [
  ['护照号码：E12345678，有效期至2030年', ['E12345678']],
  ['Passport No. K12345678 issued', ['K12345678']],
  ['订单E12345678', []],
]);
