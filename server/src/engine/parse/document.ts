/**
 * The document model: a draft (plain text or Markdown) split into the sections of a
 * press release, every section carrying its exact range in the original text.
 *
 * Parsing never fails: a draft that lacks a section simply has none, and the rules
 * report what is missing.
 */
import type { TextRange } from '../vocabulary';
import type { HouseStyle } from '../config/style';
import { dominantEol, LineIndex, splitLines, type Line } from '../text/lines';
import { parseDirectives, type Directive } from './directives';
import { wordSet } from '../text/words';
import { opensWithDateline } from './dateline';
import type { ParagraphMemo } from '../paragraph-memo';

export type DraftFormat = 'markdown' | 'text';

export type BlockKind =
  | 'headline'
  | 'subheadline'
  | 'embargo'
  | 'body'
  | 'about-heading'
  | 'boilerplate'
  | 'contact'
  | 'end-mark';

/** A paragraph: consecutive non-blank lines. */
export interface Block {
  kind: BlockKind;
  /** From the first non-space character to the end of the last line (line ending excluded). */
  range: TextRange;
  /** `doc.text.slice(range.start, range.end)`. */
  text: string;
  /** The block's lines, each trimmed of nothing: exact line ranges (control comments excluded). */
  lines: TextRange[];
  /** Control comment lines inside the paragraph (`<!-- presslint-disable-next-line ... -->`): not prose. */
  comments?: TextRange[];
}

/** A block's text with its control comment lines left out: what word-based checks compare. */
export function proseOf(block: Block): string {
  if (!block.comments) return block.text;
  let prose = '';
  let at = block.range.start;
  for (const comment of block.comments) {
    prose += block.text.slice(at - block.range.start, comment.start - block.range.start);
    at = comment.end;
  }
  return prose + block.text.slice(at - block.range.start);
}

export interface ContactSection {
  /** From the heading (if any) to the end of the last contact block. */
  range: TextRange;
  heading?: Block;
  /** The blocks after the heading: entries, channels, disclaimers. */
  blocks: Block[];
}

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
}

export interface ParseOptions {
  format?: DraftFormat;
  /** Programmes' boilerplates help recognise an "About" paragraph that has no heading. */
  style?: Pick<HouseStyle, 'programmes' | 'contact' | 'endMark'>;
  memo?: ParagraphMemo;
}

const MONTH =
  '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?|\\.)?|sept\\.|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
/** A day next to a month name near the start of a paragraph: the mark of a dateline. */
const DATELINE_HINT = new RegExp(
  `^.{0,120}?(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?![a-z])|\\b${MONTH}\\s+\\d{1,2}\\b)`,
  'i',
);
const CONTACT_HEADING =
  /^(?:#{1,6}\s*)?(?:\*\*|__)?(?:for (?:more|further) information|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries)|contacts?[ \t]*(?:\*\*|__)?[ \t]*(?::|$)|for media enquiries|media relations\b)/i;
const ABOUT_HEADING = /^(?:#{1,6}\s*)?(?:about\b|notes? to (?:the )?editors?\b|background\b)/i;
const EMBARGO = /^(?:\*\*)?(?:embargo(?:ed)?\b|for immediate release\b|under embargo\b)/i;
/** End marks recognised whatever the house style says (the `end-mark` rule reports a foreign one). */
export const DEFAULT_END_MARKS: readonly string[] = ['###', '# # #', '-ENDS-', '- ENDS -', 'ENDS', '-30-', '***END***'];
/** A paragraph this similar (by shared words) to a programme's boilerplate is taken for one. */
const BOILERPLATE_SIMILARITY = 0.5;

/** A line that carries a way to reach someone: a labelled e-mail or phone, or a bare address or number. */
const CHANNEL_LINE =
  /^\s*(?:(?:e-?mail|tel(?:ephone)?|phone|mobile|mob|cell)\.?[ \t\u00a0]*:|[^\s@]+(?:@|\[at\]|\(at\))[^\s@]+\.[a-z]{2,}\s*$|\+?[\d(][\d \t().\-\u00a0]{6,}\d\s*$)/i;

/** The draft format a file name implies (.md, .markdown, .txt); undefined lets the parser decide. */
export function formatOfFileName(name: string | undefined): DraftFormat | undefined {
  if (!name) return undefined;
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  if (/\.txt$/i.test(name)) return 'text';
  return undefined;
}

/** True if the paragraph opens the way a dateline does (a place and a date). */
export function looksLikeDateline(text: string): boolean {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  // The parser also knows datelines the hint misses: an unknown month ("3 Juen 2018"), a wire
  // dateline without a date (`GENEVA (Reuters) - `).
  return DATELINE_HINT.test(firstLine) || opensWithDateline(firstLine);
}

/** True for a short line that introduces the contact block. */
export function isContactHeading(line: string, houseHeading?: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 100) return false;
  if (houseHeading && normaliseHeading(trimmed) === normalisedHouseHeading(houseHeading)) return true;
  return CONTACT_HEADING.test(trimmed);
}

/**
 * A line that is only a contact heading ("For more information, please contact:", "Media
 * contacts"), not a contact line that starts like one ("Contact: Anna Berger, +43 ...").
 */
function isContactHeadingLine(line: string, houseHeading?: string): boolean {
  if (!isContactHeading(line, houseHeading)) return false;
  const bare = line.trim().replace(/(?:\*\*|__)$/, '').trimEnd();
  // Short: a sentence of the body that opens "For more information ..." is not split off.
  return bare.endsWith(':') ? bare.length <= 70 : !bare.includes(':') && bare.length <= 40;
}

let lastHouseHeading: [string, string] | undefined;

/** The house heading, normalised once rather than once per paragraph of a long draft. */
function normalisedHouseHeading(heading: string): string {
  if (lastHouseHeading?.[0] !== heading) lastHouseHeading = [heading, normaliseHeading(heading)];
  return lastHouseHeading[1];
}

function normaliseHeading(text: string): string {
  // Without spaces: a house heading "Press: " never matched "Press:", nor "A ( b" the "A (b"
  // the spacing rule makes of it, so the heading was inserted on every pass (fuzz).
  return text.replace(/^#+\s*/, '').replace(/[\s\u00a0]+/g, '').replace(/[:.]$/, '').toLowerCase();
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

  const blocks = splitBlocks(text, lines, firstLine, bom, directiveLines, format, options.style?.contact.heading);
  const sections = classify(blocks, options.style, options.memo);
  return { text, format, lines, index, blocks, frontMatter, directives, memo: options.memo, ...sections };
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
  houseContactHeading: string | undefined,
): Block[] {
  const blocks: Block[] = [];
  let current: TextRange[] = [];
  let comments: TextRange[] = [];
  const flush = () => {
    if (current.length > 0) {
      const first = current[0]!;
      const last = current[current.length - 1]!;
      const raw = text.slice(first.start, last.end);
      const lead = raw.length - raw.replace(/^[\s\u00a0\ufeff]+/, '').length;
      const range = { start: first.start + lead, end: last.end };
      const block: Block = { kind: 'body', range, text: text.slice(range.start, range.end), lines: current };
      // A comment followed by a heading stays outside the paragraph it followed.
      const inside = comments.filter((comment) => comment.start < range.end);
      if (inside.length > 0) block.comments = inside;
      blocks.push(block);
    }
    current = [];
    comments = [];
  };
  const blankAt = (i: number) => isBlank(text.slice(i === 0 ? bom : lines[i]!.start, lines[i]!.end));
  for (let i = firstLine; i < lines.length; i++) {
    const line = lines[i]!;
    const start = i === 0 ? bom : line.start;
    const content = text.slice(start, line.end);
    if (directiveLines.has(i)) {
      // A control comment between two lines of a paragraph (where "disable for this line" puts
      // it) leaves the paragraph whole: splitting it would change what the rules see (a
      // boilerplate cut in two no longer matches the canonical text). Otherwise it ends a block.
      let next = i + 1;
      while (next < lines.length && directiveLines.has(next)) next++;
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
    const heading = (format === 'markdown' && /^#{1,6}\s/.test(content)) || isContactHeadingLine(content, houseContactHeading);
    if (heading) flush();
    current.push({ start, end: line.end });
    if (heading) flush();
  }
  flush();
  return blocks;
}

type Sections = Omit<DraftDocument, 'text' | 'format' | 'lines' | 'index' | 'blocks' | 'frontMatter' | 'directives' | 'memo'>;

interface CanonicalText {
  /** Its length as a paragraph of the draft shows it (runs of white space as one space). */
  length: number;
  words: Set<string>;
  /** The longest words of the text, whose presence a cheap substring test can check. */
  telling: string[];
}

const NO_PROGRAMMES: NonNullable<ParseOptions['style']>['programmes'] = [];
const canonicalCache = new WeakMap<NonNullable<ParseOptions['style']>['programmes'], CanonicalText[]>();

/** The programmes' boilerplates (current and previous) as the resemblance test compares them; once per style. */
function canonicalTexts(programmes: NonNullable<ParseOptions['style']>['programmes']): CanonicalText[] {
  let canonicals = canonicalCache.get(programmes);
  if (canonicals) return canonicals;
  canonicals = programmes
    .flatMap((p) => [p.boilerplate, ...p.previous])
    // A boilerplate of several paragraphs is matched whole and paragraph by paragraph, as a
    // draft splits it: its second paragraph went unrecognised, and --fix inserted it again on
    // every pass (found by the fuzzer).
    .flatMap((text) => {
      const paragraphs = text.split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/).filter((paragraph) => paragraph.trim() !== '');
      return paragraphs.length > 1 ? [text, ...paragraphs] : [text];
    })
    .map((text) => {
      const words = wordSet(text);
      const telling = [...words].filter((w) => w.length >= 6).sort((a, b) => b.length - a.length).slice(0, 8);
      // The length as a paragraph: a short boilerplate written with line breaks around it in
      // YAML was never recognised (found by the fuzzer).
      return { length: text.replace(/\s+/g, ' ').trim().length, words, telling };
    });
  canonicalCache.set(programmes, canonicals);
  return canonicals;
}

function classify(blocks: Block[], style: ParseOptions['style'], memo: ParagraphMemo | undefined): Sections {
  const endMarks = new Set([...(style?.endMark.marks ?? []), ...DEFAULT_END_MARKS].map((m) => m.toUpperCase()));
  const canonicals = canonicalTexts(style?.programmes ?? NO_PROGRAMMES);
  const resemblesBoilerplate = (block: Block) =>
    memo ? memo.get('boilerplate-resemblance', block.text, () => resemblesCanonical(block)) : resemblesCanonical(block);
  const resemblesCanonical = (block: Block) => {
    // No fixed floor on the length: a house boilerplate under 80 characters was never
    // recognised, so its fix inserted it again on every pass (found by the fuzzer). The
    // length test below (half to twice a canonical text) keeps short paragraphs cheap.
    if (canonicals.length === 0) return false;
    // Cheap tests first (similar length, most telling words present) spare the word sets of most of a long draft.
    let lower: string | undefined;
    const candidates = canonicals.filter((c) => {
      if (block.text.length < c.length / 2 || block.text.length > c.length * 2) return false;
      lower ??= proseOf(block).toLowerCase();
      return c.telling.filter((w) => lower!.includes(w)).length >= c.telling.length / 2;
    });
    if (candidates.length === 0) return false;
    const words = wordSet(proseOf(block));
    return candidates.some((canonical) => similarity(words, canonical.words) >= BOILERPLATE_SIMILARITY);
  };

  let i = 0;
  let embargo: Block | undefined;
  let headline: Block | undefined;
  let subheadline: Block | undefined;
  const take = (kind: BlockKind) => {
    const block = blocks[i++]!;
    block.kind = kind;
    return block;
  };
  if (i < blocks.length && EMBARGO.test(blocks[i]!.text)) embargo = take('embargo');
  if (i < blocks.length && blocks[i]!.lines.length === 1 && !looksLikeDateline(blocks[i]!.text) && blocks.length > 1) {
    headline = take('headline');
    stripMarkdownHeading(headline);
  }
  if (!embargo && i < blocks.length && EMBARGO.test(blocks[i]!.text)) embargo = take('embargo');
  // A short single line before the dateline paragraph is a sub-headline.
  const next = blocks[i];
  const after = blocks[i + 1];
  if (
    headline &&
    next &&
    after &&
    next.lines.length === 1 &&
    !looksLikeDateline(next.text) &&
    (looksLikeDateline(after.text) || next.text.length < 160) &&
    !isContactHeading(next.text, style?.contact.heading)
  ) {
    subheadline = take('subheadline');
    stripMarkdownHeading(subheadline);
  }

  // The end mark is the last block, if it is one.
  let end = blocks.length;
  let endMark: Block | undefined;
  const last = blocks[end - 1];
  if (last && end > i && endMarks.has(last.text.trim().toUpperCase())) {
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
    if (!contact && isContactHeading(block.lines.length === 1 ? block.text : '', style?.contact.heading)) {
      block.kind = 'contact';
      contact = { range: { ...block.range }, heading: block, blocks: [] };
      continue;
    }
    if (contact) {
      // Boilerplate pasted after the contact block is still boilerplate (the rule reports its place).
      if (resemblesBoilerplate(block)) {
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
    if (inAbout || (body.length > 0 && resemblesBoilerplate(block))) {
      block.kind = 'boilerplate';
      boilerplate.push(block);
      continue;
    }
    block.kind = 'body';
    body.push(block);
  }
  if (!contact) contact = headlessContact(blocks, body, boilerplate, end);
  return { embargo, headline, subheadline, lead: body[0], body, boilerplate, contact, endMark };
}

/**
 * Contact lines at the end of a draft without a heading ("Jane Doe, UNDP" / "Email: ...") still
 * form the contact section, so that the `contact-block` rule can ask for the heading instead of
 * inserting a second block. Only a trailing run of short blocks qualifies, starting at the first
 * block with a channel line (or the short line just before it, the contact's name).
 */
function headlessContact(blocks: Block[], body: Block[], boilerplate: Block[], end: number): ContactSection | undefined {
  const lead = body[0];
  const shortLines = (block: Block) => block.lines.every((line) => line.end - line.start <= 160);
  const hasChannel = (block: Block) =>
    block.lines.some((line) => {
      const text = block.text.slice(Math.max(0, line.start - block.range.start), line.end - block.range.start);
      return CHANNEL_LINE.test(text) || (text.length <= 120 && /\S@\S+\.[a-z]{2,}/i.test(text) && !/[.!?]\s*$/.test(text));
    });
  const nameOnly = (block: Block) => block.lines.length <= 3 && !/[.!?]["”’]?\s*$/m.test(block.text);
  let first = end;
  for (let i = end - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block === lead || (block.kind !== 'body' && block.kind !== 'boilerplate') || !shortLines(block)) break;
    if (!hasChannel(block) && !nameOnly(block)) break;
    first = i;
  }
  let start = first;
  while (start < end && !hasChannel(blocks[start]!)) start++;
  if (start === end) return undefined;
  if (start > first) start--;
  const taken = new Set(blocks.slice(start, end));
  const section: ContactSection = { range: { start: blocks[start]!.range.start, end: blocks[end - 1]!.range.end }, blocks: [...taken] };
  for (const block of taken) block.kind = 'contact';
  for (const list of [body, boilerplate]) {
    const kept = list.filter((block) => !taken.has(block));
    list.length = 0;
    for (const block of kept) list.push(block);
  }
  return section;
}

/** `# Headline` -> the range of `Headline`. */
function stripMarkdownHeading(block: Block): void {
  const match = /^#{1,6}\s+/.exec(block.text);
  if (!match) return;
  block.range = { start: block.range.start + match[0].length, end: block.range.end };
  block.text = block.text.slice(match[0].length);
  block.lines = [block.range];
}

/** Share of the canonical text's words that the paragraph also has. */
function similarity(words: ReadonlySet<string>, canonical: ReadonlySet<string>): number {
  if (canonical.size === 0) return 0;
  let shared = 0;
  for (const word of canonical) if (words.has(word)) shared++;
  return shared / Math.max(canonical.size, words.size);
}

const eolCache = new WeakMap<DraftDocument, '\n' | '\r\n' | '\r'>();

/** The line ending the draft mostly uses (for text a fix inserts), counted once per document. */
export function lineEnding(doc: DraftDocument): '\n' | '\r\n' | '\r' {
  let eol = eolCache.get(doc);
  if (eol === undefined) {
    eol = dominantEol(doc.text);
    eolCache.set(doc, eol);
  }
  return eol;
}
