/** The command line: what `presslint` accepts, parsed into one options object. */
import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliOptions {
  command: 'lint' | 'init' | 'rules' | 'help' | 'version' | 'print-config' | 'add-word';
  patterns: string[];
  /** Globs (relative to the working folder) of files that folders and globs do not bring in. */
  ignore: string[];
  config?: string;
  format: OutputFormat;
  /** `--fix` writes the fixes; `--fix-dry-run` reports as if fixed; `--diff` prints what `--fix` would change. */
  fix: 'off' | 'write' | 'dry-run' | 'diff';
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  spelling: boolean;
  printConfigFor?: string;
  words: string[];
  stdinFilename?: string;
  force: boolean;
}

/** A mistake on the command line: exit code 2 with this one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const HELP = `presslint — check press releases against a house style

Usage:
  presslint [options] <file | folder | glob | ->...   lint drafts (- reads standard input)
  presslint init [--force]                            write a commented starter .presslint.yaml
  presslint rules                                     list the rules and their default severity

Options:
  -c, --config FILE        use this house style file (default: the nearest .presslint.yaml,
                           .presslint.yml or .presslint.json, else the built-in "recommended")
  -f, --format NAME        stylish (default), json, sarif or github
      --fix                apply every fix, in passes, and write the files back atomically
      --fix-dry-run        report as --fix would leave the drafts, write nothing (JSON adds "output")
      --diff               print a unified diff of what --fix would change, write nothing;
                           exit 1 when a draft would change
      --ignore GLOB        skip the files GLOB matches (relative to here) when searching
                           folders and globs; files named one by one are linted (repeatable)
      --max-warnings N     exit 1 when there are more than N warnings
      --quiet              report errors only
      --no-spelling        skip the spelling rule (faster; the other rules still run)
      --print-config FILE  print the house style in effect for FILE, as JSON
      --add-word WORD      add WORD to the house words of the house style file (repeatable)
      --stdin-filename F   the name to use for standard input (style look-up, .md or .txt)
      --color, --no-color  force colours on or off (default: on for a terminal, off with NO_COLOR)
  -v, --version            print the version
  -h, --help               print this help

Folders are searched for *.md and *.txt drafts (node_modules and dot-folders skipped).
Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found,
2 usage, house style or file error.
`;

/** Parses `argv` (without node and the script). Throws UsageError. */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        diff: { type: 'boolean' },
        ignore: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        spelling: { type: 'boolean' },
        'no-spelling': { type: 'boolean' },
        'print-config': { type: 'string' },
        'add-word': { type: 'string', multiple: true },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        force: { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')}. Run "presslint --help" for the options.`);
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'stylish') as OutputFormat;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`Unknown format "${values.format}". Use one of: ${FORMATS.join(', ')}.`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings takes a whole number of 0 or more, not "${values['max-warnings']}".`);
    }
  }
  const fixModes = [values.fix && 'write', values['fix-dry-run'] && 'dry-run', values.diff && 'diff'].filter((mode): mode is 'write' | 'dry-run' | 'diff' => typeof mode === 'string');
  if (fixModes.length > 1) throw new UsageError('--fix, --fix-dry-run and --diff are alternatives: give one of them.');
  const color = values['no-color'] ? false : values.color ? true : isTTY && !env.NO_COLOR && env.TERM !== 'dumb';

  let command: CliOptions['command'] = 'lint';
  let patterns = positionals;
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (values['print-config'] !== undefined) command = 'print-config';
  else if (values['add-word']) command = 'add-word';
  else if (positionals[0] === 'init' || positionals[0] === 'rules') {
    command = positionals[0];
    patterns = positionals.slice(1);
    if (patterns.length > 0) throw new UsageError(`"presslint ${command}" takes no file names.`);
  } else if (positionals.length === 0) {
    throw new UsageError('No files to lint. Give files, folders, globs or - for standard input; "presslint --help" lists the options.');
  }
  return {
    command,
    patterns,
    ignore: values.ignore ?? [],
    config: values.config,
    format,
    fix: fixModes[0] ?? 'off',
    maxWarnings,
    quiet: values.quiet ?? false,
    color,
    spelling: !values['no-spelling'],
    printConfigFor: values['print-config'],
    words: values['add-word'] ?? [],
    stdinFilename: values['stdin-filename'],
    force: values.force ?? false,
  };
}
