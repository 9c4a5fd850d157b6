// Lets a plain `node` process require the project's .ts files, with the swc
// transform jest uses, so a test or bench can run src/ code in a separate
// process that it may kill or measure on its own:  node -r ./test/audit/ts-hook.js file.ts
const swc = require('@swc/core');
const fs = require('fs');
require.extensions['.ts'] = (m, f) =>
  m._compile(swc.transformSync(fs.readFileSync(f, 'utf8'), { filename: f, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }).code, f);
