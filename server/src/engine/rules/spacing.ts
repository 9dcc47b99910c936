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
 *
 * French typography puts a no-break space (U+00A0, or the narrow U+202F) before `: ; ! ? »`
 * and `%`, after `«`, and between the groups of a number (1 000): in a draft checked in French
 * those are right, and an ordinary space or none before `: ; ! ? »` or after `«` is reported
 * instead. In Spanish, one before `%` and between the groups of a number is right too.
 */
import type { DraftDocument } from '../parse/document';
import type { Report, TextRange } from '../vocabulary';
import { htmlCommentsOf, notProseIn } from '../parse/not-prose';
import { mergeRanges } from '../text/ranges';
import type { Rule } from '../rule';
import type { HouseStyle } from '../config/style';

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
  check({ doc, style, report }) {
    const french = style.language === 'fr';
    const notProse = french ? notProseOf(doc) : [];
    let next = 0;
    for (const [start, end] of checkedLines(doc)) {
      checkLine(doc, start, end, style.language, report);
      if (!french) continue;
      while (next < notProse.length && notProse[next]!.end <= start) next++;
      let last = next;
      while (last < notProse.length && notProse[last]!.start < end) last++;
      checkFrenchMarks(doc, start, end, notProse.slice(next, last), report);
    }
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

/**
 * One no-break space where the language's typography puts one: in French before `: ; ! ? » %`
 * and after `«`; in French and Spanish between the groups of a number (1 000) and before `%`.
 */
function typographicNoBreakSpace(language: HouseStyle['language'], run: string, charBefore: string, charAfter: string): boolean {
  if (language === 'en' || !/^[\u00a0\u202f]$/.test(run)) return false;
  if (charAfter === '%' || (/\d/.test(charBefore) && /\d/.test(charAfter))) return true;
  return language === 'fr' && (FRENCH_SPACED_BEFORE.includes(charAfter) || charBefore === '«');
}
const FRENCH_SPACED_BEFORE = ':;!?»';

/**
 * French high punctuation without its no-break space: an ordinary space before `: ; ! ? »` or
 * after `«`, or none at all (`contacter:`). Only a mark that ends a word and is followed by a
 * space, other punctuation or the end of the line: `https://`, `14:30`, `?id=` are not
 * punctuation of prose.
 */
const FRENCH_MARK_SPACING = /(?<=[\p{L}\p{N})\]»”"'’*_])( ?)([:;!?»])(?=[\s\u00a0\u202f.,;:!?)\]»”"'’]|$)|(«)( ?)(?=[\p{L}\p{N}“"'‘])/gu;

const LINE_KEY = /^[ \t>*_#[-]*[\p{L}\p{N}_.-]+[\]*_]*$/u;
const MAX_KEY_LENGTH = 40;

/** What is not prose in the draft (HTML, code, addresses: parse/not-prose.ts), in text order: its colons are not punctuation. */
function notProseOf(doc: DraftDocument): TextRange[] {
  const inBlocks = doc.blocks.flatMap((block) => notProseIn(doc.text.slice(block.range.start, block.range.end)).map((span) => ({ start: block.range.start + span.start, end: block.range.start + span.end })));
  return mergeRanges([...inBlocks, ...htmlCommentsOf(doc)]);
}

/** `notProse`: the spans of what is not prose on the line. */
function checkFrenchMarks(doc: DraftDocument, lineStart: number, lineEnd: number, notProse: readonly TextRange[], report: (r: Report) => void): void {
  const line = doc.text.slice(lineStart, lineEnd);
  let span = 0;
  for (const match of line.matchAll(FRENCH_MARK_SPACING)) {
    const opening = match[3] !== undefined;
    const markAt = lineStart + match.index + (opening ? 0 : match[1]!.length);
    // Marks come in text order, and so do the spans: one pass over both.
    while (span < notProse.length && notProse[span]!.end <= markAt) span++;
    if (span < notProse.length && notProse[span]!.start <= markAt) continue;
    // The ";" of an HTML entity (`&nbsp;`) is not a semicolon.
    if (match[2] === ';' && /&#?\w{1,10}$/.test(line.slice(Math.max(0, match.index - 12), match.index))) continue;
    // A single word opening the line before a colon is a key or a label (`date: 2016/01/18`,
    // `Tél: +33 ...`, `[Organisation]: [Name]`), metadata more often than prose: left alone.
    if (match[2] === ':' && match.index <= MAX_KEY_LENGTH && LINE_KEY.test(line.slice(0, match.index))) continue;
    const mark = opening ? match[3]! : match[2]!;
    const space = opening ? match[4]! : match[1]!;
    // The narrow no-break space before ; ! ? (as the Imprimerie nationale sets them), the full one elsewhere.
    const noBreak = ';!?'.includes(mark) ? '\u202f' : '\u00a0';
    const at = lineStart + match.index + (opening ? 1 : 0);
    const range = { start: at, end: at + space.length };
    report({
      message: `In French, put a no-break space ${opening ? 'after' : 'before'} "${mark}"${space ? ' instead of an ordinary space' : ''}.`,
      range: space ? range : opening ? { start: at - 1, end: at } : { start: at, end: at + 1 },
      fix: { range, text: noBreak },
    });
  }
}

function checkLine(doc: DraftDocument, lineStart: number, lineEnd: number, language: HouseStyle['language'], report: (r: Report) => void): void {
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
    if (typographicNoBreakSpace(language, run, charBefore, charAfter)) continue;
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
