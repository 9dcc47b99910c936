/**
 * The engine's last word on what `--fix`, fix-all and fix on save may apply (a fix must never
 * damage a release). Each rule decides its own fixes and already offers the risky ones as
 * suggestions; this guard holds for every rule, so that none can apply unseen a fix that
 * rewrites what someone said or changes how the release is cut into lines. Such a fix is
 * offered as a suggestion instead.
 */
import { blockAt, type DraftDocument } from './parse/document';
import { insideQuotation } from './text/quotations';
import type { Fix, Report } from './vocabulary';

/** A report whose fix is safe to apply as it is, or whose fix is now its first suggestion. */
export function withSafeFix(doc: DraftDocument, ruleId: string, report: Report): Report {
  const fix = report.fix;
  if (!fix) return report;
  const risk = rewritesQuotation(doc, fix) ? 'rewrites a quotation' : changesLines(doc, fix);
  if (!risk) return report;
  const suggestion = { title: `Apply the ${ruleId} fix (it ${risk}: check it)`, fix };
  const { fix: _unsafe, ...rest } = report;
  return { ...rest, suggestions: [suggestion, ...(report.suggestions ?? [])] };
}

/** Letters and digits in order, lower-cased: what a span says, whatever its spacing and punctuation. */
function wordsOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when the fix changes the words (not just the spacing or punctuation) of a quotation. */
function rewritesQuotation(doc: DraftDocument, fix: Fix): boolean {
  const { start, end } = fix.range;
  if (wordsOf(doc.text.slice(start, end)) === wordsOf(fix.text)) return false;
  const block = blockAt(doc, start);
  if (!block) return false;
  return insideQuotation(doc.text, block.range.start, start) || insideQuotation(doc.text, block.range.start, end);
}

const LINE_BREAK = /\r\n|\r|\n/;

/** How many lines of a text hold more than white space. */
function contentLines(text: string): number {
  return text.split(LINE_BREAK).filter((line) => /\S/.test(line)).length;
}

/**
 * Why a fix changes the lines of the release (it joins two lines, or splits one), or undefined.
 * Read on the whole lines the fix touches: the same number of lines with text before and after
 * is fine (a word changed, a blank line added); lines inserted whole at a line's end or start
 * are fine (a missing boilerplate or end mark).
 */
function changesLines(doc: DraftDocument, fix: Fix): string | undefined {
  const { text, lines, index } = doc;
  const { start, end } = fix.range;
  const removed = text.slice(start, end);
  if (!LINE_BREAK.test(removed) && !LINE_BREAK.test(fix.text)) return undefined;
  // The touched lines' text around the fix (an offset inside a line break stays where it is).
  const first = lines[index.lineAt(start)]!;
  const last = lines[index.lineAt(end)]!;
  const lineStart = start > first.end ? start : first.start;
  const lineEnd = end > last.end ? end : last.end;
  const prefix = text.slice(lineStart, start);
  const suffix = text.slice(end, lineEnd);
  const before = contentLines(prefix + removed + suffix);
  const after = contentLines(prefix + fix.text + suffix);
  if (after < before) return 'joins lines';
  if (after === before) return undefined;
  // More lines: whole lines inserted after the line's text, or before it, are new lines, not a split.
  const insertsWholeLines = /^\s*$/.test(removed) && ((/^\s*$/.test(suffix) && /^[ \t]*(?:\r\n|\r|\n)/.test(fix.text)) || (/^\s*$/.test(prefix) && /(?:\r\n|\r|\n)[ \t]*$/.test(fix.text)));
  return insertsWholeLines ? undefined : 'splits a line';
}
