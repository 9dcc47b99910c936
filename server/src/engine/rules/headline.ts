/**
 * The `headline` rule. What it asks for is `meta.description` (the one copy: the docs page and
 * the registry test follow it).
 *
 * A headline that ends in an ellipsis, a question mark or an exclamation mark is left alone, and
 * so is one whose last word is an abbreviation that takes its own full stop (Inc., Ltd., U.N.,
 * EE.UU.).
 */
import type { Rule } from '../rule';
import { writtenOnOneLine } from '../parse/document';
import { opensWithStack } from '../parse/opening';
import { isDottedAbbreviation } from '../text/capitals';

/** Abbreviations whose full stop is part of the word, not the end of a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:inc|ltd|co|corp|bros|jr|sr|st|no|vs|etc|approx|dept|govt|intl|plc|llc|mt|ft|dr|mr|mrs|ms|prof)\.$/i;
/** Initials and dotted acronyms: U.N., U.S.A., e.g. */
const INITIALS = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;
/** Closing marks that may follow the full stop: quotes, brackets, Markdown emphasis. */
const CLOSERS = /["'”’»)\]*_]*$/;

export const headline: Rule = {
  meta: {
    id: 'headline',
    description: 'Give the release a one-line headline of reasonable length, without a full stop.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ doc, style, report }) {
    const block = doc.headline;
    if (!block) {
      const first = doc.blocks.find((b) => b.kind !== 'masthead' && b.kind !== 'embargo');
      const line = first?.lines[0];
      const start = first ? first.range.start : doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
      // A stack of short lines the model could not split (a headline may be among them, over a
      // wire service's banner or a PDF's letterhead): not sure, so nothing is said. "No headline"
      // is said when the release opens with its dateline or with prose.
      if (first && opensWithStack(doc.text, first)) return;
      report({
        message: writtenOnOneLine(doc)
          ? 'The release is written on one line: put its headline on a line of its own, above the first paragraph.'
          : 'The release has no headline: open it with a headline on a line of its own.',
        range: { start, end: line ? Math.max(start, line.end) : start },
      });
      return;
    }
    const text = block.text.replace(/[\s\u00a0]+$/, '');
    const length = [...text].length;
    if (length > style.headline.maxLength) {
      report({
        message: `The headline is ${length} characters long: keep it within ${style.headline.maxLength}.`,
        range: { start: block.range.start, end: block.range.start + text.length },
      });
    }
    const body = text.slice(0, text.length - CLOSERS.exec(text)![0].length);
    if (!body.endsWith('.') || /(?:\.\.\.|…)$/.test(body) || /\.\.$/.test(body)) return;
    if (ABBREVIATION.test(body) || INITIALS.test(body) || isDottedAbbreviation(/\S*$/.exec(body)![0])) return;
    const stop = block.range.start + body.length - 1;
    report({
      message: 'Remove the full stop at the end of the headline.',
      range: { start: stop, end: stop + 1 },
      fix: { range: { start: stop, end: stop + 1 }, text: '' },
    });
  },
};
