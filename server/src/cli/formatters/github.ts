/** `--format github`: GitHub Actions workflow commands, one annotation per finding. */
import { location, type FileReport } from '../report';
import { escapeControls } from '../../engine/text/controls';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes as the runner expects: data loses %, CR and LF; properties also : and ,. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const at = location(report, finding);
      const props = [
        `file=${escapeProperty(escapeControls(report.displayPath))}`,
        `line=${at.line}`,
        `col=${at.column}`,
        `endLine=${at.endLine}`,
        `endColumn=${at.endColumn}`,
        `title=${escapeProperty(`presslint (${finding.ruleId})`)}`,
      ].join(',');
      lines.push(`::${LEVEL[finding.severity]} ${props}::${escapeData(escapeControls(finding.message))}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
