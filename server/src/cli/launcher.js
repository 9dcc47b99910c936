// The `presslint` command's launcher, copied by scripts/build.mjs to dist/cli.js: it starts the
// CLI bundle beside it (cli.cjs) with V8's code cache for it (cli.cjs.cache, written by the build
// after linting the examples once). A cold start then skips compiling the ~0.9 MB bundle and the
// functions that run on every lint: about 60 ms of a 0.3-0.4 s run. Node 20 has no
// module.enableCompileCache(), hence vm.Script. The cache is only read here, never written on a
// user's machine: V8 refuses one made by another Node version or with other flags, and the CLI
// then compiles from source as it would without it.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// V8 first runs a regular expression from bytecode, then compiles it again to machine code on
// its next use. The rules' Unicode patterns (\p{L} classes) make each compile cost 1-6 ms, and a
// one-file run uses each pattern only a few times: compiling once, straight to machine code,
// takes ~40 ms off a cold run and changes nothing after (the long-lived server keeps V8's
// default). Set before compiling the bundle: V8 stamps its flags into a code cache, so the
// cache is made and used under the same flags.
setFlagsFromString('--no-regexp-tier-up');

const bundle = join(__dirname, 'cli.cjs');
const cacheFile = `${bundle}.cache`;
let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch (error) {
  process.stderr.write(`presslint: ${bundle} cannot be read (${error.code || error.message}): run \`npm run build\` (npm ci does it).\n`);
  process.exit(2);
}
// The cache starts with the id of the build that made it, which the bundle's first line
// carries: a cache from another build is not used (V8 would check only the source's length).
const buildId = /^\/\* presslint build ([\w-]+) \*\//.exec(source)?.[1];
let cachedData;
try {
  const cache = readFileSync(cacheFile);
  const header = Buffer.from(`${buildId}\n`);
  if (buildId && cache.subarray(0, header.length).equals(header)) cachedData = cache.subarray(header.length);
} catch {
  // No cache: compiled from source.
}
// One line, so that line numbers in stack traces are the bundle's own.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });

const mode = process.env.PRESSLINT_CODE_CACHE;
if (mode === 'write') {
  // The build's run: after the lint, so the cache holds the functions a lint compiles too.
  process.once('exit', () => {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${buildId}\n`), script.createCachedData()]));
    renameSync(temporary, cacheFile);
  });
} else if (mode === 'report') {
  const state = cachedData === undefined ? 'absent or from another build' : script.cachedDataRejected ? 'rejected by V8' : 'used';
  process.stderr.write(`presslint: code cache ${state}\n`);
}

const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, __dirname);
