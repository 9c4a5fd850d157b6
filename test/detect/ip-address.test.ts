import { ipAddress } from '../../src/detect/types/ip-address';
import { specify } from './table';

specify(ipAddress, [
  ['192.168.1.20', 'strong'],
  ['8.8.8.8', 'weak'], // also a version-string shape
  ['256.1.1.1', null],
  ['01.2.3.4', null],
  ['2001:db8::1', 'strong'],
  ['fe80::1ff:fe23:4567:890a', 'strong'],
  ['::1', 'strong'],
  ['aa:bb:cc:dd:ee:ff', null], // MAC
  ['12:30:45', null],
  ['1:2:3:4:5:6:7:8:9', null],
], [
  ['login from 203.0.113.45 at 10:00', ['203.0.113.45']],
  ['version 1.2.3', []],
]);
