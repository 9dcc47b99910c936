/**
 * Typing slips: the words one slip away from a word (to tell a typo from a name) and a
 * distance that weighs slips by how likely they are (to rank suggestions).
 */

/** A slip may drop a letter only if this many are left (Sindh/sinh is a name). */
const MIN_DROPPED_LENGTH = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiouy';
/**
 * Longer "words" are not slips of a dictionary word (its longest are 45 letters); searching
 * their slips would take time quadratic in their length (a 10,000-letter token: seconds).
 */
export const MAX_SLIP_WORD_LENGTH = 45;

/**
 * The words one typing slip away: two neighbours swapped anywhere; inside the word, a letter
 * added, a vowel changed, or a letter dropped when five letters are left. First and last letters
 * are left alone, consonants are not exchanged and short words are not aimed at: that is where
 * names differ from words (Mensah/mensa, Petrovic/petrolic, Sindh/sinh, Imran/Iran).
 */
export function* slips(word: string): Generator<string> {
  const n = word.length;
  if (n > MAX_SLIP_WORD_LENGTH) return;
  for (let i = 0; i < n - 1; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (n > MIN_DROPPED_LENGTH) for (let i = 1; i < n - 1; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 1; i < n - 1; i++) {
    if (!VOWELS.includes(word[i]!)) continue;
    for (const v of VOWELS) if (v !== word[i]) yield word.slice(0, i) + v + word.slice(i + 1);
  }
  for (let i = 1; i < n; i++) for (const c of LETTERS) yield word.slice(0, i) + c + word.slice(i);
}

/** Every string one edit away, likeliest slips first: swaps, missing letters, extra letters, changed letters. */
export function* edits(word: string): Generator<string> {
  const n = word.length;
  if (n > MAX_SLIP_WORD_LENGTH) return;
  for (let i = 0; i < n - 1; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i <= n; i++) for (const c of LETTERS) yield word.slice(0, i) + c + word.slice(i);
  for (let i = 0; i < n; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i < n; i++) for (const c of LETTERS) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
}

/**
 * Re-orders suggestions (stable) by how likely the slip is: a missing, extra or doubled
 * letter or two swapped letters before a changed letter, a vowel for a vowel before a consonant.
 * "familes" suggests "families" before "famines".
 */
export function rankBySlips(word: string, suggestions: string[]): string[] {
  const scored = suggestions.map((s, i) => ({ s, i, cost: slipDistance(word, s.toLowerCase()) }));
  scored.sort((a, b) => a.cost - b.cost || a.i - b.i);
  return scored.map((x) => x.s);
}

/** Weighted optimal-string-alignment distance between two short lower-case words. */
function slipDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      const substitute = ca === cb ? 0 : VOWELS.includes(ca) && VOWELS.includes(cb) ? 1 : 1.4;
      // A doubled letter written once, or once written twice, is the cheapest slip of all.
      const drop = i >= 2 && a[i - 2] === ca ? 0.5 : 1;
      const add = j >= 2 && b[j - 2] === cb ? 0.5 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + drop, d[i * cols + j - 1]! + add, d[(i - 1) * cols + j - 1]! + substitute);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

