/**
 * Where the contact section is when no heading stands on a line of its own above it: a heading
 * written with its first entry in one of the last paragraphs ("Enquiries: Jane Doe, ..."), the
 * contacts alone at the end with no heading, or a letterhead at the top.
 */
import type { Block } from './blocks';
import type { TextRange } from '../vocabulary';
import type { ContactHeadings } from './contact/heading';
import { isChannelLine, mentionsChannel } from './contact/channels';
import { splitBlockAfter } from './opening';

export interface ContactSection {
  /** From the heading (if any) to the end of the last contact block. */
  range: TextRange;
  heading?: Block;
  /** The blocks after the heading: entries, channels, disclaimers. */
  blocks: Block[];
  /** Contacts written at the top (a letterhead), which a wire or PDF layout often mixes with its banner lines. */
  atTop?: boolean;
}

/** How many paragraphs from the end of the body a heading written with its entry is looked for in. */
const INLINE_HEADING_REACH = 3;

/**
 * A draft with no contact heading on a line of its own, whose last paragraphs hold one written
 * with its first entry ("Enquiries: Jane Doe, jane@example.org"): the contact section starts
 * at that line, split off the paragraph it was written in.
 */
export function inlineHeadedContact(text: string, blocks: Block[], body: Block[], headings: ContactHeadings): ContactSection | undefined {
  for (let b = body.length - 1; b >= Math.max(0, body.length - INLINE_HEADING_REACH); b--) {
    const block = body[b]!;
    if (block.comments) continue;
    // The entry may run on to the next line: "... please contact Ed Griffith, Public Information
    // Officer, at" over "(305) 555-0100".
    const lineText = (n: number) => (block.lines[n] ? text.slice(block.lines[n]!.start, block.lines[n]!.end) : '');
    const at = block.lines.findIndex((_, n) => {
      const line = lineText(n);
      const next = lineText(n + 1);
      return headingWithEntry(line, headings) || ((!/[.!?]\s*$/.test(line) || isChannelLine(next)) && headingWithEntry(`${line} ${next}`, headings));
    });
    // (Not the lead's first line: the lead is the release's first paragraph, not its contacts.)
    if (at < 0 || (b === 0 && at === 0)) continue;
    let index = blocks.indexOf(block);
    if (at > 0) {
      splitBlockAfter(text, blocks, index, at);
      body.splice(b, 1, blocks[index]!);
      index++;
    }
    // The heading's line alone is the heading; the lines under it in its paragraph are entries.
    if (blocks[index]!.lines.length > 1) splitBlockAfter(text, blocks, index, 1);
    const taken = blocks.slice(index).filter((candidate) => candidate.kind === 'body');
    for (const part of taken) part.kind = 'contact';
    removeAll(body, new Set(taken));
    const [heading, ...rest] = taken;
    return { range: { start: heading!.range.start, end: taken[taken.length - 1]!.range.end }, heading, blocks: rest };
  }
  return undefined;
}

/** The contacts at the top of a release, as its contact section (when there are none at the end). */
export function letterheadSection(letterhead: Block[], headings: ContactHeadings): ContactSection {
  const [first] = letterhead;
  const heading = first && first.lines.length === 1 && headings.isHeadingLine(first.text) ? first : undefined;
  const blocks = heading ? letterhead.slice(1) : letterhead;
  return { range: { start: letterhead[0]!.range.start, end: letterhead[letterhead.length - 1]!.range.end }, heading, blocks, atTop: true };
}

/**
 * Contact lines at the end of a draft without a heading ("Jane Doe, UNDP" / "Email: ...") still
 * form the contact section, so that the `contact-block` rule can ask for the heading instead of
 * inserting a second block. Only a trailing run of short blocks qualifies, starting at the first
 * block with a channel line (or the short line just before it, the contact's name).
 */
export function headlessContact(blocks: Block[], body: Block[], boilerplate: Block[], end: number): ContactSection | undefined {
  const lead = body[0];
  const shortLines = (block: Block) => block.lines.every((line) => line.end - line.start <= 160);
  const hasChannel = (block: Block) =>
    block.lines.some((line) => {
      const text = block.text.slice(Math.max(0, line.start - block.range.start), line.end - block.range.start);
      return isChannelLine(text);
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
  removeAll(body, taken);
  removeAll(boilerplate, taken);
  return section;
}

/** Removes from `list`, in place, the blocks the contact section took. */
function removeAll(list: Block[], taken: ReadonlySet<Block>): void {
  const kept = list.filter((block) => !taken.has(block));
  list.length = 0;
  list.push(...kept);
}

/** A contact heading with a contact after it on the same line: "Enquiries: Jane Doe, jane@example.org". */
function headingWithEntry(line: string, headings: ContactHeadings): boolean {
  return headings.opensWithHeading(line) && !headings.isHeadingLine(line) && mentionsChannel(line) && line.length <= MAX_HEADING_WITH_ENTRY;
}
/** The longest line taken for a heading with its entry. */
const MAX_HEADING_WITH_ENTRY = 200;
