/**
 * The mocha entry VS Code's extension-test harness loads in the extension host
 * (`extensionTestsPath`). It runs every `*.e2e.cjs` bundled beside it, writes a result summary
 * where PRESSLINT_E2E_RESULTS points (the runner prints the totals from it) and rejects when a
 * test failed, which makes VS Code exit with a non-zero code.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

/** Called by VS Code once the extension host is up; settles when the suite is done. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.PRESSLINT_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.e2e.cjs')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const tests: { title: string; ok: boolean; ms: number }[] = [];
  const failures: { title: string; error: string }[] = [];
  // A skipped test (its input is not on this machine) is listed as skipped, never counted as passed.
  const skipped: string[] = [];
  const failed = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), ok: true, ms: test.duration ?? 0 }));
    runner.on('pending', (test) => skipped.push(test.fullTitle()));
    runner.on('fail', (test, error: Error) => {
      tests.push({ title: test.fullTitle(), ok: false, ms: test.duration ?? 0 });
      failures.push({ title: test.fullTitle(), error: error?.message ?? String(error) });
    });
  });
  const passed = tests.filter((t) => t.ok).length;
  const resultsFile = process.env.PRESSLINT_E2E_RESULTS;
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify({ passed, failed: failures.length, skipped, tests, failures }, null, 2));
  if (failed > 0) throw new Error(`${failed} end-to-end test(s) failed.`);
}
