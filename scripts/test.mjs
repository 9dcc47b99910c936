// Runs every unit, rule, CLI, LSP and property suite with Node's test runner (Node 20 takes
// no glob for --test, so the files are listed here). The editor end-to-end suites run
// separately: npm run test:e2e.
// Usage: node scripts/test.mjs [file-or-folder-filter ...]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const filters = process.argv.slice(2);

function find(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'e2e' || entry.name === 'fixtures' ? [] : find(path);
    return entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

const files = find(join(root, 'test'))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(2);
}
// A test that hangs (a child process that never answers) fails after two minutes, and the
// whole run is stopped after fifteen, instead of holding CI until its limit. (Not
// --test-force-exit: on Node 20 it ended a test file's process before all its tests had run.)
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-timeout=120000', ...files], {
  cwd: root,
  stdio: 'inherit',
  timeout: 15 * 60 * 1000,
  killSignal: 'SIGKILL',
});
if (result.error) console.error(`npm test: ${result.error.message}`);
process.exit(result.status ?? 1);
