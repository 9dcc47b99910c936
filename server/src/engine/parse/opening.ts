/**
 * The opening of a release as real ones are written: masthead lines above the headline
 * (`PRESS RELEASE`, `MEDIA ADVISORY`, an organisation's daily-news banner, a lone date line,
 * a release number), a headline with no blank line under it, a headline hard-wrapped over two
 * lines, and a headline that only the front matter's `title:` holds.
 *
 * It splits the first paragraphs where a writer left out the blank line, so that the document
 * model sees masthead, headline and lead as the paragraphs they are. When it is not sure, it
 * leaves a paragraph whole: the rules then say less, never something wrong.
 */
import { blockOfLines, type Block } from './blocks';
import { isEmbargoLine } from './section-marks';
import { looksLikeDateline, opensWithDateline } from './dateline/recognise';
import { DAY_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN } from '../text/dates';
import { isChannelLine } from './contact/channels';
import type { ContactHeadings } from './contact/heading';
import { isNameInCapitals } from '../text/capitals';
import { readsAsPlaceName } from '../text/places';
import { hasOrganisationWord } from './contact/roles';

/** Wire services that distribute releases, as they sign them. */
const WIRE_SERVICE = '(?:pr ?newswire|business ?wire|globe ?newswire|marketwired?|canada newswire|accesswire|ein presswire)';

/** Lines that name the kind of document or its sender, not its subject. */
const MASTHEAD_LINE = new RegExp(
  [
    '(?:joint |official )?(?:press|news|media) (?:release|advisory|statement|note|alert)s?',
    'statement',
    'note to (?:correspondents|editors)',
    'communiqu[ée] de presse',
    'comunicado de prensa',
    'nota de prensa',
    'aviso (?:de prensa|a los medios)',
    'avis aux m[ée]dias',
    'para (?:su )?publicaci[óo]n inmediata',
    'pour (?:publication|diffusion) imm[ée]diate',
    'for (?:immediate )?release',
    'news',
    'cancell?ed|corrected|correction|updated?',
    // a filing's exhibit header: `EX-99.1 2 v200568_ex99-1.htm`
    'ex-\\d+(?:\\.\\d+)?\\b.{0,60}',
    'case\\s*(?:#|no\\.?|number)\\s*[\\w-]+',
    '.{2,60} - daily news',
    'daily news\\b.{0,20}',
    // a wire service's name on a line of its own, under the headline
    WIRE_SERVICE,
    '(?:(?:media |press )?(?:release|advisory))(?: no\\.?| number)?:? ?[a-z]?\\d[\\w./-]*',
    '.{2,40} latest news',
  ]
    .map((form) => `(?:${form})`)
    .join('|'),
  'iu',
);
const MASTHEAD = new RegExp(`^(?:#{1,6}\\s+)?(?:\\*\\*|__)?(?:${MASTHEAD_LINE.source})(?:\\*\\*|__)?[.:]?$`, 'iu');
const YEAR = '\\d{4}';
/** A line that is only a date: `30 July 2019`, `July 2, 2019`, `Jan. 10, 2011`, `Monday, 8 July 2019`, `29 / 11 / 2017`. */
const LONE_DATE = new RegExp(
  `^(?:(?:posted|published|released|issued|updated|date)(?: on)?:?\\s+)?(?:${WEEKDAY_PATTERN}\\.?,?\\s+)?(?:${DAY_PATTERN}\\s+${MONTH_PATTERN}\\.?,?\\s+${YEAR}|${MONTH_PATTERN}\\.?\\s+${DAY_PATTERN},?\\s+${YEAR}|\\d{1,2}\\s*[/.]\\s*\\d{1,2}\\s*[/.]\\s*${YEAR})$`,
  'iu',
);
/** A sentence of prose ends on the line: a lower-case letter or digit, then a full stop. */
const SENTENCE_END = /[\p{Ll}\d)][.!?]["”’)]?\s*$/u;
/** How many lines after a headline candidate are searched for the prose that shows it is one. */
const PROSE_REACH = 6;
/** The line under a Markdown setext heading (`Headline` over `=====`). */
export const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** The longest line (each line of a wrapped one) taken for a headline. */
const MAX_HEADLINE_LINE = 200;
/** A two-line headline is at most this long in all. */
const MAX_WRAPPED_HEADLINE = 260;

/** True for a masthead line: the kind of document, a banner, a release number, a lone date. */
function isMastheadLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 80 && (MASTHEAD.test(text) || LONE_DATE.test(text) || isEmbargoLine(text));
}

/**
 * A banner in capitals naming a statement and whose it is, above the statement's own headline:
 * `STATEMENT BY THE EXECUTIVE DIRECTOR`, `DECLARACIÓN DEL DIRECTOR EJECUTIVO`. (In title case,
 * "Statement by the Director on the floods in Kenya" is a headline.)
 */
const STATEMENT_BANNER = /^(?:joint )?(?:statement|remarks|message|declaraci[óo]n|d[ée]claration|mensaje|discours|discurso)(?:\s.{0,70})?$/iu;

/** True for a statement banner with a headline under it (without one, the banner is the headline). */
function isStatementBanner(line: string, next: string | undefined): boolean {
  const text = line.trim();
  return STATEMENT_BANNER.test(text) && isNameInCapitals(text) && next !== undefined && headlineLike(next) && !isNameInCapitals(next);
}

/** Words of an organisation's name in title case: capitalised, or a particle ("Ministry of Health and Social Care"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’&.-]*|of|for|and|the|on|in|de|des|du|la|le|&)$/u;
/** The longest organisation name taken for a masthead line. */
const MAX_ORGANISATION_WORDS = 6;

/**
 * An organisation's name on a line of its own above the headline: `Northern Rivers Trust`,
 * `MINISTRY OF HEALTH` (a word organisations are named with, every word capitalised, no
 * sentence), with a headline under it that is not another such name.
 */
function isOrganisationBanner(line: string, next: string | undefined): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > MAX_ORGANISATION_WORDS || !words.every((word) => NAME_WORD.test(word)) || /\d/.test(line)) return false;
  // (The headline under it may end in a full stop: the headline rule reports that.)
  if (!hasOrganisationWord(line) || next === undefined || !headlineLike(next.trim().replace(/\.$/, ''))) return false;
  const nextWords = next.trim().split(/\s+/);
  return !nextWords.every((word) => NAME_WORD.test(word)) || nextWords.length > MAX_ORGANISATION_WORDS;
}

/** True for a line a headline could be: short, and not a finished sentence of prose. */
function headlineLike(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= MAX_HEADLINE_LINE && !SENTENCE_END.test(text) && !looksLikeDateline(text);
}

/** How many lines at the top of a paragraph show whether it is a stack of short lines or wrapped prose. */
const STACK_LINES = 4;

/**
 * A paragraph that opens with lines stacked one under another, none of them prose: each could
 * be a headline, none ends a sentence, none continues the line above in lower case (as
 * hard-wrapped prose does). A wire service's banner or a PDF's letterhead the opening reader
 * could not split: where its headline and first paragraph are is not known.
 */
export function opensWithStack(text: string, block: Block): boolean {
  const top = lineTexts(text, block).slice(0, STACK_LINES);
  return top.length > 1 && top.every((line, i) => headlineLike(line) && (i === 0 || !/^\s*\p{Ll}/u.test(line)));
}

const WIRE_SERVICE_LINE = new RegExp(`^${WIRE_SERVICE}$`, 'i');

/**
 * `Headline` / `Sub-headline` / `PRNewswire` / `NEW YORK` in one paragraph: the lines to split it
 * into (headline, sub-headline if any, the service's name, the city), or undefined.
 */
function wireStack(text: string, block: Block): Block['lines'][] | undefined {
  const lines = lineTexts(text, block).map((line) => line.trim());
  const n = lines.length;
  if (n < 3 || n > 4 || !WIRE_SERVICE_LINE.test(lines[n - 2]!) || !isNameInCapitals(lines[n - 1]!) || !readsAsPlaceName(lines[n - 1]!)) return undefined;
  if (!lines.slice(0, n - 2).every((line) => headlineLike(line))) return undefined;
  return block.lines.map((line) => [line]);
}

/** The block's lines as texts. */
function lineTexts(text: string, block: Block): string[] {
  return block.lines.map((line) => text.slice(line.start, line.end));
}

/** Splits `blocks[index]` after its first `count` lines. */
export function splitBlockAfter(text: string, blocks: Block[], index: number, count: number): void {
  const block = blocks[index]!;
  blocks.splice(index, 1, blockOfLines(text, block.lines.slice(0, count)), blockOfLines(text, block.lines.slice(count)));
}

/** How many blocks at the top are masthead lines (possibly after splitting them off a paragraph), and a headline split off the lead. */
export function readOpening(text: string, blocks: Block[], headings: ContactHeadings): { mastheads: number; letterhead?: Block[] } {
  const { next: i, letterhead } = takeTopMatter(text, blocks, 0, headings);
  const first = blocks[i];
  if (!first || first.comments) return { mastheads: i, letterhead };
  // A wire service's stack: headline, sub-headline, the service's name, the city in capitals,
  // each on a line of its own, the first paragraph after a blank line.
  const wire = wireStack(text, first);
  if (wire) {
    blocks.splice(i, 1, ...wire.map((lines) => blockOfLines(text, lines)));
    return { mastheads: i, letterhead };
  }
  // A headline with no blank line under it: one or two headline-like lines, then the lead
  // (a dateline, or a paragraph of prose).
  if (first.lines.length >= 2) {
    const lines = lineTexts(text, first);
    // A Markdown setext headline (`Headline` over `=====`): the underline is no text of its own.
    if (SETEXT_UNDERLINE.test(lines[1]!) && headlineLike(lines[0]!)) {
      blocks.splice(i, 1, blockOfLines(text, first.lines.slice(0, 1)), ...(first.lines.length > 2 ? [blockOfLines(text, first.lines.slice(2))] : []));
      return { mastheads: i, letterhead };
    }
    for (const count of [1, 2]) {
      if (first.lines.length <= count) break;
      if (!readsAsHeadline(lines.slice(0, count))) break;
      const rest = lines.slice(count).join('\n');
      if (opensWithDateline(rest) || (count === 1 && lines.length > 2 && proseFollows(lines.slice(count)))) {
        splitBlockAfter(text, blocks, i, count);
        break;
      }
    }
  }
  return { mastheads: i, letterhead };
}

/** Running prose within the next few lines: a finished sentence or a line longer than any headline. */
function proseFollows(lines: string[]): boolean {
  return lines.slice(0, PROSE_REACH).some((line) => SENTENCE_END.test(line) || line.length > MAX_HEADLINE_LINE);
}

/**
 * What may stand above the headline or between it and the first paragraph, from
 * `blocks[from]` on: masthead lines, then a letterhead (contacts written at the top:
 * `Trent Perrotto / Headquarters, Washington / 202-358-0321`), then more masthead lines.
 */
export function takeTopMatter(text: string, blocks: Block[], from: number, headings: ContactHeadings): { next: number; letterhead?: Block[] } {
  let i = takeMastheads(text, blocks, from);
  const letterheadStart = i;
  i = takeLetterhead(text, blocks, i, headings);
  if (i === letterheadStart) return { next: i };
  const letterhead = blocks.slice(letterheadStart, i);
  return { next: takeMastheads(text, blocks, i), letterhead };
}

/**
 * Marks the masthead lines from `blocks[from]` on, each split off the paragraph it was written
 * in (single newlines); returns the index of the first block after them. Also used under the
 * headline, where a date line or a banner often stands above the first paragraph.
 */
function takeMastheads(text: string, blocks: Block[], from: number): number {
  let i = from;
  // (Something must follow them: a release of one line is a headline, not a masthead.)
  while (i < blocks.length && (i < blocks.length - 1 || blocks[i]!.lines.length > 1) && !blocks[i]!.comments) {
    const lines = lineTexts(text, blocks[i]!);
    const lone = LONE_DATE.test(lines[0]!.trim());
    // A date alone on its line (no place, no separator) is the release's date, above the
    // headline or the first paragraph: not a dateline, which names a place and opens the text.
    const next = lines.length > 1 ? lines[1] : blocks[i + 1] && lineTexts(text, blocks[i + 1]!)[0];
    // A label and date on a line of its own above the dateline (`Nyhet - 11 juni, 2025`): not the dateline.
    const aboveDateline = lines.length === 1 && blocks[i + 1] !== undefined && opensWithDateline(lines[0]!) && opensWithDateline(blocks[i + 1]!.text);
    if (aboveDateline) {
      blocks[i]!.kind = 'masthead';
      i++;
      continue;
    }
    if (!(isMastheadLine(lines[0]!) || isStatementBanner(lines[0]!, next) || isOrganisationBanner(lines[0]!, next)) || (opensWithDateline(lines[0]!) && !lone)) break;
    if (lines.length > 1) splitBlockAfter(text, blocks, i, 1);
    blocks[i]!.kind = isEmbargoLine(blocks[i]!.text) ? 'embargo' : 'masthead';
    i++;
  }
  return i;
}

/** The longest line of a letterhead contact. */
const MAX_LETTERHEAD_LINE = 90;
/** How many lines at the top are searched for a letterhead's last channel. */
const LETTERHEAD_REACH = 30;

/** A line a letterhead contact may hold: short, no sentence, no date line, no dateline. */
function letterheadLine(line: string): boolean {
  const text = line.trim();
  // (An address may end in an abbreviation's stop, "Laurel, Md.": a sentence ends in a word in lower case.)
  const sentence = SENTENCE_END.test(text) && /(?:^|\s)\p{Ll}\S*$/u.test(text) && text.split(/\s+/).length >= MIN_SENTENCE_WORDS;
  return text.length > 0 && text.length <= MAX_LETTERHEAD_LINE && !sentence && !LONE_DATE.test(text) && !opensWithDateline(text);
}
/** A line ending in a full stop is a sentence when it has at least this many words. */
const MIN_SENTENCE_WORDS = 4;

/**
 * A standfirst written on the line above the dateline, in the lead's paragraph ("The offender
 * was convicted ..." / "CHICAGO —" / the body): split off, it reads as the sub-headline.
 */
export function splitStandfirst(text: string, blocks: Block[], index: number): void {
  const block = blocks[index];
  if (!block || block.comments || block.lines.length < 2) return;
  const lines = lineTexts(text, block);
  // (Not a place over its date: `Washington, DC` / `February 26, 2026` is one dateline.)
  if (lines[0]!.length > MAX_STANDFIRST || opensWithDateline(lines[0]!) || opensWithDateline(lines.join('\n'))) return;
  if (opensWithDateline(lines.slice(1).join('\n'))) splitBlockAfter(text, blocks, index, 1);
}
/** The longest line read as a standfirst. */
const MAX_STANDFIRST = 300;

/**
 * Contacts written at the top of a release, before the headline: a run of short lines from
 * `blocks[from]` (an optional contact heading, names, titles, offices) that reaches at least
 * one phone number or e-mail address. The run ends at its last channel line; the paragraph it
 * ends in is split there. Returns the index of the first block after it (`from` if none).
 */
function takeLetterhead(text: string, blocks: Block[], from: number, headings: ContactHeadings): number {
  let lastChannel: { block: number; line: number } | undefined;
  let seen = 0;
  scan: for (let b = from; b < blocks.length && seen < LETTERHEAD_REACH; b++) {
    if (blocks[b]!.comments) break;
    const lines = lineTexts(text, blocks[b]!);
    for (let l = 0; l < lines.length; l++, seen++) {
      const line = lines[l]!;
      if (isChannelLine(line.trim())) lastChannel = { block: b, line: l };
      else if (!letterheadLine(line) && !(b === from && l === 0 && headings.isHeading(line))) break scan;
    }
  }
  // Something must follow: a draft that is all contact lines is a contact block at its end.
  if (!lastChannel || lastChannel.block === blocks.length - 1 && lastChannel.line === blocks[lastChannel.block]!.lines.length - 1) return from;
  const block = blocks[lastChannel.block]!;
  if (lastChannel.line < block.lines.length - 1) splitBlockAfter(text, blocks, lastChannel.block, lastChannel.line + 1);
  for (let b = from; b <= lastChannel.block; b++) blocks[b]!.kind = 'contact';
  return lastChannel.block + 1;
}

/** A headline-like paragraph of two lines (a hard-wrapped headline). */
export function isWrappedHeadline(text: string, block: Block): boolean {
  return block.lines.length === 2 && readsAsHeadline(lineTexts(text, block));
}

/** Lines that together read as a headline: each headline-like, not too long in all. */
function readsAsHeadline(lines: readonly string[]): boolean {
  return lines.every(headlineLike) && lines.join(' ').length <= MAX_WRAPPED_HEADLINE;
}
