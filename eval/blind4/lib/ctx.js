'use strict';
// Context handed to every shape builder: rng + data generators + mark helpers.
const { makeData } = require('./data');
const M = require('./mark');

function makeCtx(r) {
  const D = makeData(r);
  const c = Object.assign({ r }, D, M);
  // shuffle key order of a plain object (one level)
  c.shuffleKeys = (o) => { const out = {}; for (const k of r.shuffle(Object.keys(o))) out[k] = o[k]; return out; };
  // drop keys whose value is undefined (lets shapes write optional fields inline)
  c.clean = (o) => { const out = {}; for (const k of Object.keys(o)) if (o[k] !== undefined) out[k] = o[k]; return out; };
  c.STYLES4 = ['camel', 'snake', 'pascal', 'upper', 'kebab'];
  return c;
}
module.exports = { makeCtx };
