import { bankAccount } from '../../src/detect/types/bank-account';
import { specify } from './table';

specify(bankAccount, [
  ['GB82WEST12345698765432', 'strong'],
  ['DE89 3704 0044 0532 0130 00', 'strong'],
  ['GB82WEST12345698765433', null], // MOD 97 fails
  ['1100 1234 5678 9012 345', 'weak'],
  ['6228480402564890017', 'weak'],
  ['6228480402564890018', 'weak'], // Luhn and BIN valid: counts against, the card detector reports it
  ['123456', null],
], [
  ['收款账号：6228480402564890018，户名', ['6228480402564890018']],
  ['IBAN GB82 WEST 1234 5698 7654 32 please', ['GB82 WEST 1234 5698 7654 32']],
  ['共计6228480402564890018元', []],
]);
