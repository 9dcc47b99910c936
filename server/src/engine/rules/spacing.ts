/**
 * The `spacing` rule. What it asks for is `meta.description` (the one copy: the docs page and
 * the registry test follow it).
 *
 * One finding per run of white space, however mixed the run (spaces, no-break spaces U+00A0,
 * narrow no-break spaces U+202F, figure spaces U+2007, zero-width spaces U+200B, word joiners
 * U+2060, stray byte order marks U+FEFF). Trailing white space is reported too, except a
 * Markdown hard line break (two or more ordinary spaces at the end of a line in a `.md` draft).
 * Left alone: indentation, a run of tabs, the space after a Markdown heading or list marker,
 * Markdown table rows, fenced code, front matter and control comments.
 */
import type { DraftDocument } from '../parse/document';
import type { Report } from '../vocabulary';
import type { Rule } from '../rule';

/**
 * The runs worth a look: two or more spacing characters, any unusual one, a space next to a
 * bracket, at the start or at the end of a line. The single spaces between words (nearly all
 * of a draft's runs) never produce a match object: this rule was the heaviest in the profile
 * of 1,000 drafts.
 */
const SUSPECT_RUN =
  /[ \t\u00a0\u202f\u2007\u200b\u2060\ufeff]{2,}|[\u00a0\u202f\u2007\u200b\u2060\ufeff]|(?<=[([{])[ \t]|[ \t](?=[)\]}])|^[ \t]|[ \t]$/g;
const ZERO_WIDTH = /^[\u200b\u2060\ufeff]+$/;
/** What a run holds, named as the message names it. */
const KINDS: ReadonlyArray<[string, string, string]> = [
  [' ', 'space', 'spaces'],
  ['\u00a0', 'no-break space (U+00A0)', 'no-break spaces (U+00A0)'],
  ['\u202f', 'narrow no-break space (U+202F)', 'narrow no-break spaces (U+202F)'],
  ['\u2007', 'figure space (U+2007)', 'figure spaces (U+2007)'],
  ['\u200b', 'zero-width space (U+200B)', 'zero-width spaces (U+200B)'],
  ['\u2060', 'word joiner (U+2060)', 'word joiners (U+2060)'],
  ['\ufeff', 'zero-width no-break space (U+FEFF)', 'zero-width no-break spaces (U+FEFF)'],
  ['\t', 'tab', 'tabs'],
];
/** The opening bracket each closing bracket pairs with. */
const OPENER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
/** A Markdown block marker whose following spaces are layout: `#`, `-`, `*`, `+`, `1.`, `>`. */
const MARKDOWN_MARKER = /^[ \t]*(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)$/;

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    description: 'Use single ordinary spaces: no runs of spaces, no pasted no-break spaces, no space inside brackets.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ doc, report }) {
    for (const [start, end] of checkedLines(doc)) checkLine(doc, start, end, report);
  },
};

/** The lines to check: not front matter, control comments, fenced code or Markdown tables. */
function* checkedLines(doc: DraftDocument): Generator<[number, number]> {
  const markdown = doc.format === 'markdown';
  const directiveLines = new Set(doc.directives.map((d) => d.line));
  const bodyStart = doc.frontMatter ? doc.frontMatter.end : 0;
  let fence: string | undefined;
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (line.end <= bodyStart || directiveLines.has(i)) continue;
    const start = i === 0 && doc.text.charCodeAt(0) === 0xfeff ? 1 : line.start;
    const content = doc.text.slice(start, line.end);
    if (markdown) {
      const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(content)?.[1];
      if (fence) {
        if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
        continue;
      }
      if (fenceMark) {
        fence = fenceMark;
        continue;
      }
      if (/^\s*\|/.test(content)) continue;
    }
    yield [start, line.end];
  }
}

function checkLine(doc: DraftDocument, lineStart: number, lineEnd: number, report: (r: Report) => void): void {
  const text = doc.text;
  const line = text.slice(lineStart, lineEnd);
  if (!/[^ \t\u00a0\u202f\u2007\u200b\u2060\ufeff]/.test(line)) return; // blank lines are not text
  // Brackets opened and not yet closed before the current run, counted as the runs go by (linear).
  const open: Record<string, number> = { '(': 0, '[': 0, '{': 0 };
  let counted = 0;
  const countBracketsUpTo = (index: number) => {
    for (; counted < index; counted++) {
      const c = line[counted]!;
      if (c in open) open[c]!++;
      else if (c in OPENER_OF && open[OPENER_OF[c]!]! > 0) open[OPENER_OF[c]!]!--;
    }
  };
  for (const match of line.matchAll(SUSPECT_RUN)) {
    const run = match[0];
    const start = lineStart + match.index;
    const end = start + run.length;
    // Characters around the run, not slices of the line: a huge line with many runs stays linear.
    const charBefore = line[match.index - 1] ?? '';
    const charAfter = line[match.index + run.length] ?? '';
    if (charBefore === '') {
      // Indentation is layout; only invisible characters in it are reported.
      if (ZERO_WIDTH.test(run)) report(runReport(run, start, end, ''));
      continue;
    }
    if (charAfter === '') {
      if (doc.format === 'markdown' && /^ {2,}$/.test(run)) continue; // a hard line break
      report({
        message: `Remove the trailing ${describe(run)}.`,
        range: { start, end },
        fix: { range: { start, end }, text: '' },
      });
      continue;
    }
    if (/^\t+$/.test(run)) continue;
    if (doc.format === 'markdown' && match.index <= 12 && /^ +$/.test(run) && MARKDOWN_MARKER.test(line.slice(0, match.index))) continue;
    const opening = '([{'.includes(charBefore);
    // Only a bracket this line opened has an inside: the space before a stray "}" may be another
    // rule's (the dateline separator in "Geneva, 12 March 2024 - }"), and removing it made the
    // dateline fix put it back, pass after pass (fuzz seed 3, test/fuzz/regressions.ts).
    const closing = ')]}'.includes(charAfter) && charAfter !== '' && (countBracketsUpTo(match.index), open[OPENER_OF[charAfter]!]! > 0);
    if (opening && closing) continue; // "( )", a Markdown task box "[ ]"
    if (opening || closing) {
      report({
        message: opening
          ? `Remove the ${describe(run)} after the opening bracket.`
          : `Remove the ${describe(run)} before the closing bracket.`,
        range: { start, end },
        fix: { range: { start, end }, text: '' },
      });
      continue;
    }
    if (run === ' ') continue;
    report(runReport(run, start, end, ZERO_WIDTH.test(run) ? '' : ' '));
  }
}

function runReport(run: string, start: number, end: number, replacement: string): Report {
  const message =
    replacement === ''
      ? `Remove the ${describe(run)}.`
      : /^ +$/.test(run)
        ? `Replace the ${run.length} spaces with one.`
        : `Replace the ${describe(run)} with one space.`;
  return { message, range: { start, end }, fix: { range: { start, end }, text: replacement } };
}

/** "3 spaces and 2 no-break spaces (U+00A0)", "zero-width space (U+200B)". */
function describe(run: string): string {
  const parts: string[] = [];
  for (const [char, singular, plural] of KINDS) {
    let count = 0;
    for (const c of run) if (c === char) count++;
    if (count === 1) parts.push(singular);
    else if (count > 1) parts.push(`${count} ${plural}`);
  }
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
