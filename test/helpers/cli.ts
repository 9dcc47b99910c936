/** Running the CLI in tests: in-process through `main()`, or as the built command in a child process. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'presslint.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `presslint argv` in this process, in `cwd`, with `stdin` as standard input. */
export async function runCli(argv: string[], cwd: string, stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => Buffer.from(stdin),
    cwd,
    env: {},
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Runs the built `bin/presslint.js` as a child process (what CI and users run). */
export function runBin(argv: string[], options: SpawnSyncOptions & { input?: string } = {}): CliRun {
  const child = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', ...options, env: { ...process.env, NO_COLOR: '1', ...options.env } });
  return { code: child.status ?? -1, stdout: String(child.stdout), stderr: String(child.stderr) };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempFolder(prefix = 'presslint-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
