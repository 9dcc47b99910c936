/**
 * Finding the acronym under the cursor and where a draft defines it, for hover and
 * completion. (The rules' own analysis lives in the engine; this is the editor's light view.)
 */
import type { DraftDocument, TextRange } from '../engine/index';
import { words } from '../engine/text/words';

export interface AcronymAt {
  /** The acronym without a plural or possessive ending (NGOs -> NGO, UNODC's -> UNODC). */
  acronym: string;
  range: TextRange;
}

export interface AcronymDefinition {
  /** The words before the brackets, as written. */
  expansion: string;
  /** From the expansion's first word to the closing bracket. */
  range: TextRange;
}

const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}][\p{Lu}\p{N}.&-]*$/u;

/** True for an all-caps token of two or more capitals (GLO.ACT, LEFÖ, COVID-19). */
export function isAcronymLike(token: string): boolean {
  return ACRONYM.test(token);
}

/** The acronym at `offset`, if the word there is one. */
export function acronymAt(doc: DraftDocument, offset: number): AcronymAt | undefined {
  const line = doc.lines[doc.index.lineAt(offset)]!;
  for (const word of words(doc.text, line.start, line.end)) {
    if (offset < word.start || offset > word.end) continue;
    const bare = word.text.replace(/['’]s$/, '');
    const singular = /[^s]s$/.test(bare) && isAcronymLike(bare.slice(0, -1)) ? bare.slice(0, -1) : bare;
    if (!isAcronymLike(singular)) return undefined;
    return { acronym: singular, range: { start: word.start, end: word.start + singular.length } };
  }
  return undefined;
}

/**
 * Where the draft first writes `Name (ACR)`. With `official` (the registry's name) the
 * expansion is taken as that many words; otherwise as the run of capitalised words (and the
 * small words between them) before the bracket.
 */
export function definitionOf(doc: DraftDocument, acronym: string, official?: string): AcronymDefinition | undefined {
  const marker = `(${acronym})`;
  let at = doc.text.indexOf(marker);
  while (at >= 0) {
    const lineStart = doc.lines[doc.index.lineAt(at)]!.start;
    const before = words(doc.text, lineStart, at);
    const count = official ? words(official).length : capitalisedRun(before.map((w) => w.text));
    if (count > 0 && before.length >= count) {
      const first = before[before.length - count]!;
      return { expansion: doc.text.slice(first.start, before[before.length - 1]!.end), range: { start: first.start, end: at + marker.length } };
    }
    at = doc.text.indexOf(marker, at + marker.length);
  }
  return undefined;
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'to', 'in', 'against', 'de', 'des', 'du', 'la', 'et']);

function capitalisedRun(before: string[]): number {
  let count = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i]!;
    if (/^\p{Lu}/u.test(word)) count = before.length - i;
    else if (!SMALL_WORDS.has(word.toLowerCase())) break;
  }
  return count;
}
