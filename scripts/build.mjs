// Bundles the VS Code client, the language server and the CLI with esbuild, writes the
// spelling dictionaries beside the bundles, and writes the house style JSON schema.
// Usage: node scripts/build.mjs [--watch] [--minify]
import { build, context } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

// cspell's packages are ESM-only and read import.meta.url: the server and CLI are ESM bundles,
// with `require` recreated for the CommonJS packages bundled into them.
const esmBanner = {
  js: "import { createRequire as __presslintCreateRequire } from 'node:module'; const require = __presslintCreateRequire(import.meta.url);",
};
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = { define: { __PRESSLINT_VERSION__: JSON.stringify(version) }, bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', minify, logLevel: 'warning', absWorkingDir: root };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', format: 'cjs', external: ['vscode'] },
  // One ESM build for the server and the CLI, split into chunks: cspell-dictionary (imported
  // dynamically) lands in a chunk of its own, so a start that needs no spelling never compiles it.
  {
    ...common,
    entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli/bin.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    // Chunks sit beside the entry points: code in them finds dicts/ relative to its own URL.
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    banner: esmBanner,
  },
];

mkdirSync(dist, { recursive: true });
// Chunks carry content hashes: clear the old ones so the package holds only the current build.
for (const name of readdirSync(dist)) if (/^chunk-.*\.mjs(\.map)?$/.test(name)) rmSync(join(dist, name));
// Only the dictionaries the dialects need ship, beside the bundles (loaded by path).
await writeDictionaries();

if (watch) {
  for (const options of builds) await (await context(options)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((options) => build(options)));
  writeCliLauncher();
  await writeSchema();
}

/**
 * The en-GB and en-US dictionaries in cspell's binary trie form (`.btrie.gz`): it loads in a few
 * milliseconds where the packages' text form (`.trie.gz`) takes 0.5-1.5 s to parse. Converted by
 * cspell-trie-lib, the trie library of cspell-dictionary at the same version; redone only when the source changes.
 */
async function writeDictionaries() {
  mkdirSync(join(dist, 'dicts'), { recursive: true });
  const { convertToBTrie } = await import('cspell-trie-lib');
  for (const [pkg, name] of [['@cspell/dict-en-gb-mit', 'en_GB'], ['@cspell/dict-en_us', 'en_US']]) {
    const source = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), `${name}.trie.gz`);
    const target = join(dist, 'dicts', `${name}.btrie.gz`);
    const newestInput = Math.max(statSync(source).mtimeMs, statSync(fileURLToPath(import.meta.resolve('cspell-trie-lib'))).mtimeMs);
    if (existsSync(target) && statSync(target).mtimeMs >= newestInput) continue;
    const { content } = await convertToBTrie({ url: pathToFileURL(source), content: readFileSync(source) }, {});
    writeFileSync(target, gzipSync(content, { level: 9 }));
  }
}

/**
 * `dist/cli.js`, so that `node dist/cli.js FILE` runs the CLI from any copy of dist/ (the
 * unpacked .vsix included). The bundle is ESM (`cli.mjs`: cspell's packages are ESM-only) and
 * the package is CommonJS (the VS Code client is), so this file only starts the bundle.
 */
function writeCliLauncher() {
  writeFileSync(
    join(dist, 'cli.js'),
    `#!/usr/bin/env node
// Written by scripts/build.mjs: starts the presslint CLI bundle (cli.mjs, beside this file).
'use strict';
import('./cli.mjs').catch((error) => {
  process.stderr.write('presslint: ' + (error && error.message ? error.message : String(error)) + '\\n');
  process.exitCode = 2;
});
`,
  );
}

/** The house style schema, generated from server/src/engine/config/schema.ts. */
async function writeSchema() {
  const out = join(dist, 'schema.mjs');
  await build({ ...common, sourcemap: false, entryPoints: ['server/src/engine/config/schema.ts'], outfile: out, format: 'esm' });
  const { jsonSchemaDocument } = await import(`${out}?t=${Date.now()}`);
  const json = `${JSON.stringify(jsonSchemaDocument(), null, 2)}\n`;
  writeFileSync(join(root, 'server', 'presslint.schema.json'), json);
  writeFileSync(join(dist, 'presslint.schema.json'), json);
  rmSync(out);
}
