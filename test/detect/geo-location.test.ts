import { geoLocation } from '../../src/detect/types/geo-location';
import { specify } from './table';

specify(geoLocation, [
  ['34221712', 'weak'], // micro-degrees: only a latitude/longitude key decides
  ['108962894', 'weak', 'number'],
  ['-73985130', 'weak'],
  ['980000000', null], // out of range
  ['12345', null],
  ['39.904211,116.407395', 'strong'],
  ['[116.4074, 39.9042]', 'strong'],
  ['POINT(116.4074 39.9042)', 'strong'],
  ['39.904211', 'weak', 'number'],
  ['1688.50', null],
  ['120.28', 'weak', 'number'], // `120.280` as a JSON number: only a lat/lng key decides
  ['181.25', null, 'number'],
  ['120.2', null, 'number'],
  ['39.90,116.40', null], // two decimals is a city, not a person
], [
  ['司机当前位置 31.230416,121.473701 预计10分钟', ['31.230416,121.473701']],
]);
