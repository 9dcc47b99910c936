/**
 * Words: the one tokeniser of the engine, and the normalisations the rules compare text by.
 *
 * A word is a run of letters (with their combining marks) and digits. What may join two such
 * runs into one word depends on the reader:
 * - `name` (acronyms, names): dots, hyphens and apostrophes: GLO.ACT, co-operation, UNODC's;
 * - `spelling`: apostrophes before letters only: the Ministry's, don't; each part of a
 *   hyphenated word is a word of its own, checked on its own.
 */
import type { TextRange } from '../vocabulary';

export interface Word extends TextRange {
  text: string;
}

export type WordJoining = 'name' | 'spelling';

const WORD_PATTERNS: Record<WordJoining, RegExp> = {
  name: /[\p{L}\p{M}\p{N}]+(?:[.'’\-‐][\p{L}\p{M}\p{N}]+)*/gu,
  spelling: /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu,
};

/**
 * Every word of `text` between `from` and `to`, with offsets into `text` plus `base` (the
 * offset of `text` in the draft, when it is a paragraph's text).
 */
export function words(text: string, joining: WordJoining, base = 0, from = 0, to = text.length): Word[] {
  const pattern = WORD_PATTERNS[joining];
  const result: Word[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const end = Math.min(match.index + match[0].length, to);
    result.push({ text: end === match.index + match[0].length ? match[0] : text.slice(match.index, end), start: base + match.index, end: base + end });
  }
  return result;
}

/** The words of a text as strings (`name` joining): for names in the registry and the like. */
export function wordTexts(text: string): string[] {
  return Array.from(text.matchAll(WORD_PATTERNS.name), (m) => m[0]);
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
  const set = new Set(text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u));
  set.delete('');
  return set;
}

/**
 * A phrase the house style lists (a term, a programme's mention, a variant) as the source of a
 * regular expression: its characters literal, any run of spaces (no-break ones and a line break
 * too) where it has a space, either apostrophe where it has one.
 */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, '[\\s\\u00a0]+');
}

/** A listed phrase or a match of it, comparable: one space, one apostrophe, lower case when case does not count. */
export function phraseKey(text: string, anyCase: boolean): string {
  const key = text.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  return anyCase ? key.toLowerCase() : key;
}

/** A replacement with the first capital of the word it replaces: "stated" -> "said", "Stated" -> "Said". */
export function withInitialCaseOf(found: string, replacement: string): string {
  const upperFirst = /^\p{Lu}/u.test(found) && /^\p{Ll}/u.test(replacement);
  return upperFirst ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
