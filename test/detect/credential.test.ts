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
  ['ASIA' + 'Q3EXAMPLE7KEY2AB', 'strong'],
  ['whsec_' + 'b'.repeat(24), 'strong'],
  ['xoxb-123456789012-abcdefghijkl', 'strong'],
  ['sk_live_' + 'c'.repeat(24), 'strong'],
  // Vendor object ids and long numeric ids: even a credential key (+5) cannot carry them.
  ['AC' + '0123456789abcdef'.repeat(2), 'against'],
  ['SM' + 'fedcba9876543210'.repeat(2), 'against'],
  ['ch_3MmlLrLkdIwHu7ix0snN0B15', 'against'],
  ['cus_NffrFeUfNV2Hib', 'against'],
  ['tok_scGcCyj9fTY7VshmcCUhWuI8', 'against'], // a card token's id
  ['C024BE91L', 'against'],
  ['U024BE7LH', 'against'],
  ['1234567890123456', 'against'],
  ['884213', 'weak'], // an OTP or PIN: the key decides
  ['客户反映花园路126号的宽带频繁掉线', null], // Chinese text is no secret, whatever its key (`ticket_text`)
], [
  ['curl -H "Authorization: Bearer abcdef0123456789XYZ"', ['abcdef0123456789XYZ']],
  ['password: s3cr3tPass, then login', ['s3cr3tPass']],
  ['PlainLoginModule required username="svc-cdc" password="wZxibakCrYx9UAXJ";', ['wZxibakCrYx9UAXJ']], // a JAAS config line
  [`token=${jwt}`, [jwt]],
  ['export AWS_ACCESS_KEY_ID=ASIAQ3EXAMPLE7KEY2AB now', ['ASIAQ3EXAMPLE7KEY2AB']],
  ['SLACK_BOT_TOKEN=xoxb-123456789012-abcdefghijkl', ['xoxb-123456789012-abcdefghijkl']],
  ['charge ch_3MmlLrLkdIwHu7ix0snN0B15 refunded', []],
  // A short text can still hold a short vendor key (15-17 characters with the text around it).
  ['k xoxb-12345678ab', ['xoxb-12345678ab']],
  ['LTAI5tQm8Kp2Xr7Z;', ['LTAI5tQm8Kp2Xr7Z']],
  // A scheme word before an ordinary word is prose, not a credential.
  ['please enable basic authentication for the admin console', []],
  ['Basic dXNlcjpwYXNzd29yZA==', ['dXNlcjpwYXNzd29yZA==']],
  // The password of a URL's userinfo, up to the '@' a host follows (a decoded `%40` may be inside it).
  ['postgresql://rag_app:Dragon_80455Ab@pgvector.internal:5432/rag', ['Dragon_80455Ab']],
  ['postgresql://rag_app:Panda@28030zz@pgvector.internal:5432/rag', ['Panda@28030zz']],
  ['redis://:s3cret@cache:6379', ['s3cret']],
  ['see https://docs.example.com/a:b for details', []],
]);
