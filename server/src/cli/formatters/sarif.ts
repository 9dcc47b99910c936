/** `--format sarif`: SARIF 2.1.0 for code-scanning dashboards, with every rule's metadata. */
import { escapeJsonControls } from '../../engine/text/controls';
import { pathToFileURL } from 'node:url';
import { docsUrl, ruleIds, ruleMeta, DIRECTIVE_RULE_ID } from '../../engine/index';
import { FATAL_RULE_ID, location, type FileReport } from '../report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

export function formatSarif(reports: readonly FileReport[], version: string, cwd = process.cwd()): string {
  const ids = [...ruleIds, DIRECTIVE_RULE_ID, FATAL_RULE_ID];
  const rules = ids.map((id) => {
    const meta = ruleMeta(id);
    const text = meta?.description ?? (id === FATAL_RULE_ID ? 'A file presslint could not read as a draft (binary, not UTF-8).' : 'Inline presslint comments name known rules.');
    return {
      id,
      shortDescription: { text },
      helpUri: meta ? docsUrl(id) : undefined,
      defaultConfiguration: { level: LEVEL[meta?.defaultSeverity ?? 'error'] },
      properties: { fixable: meta?.fixable ?? false },
    };
  });
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => {
      const at = location(report, finding);
      return {
        ruleId: finding.ruleId,
        ruleIndex: ids.indexOf(finding.ruleId),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: artifactUri(report), ...(report.filePath.startsWith('<') ? {} : { uriBaseId: 'SRCROOT' }) },
              region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
            },
          },
        ],
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'presslint',
            version,
            informationUri: 'https://github.com/presslint/presslint',
            rules,
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(cwd).href}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(log, null, 2))}\n`;
}

/** A relative URI under SRCROOT (forward slashes, percent-encoded), as code scanning expects. */
function artifactUri(report: FileReport): string {
  return report.displayPath.split(/[\\/]/).map(encodeURIComponent).join('/');
}
