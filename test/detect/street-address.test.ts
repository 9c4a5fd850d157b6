import { streetAddress } from '../../src/detect/types/street-address';
import { specify } from './table';

specify(streetAddress, [
  ['北京市朝阳区建国路88号', 'strong'],
  ['广东省深圳市南山区科技园南区粤兴三道9号华润大厦1201室', 'strong'],
  ['上海市浦东新区', 'weak'], // a district, not a street address: key decides
  ['1600 Pennsylvania Avenue, Washington, DC 20500', 'strong'],
  ['221B Baker Street, London', 'strong'],
  ['贵州茅台', null],
  ['Pro Max 256GB', null],
], [
  ['请寄到北京市朝阳区建国路88号，谢谢', ['北京市朝阳区建国路88号']],
  ['ship to 742 Evergreen Terrace Springfield, OR 97477', []],
  ['ship to 350 Fifth Avenue, New York, NY 10118 asap', ['350 Fifth Avenue, New York, NY 10118']],
]);
