/**
 * `lint()`: text and a house style in, findings out. The one entry point the CLI, the
 * language server and the tests share.
 */
import type { HouseStyle } from './config/style';
import type { ParagraphMemo } from './paragraph-memo';
import { parseDraft, type DraftDocument, type DraftFormat } from './parse/document';
import { draftLanguage } from './parse/language';
import { styleForLanguage } from './config/languages';
import { ruleIds, rules as allRules, spellingMeta } from './rules/index';
import type { Speller } from './spelling/index';
import { fixUntilStable } from './fix';
import { withSafeFix } from './fix-safety';
import type { Finding, Report, RuleSetting, Severity } from './vocabulary';
import type { Rule } from './rule';

export interface LintOptions {
  format?: DraftFormat;
  /** "Today", for the future-date check; defaults to the clock. */
  now?: Date;
  /** Run only these rules (tests); default: the whole registry. */
  rules?: readonly Rule[];
  /** The document's memo, kept by a caller that lints the same document again and again (the server). */
  memo?: ParagraphMemo;
  /** The draft's file: spelling searches the team's cspell settings from its folder upward and applies their overrides for it. */
  draftPath?: string;
}

/** A rule that threw: the others still report, and the adapter logs this. */
export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface LintResult {
  doc: DraftDocument;
  /** The house style the draft was checked with: the one for its language (config/languages.ts). */
  style: HouseStyle;
  findings: Finding[];
  failures: RuleFailure[];
}

/** The id under which problems with inline control comments are reported. */
export const DIRECTIVE_RULE_ID = 'inline-config';

/** The severity a rule runs at under a style, or `off`. */
export function ruleSetting(style: HouseStyle, rule: Pick<Rule, 'meta'>): RuleSetting {
  return style.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** The house style a parsed draft is checked with: the style for its language (config/languages.ts). */
function styleForDraft(doc: DraftDocument, houseStyle: HouseStyle, draftPath: string | undefined): HouseStyle {
  const { code } = draftLanguage(doc, houseStyle, draftPath);
  return code ? styleForLanguage(houseStyle, code) : houseStyle;
}

/** The house style a draft's text is checked with (`presslint --print-config FILE`): parsed for its language only. */
export function styleInEffect(text: string, houseStyle: HouseStyle, draftPath?: string, format?: DraftFormat): HouseStyle {
  return styleForDraft(parseDraft(text, { format, style: houseStyle }), houseStyle, draftPath);
}

/** Runs every enabled rule over a draft. Never throws for any text. */
export function lint(text: string, houseStyle: HouseStyle, options: LintOptions = {}): LintResult {
  options.memo?.begin(houseStyle);
  let doc = parseDraft(text, { format: options.format, style: houseStyle, memo: options.memo });
  // A draft in French is read and checked with the house style for French: parsed again, since
  // how its sections are told apart (the contact heading) depends on the style.
  const style = styleForDraft(doc, houseStyle, options.draftPath);
  if (style !== houseStyle) {
    options.memo?.begin(style);
    doc = parseDraft(text, { format: options.format, style, memo: options.memo });
    draftLanguage(doc, style, options.draftPath);
  }
  const now = options.now ?? new Date();
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules ?? allRules) {
    const setting = ruleSetting(style, rule);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    const report = (r: Report) => findings.push({ ...withSafeFix(doc, rule.meta.id, r), ruleId: rule.meta.id, severity: r.severity ?? severity });
    try {
      rule.check({ doc, style, now, report });
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error });
    }
  }
  findings.push(...directiveProblems(doc));
  return { doc, style, findings: sortFindings(filterDisabled(doc, findings)), failures };
}

/** Orders findings by position, then by rule id, so every output is stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId),
  );
}

/** Drops findings that inline control comments switch off. */
export function filterDisabled(doc: DraftDocument, findings: Finding[]): Finding[] {
  if (doc.directives.length === 0) return findings;
  // The line each disable-next-line comment applies to, found once for all findings.
  const targets = nextContentLines(doc);
  const offAt = (line: number, ruleId: string): boolean => {
    let off = false;
    for (let i = 0; i < doc.directives.length; i++) {
      const directive = doc.directives[i]!;
      if (directive.line > line) break;
      if (directive.rules.length > 0 && !directive.rules.includes(ruleId)) continue;
      if (directive.kind === 'disable') off = true;
      else if (directive.kind === 'enable') off = false;
      else if (targets[i] === line) return true;
    }
    return off;
  };
  return findings.filter(
    (finding) => finding.ruleId === DIRECTIVE_RULE_ID || !offAt(doc.index.lineAt(finding.range.start), finding.ruleId),
  );
}

/**
 * For each directive, the line a `disable-next-line` comment applies to: the next line that is
 * not blank or a comment (-1 for the other kinds, or when none follows).
 */
function nextContentLines(doc: DraftDocument): number[] {
  const directiveLines = new Set(doc.directives.map((d) => d.line));
  return doc.directives.map((directive) => {
    if (directive.kind !== 'disable-next-line') return -1;
    for (let i = directive.line + 1; i < doc.lines.length; i++) {
      const { start, end } = doc.lines[i]!;
      if (!directiveLines.has(i) && doc.text.slice(start, end).trim() !== '') return i;
    }
    return -1;
  });
}

/** An unknown rule id in a control comment is an error: a typo would silently disable nothing. */
function directiveProblems(doc: DraftDocument): Finding[] {
  const problems: Finding[] = [];
  for (const directive of doc.directives) {
    directive.rules.forEach((id, i) => {
      if (ruleIds.includes(id)) return;
      problems.push({
        ruleId: DIRECTIVE_RULE_ID,
        severity: 'error',
        message: `Unknown rule "${id}" in a presslint-${directive.kind} comment. Known rules: ${ruleIds.join(', ')}.`,
        range: directive.ruleRanges[i]!,
      });
    });
  }
  return problems;
}

/**
 * `lint()` plus the asynchronous `spelling` rule, merged into one sorted result. The server
 * publishes `lint()` at once and this when spelling is ready; the CLI awaits this.
 */
export async function lintWithSpelling(
  text: string,
  style: HouseStyle,
  speller: Speller | undefined,
  options: LintOptions & { key?: string } = {},
): Promise<LintResult> {
  const result = lint(text, style, options);
  return addSpelling(result, speller, options.key, options.draftPath);
}

/**
 * Every fix `--fix`, the editor's fix-all and fix on save apply, spelling's included when a
 * speller is given: lint, apply the fixes, lint again until nothing fixable is left. The one
 * lint-and-fix loop of the project (the CLI, the server and the tests call it).
 */
export async function fixAll(
  text: string,
  style: HouseStyle,
  speller: Speller | undefined,
  options: LintOptions = {},
): Promise<{ text: string; passes: number; appliedCount: number }> {
  return fixUntilStable(text, async (draft) =>
    (await lintWithSpelling(draft, style, speller, options)).findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])),
  );
}

/** Adds the spelling findings to a result of `lint()` (same document, no re-parse). */
export async function addSpelling(
  result: LintResult,
  speller: Speller | undefined,
  key?: string,
  draftPath?: string,
): Promise<LintResult> {
  const setting = result.style.rules[spellingMeta.id] ?? spellingMeta.defaultSeverity;
  if (!speller || setting === 'off') return result;
  let spelling: Finding[];
  try {
    spelling = (await speller.check(result.doc, key, draftPath)).map((r) => ({ ...withSafeFix(result.doc, spellingMeta.id, r), ruleId: spellingMeta.id, severity: r.severity ?? setting }));
  } catch (error) {
    return { ...result, failures: [...result.failures, { ruleId: spellingMeta.id, error }] };
  }
  const findings = sortFindings([...result.findings, ...filterDisabled(result.doc, spelling)]);
  return { ...result, findings };
}
