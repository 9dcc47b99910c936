/** Words with their offsets, and the normalisations the rules compare text by. */
import type { TextRange } from '../vocabulary';

export interface Word extends TextRange {
  text: string;
}

/** Letters, digits and the joiners inside a word (GLO.ACT, co-operation, UNODC's). */
const WORD = /[\p{L}\p{N}]+(?:[.'’\-‐][\p{L}\p{N}]+)*/gu;

/** Every word of `text` (or of `text` from `offset`), with offsets into `text`. */
export function words(text: string, offset = 0, end = text.length): Word[] {
  const result: Word[] = [];
  WORD.lastIndex = offset;
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    const stop = Math.min(match.index + match[0].length, end);
    result.push({ text: text.slice(match.index, stop), start: match.index, end: stop });
  }
  return result;
}

/** Folds the differences that do not change a text's words: case, dashes, quotes, spaces. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** The set of lower-cased words in a text (dashes and apostrophes split words here). */
export function wordSet(text: string): Set<string> {
  const set = new Set(text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u));
  set.delete('');
  return set;
}
