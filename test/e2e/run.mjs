#!/usr/bin/env node
// `npm run test:e2e`: presslint in real editors.
//   1. installs what is missing (test/e2e/install.sh: Debian packages, code-server into .vscode-test/);
//   2. builds the extension and packages presslint.vsix, bundles the mocha suite;
//   3. VS Code: the suite in test/e2e/suite runs inside the extension host, through
//      @vscode/test-electron's runTests, on a scratch copy of test/e2e/workspace;
//   4. VS Code, packaged: presslint.vsix is installed into a clean extensions folder and the
//      tests in test/e2e/suite/vsix check it activates on a .release.md file;
//   5. Neovim: a headless LSP client (test/e2e/neovim) against dist/server.mjs --stdio.
// Prints `N passed, N failed` per suite and in total; exits 1 when anything failed.
//
// Environment:
//   PRESSLINT_E2E_DESKTOP=1   run the VS Code suites in desktop VS Code downloaded by
//                             @vscode/test-electron (needs internet) instead of code-server
//   PRESSLINT_E2E_ONLY        vscode | vsix | neovim: run only that suite
//   PRESSLINT_E2E_GREP        run only the VS Code tests whose title matches
//   PRESSLINT_E2E_SKIP_BUILD=1  use dist/ and presslint.vsix as they are
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const here = join(root, 'test', 'e2e');
const cache = join(root, '.vscode-test');
const runDir = join(cache, 'run');
const require = createRequire(import.meta.url);
const desktop = process.env.PRESSLINT_E2E_DESKTOP === '1';
const only = process.env.PRESSLINT_E2E_ONLY;
const codeServer = join(cache, 'code-server', 'node_modules', '.bin', 'code-server');
const shim = join(here, 'code-shim.mjs');
const vsix = join(root, 'presslint.vsix');

const results = [];
const timings = [];
await takeLock();

await step('install', () => run('bash', [join(here, 'install.sh')], desktop || only === 'neovim' ? { PRESSLINT_E2E_SKIP_CODE_SERVER: '1' } : {}));
if (process.env.PRESSLINT_E2E_SKIP_BUILD !== '1') {
  await step('build', async () => {
    // `npm run package` builds dist/ itself (the bundles the .vsix ships, which the VS Code suite then runs too).
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
    if (scripts.package && only !== 'neovim') await run('npm', ['run', '--silent', 'package']);
    else await run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
  });
}
await step('bundle suite', bundleSuite);
rmSync(runDir, { recursive: true, force: true });
mkdirSync(runDir, { recursive: true });

if (!only || only === 'vscode') await suite('VS Code', runVsCodeSuite);
if (!only || only === 'vsix') await suite('VS Code (.vsix)', runVsixSuite);
if (!only || only === 'restricted') await suite('Restricted Mode', runRestrictedSuite);
if (!only || only === 'neovim') await suite('Neovim', runNeovimSuite);

console.log('\n== end-to-end summary');
for (const { name, seconds } of timings) console.log(`  ${name.padEnd(16)} ${seconds.toFixed(1)} s`);
let passed = 0;
let failed = 0;
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  const skipped = r.skipped ?? [];
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${skipped.length ? `, ${skipped.length} skipped` : ''}`);
  for (const f of r.failures) console.log(`  ✗ ${f.title}${f.error ? `: ${f.error.split('\n')[0]}` : ''}`);
  for (const title of skipped) console.log(`  - skipped: ${title}`);
}
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

/**
 * One run at a time per checkout: runs share .vscode-test/run and dist/. A second run waits for
 * the first (a lock left by a process that is gone is taken over).
 */
async function takeLock() {
  const lock = join(cache, 'run.lock');
  mkdirSync(cache, { recursive: true });
  for (let waited = 0; ; waited++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      process.on('exit', () => rmSync(lock, { force: true }));
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(lock, 'utf8'));
    if (!isAlive(holder)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (waited === 0) console.log(`e2e: another run (pid ${holder}) is using ${relative(root, cache)}; waiting for it to finish`);
    await new Promise((done) => setTimeout(done, 2000));
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs one preparation step, timed; a failing step ends the run. */
async function step(name, body) {
  const started = Date.now();
  console.log(`\n== ${name}`);
  try {
    await body();
  } catch (error) {
    console.error(`e2e: ${name} failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  timings.push({ name, seconds: (Date.now() - started) / 1000 });
}

/** Runs one suite, timed; a suite that cannot run counts as one failure. */
async function suite(name, body) {
  const started = Date.now();
  console.log(`\n== ${name}`);
  let result;
  try {
    result = await body();
  } catch (error) {
    result = { passed: 0, failed: 1, failures: [{ title: `${name} could not run`, error: error instanceof Error ? error.message : String(error) }] };
  }
  timings.push({ name, seconds: (Date.now() - started) / 1000 });
  results.push({ name, ...result });
}

function run(command, args, env = {}, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`))));
  });
}

/** Bundles the suite (every index.ts and *.e2e.ts under test/e2e/suite) into .vscode-test/suite/ (CommonJS; vscode and mocha stay external). */
async function bundleSuite() {
  const { build } = await import('esbuild');
  const suiteSrc = join(here, 'suite');
  const entries = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.ts' || entry.name.endsWith('.e2e.ts')) entries.push(path);
    }
  };
  walk(suiteSrc);
  const outdir = join(cache, 'suite');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: entries, outdir, outbase: suiteSrc, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    outExtension: { '.js': '.cjs' }, external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning',
  });
  console.log(`bundled ${entries.length} files into ${relative(root, outdir)}/`);
}

/** A fresh copy of the test workspace: the tests edit and save drafts. */
function freshWorkspace(name) {
  const target = join(runDir, name);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(here, 'workspace'), target, { recursive: true });
  // The project's examples, for the test that compares fix-all with `presslint --fix`.
  cpSync(join(root, 'examples'), join(target, 'examples'), { recursive: true });
  // The real release beside the project (../shared/seed), when this clone has it: never committed.
  // Named as the extension's drafts are (*.release.txt), so the editor lints it.
  const seed = join(root, '..', 'shared', 'seed');
  if (existsSync(seed)) {
    mkdirSync(join(target, 'seed'), { recursive: true });
    for (const name of readdirSync(seed).filter((n) => n.endsWith('.txt'))) {
      cpSync(join(seed, name), join(target, 'seed', name.replace(/\.txt$/, '.release.txt')));
    }
  }
  return target;
}

/** runTests through the shim (or desktop VS Code); the suite's own summary file gives the counts. */
async function runExtensionTests({ name, devPath, testsPath, workspace, extensionsDir, env = {} }) {
  const { runTests } = require('@vscode/test-electron');
  const resultsFile = join(runDir, `${name}-results.json`);
  const scratch = join(runDir, `${name}-scratch`);
  mkdirSync(scratch, { recursive: true });
  const launchArgs = [workspace, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${join(scratch, 'user-data')}`];
  let exitError;
  try {
    await runTests({
      ...(desktop ? { version: process.env.PRESSLINT_E2E_VSCODE_VERSION || 'stable' } : { vscodeExecutablePath: shim }),
      extensionDevelopmentPath: devPath,
      extensionTestsPath: testsPath,
      launchArgs,
      extensionTestsEnv: {
        ...env,
        PRESSLINT_E2E_RESULTS: resultsFile,
        PRESSLINT_CODE_SERVER: codeServer,
        PRESSLINT_E2E_SCRATCH: scratch,
        PRESSLINT_E2E_SCREENS: join(here, 'screenshots'),
      },
    });
  } catch (error) {
    exitError = error;
  }
  if (!existsSync(resultsFile)) {
    throw new Error(`the suite wrote no results (${exitError instanceof Error ? exitError.message : 'no error'}); logs in ${relative(root, scratch)}`);
  }
  const summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
  for (const t of summary.tests) console.log(`  ${t.ok ? '✓' : '✗'} ${t.title} (${t.ms} ms)`);
  for (const f of summary.failures) console.log(`\n  ✗ ${f.title}\n    ${f.error.replace(/\n/g, '\n    ')}`);
  if (summary.failed > 0) printLogs(scratch);
  if (exitError && summary.failed === 0) {
    summary.failed = 1;
    summary.failures.push({ title: `${name}: VS Code exited with an error`, error: String(exitError) });
  }
  return summary;
}

/**
 * After a failure, what CI shows of the run besides the test's own message: the language
 * server's log (what the client and server said, errors included) and the workbench's warnings
 * and errors. The scratch folder with every log is gone with the CI machine.
 */
function printLogs(scratch) {
  const tail = (text, lines) => text.trimEnd().split('\n').slice(-lines).join('\n    ');
  const logs = join(scratch, 'user-data', 'logs');
  const serverLogs = existsSync(logs)
    ? readdirSync(logs, { recursive: true }).filter((path) => String(path).endsWith('presslint.log')).map((path) => join(logs, String(path)))
    : [];
  for (const log of serverLogs) {
    const text = readFileSync(log, 'utf8');
    console.log(`\n  ${relative(root, log)} (last 40 lines):\n    ${text.trim() ? tail(text, 40) : '(empty)'}`);
  }
  const workbench = join(scratch, 'workbench.log');
  if (existsSync(workbench)) {
    const problems = readFileSync(workbench, 'utf8').split('\n').filter((line) => /\b(error|warn(ing)?)\b/i.test(line) && !/[✔✓]/.test(line));
    console.log(`\n  workbench warnings and errors (last 40 of ${problems.length}):\n    ${problems.length ? tail(problems.join('\n'), 40) : '(none)'}`);
  }
}

async function runVsCodeSuite() {
  const extensionsDir = join(runDir, 'vscode-extensions');
  return runExtensionTests({
    name: 'vscode', devPath: root, testsPath: join(cache, 'suite', 'index.cjs'),
    workspace: freshWorkspace('vscode-workspace'), extensionsDir,
  });
}

async function runVsixSuite() {
  const extensionsDir = await installVsix('vsix');
  // The tests need a development extension to run from: a probe with no code of its own, so the
  // presslint that runs is the one installed from the .vsix.
  return runExtensionTests({
    name: 'vsix', devPath: join(here, 'vsix-probe'), testsPath: join(cache, 'suite', 'vsix', 'index.cjs'),
    workspace: freshWorkspace('vsix-workspace'), extensionsDir,
    env: { PRESSLINT_E2E_EXTENSIONS_DIR: extensionsDir },
  });
}

/** Installs presslint.vsix into a fresh extensions folder of its own, as a user would; returns the folder. */
async function installVsix(name) {
  if (!existsSync(vsix)) throw new Error('presslint.vsix is missing: `npm run package` must produce it');
  const extensionsDir = join(runDir, `${name}-extensions`);
  rmSync(extensionsDir, { recursive: true, force: true });
  mkdirSync(extensionsDir, { recursive: true });
  const scratch = join(runDir, `${name}-scratch`);
  if (desktop) {
    const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath } = require('@vscode/test-electron');
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(await downloadAndUnzipVSCode(process.env.PRESSLINT_E2E_VSCODE_VERSION || 'stable'));
    const installed = spawnSync(cli, [...cliArgs, '--install-extension', vsix, `--extensions-dir=${extensionsDir}`], { stdio: 'inherit' });
    if (installed.status !== 0) throw new Error(`--install-extension exited with ${installed.status}`);
  } else {
    await run(shim, ['--install-extension', vsix, `--extensions-dir=${extensionsDir}`], {
      PRESSLINT_CODE_SERVER: codeServer, PRESSLINT_E2E_SCRATCH: scratch,
    });
  }
  return extensionsDir;
}

/**
 * The extension in a workspace VS Code does not trust (Restricted Mode): it must still start and
 * lint, a house style being data. The shim opens the folder untrusted; desktop VS Code through
 * @vscode/test-electron always disables workspace trust, so there the suite cannot run.
 */
async function runRestrictedSuite() {
  if (desktop) throw new Error('Restricted Mode runs through the code-server shim only (@vscode/test-electron disables workspace trust)');
  // The extension installed from the .vsix: one under development would run in Restricted Mode
  // whatever it declares; an installed one runs only if it declares untrustedWorkspaces support.
  const extensionsDir = await installVsix('restricted');
  process.env.PRESSLINT_E2E_RESTRICTED = '1';
  try {
    return await runExtensionTests({
      name: 'restricted', devPath: join(here, 'vsix-probe'), testsPath: join(cache, 'suite', 'restricted', 'index.cjs'),
      workspace: freshWorkspace('restricted-workspace'), extensionsDir,
    });
  } finally {
    delete process.env.PRESSLINT_E2E_RESTRICTED;
  }
}

/** Neovim's headless LSP client prints TAP-like `ok`/`not ok` lines and exits with the failure count. */
async function runNeovimSuite() {
  const workspace = freshWorkspace('neovim-workspace');
  const output = [];
  const code = await new Promise((resolve, reject) => {
    const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(here, 'neovim', 'lsp-test.lua')}`], {
      cwd: workspace,
      env: { ...process.env, PRESSLINT_SERVER: join(root, 'dist', 'server.mjs'), PRESSLINT_WORKSPACE: workspace, HOME: join(runDir, 'neovim-home') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => { child.kill('SIGKILL'); output.push('not ok - Neovim did not finish within 120 s'); }, 120_000);
    const collect = (chunk) => { const text = String(chunk); process.stdout.write(text); output.push(...text.split('\n')); };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (exitCode) => { clearTimeout(timer); resolve(exitCode); });
  });
  const passed = output.filter((line) => /^ok\b/.test(line)).length;
  const failures = output.filter((line) => /^not ok\b/.test(line)).map((line) => ({ title: line.replace(/^not ok\s*\d*\s*-?\s*/, ''), error: '' }));
  if (code !== 0 && failures.length === 0) failures.push({ title: 'Neovim exited with an error', error: `exit code ${code}` });
  return { passed, failed: failures.length, failures };
}
