/**
 * What the speller leaves alone in a paragraph: spans that are not prose (addresses, handles,
 * file names, code, tags) and the contact block's names and channels, which the contact rule reads.
 */
import { contactInfo } from '../parse/contact';
import type { DraftDocument } from '../parse/document';
import { mergeRanges } from '../text/ranges';
import { addressPattern, EMAIL_ADDRESS, WEB_ADDRESS } from '../text/addresses';
import type { TextRange } from '../vocabulary';
import { tokens } from './tokens';

/**
 * Spans that are not prose: checked by other rules or not words at all. Each pattern has a
 * cheap test that the block may hold one, and starts with a look-behind so that it is only
 * tried at the start of a run of characters (linear time on long drafts).
 */
const SKIPPED_SPANS: ReadonlyArray<{ hint: RegExp; pattern: RegExp }> = [
  // web and e-mail addresses (also written name[at]org[dot]int)
  { hint: /:\/\/|mailto:|www\./i, pattern: addressPattern(WEB_ADDRESS) },
  { hint: /@|[[({]at[\])}]/i, pattern: addressPattern(EMAIL_ADDRESS) },
  // contact labels: Tel.: , tel: , Mob: , Fax: (the contact reader's business, not words)
  { hint: /\b(?:tel|mob|fax|cell|ext|whatsapp)\b/i, pattern: /(?<![\p{L}\p{N}])(?:tel|mob|fax|cell|ext|whatsapp)\.?[ \t\u00a0]*(?::|(?=\+?[ \u00a0]?\d))/giu },
  // @handles, #hashtags
  { hint: /[@#]/, pattern: /(?<![\p{L}\p{N}_.@#])[@#][\p{L}\p{N}_]+/gu },
  // domain and file names: unodc.org, report.pdf (a full stop followed by lower case, no space)
  { hint: /[\p{L}\p{N}]\.[a-z]/u, pattern: /(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}\b(?:\/[^\s<>"'\])}]*)?/gu },
  // Markdown code, HTML comments and tags, Markdown link targets
  { hint: /`/, pattern: /`[^`\n]*`/g },
  { hint: /</, pattern: /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>\n]*>/g },
  { hint: /\]\(/, pattern: /\]\([^)\s]*\)/g },
];

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

/** Markdown fenced code (``` or ~~~ to the same fence, or to the end): not prose. */
export function fencedCode(text: string): TextRange[] {
  const spans: TextRange[] = [];
  const fence = /^[ ]{0,3}(`{3,}|~{3,})/gm;
  let open: { start: number; marker: string } | undefined;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const marker = m[1]!;
    if (!open) open = { start: m.index, marker };
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length) {
      const end = text.indexOf('\n', m.index);
      spans.push({ start: open.start, end: end === -1 ? text.length : end });
      open = undefined;
    }
  }
  if (open) spans.push({ start: open.start, end: text.length });
  return spans;
}

/** The spans of a block not to check, relative to the block, sorted and merged. */
export function skippedSpans(text: string, base: number, contactSpans: readonly TextRange[]): TextRange[] {
  const spans: TextRange[] = [];
  for (const { hint, pattern } of SKIPPED_SPANS) {
    if (!hint.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      spans.push({ start: m.index, end: m.index + m[0].length });
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
