'use strict';
// Usage: node audit.js [file] -- blind5's format-only regex sweep (CN mobile, 18-char ID, e-mail, IPv4, >=9-digit runs,
// Luhn 13-19) over every unlabelled, non-hard-negative leaf of blind6.jsonl and all its decodings.
// ACCEPT lists the consciously accepted leftovers: [shape regex, pointer regex, match regex, reason].
const path = require('path');
const { auditFile } = require('../blind5/audit');
const file = process.argv[2] || path.join(__dirname, '..', '..', 'test', 'corpus', 'blind6.jsonl');

const ACCEPT = [
  [/^(agent-deploy-config-secrets|mcp-client-config-env)$/, /\/(dsn|args\/\d+)$/, /@(pgvector|pg-replica)\.internal$/,
    'tail of the password plus the host of a postgresql:// DSN matches the e-mail regex; the password is labelled CREDENTIAL, the host is infrastructure'],
  [/^mcp-result-json-text-hr$/, /\/result\/content\/\d+\/text$/, /^021000021$/,
    'ABA routing number (identifies the bank, not a person) inside the JSON-text tool result; cannot get its own pointer'],
];
const n = auditFile(file, { accept: ACCEPT });
console.log(`${n} suspicious match(es)`);
