// Bundles the VS Code client, the language server and the CLI with esbuild, copies the
// spelling dictionaries beside the bundles, and writes the house style JSON schema.
// Usage: node scripts/build.mjs [--watch] [--minify]
import { build, context } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

// cspell-lib is ESM-only and reads import.meta.url: the server and CLI are ESM bundles,
// with `require` recreated for the CommonJS packages bundled into them.
const esmBanner = {
  js: "import { createRequire as __presslintCreateRequire } from 'node:module'; const require = __presslintCreateRequire(import.meta.url);",
};
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = { define: { __PRESSLINT_VERSION__: JSON.stringify(version) }, bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', minify, logLevel: 'warning', absWorkingDir: root };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.mjs', format: 'esm', banner: esmBanner },
  { ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.mjs', format: 'esm', banner: esmBanner },
];

mkdirSync(dist, { recursive: true });
// Only the dictionaries the dialects need ship, beside the bundles (cspell-lib loads them by path).
mkdirSync(join(dist, 'dicts'), { recursive: true });
cpSync(join(dirname(require.resolve('@cspell/dict-en-gb-mit/cspell-ext.json')), 'en_GB.trie.gz'), join(dist, 'dicts', 'en_GB.trie.gz'));
cpSync(join(dirname(require.resolve('@cspell/dict-en_us/cspell-ext.json')), 'en_US.trie.gz'), join(dist, 'dicts', 'en_US.trie.gz'));

if (watch) {
  for (const options of builds) await (await context(options)).watch();
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((options) => build(options)));
  await writeSchema();
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
