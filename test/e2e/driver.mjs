// Drives VS Code's own extension-test harness in the code-server workbench with headless chromium
// (Debian's, through playwright-core; never `playwright install`). The workbench takes the
// desktop's --extensionDevelopmentPath / --extensionTestsPath through its URL's `payload`
// parameter (code-server refuses them as command-line flags), runs the mocha suite in the real
// extension host, and hands the exit code to `window.codeAutomationExit`.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.PRESSLINT_CHROMIUM || '/usr/bin/chromium';
const verbose = process.env.PRESSLINT_E2E_VERBOSE === '1';

/**
 * Opens the workbench on `folder` with the test payload and resolves with the suite's exit code
 * (1 on a timeout or a crashed page). `onPage` receives the page for screen-level checks.
 */
export async function driveExtensionTests({ port, folder, devPaths, testsPath, scratch, timeoutMs, onPage }) {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const context = await chromium.launchPersistentContext(join(scratch, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 820 },
    // The shim gives code-server a scratch HOME; chromium (its crash reporter) writes below HOME too.
    env: { ...process.env, HOME: join(scratch, 'home') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let finish;
    const finished = new Promise((done) => (finish = done));
    // The workbench's and the extension host's console (mocha's reporter included) arrive here:
    // into a log file, and on the terminal too with PRESSLINT_E2E_VERBOSE=1.
    const log = createWriteStream(join(scratch, 'workbench.log'));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = `[${type}] ${stripStyles(format(...(Array.isArray(args) ? args : [args])))}\n`;
      log.write(line);
      if (verbose) process.stdout.write(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(typeof code === 'number' ? code : 1));
    page.on('pageerror', (error) => console.error(`[workbench] page error: ${error.message}`));
    page.on('crash', () => { console.error('[workbench] the page crashed'); finish(1); });
    onPage?.(page);
    const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [
      ...devPaths.map((path) => ['extensionDevelopmentPath', remote(path)]),
      ['extensionTestsPath', remote(testsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const timeout = new Promise((done) => (timer = setTimeout(() => done('timeout'), timeoutMs)));
    const result = await Promise.race([finished, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      console.error(`[workbench] no result from the extension tests within ${timeoutMs / 1000} s`);
      await page.screenshot({ path: join(scratch, 'timeout.png') }).catch(() => {});
      return 1;
    }
    console.log(`[workbench] extension tests exited with ${result} after ${elapsed()}`);
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Shows the Problems panel is listing a finding: waits for a row containing `expect`, saves a
 * screenshot of the whole workbench, returns the rows it saw.
 */
export async function screenCheck(page, { expect, shot, screensDir }) {
  const rows = page.locator('.markers-panel .monaco-list-row');
  let ok = true;
  try {
    await rows.filter({ hasText: expect }).first().waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    ok = false;
  }
  const texts = (await rows.allInnerTexts().catch(() => [])).map((t) => t.replace(/\s+/g, ' ').trim());
  mkdirSync(screensDir, { recursive: true });
  const screenshot = join(screensDir, `${shot.replace(/[^\w.-]/g, '_')}.png`);
  await page.screenshot({ path: screenshot });
  return { ok, rows: texts, screenshot };
}

// Browser console styling (CSS passed for %c) has no meaning in a log.
function stripStyles(text) {
  return text.replace(/\s*(color|font-weight|background)\s*:[^;%]*;?/g, '');
}
