/**
 * The document model: a draft (plain text or Markdown) split into the sections of a
 * press release, every section carrying its exact range in the original text.
 *
 * Parsing never fails: a draft that lacks a section simply has none, and the rules
 * report what is missing.
 */
import type { TextRange } from '../vocabulary';
import type { HouseStyle } from '../config/style';
import { DerivedKey, DerivedValues } from '../derived';
import { dominantEol, LineIndex, splitLines, type Line } from '../text/lines';
import type { ParagraphMemo } from '../paragraph-memo';
import { blockOfLines, proseOf, type Block, type BlockKind } from './blocks';
import { ABOUT_HEADING, ADVISORY_LABELS, DATE_PREFIX, HEADLINE_LABEL, isEmbargoLine, isEndMark, WIRE_FLAG } from './section-marks';
import { ContactHeadings } from './contact/heading';
import { headlessContact, inlineHeadedContact, letterheadSection, type ContactSection } from './contact-section';

export type { ContactSection } from './contact-section';
import { resemblesBoilerplate } from './boilerplate-resemblance';
import { looksLikeDateline, opensWithDateline } from './dateline/recognise';
import { parseDirectives, type Directive } from './directives';
import { isWrappedHeadline, readOpening, SETEXT_UNDERLINE, splitBlockAfter, splitStandfirst, takeTopMatter } from './opening';

export type { Block, BlockKind } from './blocks';
export { proseOf } from './blocks';

export type DraftFormat = 'markdown' | 'text';

export interface DraftDocument {
  /** The original text, BOM and line endings as they are. */
  readonly text: string;
  readonly format: DraftFormat;
  readonly lines: readonly Line[];
  readonly index: LineIndex;
  /** Every block in order, front matter and directive comments excluded. */
  readonly blocks: readonly Block[];
  readonly frontMatter?: TextRange;
  readonly headline?: Block;
  readonly subheadline?: Block;
  readonly embargo?: Block;
  /** The first body paragraph: where the dateline belongs. */
  readonly lead?: Block;
  /** Body paragraphs in order, `lead` first. */
  readonly body: readonly Block[];
  readonly boilerplate: readonly Block[];
  readonly contact?: ContactSection;
  readonly endMark?: Block;
  readonly directives: readonly Directive[];
  /** Paragraph work kept from the previous lint of this document (see paragraph-memo.ts). */
  readonly memo?: ParagraphMemo;
  /** Values the rules derive from this document (its dateline, contact block, acronyms), computed once. */
  readonly derived: DerivedValues;
}

export interface ParseOptions {
  format?: DraftFormat;
  /** Programmes' boilerplates help recognise an "About" paragraph that has no heading. */
  style?: Pick<HouseStyle, 'programmes' | 'contact' | 'endMark'>;
  memo?: ParagraphMemo;
}

/** The block holding `offset` (or ending at it), by binary search over the blocks in text order. */
export function blockAt(doc: Pick<DraftDocument, 'blocks'>, offset: number): Block | undefined {
  let low = 0;
  let high = doc.blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = doc.blocks[middle]!;
    if (offset < block.range.start) high = middle - 1;
    else if (offset > block.range.end) low = middle + 1;
    else return block;
  }
  return undefined;
}

/** The draft format a file name implies (.md, .markdown, .txt); undefined lets the parser decide. */
export function formatOfFileName(name: string | undefined): DraftFormat | undefined {
  if (!name) return undefined;
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  if (/\.txt$/i.test(name)) return 'text';
  return undefined;
}

/** Parses a draft into its sections. */
export function parseDraft(text: string, options: ParseOptions = {}): DraftDocument {
  const format = options.format ?? (/^\uFEFF?(?:---\r?\n|#\s)/.test(text) ? 'markdown' : 'text');
  const lines = splitLines(text);
  const index = new LineIndex(lines);
  const directives = parseDirectives(text, lines);
  const directiveLines = new Set(directives.map((d) => d.line));

  // Front matter: a leading `---` fence closed by `---` or `...`.
  let firstLine = 0;
  let frontMatter: TextRange | undefined;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.slice(bom, lines[0]!.end).trim() === '---') {
    for (let i = 1; i < lines.length; i++) {
      const content = text.slice(lines[i]!.start, lines[i]!.end).trim();
      if (content === '---' || content === '...') {
        frontMatter = { start: bom, end: lines[i]!.end };
        firstLine = i + 1;
        break;
      }
    }
  }
  if (!frontMatter && format === 'markdown') {
    const metadataEnd = metadataHeaderEnd(text, lines, bom);
    if (metadataEnd !== undefined) {
      frontMatter = { start: bom, end: lines[metadataEnd]!.end };
      firstLine = metadataEnd + 1;
    }
  }

  const headings = new ContactHeadings(options.style?.contact.heading);
  const blocks = splitBlocks(text, lines, firstLine, bom, directiveLines, format, headings);
  const title = frontMatterTitle(text, frontMatter);
  const sections = classify(text, title?.text, blocks, options.style, options.memo, headings);
  const headline = sections.headline ?? title;
  return { text, format, lines, index, blocks, frontMatter, directives, memo: options.memo, derived: new DerivedValues(), ...sections, headline };
}

function isBlank(text: string): boolean {
  return /^[\s\u00a0\u200b\ufeff]*$/.test(text);
}

function splitBlocks(
  text: string,
  lines: readonly Line[],
  firstLine: number,
  bom: number,
  directiveLines: ReadonlySet<number>,
  format: DraftFormat,
  headings: ContactHeadings,
): Block[] {
  const blocks: Block[] = [];
  let current: TextRange[] = [];
  let comments: TextRange[] = [];
  const flush = () => {
    if (current.length > 0) {
      const block = blockOfLines(text, current);
      // A comment followed by a heading stays outside the paragraph it followed.
      const inside = comments.filter((comment) => comment.start < block.range.end);
      if (inside.length > 0) block.comments = inside;
      blocks.push(block);
    }
    current = [];
    comments = [];
  };
  const blankAt = (i: number) => isBlank(text.slice(i === 0 ? bom : lines[i]!.start, lines[i]!.end));
  // The first line after the run of control-comment lines being read: found once per run, as
  // looking ahead from each of its lines is quadratic in a run of thousands.
  let directiveRunEnd = -1;
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i]!;
    const start = i === 0 ? bom : line.start;
    const content = text.slice(start, line.end);
    if (directiveLines.has(i)) {
      // A control comment between two lines of a paragraph (where "disable for this line" puts
      // it) leaves the paragraph whole: splitting it would change what the rules see (a
      // boilerplate cut in two no longer matches the canonical text). Otherwise it ends a block.
      if (directiveRunEnd <= i) {
        directiveRunEnd = i + 1;
        while (directiveRunEnd < lines.length && directiveLines.has(directiveRunEnd)) directiveRunEnd++;
      }
      const next = directiveRunEnd;
      if (current.length > 0 && next < lines.length && !blankAt(next)) {
        comments.push({ start: line.start, end: line.end });
        continue;
      }
      flush();
      continue;
    }
    if (isBlank(content)) {
      flush();
      continue;
    }
    // A Markdown heading is a block of its own even without a blank line around it, and so is
    // a contact heading: writers put it straight under the last paragraph or straight above
    // the contact lines, and either way it is the heading.
    const heading = (format === 'markdown' && /^#{1,6}\s/.test(content)) || headings.isHeadingLine(content);
    if (heading) flush();
    current.push({ start, end: line.end });
    if (heading) flush();
  }
  flush();
  return blocks;
}

type Sections = Omit<DraftDocument, 'text' | 'format' | 'lines' | 'index' | 'blocks' | 'frontMatter' | 'directives' | 'memo' | 'derived'>;

function classify(text: string, title: string | undefined, blocks: Block[], style: ParseOptions['style'], memo: ParagraphMemo | undefined, headings: ContactHeadings): Sections {
  const programmes = style?.programmes ?? [];
  const isBoilerplate = (block: Block) =>
    memo
      ? memo.get('boilerplate-resemblance', block.text, () => resemblesBoilerplate(proseOf(block), programmes))
      : resemblesBoilerplate(proseOf(block), programmes);

  const opening = readOpening(text, blocks, headings);
  let i = opening.mastheads;
  let letterhead = opening.letterhead;
  let embargo = blocks.slice(0, i).find((block) => block.kind === 'embargo');
  let headline: Block | undefined;
  let subheadline: Block | undefined;
  const take = (kind: BlockKind) => {
    const block = blocks[i++]!;
    block.kind = kind;
    return block;
  };
  if (i < blocks.length && isEmbargoLine(blocks[i]!.text)) embargo = take('embargo');
  const headlineShaped = (block: Block, next: Block | undefined) =>
    (block.lines.length === 1 || (isWrappedHeadline(text, block) && next !== undefined && looksLikeDateline(next.text))) &&
    // (A media advisory's schedule line, "WHO: The minister ...", is no headline.)
    !ADVISORY_ITEM.test(block.text) &&
    !looksLikeDateline(block.text) &&
    !readsAsParagraph(block.text);
  const titled = title !== undefined;
  // A Markdown release titled in its front matter: the site shows the title as the headline, so
  // a line under it that is not marked as a heading (`# `, an underline, bold) and says something
  // else is its sub-headline ("> New members join", "_Foundation to launch a programme_").
  if (titled && i < blocks.length - 1 && (/^>/.test(blocks[i]!.text) || (headlineShaped(blocks[i]!, blocks[i + 1]) && !markedAsHeading(text, blocks[i]!, title)))) {
    subheadline = take('subheadline');
    stripHeadlineMarks(subheadline);
  } else if (i < blocks.length - 1 && headlineShaped(blocks[i]!, blocks[i + 1])) {
    headline = take('headline');
    stripHeadlineMarks(headline);
  }
  if (!embargo && i < blocks.length && isEmbargoLine(blocks[i]!.text)) embargo = take('embargo');
  // Date lines, banners and contacts between the headline and the first paragraph.
  if (headline) {
    const below = takeTopMatter(text, blocks, i, headings);
    i = below.next;
    letterhead ??= below.letterhead;
  }
  // A dateline on a line of its own above the headline (`Brussels, 29 November 2017`, then the
  // headline, then the body): the line after it is the headline, not the first paragraph.
  const [dateline, belowDateline, afterThat] = [blocks[i], blocks[i + 1], blocks[i + 2]];
  const datelineAlone = (block: Block) => block.lines.length === 1 && block.text.trim().length <= MAX_DATELINE_ALONE && opensWithDateline(block.text);
  if (!headline && !titled && dateline && belowDateline && afterThat && datelineAlone(dateline)) {
    if (belowDateline.lines.length === 1 && !looksLikeDateline(belowDateline.text) && !/[.!?]["”’]?$/.test(belowDateline.text.trim()) && !headings.isHeading(belowDateline.text)) {
      headline = belowDateline;
      headline.kind = 'headline';
      stripHeadlineMarks(headline);
    }
  }
  // A short single line before the dateline paragraph is a sub-headline.
  if (headline && !subheadline) splitStandfirst(text, blocks, i);
  const next = blocks[i];
  const after = blocks[i + 1];
  if (
    headline &&
    !subheadline &&
    next &&
    after &&
    next.lines.length === 1 &&
    !looksLikeDateline(next.text) &&
    (looksLikeDateline(after.text) || next.text.length < 160) &&
    !headings.isHeading(next.text)
  ) {
    subheadline = take('subheadline');
    stripHeadlineMarks(subheadline);
    // A wire credit or a date line under the sub-headline is not the first paragraph either.
    i = takeTopMatter(text, blocks, i, headings).next;
  }

  // An end mark written in the last paragraph with lines after it (single newlines throughout,
  // "#####", then "For further information, please contact ..."): a paragraph of its own, so
  // the contacts after it are read as contacts.
  const lastIndex = blocks.length - 1;
  const lastBlock = blocks[lastIndex];
  if (lastBlock && lastIndex >= i && !lastBlock.comments) {
    const at = lastBlock.lines.findIndex((line, n) => n < lastBlock.lines.length - 1 && isEndMark(text.slice(line.start, line.end), style?.endMark.marks));
    if (at >= 0) {
      splitBlockAfter(text, blocks, lastIndex, at + 1);
      if (at > 0) splitBlockAfter(text, blocks, lastIndex, at);
    }
  }
  // The end mark is the last block, if it is one.
  let end = blocks.length;
  let endMark: Block | undefined;
  const last = blocks[end - 1];
  if (last && end > i && isEndMark(last.text, style?.endMark.marks)) {
    endMark = last;
    last.kind = 'end-mark';
    end--;
  }

  const body: Block[] = [];
  const boilerplate: Block[] = [];
  let contact: ContactSection | undefined;
  let inAbout = false;
  for (; i < end; i++) {
    const block = blocks[i]!;
    if (block === headline) continue;
    // An end mark before the end (contacts after it): not text; the end-mark rule reports its place.
    if (block.lines.length === 1 && isEndMark(block.text, style?.endMark.marks)) {
      block.kind = 'end-mark';
      continue;
    }
    if (!contact && headings.isHeading(block.lines.length === 1 ? block.text : '')) {
      block.kind = 'contact';
      contact = { range: { ...block.range }, heading: block, blocks: [] };
      continue;
    }
    if (contact) {
      // Boilerplate pasted after the contact block is still boilerplate (the rule reports its place).
      if (isBoilerplate(block)) {
        block.kind = 'boilerplate';
        boilerplate.push(block);
        continue;
      }
      block.kind = 'contact';
      contact.blocks.push(block);
      contact.range.end = block.range.end;
      continue;
    }
    if (block.lines.length === 1 && ABOUT_HEADING.test(block.text) && !/[.!?]$/.test(block.text.trim())) {
      block.kind = 'about-heading';
      inAbout = true;
      continue;
    }
    if (inAbout || (body.length > 0 && isBoilerplate(block))) {
      block.kind = 'boilerplate';
      boilerplate.push(block);
      continue;
    }
    block.kind = 'body';
    body.push(block);
  }
  if (!contact) contact = inlineHeadedContact(text, blocks, body, headings);
  if (!contact) contact = headlessContact(blocks, body, boilerplate, end);
  if (!contact && letterhead) contact = letterheadSection(letterhead, headings);
  return { embargo, headline, subheadline, lead: body[0], body, boilerplate, contact, endMark };
}

/** A dateline standing alone on its line is at most this long (`Brussels, 29 November 2017`). */
const MAX_DATELINE_ALONE = 60;
/** A single line this long that ends a sentence is a paragraph written on one line, not a headline. */
const MAX_HEADLINE_WITH_STOP = 200;

/** A line that reads as a paragraph of prose: two sentences, or a long one that ends with a full stop. */
function readsAsParagraph(line: string): boolean {
  const text = line.trim();
  // (Three lower-case letters before the stop: "Mr. Stein", "Inc. Adds" do not end a sentence.)
  return /\p{Ll}{3}[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(text) || (text.length > MAX_HEADLINE_WITH_STOP && /[.!?]["”’]?$/.test(text));
}

/** A metadata line of a header without fences: `title: ...`, `date: 2016/01/18`. */
const METADATA_LINE = /^[A-Za-z][\w-]{0,30}:[ \t]/;

/**
 * The last line of a metadata header written without closing fence (Pelican's `title:` and
 * `date:` lines, or front matter whose closing `---` was lost): two or more `key: value` lines
 * at the very top, one of them a title or a date, up to the first blank line.
 */
function metadataHeaderEnd(text: string, lines: readonly TextRange[], bom: number): number | undefined {
  let first = 0;
  if (text.slice(bom, lines[0]!.end).trim() === '---') first = 1;
  let last = first - 1;
  let titled = false;
  for (let i = first; i < lines.length; i++) {
    const content = text.slice(i === 0 ? bom : lines[i]!.start, lines[i]!.end);
    if (content.trim() === '') break;
    if (!METADATA_LINE.test(content)) return undefined;
    if (/^(?:title|date):/i.test(content)) titled = true;
    last = i;
  }
  return titled && last - first >= 1 ? last : undefined;
}

/** The front matter's `title:` (Jekyll, Hugo, Docusaurus), for a Markdown release whose body has no headline. */
function frontMatterTitle(text: string, frontMatter: TextRange | undefined): Block | undefined {
  if (!frontMatter) return undefined;
  const title = /^title:[ \t]*(["']?)(.+?)\1[ \t]*$/im.exec(text.slice(frontMatter.start, frontMatter.end));
  if (!title || title[2]!.trim() === '') return undefined;
  const start = frontMatter.start + title.index + title[0].indexOf(title[2]!, 'title:'.length);
  const range = { start, end: start + title[2]!.length };
  return { kind: 'headline', range, text: title[2]!, lines: [range] };
}

/** `# Headline` -> the range of `Headline`; `For Immediate Release: Headline` -> `Headline`. */
/** A Markdown heading (`# `, a setext underline), a bold line, or the front matter's title repeated. */
function markedAsHeading(text: string, block: Block, title: string): boolean {
  if (/^(?:#{1,6}\s|\*\*|__)/.test(block.text) || block.text.trim() === title.trim()) return true;
  const lineBelow = text.slice(block.range.end).split(/\r\n|\r|\n/, 2)[1] ?? '';
  return SETEXT_UNDERLINE.test(lineBelow);
}

function stripHeadlineMarks(block: Block): void {
  // A bold line: `**Ferry operator adds a night crossing**` (the marks are not the headline's words).
  const bold = block.lines.length === 1 ? /^(\*\*|__)(?=\S)(.*\S)\1[ \t]*$/.exec(block.text) : null;
  if (bold) {
    const start = block.range.start + 2;
    block.range = { start, end: start + bold[2]!.length };
    block.text = bold[2]!;
    block.lines = [block.range];
    return;
  }
  const match = /^#{1,6}\s+/.exec(block.text) ?? HEADLINE_LABEL.exec(block.text) ?? WIRE_FLAG.exec(block.text) ?? DATE_PREFIX.exec(block.text);
  if (!match) return;
  const length = match[1]?.length ?? match[0].length;
  block.range = { start: block.range.start + length, end: block.range.end };
  block.text = block.text.slice(length);
  block.lines = [block.range];
}

/** A line opening with a media advisory's schedule label: `WHAT: ...`, `QUIEN: ...`. */
const ADVISORY_ITEM = new RegExp(`^[ \\t*_]*(?:${[...ADVISORY_LABELS].join('|')})[ \\t*_]*:`, 'iu');

/** A paragraph this long with no line break in it is a whole release whose line breaks were lost. */
const ONE_LINE_RELEASE = 400;

/**
 * A release whose text below its headline is written on one line (its line breaks lost in a
 * copy from a web page or a feed), or the whole release so: its paragraphs, dateline and
 * contact block cannot be told apart.
 */
export function writtenOnOneLine(doc: DraftDocument): boolean {
  const text = doc.blocks.filter((block) => block.kind !== 'headline' && block.kind !== 'subheadline' && block.kind !== 'masthead' && block.kind !== 'embargo');
  const only = text.length === 1 ? text[0]! : undefined;
  return only !== undefined && only.lines.length === 1 && only.text.length > ONE_LINE_RELEASE;
}

const LINE_ENDING = new DerivedKey<'\n' | '\r\n' | '\r'>('the dominant line ending');

/** The line ending the draft mostly uses (for text a fix inserts), counted once per document. */
export function lineEnding(doc: DraftDocument): '\n' | '\r\n' | '\r' {
  return doc.derived.get(LINE_ENDING, () => dominantEol(doc.text));
}
