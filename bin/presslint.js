#!/usr/bin/env node
// The `presslint` command: dist/cli.js starts the CLI bundle (see server/src/cli/launcher.js).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const launcher = join(__dirname, '..', 'dist', 'cli.js');
if (existsSync(launcher)) {
  require(launcher);
} else {
  process.stderr.write('presslint: the CLI is not built; run `npm run build` (npm ci does it).\n');
  process.exitCode = 2;
}
