/**
 * The rule contract: what a rule is and what its check receives. Rules import this; the
 * parsers and the house style do not (they speak only the leaf vocabulary).
 */
import type { DraftDocument } from './parse/document';
import type { HouseStyle } from './config/style';
import type { Report, RuleMeta } from './vocabulary';

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
