/**
 * The all-caps word under the cursor, for the words the engine's acronym analysis does not
 * collect (those on the house's ignore list).
 */
import type { DraftDocument, TextRange } from '../engine/index';
import { words } from '../engine/text/words';

export interface AcronymAt {
  /** The acronym without a plural or possessive ending (NGOs -> NGO, UNODC's -> UNODC). */
  acronym: string;
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
  for (const word of words(doc.text, 'name', 0, line.start, line.end)) {
    if (offset < word.start || offset > word.end) continue;
    const bare = word.text.replace(/['’]s$/, '');
    const singular = /[^s]s$/.test(bare) && isAcronymLike(bare.slice(0, -1)) ? bare.slice(0, -1) : bare;
    if (!isAcronymLike(singular)) return undefined;
    return { acronym: singular, range: { start: word.start, end: word.start + singular.length } };
  }
  return undefined;
}
