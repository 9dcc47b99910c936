// Bundles the VS Code client, the language server and the CLI with esbuild, writes the
// spelling dictionaries beside the bundles, and writes the house style JSON schema.
// Usage: node scripts/build.mjs [--watch] [--minify]
import { build, context } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

// The server is an ESM bundle (cspell's packages are ESM-only and read import.meta.url), with
// `require` recreated for the CommonJS packages bundled into it.
const esmBanner = {
  js: "import { createRequire as __presslintCreateRequire } from 'node:module'; const require = __presslintCreateRequire(import.meta.url);",
};
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = { define: { __PRESSLINT_VERSION__: JSON.stringify(version) }, bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', minify, logLevel: 'warning', absWorkingDir: root };
const buildId = randomUUID();
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', format: 'cjs', external: ['vscode'] },
  // The server: ESM, split into chunks, so cspell-dictionary (imported dynamically) lands in a
  // chunk of its own and a server with spelling off never compiles it.
  {
    ...common,
    entryPoints: { server: 'server/src/server.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    // Chunks sit beside the entry point: code in them finds dicts/ relative to its own URL.
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    banner: esmBanner,
  },
  // The CLI: one CommonJS file, so that dist/cli.js can start it with V8's code cache (vm.Script
  // takes a cache; Node 20 has none for ES modules). Dynamic imports become requires; code that
  // finds the dictionaries by its own URL gets the file's URL.
  {
    ...common,
    entryPoints: ['server/src/cli/bin.ts'],
    outfile: 'dist/cli.cjs',
    format: 'cjs',
    // Always minified: half the bytes to read and hold at every start (~12 ms of a cold run).
    // Its errors reach users as one line anyway; the source map leads back to the TypeScript.
    minify: true,
    supported: { 'dynamic-import': false },
    define: { ...common.define, 'import.meta.url': '__presslintFileUrl' },
    // The build's id ties the code cache to this bundle (V8 itself checks only the source's length).
    banner: { js: `/* presslint build ${buildId} */ const __presslintFileUrl = require('node:url').pathToFileURL(__filename).href;` },
  },
];

mkdirSync(dist, { recursive: true });
// Chunks carry content hashes: clear the old ones (and the CLI's ESM entry of earlier builds)
// so that the package holds only the current build.
for (const name of readdirSync(dist)) if (/^(?:chunk-.*|cli)\.mjs(\.map)?$/.test(name)) rmSync(join(dist, name));
// Only the dictionaries the dialects need ship, beside the bundles (loaded by path).
await writeDictionaries();

// The CLI's launcher (see server/src/cli/launcher.js) is plain JavaScript: copied as it is.
copyFileSync(join(root, 'server', 'src', 'cli', 'launcher.js'), join(dist, 'cli.js'));

if (watch) {
  // No code cache while watching: each rebuild would leave it behind its bundle.
  rmSync(join(dist, 'cli.cjs.cache'), { force: true });
  for (const options of builds) await (await context(options)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((options) => build(options)));
  writeCodeCache();
  await writeSchema();
}

/**
 * The en-GB, en-US and French dictionaries in cspell's binary trie form (`.btrie`), and cspell's list
 * of people's names. The binary trie loads in a few
 * milliseconds where the packages' text form (`.trie.gz`) takes 0.5-1.5 s to parse. Converted by
 * cspell-trie-lib, the trie library of cspell-dictionary at the same version; redone only when the source changes.
 */
async function writeDictionaries() {
  mkdirSync(join(dist, 'dicts'), { recursive: true });
  const { convertToBTrie } = await import('cspell-trie-lib');
  for (const [pkg, name] of [['@cspell/dict-en-gb-mit', 'en_GB'], ['@cspell/dict-en_us', 'en_US'], ['@cspell/dict-fr-fr', 'fr-fr']]) {
    const source = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), `${name}.trie.gz`);
    const target = join(dist, 'dicts', `${name}.btrie`);
    const newestInput = Math.max(statSync(source).mtimeMs, statSync(fileURLToPath(import.meta.resolve('cspell-trie-lib'))).mtimeMs);
    if (existsSync(target) && statSync(target).mtimeMs >= newestInput) continue;
    const { content } = await convertToBTrie({ url: pathToFileURL(source), content: readFileSync(source) }, {});
    // Not gzipped: the .vsix and the npm package are compressed already, and unzipping cost every cold run ~20 ms.
    writeFileSync(target, content);
  }
  // cspell's dictionaries of software terms and company names, as their packages ship them (read by cspell-lib).
  const bundled = JSON.parse(readFileSync(join(root, 'server/src/engine/spelling/bundled-dictionaries.json'), 'utf8'));
  for (const { file, package: pkg } of bundled) {
    const source = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), 'dict', file);
    const target = join(dist, 'dicts', file);
    if (!existsSync(target) || statSync(target).mtimeMs < statSync(source).mtimeMs) copyFileSync(source, target);
  }
  // The list of people's names, its words sorted in code-unit order: it is looked up by binary
  // search in its text (SortedWordList in server/src/engine/spelling/dictionary.ts).
  const names = join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  const namesTarget = join(dist, 'dicts', 'people-names.txt');
  if (!existsSync(namesTarget) || statSync(namesTarget).mtimeMs < statSync(names).mtimeMs) {
    const words = readFileSync(names, 'utf8').split(/\r?\n/).filter((line) => line !== '' && !line.startsWith('#'));
    const sorted = [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    writeFileSync(namesTarget, `${sorted.join('\n')}\n`);
  }
}

/**
 * V8's code cache for the CLI bundle (`dist/cli.cjs.cache`), made by linting the examples once
 * (plain text and Markdown, the built-in style and a house style file, with spelling), so that
 * it holds the functions a lint runs, not only the bundle's top level. See server/src/cli/launcher.js.
 */
function writeCodeCache() {
  rmSync(join(dist, 'cli.cjs.cache'), { force: true });
  const samples = ['examples/flood-response.release.txt', 'examples/aqualink/school-water.release.md'];
  const run = spawnSync(process.execPath, [join(dist, 'cli.js'), '--no-color', ...samples], {
    cwd: root,
    env: { ...process.env, PRESSLINT_CODE_CACHE: 'write' },
    encoding: 'utf8',
  });
  // Exit 1 means findings (the examples have some); 2 or a signal means the CLI is broken.
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI failed on the examples (exit ${run.status}): ${run.stderr}`);
  if (!existsSync(join(dist, 'cli.cjs.cache'))) throw new Error('the CLI ran but wrote no code cache');
}

/** The house style schema, generated from server/src/engine/config/schema.ts. */
async function writeSchema() {
  const out = join(dist, 'schema.mjs');
  await build({ ...common, sourcemap: false, entryPoints: ['server/src/engine/config/schema.ts'], outfile: out, format: 'esm' });
  const { jsonSchemaDocument } = await import(`${out}?t=${Date.now()}`);
  const json = `${JSON.stringify(jsonSchemaDocument(), null, 2)}\n`;
  // The tracked copy is rewritten only when the schema changed: a build leaves git status clean.
  const tracked = join(root, 'server', 'presslint.schema.json');
  if (!existsSync(tracked) || readFileSync(tracked, 'utf8') !== json) writeFileSync(tracked, json);
  writeFileSync(join(dist, 'presslint.schema.json'), json);
  rmSync(out);
}
