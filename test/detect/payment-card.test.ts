import { paymentCard } from '../../src/detect/types/payment-card';
import { specify } from './table';

specify(paymentCard, [
  ['6217003714600316860=26091010206389353', 'strong'], // track 2: card number, expiry, service code
  ['6217003714600316861=26091010206389353', null], // Luhn fails
  ['123=4567', null],
  ['4111111111111111', 'weak'], // Luhn + Visa BIN: needs a hint of context
  ['4111 1111 1111 1111', 'strong'],
  ['6222021234567890128', 'weak'],
  ['378282246310005', 'weak'],
  ['4111111111111112', null], // Luhn fails
  ['9111111111111110', 'weak'], // Luhn only, no issuer range
  ['123456', null],
], [
  ['卡号 4111 1111 1111 1111 已绑定', ['4111 1111 1111 1111']],
  ['ref 4111111111111112', []],
  ['卡上：6222021234567890128，请核对', ['6222021234567890128']],
  ['Amex 3782 822463 10005 on file', ['3782 822463 10005']],
  ['Amex 3782 8224 6310 005 regrouped', ['3782 8224 6310 005']],
  ['3782-822463-1000', []], // Amex grouping, one digit short
]);
