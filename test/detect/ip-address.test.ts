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
  // A product token's version in a user agent is not an address; a URL's host is.
  ['Mozilla/5.0 (Windows NT 10.0) Chrome/122.0.0.0 Safari/537.36', []],
  ['jdbc:mysql://10.23.1.5:3306/db', ['10.23.1.5']],
]);
