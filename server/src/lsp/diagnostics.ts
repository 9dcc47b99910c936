/**
 * Findings -> LSP diagnostics: `code` is the rule id, `codeDescription.href` its docs page,
 * `source` presslint, ranges in UTF-16 positions (the engine's offsets are UTF-16 too).
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Position,
  type Range,
} from 'vscode-languageserver';
import { docsUrl, ruleMeta, type Finding, type Severity, type StyleIssue, type TextRange } from '../engine/index';
import { escapeControls } from '../engine/text/controls';

export const SOURCE = 'presslint';

/** The code of diagnostics in a broken house style file. */
export const STYLE_CODE = 'house-style';

/** The code of the diagnostic that says a draft was too large to check. */
export const TOO_LARGE_CODE = 'max-file-size';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Maps UTF-16 offsets to LSP positions: the engine's LineIndex, or a TextDocument. */
export interface PositionMapper {
  positionAt(offset: number): Position;
}

/** An engine range as an LSP range. */
export function toRange(index: PositionMapper, range: TextRange): Range {
  return { start: index.positionAt(range.start), end: index.positionAt(range.end) };
}

/**
 * A message as a diagnostic shows it: a finding may quote the draft, and a control character in
 * it (ESC, BEL, a bidirectional override) is shown escaped, never raw, in an editor run in a
 * terminal too (Neovim).
 */
export function diagnosticMessage(message: string): string {
  return escapeControls(message);
}

/** What identifies a finding among a document's diagnostics (code actions map back through it). */
export function findingKey(ruleId: string, range: Range, message: string): string {
  return `${ruleId}|${range.start.line}:${range.start.character}|${range.end.line}:${range.end.character}|${message}`;
}

/** One finding as a diagnostic of the document `uri`, whose offsets `index` maps. */
export function toDiagnostic(uri: string, index: PositionMapper, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(index, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: SOURCE,
    message: diagnosticMessage(finding.message),
  };
  if (ruleMeta(finding.ruleId)) diagnostic.codeDescription = { href: docsUrl(finding.ruleId) };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (related): DiagnosticRelatedInformation => ({
        location: { uri, range: toRange(index, related.range) },
        message: diagnosticMessage(related.message),
      }),
    );
  }
  return diagnostic;
}

/** The one diagnostic of a draft over `presslint.maxFileSize`. */
export function tooLargeDiagnostic(bytes: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: TOO_LARGE_CODE,
    source: SOURCE,
    message: `presslint did not check this draft: it is ${formatBytes(bytes)}, over the presslint.maxFileSize limit of ${formatBytes(limit)}.`,
  };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

/** A problem of a house style file as a diagnostic of that file (issues are 1-based). */
export function styleIssueDiagnostic(issue: StyleIssue): Diagnostic {
  const start = { line: Math.max(issue.line - 1, 0), character: Math.max(issue.column - 1, 0) };
  let end = { line: Math.max(issue.endLine - 1, 0), character: Math.max(issue.endColumn - 1, 0) };
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) end = start;
  return {
    range: { start, end },
    severity: DiagnosticSeverity.Error,
    code: STYLE_CODE,
    source: SOURCE,
    message: diagnosticMessage(issue.message),
  };
}
