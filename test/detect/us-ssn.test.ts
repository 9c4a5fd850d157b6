import { usSsn } from '../../src/detect/types/us-ssn';
import { specify } from './table';

specify(usSsn, [
  ['123-45-6789', 'strong'],
  ['666-45-6789', null],
  ['900-45-6789', null],
  ['123-00-6789', null],
  ['123456789', 'weak'],
  ['12-345-6789', null],
], [
  ['SSN: 219-09-9999 on file', ['219-09-9999']],
  ['call 555-123-4567', []],
]);
