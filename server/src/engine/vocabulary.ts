/**
 * The engine's vocabulary: severities, ranges, fixes and findings. A leaf: it imports nothing,
 * so every module (parsers, rules, adapters) can use it without an import circle.
 *
 * Everything here is plain data. Offsets are UTF-16 code-unit offsets into the
 * original text (what JavaScript strings and LSP count), `end` exclusive.
 */
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
  /** Set only for a finding that informs whatever the rule's setting (the draft's language). */
  severity?: Severity;
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
