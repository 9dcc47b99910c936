/**
 * The `inverted-marks` rule. What it asks for is `meta.description` (the one copy: the docs page
 * and the registry test follow it).
 *
 * Spanish opens a question with ¿ and an exclamation with ¡, where it begins, which may be in
 * the middle of a sentence (`Si no llueve, ¿qué haremos?`). In a draft checked in Spanish, each
 * paragraph is read once, left to right: a closing ? or ! needs an opening mark of its kind not
 * yet closed earlier in the paragraph, and every opening mark needs its closing one before the
 * paragraph ends. Marks inside quotations in straight or curly quotes (a question asked in
 * English), in what is not prose (`?id=` in an address) and a Markdown image's `![` are not
 * read. No fix: only the writer knows where the question begins.
 */
import type { Rule } from '../rule';
import type { Report } from '../vocabulary';
import { notProseIn } from '../parse/not-prose';
import type { Block } from '../parse/document';

const OPENING_OF: Readonly<Record<string, string>> = { '?': '¿', '!': '¡' };
const CLOSING_OF: Readonly<Record<string, string>> = { '¿': '?', '¡': '!' };
const NAME_OF: Readonly<Record<string, string>> = { '?': 'question', '!': 'exclamation' };
/** The blocks a writer writes as sentences. */
const PROSE_KINDS: ReadonlySet<Block['kind']> = new Set(['headline', 'subheadline', 'body', 'boilerplate']);

export const invertedMarks: Rule = {
  meta: {
    id: 'inverted-marks',
    description: 'In Spanish, open every question with ¿ and every exclamation with ¡, and close each one.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ doc, style, report }) {
    if (style.language !== 'es') return;
    for (const block of doc.blocks) {
      if (PROSE_KINDS.has(block.kind)) checkParagraph(doc.text.slice(block.range.start, block.range.end), block.range.start, report);
    }
  },
};

function checkParagraph(text: string, base: number, report: (r: Report) => void): void {
  const notProse = notProseIn(text);
  let span = 0;
  // Where each opening mark not yet closed stands, by mark: a closing mark takes the latest.
  const open: Record<string, number[]> = { '¿': [], '¡': [] };
  let straightQuotes = 0;
  let curlyDepth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '"') straightQuotes++;
    else if (char === '“') curlyDepth++;
    else if (char === '”') curlyDepth = Math.max(0, curlyDepth - 1);
    if (!(char in OPENING_OF) && !(char in CLOSING_OF)) continue;
    while (span < notProse.length && notProse[span]!.end <= at) span++;
    if (span < notProse.length && notProse[span]!.start <= at) continue;
    if (straightQuotes % 2 === 1 || curlyDepth > 0) continue;
    if (char in CLOSING_OF) {
      open[char]!.push(at);
      continue;
    }
    // "?!" or "!!!": marks that follow a closing mark close the same sentence. A Markdown
    // image (`![photo](...)`) opens with a "!" that is no exclamation.
    const previous = text[at - 1];
    if (previous === '?' || previous === '!' || (char === '!' && text[at + 1] === '[')) continue;
    if (open[OPENING_OF[char]!]!.pop() !== undefined) continue;
    report({
      message: `This ${NAME_OF[char]} has no opening "${OPENING_OF[char]}": Spanish opens it where it begins.`,
      range: { start: base + at, end: base + at + 1 },
    });
  }
  for (const [mark, positions] of Object.entries(open)) {
    for (const at of positions) {
      report({
        message: `The ${NAME_OF[CLOSING_OF[mark]!]} opened with "${mark}" is not closed with "${CLOSING_OF[mark]}" in its paragraph.`,
        range: { start: base + at, end: base + at + 1 },
      });
    }
  }
}
