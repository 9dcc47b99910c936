/** `--format stylish` (default): grouped by file, aligned columns, a summary line; as ESLint prints. */
import { styleText } from 'node:util';
import { countFindings, location, type FileReport } from '../report';
import { escapeControlsOnOneLine } from '../../engine/text/controls';

type Paint = (format: Parameters<typeof styleText>[0], text: string) => string;

export function formatStylish(reports: readonly FileReport[], color: boolean): string {
  const paint: Paint = color ? (format, text) => styleText(format, text) : (_format, text) => text;
  let out = '';
  const all = reports.flatMap((r) => r.findings);
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    out += `\n${paint('underline', escapeControlsOnOneLine(report.displayPath))}\n`;
    // A message may quote the draft: its controls are shown escaped, never sent to the terminal.
    const rows = report.findings.map((finding) => {
      const at = location(report, finding);
      return { where: `${at.line}:${at.column}`, finding, message: escapeControlsOnOneLine(finding.message) };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.finding.severity.length));
    const messageWidth = Math.min(100, Math.max(...rows.map((r) => r.message.length)));
    for (const { where, finding, message } of rows) {
      const severity = finding.severity.padEnd(severityWidth);
      const colored = finding.severity === 'error' ? paint('red', severity) : finding.severity === 'warning' ? paint('yellow', severity) : paint('blue', severity);
      out += `  ${paint('dim', where.padEnd(whereWidth))}  ${colored}  ${message.padEnd(messageWidth)}  ${paint('dim', finding.ruleId)}\n`;
    }
  }
  const { errorCount, warningCount, infoCount, fixableCount } = countFindings(all);
  const total = all.length;
  if (total === 0) return out;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(errorCount, 'error'), plural(warningCount, 'warning')];
  if (infoCount > 0) parts.push(plural(infoCount, 'info'));
  const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
  out += `\n${paint(['bold', errorCount > 0 ? 'red' : 'yellow'], summary)}\n`;
  if (fixableCount > 0) out += paint('dim', `  ${plural(fixableCount, 'problem')} fixable with the \`--fix\` option.\n`);
  return out;
}
