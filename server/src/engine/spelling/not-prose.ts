/**
 * What the speller leaves alone in a paragraph: spans that are not prose (addresses, handles,
 * file names, code, tags) and the contact block's names and channels, which the contact rule reads.
 */
import { contactInfo } from '../parse/contact';
import type { DraftDocument } from '../parse/document';
import { mergeRanges } from '../text/ranges';
import { notProseIn } from '../parse/not-prose';
import type { TextRange } from '../vocabulary';
import { tokens } from './tokens';

/** Contact names and organisations (accepted, also elsewhere) and channels (not words). */
export function contactParts(doc: DraftDocument): { skipped: TextRange[]; names: Set<string> } {
  const info = contactInfo(doc);
  const names = new Set<string>();
  const skipped: TextRange[] = [];
  if (!info) return { skipped, names };
  for (const entry of info.entries) {
    for (const part of [entry.name, entry.organisation]) {
      if (!part) continue;
      skipped.push(part.range);
      for (const t of tokens(part.text)) names.add(t.key.toLowerCase());
    }
    for (const part of [...entry.emails, ...entry.phones, ...entry.handles, ...entry.web]) skipped.push(part.range);
  }
  for (const part of info.shared) skipped.push(part.range);
  return { skipped, names };
}

/**
 * The spans of a block not to check, relative to the block, sorted and merged: what is not
 * prose, the contact block's parts, and what the team's cspell `ignoreRegExpList` matches.
 */
export function skippedSpans(text: string, base: number, contactSpans: readonly TextRange[], ignorePatterns: readonly RegExp[] = []): TextRange[] {
  const spans = notProseIn(text);
  for (const pattern of ignorePatterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      else spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const span of contactSpans) {
    if (span.end <= base || span.start >= base + text.length) continue;
    spans.push({ start: Math.max(0, span.start - base), end: Math.min(text.length, span.end - base) });
  }
  return mergeRanges(spans);
}

/** How often a capitalised word the dictionary lacks must recur mid-sentence to be taken for a name. */
const MIN_NAME_OCCURRENCES = 2;

/**
 * Capitalised words the dictionary lacks that the draft writes more than once in mid-sentence
 * (Apigee, Joyner): names, not typos. A typo is rarely made twice the same
 * way; a name one slip from a word ("Joyner", "joiner") would otherwise be flagged every time.
 */
export function recurringNames(doc: DraftDocument, isKnown: (word: string) => boolean): Set<string> {
  const counts = new Map<string, number>();
  for (const block of doc.blocks) {
    if (block.kind === 'contact' || block.kind === 'end-mark') continue;
    // The server keeps each paragraph's list from one lint to the next (the paragraph memo).
    const words = doc.memo ? doc.memo.place('capitalised-words', block.text, block, () => capitalisedWords(block.text)) : capitalisedWords(block.text);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const names = new Set<string>();
  for (const [word, count] of counts) {
    if (count >= MIN_NAME_OCCURRENCES && !isKnown(word)) names.add(word.toLowerCase());
  }
  return names;
}

/** The capitalised words of a paragraph written in mid-sentence (a letter, digit, comma or bracket before them). */
function capitalisedWords(text: string): string[] {
  const found: string[] = [];
  for (const token of tokens(text)) {
    const first = token.core.charAt(0);
    if (first === first.toLowerCase()) continue;
    if (/[\p{Ll}\p{N},)][ \u00a0]+$/u.test(text.slice(Math.max(0, token.start - 3), token.start))) found.push(token.key);
  }
  return found;
}
