import { email } from '../../src/detect/types/email';
import { specify } from './table';

specify(email, [
  ['zhang.san@example.com', 'strong'],
  ['a+tag@sub.example.com.cn', 'strong'],
  ['not an email', null],
  ['user@localhost', null],
  ['@example.com', null],
  ['a@b@c.com', null],
  // A role's mailbox reaches a function, not a person: it counts against, more than an e-mail key can outweigh.
  ['support@northwind.example', 'against'],
  ['agents-support@acme.example', 'against'],
  ['no-reply@mail.example.com', 'against'],
  ['supportive.jane@example.com', 'strong'],
  ['bi-export@cinema-dw.iam.gserviceaccount.com', 'against'], // a cloud service account: a machine's identity
], [
  ['联系邮箱li.na@corp.example.cn，谢谢', ['li.na@corp.example.cn']],
  ['no address here', []],
  ['write to support@northwind.example or li.na@corp.cn', ['li.na@corp.cn']],
  // A URL's userinfo ends in '@' before its host, which is no address.
  ['postgresql://app:Panda@28030zz@pgvector.internal:5432/rag', []],
]);
