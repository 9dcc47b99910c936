/** Where a word stands in its sentence, as the spelling rule asks: after a space, at a sentence start, in which sentence. */

/** True if only spaces (no line break, no punctuation) separate two offsets. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

/** True at the start of a block, a line, a sentence or after a dateline's dash. */
export function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[ \t\u00a0"“”'‘’([{*_>]/.test(text[i]!)) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  if (/[.!?:;\r\n•·]/.test(ch)) return true;
  return /[-–—]/.test(ch) && (i === 0 || /[\s\u00a0]/.test(text[i - 1]!));
}

/** How far the sentence around a word is looked for: a draft without full stops stays linear. */
const MAX_SENTENCE_REACH = 400;

/** The sentence around an offset (for telling "a computer program" from a programme). */
export function sentenceAround(text: string, offset: number): string {
  const floor = Math.max(0, offset - MAX_SENTENCE_REACH);
  const ceiling = Math.min(text.length, offset + MAX_SENTENCE_REACH);
  let start = offset;
  while (start > floor && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < ceiling && !/[.!?\n]/.test(text[end]!)) end++;
  return text.slice(start, end);
}
