/** Linting (and fixing) the drafts a command line names: the CLI's adapter around the engine. */
import { dirname, join, resolve } from 'node:path';
import {
  createSpeller,
  formatOfFileName,
  fixAll,
  lintWithSpelling,
  SpellingSetupError,
  StyleCache,
  type DraftFormat,
  type Finding,
  LineIndex,
  splitLines,
  type HouseStyle,
  type Speller,
} from '../engine/index';
import { decodeDraft, displayPath, expandPatterns, readDraft, writeFileAtomic } from './files';
import { FATAL_RULE_ID, type FileReport } from './report';

export interface RunOptions {
  patterns: readonly string[];
  /** Globs of files folders and globs do not bring in (see expandPatterns). */
  ignore?: readonly string[];
  config?: string;
  /** `write`: fix and write back; `dry-run`: fix in memory only (the report and `output` show the result). */
  fix: 'off' | 'write' | 'dry-run';
  spelling: boolean;
  quiet: boolean;
  stdinFilename?: string;
  /** Standard input, read by the caller when a pattern is `-`. */
  stdin?: () => Promise<Buffer>;
  cwd?: string;
  /** Where warnings go (a skipped binary file, a rule that crashed). */
  warn: (message: string) => void;
}

export interface RunResult {
  reports: FileReport[];
  /** The fixed text of standard input, when `--fix` was given with `-`. */
  fixedStdin?: string;
}

/** The report of a file that is not a draft presslint can read (binary, not UTF-8). */
function unreadable(filePath: string, displayPath: string, reason: string): FileReport {
  const finding: Finding = { ruleId: FATAL_RULE_ID, severity: 'error', message: `Not checked, it cannot be read as a draft: ${reason}.`, range: { start: 0, end: 0 } };
  return { filePath, displayPath, findings: [finding], index: new LineIndex(splitLines('')), fatal: true };
}

/** Lints every named draft; fixes them first with `fix`. Throws StyleError, FileError, SpellingSetupError. */
export async function run(options: RunOptions): Promise<RunResult> {
  const cwd = options.cwd ?? process.cwd();
  const styles = new StyleCache();
  const spellers = new Map<HouseStyle, Promise<Speller>>();
  const spellerFor = (style: HouseStyle): Promise<Speller> | undefined => {
    if (!options.spelling || style.rules.spelling === 'off') return undefined;
    let speller = spellers.get(style);
    if (!speller) {
      // A cspell setting the house style overrides is said once, on standard error.
      speller = createSpeller(style, { onNotice: options.warn });
      spellers.set(style, speller);
    }
    return speller;
  };
  const crashed = new Set<string>();
  const reports: FileReport[] = [];
  let fixedStdin: string | undefined;

  const lintOne = async (text: string, filePath: string, shownPath: string, styleFolder: string, format: DraftFormat | undefined) => {
    const style = styles.forFolder(styleFolder, options.config && resolve(cwd, options.config));
    const speller = await spellerFor(style);
    // Where cspell settings are searched from, and which of their overrides apply: the draft's
    // file, or for unnamed standard input a name in the folder it stands for.
    const draftPath = filePath === '<stdin>' ? join(styleFolder, '<stdin>') : filePath;
    let current = text;
    if (options.fix !== 'off') {
      current = (await fixAll(text, style, speller, { format, draftPath })).text;
    }
    const result = await lintWithSpelling(current, style, speller, { format, draftPath });
    for (const failure of result.failures) {
      // cspell settings or a dictionary they name that cannot be read: a setup error, as a broken
      // house style is (exit code 2), not a rule skipped in silence while CI passes.
      if (failure.error instanceof SpellingSetupError) throw failure.error;
      if (crashed.has(failure.ruleId)) continue;
      crashed.add(failure.ruleId);
      options.warn(`the rule "${failure.ruleId}" failed on ${shownPath} and was skipped: ${(failure.error as Error)?.message ?? failure.error}`);
    }
    const findings = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
    reports.push({ filePath, displayPath: shownPath, findings, index: result.doc.index, ...(current !== text ? { original: text, output: current } : {}) });
    return current;
  };

  const stdinWanted = options.patterns.includes('-');
  const files = expandPatterns(options.patterns.filter((p) => p !== '-'), cwd, options.ignore);
  if (stdinWanted && options.stdin) {
    const read = decodeDraft(await options.stdin());
    if (read.kind === 'unreadable') {
      reports.push(unreadable(options.stdinFilename ?? '<stdin>', options.stdinFilename ?? '<stdin>', read.reason));
    } else {
      const name = options.stdinFilename ? resolve(cwd, options.stdinFilename) : undefined;
      const shown = options.stdinFilename ?? '<stdin>';
      const fixed = await lintOne(read.text, name ?? '<stdin>', shown, name ? dirname(name) : cwd, formatOfFileName(name));
      if (options.fix === 'write') fixedStdin = fixed;
    }
  }
  for (const file of files) {
    // A turn of the event loop between drafts: Ctrl-C (see bin.ts) stops the run between two
    // drafts, each of them fixed or as it was.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const read = readDraft(file);
    const shown = displayPath(file, cwd);
    if (read.kind === 'unreadable') {
      // A result like any other (one fatal error, as ESLint reports a file it cannot parse):
      // skipped in silence, a file nobody checked would let a CI job pass.
      reports.push(unreadable(file, shown, read.reason));
      continue;
    }
    const fixed = await lintOne(read.text, file, shown, dirname(file), formatOfFileName(file));
    // Never touch a file the fixes do not change.
    if (options.fix === 'write' && fixed !== read.text) writeFileAtomic(file, fixed, read.text, read);
  }
  return { reports, fixedStdin };
}
