/**
 * Words written in capital letters, which mean different things in different places: a place
 * in a dateline written in capitals (DAKAR), a token spelling leaves to the acronym rules
 * (UNODC, NGOs), a word with no lower-case letter at all (a shouted headline's words).
 */

const HAS_LOWER = /\p{Ll}/u;
const PLURAL_CAPITALS = /^\p{Lu}{2,}s$/u;
/** Capitals, marks, digits and joiners only (whether one is a capital letter is tested apart). */
const CAPITALS_AND_JOINERS = /^[\p{Lu}\p{M}\p{N}.'’\-‐]+$/u;
const CAPITAL = /\p{Lu}/u;

/** A name written in capitals (DAKAR, NEW YORK); initials and two-letter codes alone do not count. */
/** An abbreviation written with full stops, capitals its usual form: U.S.A., EE.UU. (Estados Unidos), D.C. */
export function isDottedAbbreviation(text: string): boolean {
  return /^(?:\p{Lu}{1,3}\.){2,}$/u.test(text.trim());
}

export function isNameInCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** GLO, UNODC, NGOs, LEFÖ: two letters or more and no lower case but a plural s; what spelling leaves to the acronym rules. */
export function isCapitalsToken(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return false; // starts with a-z: the common case, decided at once
  const plural = PLURAL_CAPITALS.test(word);
  if (HAS_LOWER.test(word) && !plural) return false;
  const stem = plural ? word.slice(0, -1) : word;
  return !HAS_LOWER.test(stem) && [...stem.replace(/[^\p{L}]/gu, '')].length >= 2;
}

/** A word with a capital and no lower-case letter (digits and joiners allowed): UN, COVID-19, MINSK. */
export function hasNoLowerCase(word: string): boolean {
  // Two linear tests: one pattern with the capital between two runs of the same class
  // backtracks quadratically on a long run that fails at its end ("AAAA…Aa").
  return CAPITALS_AND_JOINERS.test(word) && CAPITAL.test(word);
}
