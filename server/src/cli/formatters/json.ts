/** `--format json`: one array, a contract CI scripts parse (see the README). */
import { countFindings, location, type FileReport } from '../report';
import { escapeJsonControls } from '../../engine/text/controls';

export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => {
    const { errorCount, warningCount, fixableCount } = countFindings(report.findings);
    return {
      filePath: report.filePath,
      messages: report.findings.map((finding) => ({
        ruleId: report.fatal ? null : finding.ruleId,
        ...(report.fatal ? { fatal: true } : {}),
        severity: finding.severity,
        message: finding.message,
        ...location(report, finding),
        ...(finding.fix ? { fix: { range: [finding.fix.range.start, finding.fix.range.end], text: finding.fix.text } } : {}),
        // Alternatives a person chooses (spelling suggestions), shaped as ESLint's.
        ...(finding.suggestions?.length
          ? { suggestions: finding.suggestions.map((s) => ({ desc: s.title, fix: { range: [s.fix.range.start, s.fix.range.end], text: s.fix.text } })) }
          : {}),
      })),
      errorCount,
      ...(report.fatal ? { fatalErrorCount: 1 } : {}),
      warningCount,
      fixableCount,
      // The fixed text, as ESLint's --fix-dry-run gives it: only when a fix changed the draft.
      ...(report.output !== undefined ? { output: report.output } : {}),
    };
  });
  // (Controls in messages stay JSON escapes, DEL, C1 and the bidirectional overrides too.)
  return `${escapeJsonControls(JSON.stringify(files, null, 2))}\n`;
}
