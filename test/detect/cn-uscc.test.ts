import { cnUscc } from '../../src/detect/types/cn-uscc';
import { specify } from './table';

specify(cnUscc, [
  ['91350100M000100Y43', 'strong'],
  ['911100001000013424', null], // check character wrong
  ['91350100M000100Y4', null],
  ['91350100m000100y43', null],
], [
  ['统一社会信用代码91350100M000100Y43。', ['91350100M000100Y43']],
]);
