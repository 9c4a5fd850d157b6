import { streetAddress } from '../../src/detect/types/street-address';
import { specify } from './table';

specify(streetAddress, [
  // Lines are a table or prose that may hold an address and more: the text scan reads them, not the whole.
  ['name,id_no,address\n姜伟娟,610113199906049970,陕西省西安市雁塔区南京路179弄62号648室', null],
  ['北京市朝阳区建国路88号', 'strong'],
  ['广东省深圳市南山区科技园南区粤兴三道9号华润大厦1201室', 'strong'],
  ['上海市浦东新区', 'weak'], // a district, not a street address: key decides
  ['深圳市蓝海跨境电子商务有限公司', null], // a company named after its city
  ['广州市实验小学', null],
  ['广州市天河区体育西路103号维多利广场B座', 'strong'],
  ['1600 Pennsylvania Avenue, Washington, DC 20500', 'strong'],
  ['221B Baker Street, London', 'strong'],
  ['1200 NE 45th St', 'strong'], // direction and numbered street
  ['1600 Pennsylvania Ave NW', 'strong'], // trailing quadrant
  ['350 5th Ave, New York, NY 10118', 'strong'],
  ['N Lamar St', 'weak'], // a street line without a house number: key decides
  ['SW 5th Ave', 'weak'],
  ['NW Region Report', null],
  ['Now Playing Today', null],
  ['贵州茅台', null],
  ['Pro Max 256GB', null],
  ['105B Victoria Road, Manchester M1 1AE', 'strong'], // UK postcode after the town
  // Continental and Japanese lines: plausible alone, a key or person context decides.
  ['Hauptstraße 112', 'weak'],
  ['Schillerstraße 129a, 10115 Berlin', 'weak'],
  ['Am Markt 64', 'weak'],
  ['42 avenue Victor Hugo', 'weak'],
  ['68 rue de la Paix, 75002 Paris', 'weak'],
  ['Calle de Serrano 50, 7º C, 46001 Valencia', 'weak'],
  ['1-9-14 Nishi-Shinjuku, 530-0001 Osaka', 'weak'],
  ['Oudegracht 335', 'weak'], // Dutch, with a Dutch postcode
  ['Coolsingel 391-B, 1333 LC Rotterdam', 'weak'],
  ['Rua Augusta, 1039 - Apto 96', 'weak'],
  ['Rua Sete de Setembro, 1549 - Rio de Janeiro - RJ, 20040-002', 'weak'], // Brazilian: city, state, CEP
  ['Rua Sete de Setembro, 1549 - Rio de Janeiro - Rio', null],
  ['VIA DANTE 163', 'weak'], // street words in capitals
  ['9490 MAPLE CT', 'weak'], // a US line in capitals: the key decides
  ['12 N MAIN ST APT 4', 'weak'],
  ['ORDER 12 SHIPPED', null],
  ['г. Санкт-Петербург, ул. Ленина, д. 119, кв. 239', 'strong'], // street and house markers
  ['Số 98 Đường Điện Biên Phủ, Phường Phạm Đình Hổ, Quận Hai Bà Trưng, Hà Nội', 'strong'],
  ['Иванов Петр 12', null],
  ['서울특별시 마포구 월드컵북로 180, 2506호', 'strong'], // Korean road-name address
  ['경기도 성남시 분당구 판교역로 235', 'strong'],
  ['마포구 맛집 3곳', null],
  ['Galaxy Ring 3', null],
  ['Windows NT 10.0', null],
  ['Version 2 build 3', null],
], [
  ['请寄到北京市朝阳区建国路88号，谢谢', ['北京市朝阳区建国路88号']],
  ['ship to 742 Evergreen Terrace Springfield, OR 97477', []],
  ['ship to 350 Fifth Avenue, New York, NY 10118 asap', ['350 Fifth Avenue, New York, NY 10118']],
  ['deliver to 1200 NE 45th St, Seattle, WA 98105 please', ['1200 NE 45th St, Seattle, WA 98105']],
  ['the N Lamar St exit is closed', []], // no house number in prose
]);
