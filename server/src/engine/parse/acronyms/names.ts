/**
 * Names and acronyms: the house registry indexed for lookup, and how a name is matched to the
 * letters of its acronym (GLObal ACTion, Non-Governmental Organisation).
 */
import type { HouseStyle } from '../../config/style';
import { derivedFrom, DerivedKey } from '../../derived';
import { normaliseForComparison, wordTexts } from '../../text/words';
import type { RegistryEntry, StyleLookup } from './model';

/** Small words an organisation's name may hold without taking a letter of the acronym. */
export const JOINERS = new Set([
  'a', 'an', 'and', '&', 'at', 'against', 'de', 'del', 'der', 'des', 'di', 'du', 'et', 'for', 'from',
  'in', 'into', 'la', 'le', 'les', 'of', 'on', 'or', 'the', 'to', 'und', 'with', 'y',
]);

/** An acronym core: capitals and digits, dot-separated groups, a trailing number (COVID-19). */
const ACRONYM_SHAPE = /^\p{Lu}[\p{Lu}\p{M}\p{N}]*(?:\.[\p{Lu}\p{N}][\p{Lu}\p{M}\p{N}]*)*$/u;
const UPPER_LETTER = /\p{Lu}/gu;

const STYLE_LOOKUP = new DerivedKey<StyleLookup>("a style's acronym registry and ignore list, indexed");

/** The registry key of an acronym: upper case, NFC, dots removed (GLO.ACT and GLOACT are one). */
export function acronymKey(acronym: string): string {
  return acronym.normalize('NFC').toUpperCase().replace(/\./g, '');
}

/** Lower-cased, with case, dashes, quotes and spaces folded: how names are compared. */
export function comparable(text: string): string {
  return normaliseForComparison(text.replace(/[*_]/g, '')).toLowerCase();
}

/** The registry and ignore list of a style, indexed once per style. */
export function styleLookup(acronyms: HouseStyle['acronyms']): StyleLookup {
  return derivedFrom(acronyms).get(STYLE_LOOKUP, () => {
    const registry = new Map<string, RegistryEntry>();
    for (const [acronym, name] of Object.entries(acronyms.registry)) {
      const words = wordTexts(normaliseForComparison(name));
      registry.set(acronymKey(acronym), {
        acronym,
        name,
        normalised: comparable(name),
        wordCount: words.length,
        contentWords: words.map((w) => w.toLowerCase()).filter((w) => !JOINERS.has(w)),
      });
    }
    return { registry, ignore: new Set(acronyms.ignore.map(acronymKey)), headlineExempt: acronyms.headlineExempt };
  });
}

/** The registry's official name of an acronym under a style, if it has one. */
export function registryName(style: Pick<HouseStyle, 'acronyms'>, acronym: string): string | undefined {
  return styleLookup(style.acronyms).registry.get(acronymKey(acronym))?.name;
}

/** `name` in the plural, for a plural acronym (organisation -> organisations). */
export function pluralName(name: string): string {
  return /s$/i.test(name) ? name : `${name}s`;
}

/** `Full Name (ACR)` written for one use of the acronym (plural: `Full Names (ACRs)`). */
export function expandedForm(name: string, acronym: string, plural: boolean): string {
  return plural ? `${pluralName(name)} (${acronym}s)` : `${name} (${acronym})`;
}

/** A definition's name on one line, for messages. */
export function nameForMessage(name: string): string {
  return normaliseForComparison(name);
}

/**
 * A word that cannot hold an acronym, decided on its first two characters: one that starts with
 * a lower-case ASCII letter, or a capital followed by one, and has no hyphen or dot to split at.
 */
export function plainWord(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (!(isAsciiLower(first) || (first >= 65 && first <= 90 && isAsciiLower(second)))) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 || code === 46 || code === 0x2010) return false;
  }
  return true;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** The letters of an acronym, upper case (GLO.ACT -> G L O A C T; COVID-19 -> C O V I D). */
export function lettersOf(acronym: string): string[] {
  return Array.from(acronym.normalize('NFC')).filter((ch) => /\p{L}/u.test(ch)).map((ch) => ch.toUpperCase());
}

export function isAcronymShape(text: string): boolean {
  if (!ACRONYM_SHAPE.test(text.replace(/[-‐]\p{N}+$/u, ''))) return false;
  // At least two capitals, or one and a number (G20): single letters are words.
  const capitals = text.match(UPPER_LETTER)?.length ?? 0;
  return capitals >= 2 || (capitals === 1 && /\p{N}/u.test(text));
}

/** Two words are the same for naming purposes: equal, or sharing a five-letter stem (organisation/organization). */
export function sameWord(a: string, b: string): boolean {
  // (Hyphens aside: "nongovernmental" is "non-governmental".)
  const x = a.toLowerCase().replace(/[-‐]/g, '');
  const y = b.toLowerCase().replace(/[-‐]/g, '');
  return x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5));
}

/** More than half of the name's content words are the registry name's. */
export function resembles(names: string[], registered: RegistryEntry): boolean {
  const content = names.map((w) => normaliseForComparison(w).toLowerCase()).filter((w) => !JOINERS.has(w));
  if (content.length === 0) return false;
  const shared = content.filter((w) => registered.contentWords.some((r) => sameWord(r, w))).length;
  return shared * 2 > content.length;
}

/**
 * The earliest word from which `words` (up to their end) spell `letters`: every word gives the
 * next letter(s) (a prefix, GLObal ACTion; or the initials of its hyphenated parts,
 * Non-Governmental), except joiners (of, and, for ...), which may give a letter or none.
 * The first word must give a letter. Returns -1 if no start works; with `fromStart`, only 0 is tried.
 */
export function initialsStart(words: string[], letters: string[], fromStart = false): number {
  if (letters.length === 0 || words.length === 0) return -1;
  const n = words.length;
  const memo = new Map<number, boolean>();
  const options = (word: string, at: number): number[] => {
    const chars = Array.from(word.normalize('NFC')).filter((ch) => /\p{L}/u.test(ch)).map((ch) => ch.toUpperCase());
    const result: number[] = [];
    for (let k = 1; k <= chars.length && at + k <= letters.length; k++) {
      if (chars[k - 1] !== letters[at + k - 1]) break;
      result.push(k);
    }
    const parts = word.split(/[-‐]/).filter((p) => p.length > 0);
    if (parts.length > 1 && at + parts.length <= letters.length) {
      if (parts.every((p, x) => p[0]!.toUpperCase() === letters[at + x])) result.push(parts.length);
    }
    return result;
  };
  const match = (wi: number, li: number): boolean => {
    if (wi === n) return li === letters.length;
    const key = wi * 1024 + li;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = JOINERS.has(words[wi]!.toLowerCase()) && match(wi + 1, li);
    if (!ok) for (const k of options(words[wi]!, li)) if ((ok = match(wi + 1, li + k))) break;
    memo.set(key, ok);
    return ok;
  };
  const last = fromStart ? 0 : n - 1;
  for (let s = 0; s <= last; s++) {
    for (const k of options(words[s]!, 0)) if (match(s + 1, k)) return s;
  }
  return -1;
}

/** Words (other than joiners) a loose reading may leave out of a name. */
const MAX_LEFT_OUT = 2;

/**
 * Looser than `initialsStart`, for an acronym of three letters or more: the earliest word from
 * which the letters are found in order at the starts of the words up to the bracket (a word may
 * give several: HOmophobia), with at most two words other than joiners giving none, before,
 * between or after them ("Bureau of Alcohol Tobacco Firearms and Explosives (ATF)"). The first
 * word gives the first letter; at least two words give letters. Returns -1 if no start works.
 */
export function looseInitialsStart(words: string[], letters: string[]): number {
  if (letters.length < 3) return -1;
  const n = words.length;
  const lettersOfWord = words.map((word) => Array.from(word.normalize('NFC')).filter((ch) => /\p{L}/u.test(ch)).map((ch) => ch.toUpperCase()));
  const memo = new Map<number, boolean>();
  // Can words wi.. give letters li.. with `left` words still allowed to give none, `used` words giving some?
  const match = (wi: number, li: number, left: number, used: number): boolean => {
    if (li === letters.length) {
      // The rest of the words must be joiners or few enough to leave out.
      let extra = 0;
      for (let w = wi; w < n; w++) if (!JOINERS.has(words[w]!.toLowerCase())) extra++;
      return extra <= left && used >= 2;
    }
    if (wi === n) return false;
    const key = ((wi * 64 + li) * 4 + left) * 16 + Math.min(used, 15);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const chars = lettersOfWord[wi]!;
    let ok = false;
    for (let k = 1; k <= chars.length && li + k <= letters.length && !ok; k++) {
      if (chars[k - 1] !== letters[li + k - 1]) break;
      ok = match(wi + 1, li + k, left, used + 1);
    }
    if (!ok && JOINERS.has(words[wi]!.toLowerCase())) ok = match(wi + 1, li, left, used);
    else if (!ok && left > 0 && li > 0) ok = match(wi + 1, li, left - 1, used);
    memo.set(key, ok);
    return ok;
  };
  for (let s = 0; s < n; s++) {
    if (lettersOfWord[s]![0] === letters[0] && match(s, 0, MAX_LEFT_OUT, 0)) return s;
  }
  return -1;
}

/**
 * One word holds a short acronym's letters in order, from its first letter: a compound written
 * solid ("gigabytes (GB)", "photovoltaic (PV)").
 */
export function spelledWithin(word: string, letters: string[]): boolean {
  if (letters.length < 2 || letters.length > 3) return false;
  const chars = Array.from(word.normalize('NFC').toUpperCase()).filter((ch) => /\p{L}/u.test(ch));
  if (chars[0] !== letters[0]) return false;
  let at = 1;
  for (const ch of chars.slice(1)) if (ch === letters[at] && ++at === letters.length) return true;
  return false;
}

/**
 * Where a run of capitalised words (numbers and joiners may stand between them) spells
 * `letters` in order anywhere in its letters, the first word giving the first letter as its
 * initial and most of the words giving theirs: "Deep Phreatic Thermal Explorer" for DEPTHX,
 * "U.S. Marshal's Service" for USMS. The whole run, from its first word (or the one after a
 * leading "The"), up to the end: in "Coast Guard Service (GSC)" the run is not "Guard Service".
 * Returns the start, or -1.
 */
export function spelledAcross(words: string[], letters: string[]): number {
  if (letters.length < 2) return -1;
  const starts = /^(?:the|a|an)$/i.test(words[0] ?? '') ? [1] : [0];
  for (const s of starts) {
    if (s >= words.length) continue;
    const named = words.slice(s).filter((w) => !JOINERS.has(w.toLowerCase()) && !/^\p{N}+$/u.test(w));
    if (named.length === 0 || !named.every((w) => /^\p{Lu}/u.test(w))) continue;
    const chars = named.map(lettersOf);
    if (chars[0]![0] !== letters[0]) continue;
    const initials = mostInitials(chars, letters);
    if (initials * 2 > named.length) return s;
  }
  return -1;
}

/**
 * The most words that can give their initial while the words, in order, spell all of `letters`
 * as a subsequence of their letters (the first word giving its initial); -1 when they cannot.
 */
function mostInitials(words: string[][], letters: string[]): number {
  const memo = new Map<number, number>();
  // Best count for words w.. spelling letters at..; each word spells a run of the letters.
  const best = (w: number, at: number): number => {
    if (at === letters.length) return 0;
    if (w === words.length) return -1;
    const key = w * 256 + at;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const chars = words[w]!;
    let result = -1;
    for (let end = at; end <= letters.length; end++) {
      const run = letters.slice(at, end);
      // With its initial: the run's first letter is the word's first, the rest follow in it.
      const withInitial = run.length > 0 && chars[0] === run[0] && isSubsequence(run.slice(1), chars.slice(1));
      const without = isSubsequence(run, chars);
      if (w === 0 && !withInitial) continue;
      const rest = best(w + 1, end);
      if (rest < 0) continue;
      if (withInitial) result = Math.max(result, rest + 1);
      else if (without) result = Math.max(result, rest);
    }
    memo.set(key, result);
    return result;
  };
  return best(0, 0);
}

function isSubsequence(needle: string[], hay: string[]): boolean {
  let at = 0;
  for (const ch of hay) if (at < needle.length && ch === needle[at]) at++;
  return at === needle.length;
}
