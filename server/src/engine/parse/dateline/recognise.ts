/**
 * Every "does this look like a dateline?" question the engine asks, in one place. The scanner
 * (scanner.ts) reads the forms it knows exactly; the looser tests here recognise a date near
 * the start of a paragraph with only a place before it, for a dateline written in a form the
 * scanner cannot read: the parser must not take it for a headline, the acronym rules must not
 * read its capitals as acronyms, and the `dateline` rule must not insert a second one.
 */
import type { Block } from '../blocks';
import { closestMonth, DAY_PATTERN, MONTH_PATTERN, monthOf } from '../../text/dates';
import { readsAsPlaceName } from '../../text/places';
import { DatelineScanner } from './scanner';

/** A day next to a month name, in either order, with an optional year. */
const DAY_AND_MONTH = new RegExp(`\\b${DAY_PATTERN}\\s+${MONTH_PATTERN}(?:,?\\s+\\d{4})?|\\b${MONTH_PATTERN}\\s+${DAY_PATTERN}\\b(?:,?\\s+\\d{4})?`, 'iu');
/** How far into the first line a dateline's date may start. */
const DATE_REACH = 100;
/** A word that starts in lower case: prose, not a place name (`de`, `es` are too short to count). */
const PROSE_WORD = /(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]{3,}/u;
const SEPARATOR_AFTER_DATE = /\s+(?:-{1,3}|[–—])\s*|[–—]\s*|\s*--\s*|:\s+/;
/** How far after the date its separator may come. */
const SEPARATOR_REACH = 60;
const PLACE_THEN_SEPARATOR = /^(\p{Lu}[^\r\n.!?]{0,60}?)(?:\s+(?:-{1,3}|[–—])\s*|[–—]\s*)/u;

/** True when a paragraph's text opens with a dateline in any of the forms the scanner knows. */
export function opensWithDateline(text: string): boolean {
  const block: Block = { kind: 'body', range: { start: 0, end: text.length }, text, lines: [] };
  return new DatelineScanner({ text, body: [block] }, block).parse() !== undefined;
}

/** True if the paragraph's first line has a day and a month near its start with only a place before them, or opens with a dateline the scanner reads. */
export function looksLikeDateline(text: string): boolean {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  // The scanner also knows datelines without a readable month: an unknown month ("3 Juen
  // 2018"), a wire dateline without a date (`GENEVA (Reuters) - `).
  // A date with only a place before it: a headline that ends in a date ("Statement by the
  // Director on the floods in Kenya, 24 August 2018") has prose before it and is no dateline.
  const date = DAY_AND_MONTH.exec(firstLine.slice(0, DATE_REACH + 40));
  if (date && date.index <= DATE_REACH && !PROSE_WORD.test(firstLine.slice(0, date.index))) return true;
  // The scanner reads on past the first line: `CHICAGO —` alone on it, the first sentence under it.
  return opensWithDateline(text.slice(0, SCAN_REACH));
}
/** How much of a paragraph the scanner is given to recognise a dateline in. */
const SCAN_REACH = 400;

/** A day next to any capitalised word (a month the scanner could not read: "3 Juen"), either order. */
const DAY_AND_MONTH_WORD = /\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b/;
/** A word in lower case other than the particles of place names: running prose. */
const LOWER_CASE_WORD = /(?:^|\s)(?!(?:de|es|of|and|la|el|al|d')\b)\p{Ll}/u;

/**
 * The opening of a paragraph that reads as a dateline the scanner could not take apart: a
 * date (its month perhaps misspelt) near the start with only capitalised words before it, or
 * an opening in emphasis marks. The `dateline` rule then reports the form, not a missing dateline.
 */
export function looksLikeUnreadDateline(text: string): boolean {
  if (/^[*_]/.test(text)) return true;
  const opening = text.slice(0, 80);
  const date = DAY_AND_MONTH_WORD.exec(opening);
  if (date === null || LOWER_CASE_WORD.test(opening.slice(0, date.index))) return false;
  // The capitalised word must be a month, or close to one ("Juen"): "of Two 13-Year-Old Girls" is no date.
  const word = /\p{Lu}\p{Ll}+/u.exec(date[0])![0];
  return monthOf(word) !== undefined || closestMonth(word) !== undefined;
}

/**
 * Where the dateline of a lead paragraph ends (its separator included), read loosely, or -1:
 * what the acronym rules skip when the scanner could not read a garbled dateline.
 */
export function looseDatelineEnd(lead: Block): number {
  const firstLine = lead.lines[0]!;
  const line = lead.text.slice(0, Math.min(firstLine.end - lead.range.start, 240));
  const date = DAY_AND_MONTH.exec(line);
  // Before the date only a place may stand: no running prose ("UNODC and the EU agreed on 8 July").
  if (!date || date.index > DATE_REACH || PROSE_WORD.test(line.slice(0, date.index))) return -1;
  const afterDate = date.index + date[0].length;
  const separator = SEPARATOR_AFTER_DATE.exec(line.slice(afterDate));
  if (separator && separator.index < SEPARATOR_REACH) {
    let end = afterDate + separator.index + separator[0].length;
    // Date first, place after: `16th June 2020 - TUNIS, Tunisia - `.
    const place = line.slice(0, date.index).trim() === '' ? PLACE_THEN_SEPARATOR.exec(line.slice(end)) : null;
    if (place && readsAsPlaceName(place[1]!)) end += place[0].length;
    return lead.range.start + end;
  }
  // The dateline on its own line, the body on the next.
  if (lead.lines.length > 1 && line.length < 120) return firstLine.end;
  return lead.range.start + date.index + date[0].length;
}
