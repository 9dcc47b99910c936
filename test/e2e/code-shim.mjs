#!/usr/bin/env node
// A "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }) on machines
// where desktop VS Code cannot be downloaded. It takes the desktop CLI arguments runTests passes
// and runs the same extension tests in code-server (VS Code's server and web workbench, with the
// real Node extension host), shown in headless chromium driven by playwright-core. It exits with
// the tests' exit code. `--install-extension` is passed through to code-server, so the shim also
// stands in for the `code` CLI.
//
// Environment:
//   PRESSLINT_CODE_SERVER   the code-server executable (required)
//   PRESSLINT_E2E_SCRATCH   a scratch folder for HOME, profiles and logs (default: a temp folder)
//   PRESSLINT_E2E_SCREENS   where screenshots go (default: <scratch>/screens)
//   PRESSLINT_E2E_RESTRICTED  1: open the folder untrusted, in Restricted Mode (workspace trust on, no prompt)
//   PRESSLINT_E2E_TIMEOUT   seconds the whole test run may take (default 600)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { driveExtensionTests } from './driver.mjs';

const codeServer = process.env.PRESSLINT_CODE_SERVER;
if (!codeServer) fail('PRESSLINT_CODE_SERVER is not set: run test/e2e/install.sh and point it at the code-server executable.');
const scratch = resolve(process.env.PRESSLINT_E2E_SCRATCH || mkdtempSync(join(tmpdir(), 'presslint-e2e-')));
const args = parseArgs(process.argv.slice(2));
const home = join(scratch, 'home');
mkdirSync(home, { recursive: true });
// code-server and chromium write below $HOME (config, crash reports): keep them in the scratch folder.
const childEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), EXTENSIONS_GALLERY: '{}' };

if (args.values['install-extension'].length > 0) {
  process.exit(await installExtensions());
} else {
  process.exit(await runExtensionTests());
}

/** Passes `--install-extension` through to code-server (a clean `--extensions-dir` is the caller's choice). */
async function installExtensions() {
  const csArgs = [
    ...args.values['install-extension'].flatMap((vsix) => ['--install-extension', resolve(vsix)]),
    ...commonDirs(), '--config', join(scratch, 'code-server.yaml'),
  ];
  if (args.flags.has('force')) csArgs.push('--force');
  return waitForExit(spawn(codeServer, csArgs, { stdio: 'inherit', env: childEnv }));
}

/** Starts code-server on a free loopback port, runs the tests through chromium, stops code-server. */
async function runExtensionTests() {
  const [devPaths, testsPath] = [args.values.extensionDevelopmentPath, args.values.extensionTestsPath[0]];
  if (devPaths.length === 0 || !testsPath) fail('expected --extensionDevelopmentPath and --extensionTestsPath (as runTests passes them).');
  const folder = resolve(args.positional[0] ?? process.cwd());
  const port = await freePort();
  // The suite asks the driver for screen-level checks (the Problems panel, a screenshot) over this
  // loopback URL; the extension host inherits code-server's environment.
  const screen = await startScreenServer();
  const csEnv = { ...childEnv, PRESSLINT_E2E_SCREEN: `http://127.0.0.1:${screen.port}` };
  // Restricted Mode: trust stays on and is never asked for, so the folder opens untrusted.
  const restricted = process.env.PRESSLINT_E2E_RESTRICTED === '1';
  // No welcome page (it could open late on a slow first start and take the active editor from a test).
  const userSettings = { 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false };
  if (restricted) Object.assign(userSettings, { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false });
  const userDir = join(commonDirs()[1], 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify(userSettings));
  const server = spawn(codeServer, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    ...(restricted ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', '--ignore-last-opened',
    ...commonDirs(), '--config', join(scratch, 'code-server.yaml'),
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: csEnv });
  // code-server runs in its own process group (so its extension host can be ended with it):
  // an interrupted run must end that group too, or it outlives the shim.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => { screen.close(); void stopGroup(server).then(() => process.exit(130)); });
  }
  // Its own log is noise on a passing run: it goes to a file in the scratch folder.
  const log = createWriteStream(join(scratch, 'code-server.log'));
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  let code = 1;
  try {
    await waitForHealth(port, server);
    code = await driveExtensionTests({
      port, folder, devPaths: devPaths.map((p) => resolve(p)), testsPath: resolve(testsPath), scratch,
      screensDir: resolve(process.env.PRESSLINT_E2E_SCREENS || join(scratch, 'screens')),
      timeoutMs: Number(process.env.PRESSLINT_E2E_TIMEOUT || 600) * 1000,
      onPage: (page) => screen.attach(page),
    });
  } catch (error) {
    console.error('[shim] test run failed:', error instanceof Error ? error.message : error);
  } finally {
    screen.close();
    await stopGroup(server);
  }
  return code;
}

function commonDirs() {
  const userData = args.values['user-data-dir'][0] ?? join(scratch, 'user-data');
  const extensions = args.values['extensions-dir'][0] ?? join(scratch, 'extensions');
  return ['--user-data-dir', resolve(userData), '--extensions-dir', resolve(extensions)];
}

/** Splits desktop CLI arguments: `--name=value`, `--name value` for known valued options, flags, positionals. */
function parseArgs(argv) {
  const valued = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'install-extension', 'locale'];
  const values = Object.fromEntries(valued.map((name) => [name, []]));
  const flags = new Set();
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (valued.includes(name)) values[name].push(eq === -1 ? argv[++i] : arg.slice(eq + 1));
    else flags.add(name);
  }
  return { values, flags, positional };
}

/**
 * A loopback HTTP endpoint through which the suite (in the extension host) asks the driver to
 * look at the screen: GET /problems?expect=<text>&shot=<name> waits until a row of the Problems
 * panel contains the text, saves a screenshot and answers { ok, rows, screenshot }.
 */
async function startScreenServer() {
  let page;
  const { screenCheck } = await import('./driver.mjs');
  const httpServer = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body;
    try {
      if (!page) throw new Error('the workbench page is not open yet');
      if (url.pathname !== '/problems') throw new Error(`unknown screen check ${url.pathname}`);
      body = await screenCheck(page, {
        expect: url.searchParams.get('expect') ?? '',
        shot: url.searchParams.get('shot') ?? 'problems',
        screensDir: resolve(process.env.PRESSLINT_E2E_SCREENS || join(scratch, 'screens')),
      });
    } catch (error) {
      body = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise((done) => httpServer.listen(0, '127.0.0.1', done));
  return { port: httpServer.address().port, attach: (p) => { page = p; }, close: () => httpServer.close() };
}

function freePort() {
  return new Promise((done, reject) => {
    const probe = createNetServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitForHealth(port, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited early with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('code-server did not answer /healthz within 60 s');
}

/** Ends code-server and its extension host (same process group); SIGKILL if it lingers. */
async function stopGroup(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
  await exited;
  clearTimeout(timer);
}

function waitForExit(child) {
  return new Promise((done) => child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));
}

function fail(message) {
  console.error(`[shim] ${message}`);
  process.exit(2);
}
