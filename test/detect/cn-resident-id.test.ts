import { cnResidentId } from '../../src/detect/types/cn-resident-id';
import { specify } from './table';

specify(cnResidentId, [
  ['11010519491231002X', 'strong'],
  ['11010519491231002x', 'strong'],
  ['110105194912310021', null], // wrong check digit
  ['990105194912310028', null], // no such province
  ['110105203012310025', null], // born in the future
  ['202411281234567890', null], // trade-number shape
  ['110105491231002', 'weak'], // 15-digit first generation
], [
  ['身份证号11010519491231002X已核验', ['11010519491231002X']],
  ['流水202411281234567890', []],
  ['学籍号G110105199003071239已注册', ['110105199003071239']], // one-letter prefix: the ID part
  ['G440304198512120023', ['440304198512120023']],
  ['GX440304198512120023', []], // two letters: some other code
  ['G440304198512120024', []], // check digit wrong
]);
