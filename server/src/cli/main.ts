/**
 * The `presslint` command. Exit codes are a contract: 0 no errors (and warnings within
 * --max-warnings), 1 errors found, 2 a usage, house style or file error, printed as one
 * readable line: never a stack trace.
 */
import { escapeControls } from '../engine/text/controls';
import { existsSync, lstatSync, writeFileSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  findStyleFile,
  recommended,
  rules,
  spellingMeta,
  StyleCache,
  StyleError,
  SpellingSetupError,
  styleInEffect,
  formatOfFileName,
} from '../engine/index';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args';
import { FileError, displayPath, readDraft, writeFileAtomic } from './files';
import { formatGithub } from './formatters/github';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { STARTER_STYLE } from './init';
import { countFindings, unifiedDiff } from './report';
import { run } from './run';
import { addWordsToStyleFile } from '../engine/config/edit';

declare const __PRESSLINT_VERSION__: string | undefined;
export const VERSION = typeof __PRESSLINT_VERSION__ === 'string' ? __PRESSLINT_VERSION__ : '0.0.0-dev';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/** Runs the CLI and returns its exit code; all output goes through `io`. */
export async function main(argv: string[], io: Io): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`presslint: ${escapeControls(message)}\n`);
    return 2;
  };
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, io.env, io.isTTY);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
  try {
    switch (options.command) {
      case 'help':
        io.stdout(HELP);
        return 0;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'rules':
        io.stdout(listRules());
        return 0;
      case 'init':
        return init(options, io, fail);
      case 'print-config': {
        const file = resolve(io.cwd, options.printConfigFor!);
        const style = new StyleCache().forFolder(resolve(file, '..'), options.config && resolve(io.cwd, options.config));
        // The style for the draft's language (its front matter, name or prose); a draft not yet
        // written or not readable is known by its name only.
        const draft = existsSync(file) ? readDraft(file) : undefined;
        const text = draft?.kind === 'text' ? draft.text : '';
        io.stdout(`${JSON.stringify(styleInEffect(text, style, file, formatOfFileName(file)), null, 2)}\n`);
        return 0;
      }
      case 'add-word': {
        const file = options.config ? resolve(io.cwd, options.config) : findStyleFile(io.cwd);
        const target = file ?? join(io.cwd, '.presslint.yaml');
        if (!file) writeFileSync(target, 'extends: recommended\n', { flag: 'wx' });
        const added = addWordsToStyleFile(target, options.words);
        io.stdout(added.length > 0 ? `Added ${added.join(', ')} to the house words in ${displayPath(target, io.cwd)}.\n` : `Already house words in ${displayPath(target, io.cwd)}: ${options.words.join(', ')}.\n`);
        return 0;
      }
      case 'lint':
        return await lintCommand(options, io);
    }
  } catch (error) {
    if (error instanceof StyleError || error instanceof FileError || error instanceof SpellingSetupError) return fail(error.message);
    return fail(`unexpected error: ${(error as Error)?.message ?? String(error)}. Please report it with the draft that caused it.`);
  }
}

async function lintCommand(options: CliOptions, io: Io): Promise<number> {
  const warnings: string[] = [];
  const result = await run({
    patterns: options.patterns,
    ignore: options.ignore,
    config: options.config,
    fix: options.fix === 'diff' ? 'dry-run' : options.fix,
    spelling: options.spelling,
    quiet: options.quiet,
    stdinFilename: options.stdinFilename,
    stdin: io.readStdin,
    cwd: io.cwd,
    warn: (message) => warnings.push(message),
  });
  for (const warning of warnings) io.stderr(`presslint: warning: ${escapeControls(warning)}\n`);
  const { reports } = result;
  if (options.fix === 'diff') {
    // What --fix would change, for review (in CI: fail when a draft is not yet fixed).
    const changed = reports.filter((report) => report.output !== undefined);
    for (const report of changed) io.stdout(unifiedDiff(report.displayPath, report.original!, report.output!));
    return changed.length > 0 ? 1 : 0;
  }
  if (result.fixedStdin !== undefined) {
    // With `--fix` and standard input, the fixed draft is the output; the report goes to stderr.
    io.stdout(result.fixedStdin);
  }
  const out = result.fixedStdin !== undefined ? io.stderr : io.stdout;
  switch (options.format) {
    case 'json':
      out(formatJson(reports));
      break;
    case 'sarif':
      out(formatSarif(reports, VERSION, io.cwd));
      break;
    case 'github':
      out(formatGithub(reports));
      break;
    default:
      out(formatStylish(reports, options.color));
  }
  const { errorCount, warningCount } = countFindings(reports.flatMap((r) => r.findings));
  if (errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && warningCount > options.maxWarnings) {
    io.stderr(`presslint: ${warningCount} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function init(options: CliOptions, io: Io, fail: (message: string) => number): number {
  const target = join(io.cwd, '.presslint.yaml');
  // A link (even a dangling one) is never written through: it points at a file somewhere else.
  const link = lstatOrUndefined(target);
  if (link?.isSymbolicLink()) return fail(`${displayPath(target, io.cwd)} is a symbolic link; presslint does not write through it. Remove the link first.`);
  if (link && !link.isFile()) return fail(`${displayPath(target, io.cwd)} exists and is not a regular file.`);
  if (link && !options.force) return fail(`${displayPath(target, io.cwd)} already exists; use --force to replace it.`);
  writeFileAtomic(target, STARTER_STYLE);
  io.stdout(`Wrote ${displayPath(target, io.cwd)}: a commented starter house style.\n`);
  return 0;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function listRules(): string {
  const rows = [...rules.map((r) => r.meta), spellingMeta].map((meta) => {
    const setting = recommended.rules[meta.id] ?? meta.defaultSeverity;
    return [meta.id, setting, meta.fixable ? 'fix' : '', meta.description];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return `${rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n')}\n`;
}
