import { credential } from '../../src/detect/types/credential';
import { specify } from './table';

const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
specify(credential, [
  [jwt, 'strong'],
  ['Bearer abcdef0123456789XYZ', 'strong'],
  ['-----BEGIN RSA PRIVATE KEY-----\nMIIE...', 'strong'],
  ['sk-proj1234567890abcdefghijkl', 'strong'],
  ['AKIAIOSFODNN7EXAMPLE', 'strong'],
  ['ghp_' + 'a'.repeat(36), 'strong'],
  ['hunter2!', 'weak'],
  ['abc', null],
  ['12345678', 'weak'],
], [
  ['curl -H "Authorization: Bearer abcdef0123456789XYZ"', ['abcdef0123456789XYZ']],
  ['password: s3cr3tPass, then login', ['s3cr3tPass']],
  [`token=${jwt}`, [jwt]],
]);
