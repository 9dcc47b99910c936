/**
 * Blocks: the paragraphs a draft is split into, each with the kind of section it is and its
 * exact range. A leaf of the parser: the document model, the dateline and contact readers and
 * the rules all speak of blocks.
 */
import type { TextRange } from '../vocabulary';

/** `masthead`: a line above the headline that names the kind of document or its sender (PRESS RELEASE, a banner, a lone date). */
export type BlockKind =
  | 'masthead'
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

/** A paragraph made of lines of `text`: from its first non-space character to the end of its last line. */
export function blockOfLines(text: string, lines: TextRange[]): Block {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const raw = text.slice(first.start, last.end);
  const start = first.start + (raw.length - raw.replace(/^[\s\u00a0\ufeff]+/, '').length);
  return { kind: 'body', range: { start, end: last.end }, text: text.slice(start, last.end), lines };
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
