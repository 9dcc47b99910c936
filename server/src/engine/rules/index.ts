/**
 * The rule registry: every rule, in the order findings at one place are listed.
 * Adding a rule: its module here, `docs/rules/<id>.md`, fixtures under `test/fixtures/rules/<id>/`
 * (test/registry.test.ts fails until all three exist).
 */
import type { RuleMeta } from '../vocabulary';
import type { Rule } from '../rule';
import { headline } from './headline';
import { dateline } from './dateline';
import { acronymFirstUse } from './acronym-first-use';
import { acronymExpansion } from './acronym-expansion';
import { acronymUnknown } from './acronym-unknown';
import { acronymRedundant } from './acronym-redundant';
import { boilerplate } from './boilerplate';
import { contactBlock } from './contact-block';
import { spacing } from './spacing';
import { dateStyle } from './date-style';
import { endMark } from './end-mark';
import { dateAgreement } from './date-agreement';
import { terminology } from './terminology';
import { consistency } from './consistency';
import { invertedMarks } from './inverted-marks';

/** The structural rules, run synchronously by `lint()`. `spelling` is asynchronous and lives in ../spelling. */
export const rules: readonly Rule[] = [
  headline,
  dateline,
  acronymFirstUse,
  acronymExpansion,
  acronymUnknown,
  acronymRedundant,
  boilerplate,
  contactBlock,
  spacing,
  invertedMarks,
  dateStyle,
  dateAgreement,
  terminology,
  consistency,
  endMark,
];

/** Where every rule's documentation lives; derived here, once. */
export const DOCS_BASE = 'https://github.com/presslint/presslint/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Metadata of the `spelling` rule, which runs outside the synchronous registry. */
export const spellingMeta: RuleMeta = {
  id: 'spelling',
  description: 'Spell every word as the house dictionary and house words do, in the house dialect.',
  defaultSeverity: 'warning',
  fixable: true, // the house dialect's spelling (organized -> organised); unknown words get suggestions only
};

/** Every rule id the house style file and inline comments may name. */
export const ruleIds: readonly string[] = [...rules.map((rule) => rule.meta.id), spellingMeta.id];

export function ruleMeta(id: string): RuleMeta | undefined {
  return id === spellingMeta.id ? spellingMeta : rules.find((rule) => rule.meta.id === id)?.meta;
}
