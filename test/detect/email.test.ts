import { email } from '../../src/detect/types/email';
import { specify } from './table';

specify(email, [
  ['zhang.san@example.com', 'strong'],
  ['a+tag@sub.example.com.cn', 'strong'],
  ['not an email', null],
  ['user@localhost', null],
  ['@example.com', null],
  ['a@b@c.com', null],
], [
  ['联系邮箱li.na@corp.example.cn，谢谢', ['li.na@corp.example.cn']],
  ['no address here', []],
]);
