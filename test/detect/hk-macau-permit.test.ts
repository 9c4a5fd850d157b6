import { hkMacauPermit } from '../../src/detect/types/hk-macau-permit';
import { specify } from './table';

specify(hkMacauPermit, [
  ['C12345678', 'weak'],
  ['CA1234567', 'weak'],
  ['W12345678', 'weak'],
  ['H12345678', 'weak'],
  ['M1234567801', 'weak'],
  ['E12345678', null], // passport series
  ['H1234', null],
], [
  ['港澳通行证号C12345678', ['C12345678']],
  ['回乡证：H12345678。', ['H12345678']],
]);
