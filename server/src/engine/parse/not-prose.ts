/**
 * What is not prose, the one home for it: spans of a draft that no rule reads as words and no
 * fix touches (web and e-mail addresses, phone numbers, handles, file and domain names, inline
 * and fenced code, HTML tags, comments and entities, Markdown link targets, contact labels). The speller, the acronym
 * reader and the date-style rule all skip them.
 */
import type { Block, DraftDocument } from './document';
import { insideQuotation } from '../text/quotations';
import { DerivedKey } from '../derived';
import { mergeRanges } from '../text/ranges';
import { addressPattern, EMAIL_ADDRESS, isPhoneNumberRun, PHONE_NUMBER_RUN, WEB_ADDRESS } from '../text/addresses';
import type { TextRange } from '../vocabulary';

/**
 * Spans that are not prose: checked by other rules or not words at all. Each pattern has a
 * cheap test that the block may hold one, and starts with a look-behind so that it is only
 * tried at the start of a run of characters (linear time on long drafts); `is`, when given,
 * says whether a match is one.
 */
const NOT_PROSE: ReadonlyArray<{ hint: RegExp; pattern: RegExp; is?: (match: string) => boolean }> = [
  // web and e-mail addresses (also written name[at]org[dot]int)
  { hint: /:\/\/|mailto:|www\./i, pattern: addressPattern(WEB_ADDRESS) },
  { hint: /@|[[({]at[\])}]/i, pattern: addressPattern(EMAIL_ADDRESS) },
  // phone numbers (their digits and dashes are no dates or ranges)
  { hint: /\d[\d \u00a0\u202f().\-/]{5}/, pattern: PHONE_NUMBER_RUN, is: isPhoneNumberRun },
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
  // HTML entities: &nbsp; &eacute; &#160;
  { hint: /&/, pattern: /&(?:[A-Za-z][A-Za-z0-9]{1,9}|#\d{1,6}|#x[0-9A-Fa-f]{1,5});/g },
];

/**
 * The spans of a paragraph's text that are not prose, relative to it, sorted and merged. They
 * depend on the paragraph's text alone (a paragraph memo may keep what is computed from them).
 */
export function notProseIn(text: string): TextRange[] {
  const spans: TextRange[] = [];
  for (const { hint, pattern, is } of NOT_PROSE) {
    if (!hint.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (is && !is(m[0])) continue;
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return mergeRanges(spans);
}

/** Markdown fenced code (``` or ~~~ to the same fence, or to the end): not prose. */
function fencedCode(text: string): TextRange[] {
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

const FENCED_CODE = new DerivedKey<readonly TextRange[]>('the fenced code of a Markdown draft');

/** The draft's fenced code blocks (Markdown only), computed once: no rule reads them. */
export function fencedCodeOf(doc: DraftDocument): readonly TextRange[] {
  return doc.derived.get(FENCED_CODE, () => (doc.format === 'markdown' ? fencedCode(doc.text) : []));
}

const HTML_COMMENTS = new DerivedKey<readonly TextRange[]>('the HTML comments of a Markdown draft');

/**
 * The draft's HTML comments (Markdown only), however many paragraphs each spans: a page's
 * source notes, a template's settings. One pass: an unclosed comment runs to the end.
 */
export function htmlCommentsOf(doc: DraftDocument): readonly TextRange[] {
  return doc.derived.get(HTML_COMMENTS, () => {
    const spans: TextRange[] = [];
    if (doc.format !== 'markdown') return spans;
    for (let start = doc.text.indexOf('<!--'); start !== -1; ) {
      const close = doc.text.indexOf('-->', start + 4);
      const end = close === -1 ? doc.text.length : close + 3;
      spans.push({ start, end });
      start = doc.text.indexOf('<!--', end);
    }
    return spans;
  });
}

/** A match of a house style's phrase in the release's prose, with offsets in the draft. */
export interface ProseMatch {
  block: Block;
  /** The block's text, which `match.index` counts in. */
  text: string;
  match: RegExpExecArray;
  pattern: RegExp;
  start: number;
  end: number;
}

/**
 * Every match of `patterns` (global) in the blocks of `kinds` that a writer wrote as prose:
 * none in fenced code, in what is not prose, or inside a quotation (written as it was said).
 * The scan the house's term and variant rules share.
 */
export function* proseMatches(doc: DraftDocument, kinds: ReadonlySet<Block['kind']>, patterns: readonly RegExp[]): Generator<ProseMatch> {
  const fenced = fencedCodeOf(doc);
  for (const block of doc.blocks) {
    if (!kinds.has(block.kind)) continue;
    if (fenced.some((code) => code.start < block.range.end && block.range.start < code.end)) continue;
    const text = doc.text.slice(block.range.start, block.range.end);
    const notProse = notProseIn(text);
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const start = match.index;
        const end = start + match[0].length;
        if (notProse.some((span) => span.start < end && start < span.end)) continue;
        if (insideQuotation(doc.text, block.range.start, block.range.start + start)) continue;
        yield { block, text, match, pattern, start: block.range.start + start, end: block.range.start + end };
      }
    }
  }
}
