'use strict';
// Usage: node crosscheck.js [seed] -- two label-completeness checks the regex audit cannot do (names, addresses, keys...):
//  1. provenance: every value returned by a sensitive-value generator (names, phones, e-mails, IDs, cards, IBANs, accounts,
//     VINs, plates, IPs, USCCs, permits, passports, SSNs, addresses, secrets) that appears in a leaf or one of its decodings
//     must be covered by a label on that leaf;
//  2. consistency: a value labelled anywhere in a case never appears unlabelled in another leaf of the same case.
// A value inside a longer label on the same leaf (the birth date inside a resident ID, a mobile inside "+86…") counts as covered.
// HN_BY_DESIGN lists generators whose output is deliberately a hard negative. Exit 1 on any finding.
const v = require('../blind5/values');
const w = require('./values6');
const { leaves, decodings } = require('../blind5/common');

const HN_BY_DESIGN = { awsId: 'AWS access key id (a key id, not the secret) is a hard negative' };
let produced = [];
const wrap = (obj, name) => { const f = obj[name]; obj[name] = (...a) => { const x = f(...a); produced.push([name, String(x)]); return x; }; };
for (const n of ['cnName', 'foreignName', 'email', 'qqMail', 'mobile', 'intlPhone', 'landline', 'passport', 'ssn', 'card', 'iban', 'cnAccount', 'vin', 'plate', 'ipv4', 'ipv6', 'uscc', 'hkPermit', 'jwt', 'password', 'apiKey', 'westAddress', 'cnAddress', 'residentId', 'pem']) wrap(v, n);
for (const n of Object.keys(w.keys)) wrap(w.keys, n);
wrap(w, 'workMail'); wrap(w, 'pinyinPassenger');
const { generate } = require('./gen'); // after wrapping, so the shapes call the wrapped generators

const seed = parseInt(process.argv[2] || '6160', 10) >>> 0;
let findings = 0, checked = 0, byDesign = 0;
const textsOf = val => (typeof val === 'number' ? [JSON.stringify(val)] : [...decodings(val)]);
generate(seed, {
  before: () => { produced = []; },
  after: (id, plain, labels, hn) => {
    const at = {}; for (const l of labels) (at[l.pointer] = at[l.pointer] || []).push(l.value);
    const H = new Set(hn);
    const gen = new Map(); for (const [g, x] of produced) if (x.length >= 2 && !gen.has(x)) gen.set(x, g);
    const labelled = [...new Set(labels.map(l => l.value))];
    for (const [p, val] of leaves(plain)) {
      if (val === null || typeof val === 'boolean') continue;
      const texts = textsOf(val); const here = at[p] || [];
      const covered = x => here.some(y => y.includes(x) || x.includes(y));
      for (const [x, g] of gen) {
        if (!texts.some(t => t.includes(x))) continue;
        checked++;
        if (covered(x)) continue;
        if (HN_BY_DESIGN[g] && H.has(p)) { byDesign++; continue; }
        findings++; console.log(`provenance\t${id}\t${p}${H.has(p) ? ' [HN]' : ''}\t${g}\t${JSON.stringify(x)}`);
      }
      for (const x of labelled) {
        if (here.some(y => y.includes(x)) || !texts.some(t => t.includes(x))) continue;
        findings++; console.log(`consistency\t${id}\t${p}${H.has(p) ? ' [HN]' : ''}\t${JSON.stringify(x)}`);
      }
    }
  },
});
console.log(`seed ${seed}: ${checked} generated-value occurrences checked, ${byDesign} hard negatives by design (${Object.keys(HN_BY_DESIGN).join(', ')}), ${findings} finding(s)`);
if (findings) process.exit(1);
