#!/usr/bin/env node
// The `presslint` command: the CLI is an ESM bundle (cspell's packages are ESM-only).
import('../dist/cli.mjs').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('presslint: the CLI is not built; run `npm run build` (npm ci does it).\n');
  } else {
    process.stderr.write(`presslint: ${error && error.message ? error.message : error}\n`);
  }
  process.exitCode = 2;
});
