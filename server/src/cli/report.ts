/** The CLI's result per file, shared by every output format. */
import type { createTwoFilesPatch as CreateTwoFilesPatch } from 'diff';
import type { Finding, LineIndex } from '../engine/index';

export interface FileReport {
  /** Absolute path, or `<stdin>`. */
  filePath: string;
  /** As printed: relative to the working folder when inside it. */
  displayPath: string;
  findings: Finding[];
  index: LineIndex;
  /** The draft before fixing, when a fix changed it (`--fix`, `--fix-dry-run`, `--diff`). */
  original?: string;
  /** The draft after fixing, when a fix changed it. */
  output?: string;
  /** The file could not be read as a draft: its one finding says why. */
  fatal?: boolean;
}

/** The id the finding of an unreadable file carries inside the CLI (JSON prints `ruleId: null, fatal: true`, as ESLint does). */
export const FATAL_RULE_ID = 'fatal';

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errorCount++;
    else if (finding.severity === 'warning') counts.warningCount++;
    else counts.infoCount++;
    if (finding.fix) counts.fixableCount++;
  }
  return counts;
}

/** 1-based line and column of a finding's start and end, as every format prints them. */
export function location(report: FileReport, finding: Finding) {
  const start = report.index.positionAt(finding.range.start);
  const end = report.index.positionAt(finding.range.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** A unified diff of a draft before and after fixing, as `git diff` prints one (`a/` and `b/` paths). */
export function unifiedDiff(displayPath: string, before: string, after: string): string {
  const path = displayPath.replace(/\\/g, '/').replace(/^\//, '');
  // Loaded only for --diff: the rest of the CLI does without it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createTwoFilesPatch } = require('diff') as { createTwoFilesPatch: typeof CreateTwoFilesPatch };
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}
