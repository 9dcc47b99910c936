/**
 * The fixture harness for rules. Each rule has a folder `test/fixtures/rules/<rule-id>/`:
 *
 *   good-<name>.txt|md          a draft on which the rule reports nothing
 *   bad-<name>.txt|md           a draft the rule reports on
 *   bad-<name>.expected.json    its exact findings from this rule (see ExpectedFinding)
 *   bad-<name>.fixed.txt|md     the draft after `--fix` with this rule (only if the rule fixes it)
 *   .presslint.yaml             optional: the house style these fixtures are linted against
 *
 * Lines and columns are 1-based, as the CLI prints them; end columns are exclusive.
 * Drafts are linted as of FIXTURE_NOW so that "a date in the future" is stable.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fixAll, lint } from '../../server/src/engine/lint';
import { formatOfFileName } from '../../server/src/engine/parse/document';
import { rules } from '../../server/src/engine/rules/index';
import { recommended } from '../../server/src/engine/config/recommended';
import { loadStyleFile } from '../../server/src/engine/config/load';
import type { HouseStyle } from '../../server/src/engine/config/style';
import type { Finding, Rule } from '../../server/src/engine/index';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const FIXTURE_NOW = new Date('2026-06-01T12:00:00Z');

export interface ExpectedFinding {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The replacement text of the finding's fix; absent when the finding has no fix. */
  fix?: string;
  /** The replacement texts of the finding's suggestions (offered in the editor, never applied by --fix). */
  suggestions?: string[];
  /** Set for a finding that only informs (the draft's language), whatever the rule's severity. */
  severity?: 'info';
}

export interface RuleFixture {
  name: string;
  file: string;
  text: string;
  kind: 'good' | 'bad';
  expected?: ExpectedFinding[];
  fixed?: string;
}

/** The fixtures of one rule, and the style they are linted against. */
export function ruleFixtures(ruleId: string): { style: HouseStyle; fixtures: RuleFixture[] } {
  const folder = join(FIXTURES, 'rules', ruleId);
  const styleFile = join(folder, '.presslint.yaml');
  const style = existsSync(styleFile) ? loadStyleFile(styleFile) : recommended;
  const fixtures: RuleFixture[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const match = /^(good|bad)-(.+)\.(txt|md)$/.exec(entry);
    if (!match || entry.includes('.fixed.')) continue;
    const kind = match[1] as 'good' | 'bad';
    const base = entry.slice(0, -extname(entry).length);
    const expectedFile = join(folder, `${base}.expected.json`);
    const fixedFile = join(folder, `${base}.fixed${extname(entry)}`);
    fixtures.push({
      name: entry,
      file: join(folder, entry),
      text: readFileSync(join(folder, entry), 'utf8'),
      kind,
      expected: existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')) : undefined,
      fixed: existsSync(fixedFile) ? readFileSync(fixedFile, 'utf8') : undefined,
    });
  }
  return { style, fixtures };
}

/** The rule's findings on a text, as the fixtures write them. */
export function findingsOf(ruleId: string, text: string, style: HouseStyle, file = 'draft.txt'): ExpectedFinding[] {
  const format = formatOfFileName(file);
  const result = lint(text, style, { format, now: FIXTURE_NOW });
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => toExpected(result.doc.index, f));
}

/** The text after fixing, in passes, everything this one rule can fix. */
export async function fixWithRule(ruleId: string, text: string, style: HouseStyle, file = 'draft.txt'): Promise<string> {
  const format = formatOfFileName(file);
  const only: Rule[] = rules.filter((rule) => rule.meta.id === ruleId);
  return (await fixAll(text, style, undefined, { format, now: FIXTURE_NOW, rules: only })).text;
}

/** A finding as the fixtures write it: 1-based lines and columns, the fix's replacement text. */
export function toExpected(index: { positionAt(offset: number): { line: number; character: number } }, f: Finding): ExpectedFinding {
  const start = index.positionAt(f.range.start);
  const end = index.positionAt(f.range.end);
  const expected: ExpectedFinding = {
    ruleId: f.ruleId,
    message: f.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
  if (f.fix) expected.fix = f.fix.text;
  if (f.suggestions?.length) expected.suggestions = f.suggestions.map((s) => s.fix.text);
  if (f.severity === 'info') expected.severity = 'info';
  return expected;
}
