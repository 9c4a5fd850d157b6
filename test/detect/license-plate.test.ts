import { licensePlate } from '../../src/detect/types/license-plate';
import { specify } from './table';

specify(licensePlate, [
  ['京A12345', 'strong'],
  ['粤B·D12345', 'strong'], // new energy, D first
  ['沪AD12345', 'strong'],
  ['苏E12345F', 'strong'],
  ['川A1234学', 'strong'],
  ['京I12345', null], // I never used
  ['A12345', null],
], [
  ['车牌号粤B·D12345已入场', ['粤B·D12345']],
]);
