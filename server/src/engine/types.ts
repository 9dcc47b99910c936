/**
 * The engine's vocabulary: ranges, fixes, findings and the rule interface.
 *
 * Everything here is plain data. Offsets are UTF-16 code-unit offsets into the
 * original text (what JavaScript strings and LSP count), `end` exclusive.
 */
import type { DraftDocument } from './parse/document';
import type { HouseStyle } from './config/style';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** A half-open span `[start, end)` of the original text, in UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** One text replacement. A fix that touches several places is merged into one (see `mergeEdits`). */
export interface Fix {
  range: TextRange;
  text: string;
}

/** An alternative fix the user chooses (a spelling suggestion); never applied by `--fix`. */
export interface Suggestion {
  title: string;
  fix: Fix;
}

/** Another place in the text that explains a finding (an acronym's definition, say). */
export interface RelatedLocation {
  range: TextRange;
  message: string;
}

/** What a rule reports. The engine adds the rule id and severity. */
export interface Report {
  message: string;
  range: TextRange;
  /** The preferred fix, applied by `--fix` and fix-all. */
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
  /** Machine-readable detail for adapters (the misspelt word, the acronym ...). */
  data?: Record<string, string>;
}

/** A finding as the adapters see it. */
export interface Finding extends Report {
  ruleId: string;
  severity: Severity;
}

/** Identity and metadata of a rule; `docsUrl` is derived in one place (rules/index.ts). */
export interface RuleMeta {
  id: string;
  /** Imperative, one line: what the rule asks of a release. */
  description: string;
  defaultSeverity: RuleSetting;
  fixable: boolean;
}

/** What a rule's check receives. */
export interface RuleContext {
  readonly doc: DraftDocument;
  readonly style: HouseStyle;
  /** "Today" for checks such as a dateline in the future; injectable for tests. */
  readonly now: Date;
  report(report: Report): void;
}

/** One rule: metadata beside its check. Checks are synchronous and pure. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
