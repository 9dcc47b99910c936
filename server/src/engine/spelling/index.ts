/**
 * The `spelling` rule, through cspell: cspell-lib for the team's cspell settings and cspell's
 * dictionaries of software terms and companies (cspell.ts), the dialect dictionaries through its
 * dictionary layer (dictionary.ts). Asynchronous (dictionaries load from disk), so it runs beside
 * the synchronous rules of `lint()` rather than inside it.
 *
 * CONTRACT (the CLI and the language server code against this):
 *   const speller = await createSpeller(style);      // loads dictionaries; throws SpellingSetupError
 *   const reports = await speller.check(doc);        // Report[] of the `spelling` rule
 *
 * One dictionary is loaded per dialect and process, whatever the number of spellers: a house
 * style that changes (a word added) gets a new speller in milliseconds. A speller holds both:
 * the house dialect's, and the other one's, which tells an English word the house dictionary
 * lacks ("judgment", "onsite", "misdemeanor") from a typo.
 */
import { readTextFile, TextFileError } from '../text-file';
import { filesStamp } from '../file-stamp';
import { dirname, join } from 'node:path';
import type { HouseStyle } from '../config/style';
import type { DraftDocument } from '../parse/document';
import type { Report, Suggestion } from '../vocabulary';
import type { SpellChecker } from './check';
import { dictionaryFile, loadDictionary, loadNameList, nameListFile, SpellingSetupError, userDictionaryFile, type DictionaryName } from './dictionary';
import { draftLanguage } from '../parse/language';
import { draftNote } from './draft-note';
import { styleForLanguage } from '../config/languages';
import type { StyleLanguage } from '../text/language';

/** The languages spelt: English in the house dialect, French, and Spanish when its dictionary is installed. */
const SPELT_LANGUAGES: ReadonlySet<StyleLanguage> = new Set(['en', 'fr', 'es']);
import { loadCspellWords, type CspellWords } from './cspell';
import { otherDialectOf } from './dialect';

export { SpellingSetupError } from './dictionary';

/** The largest words file read: a list of words, not a dictionary. */
const MAX_WORDS_FILE_BYTES = 4 * 1024 * 1024;

/** The per-folder house words file: one word a line, `#` starts a comment. Beside the style file. */
export const WORDS_FILE_NAME = '.presslint-words.txt';

export interface Speller {
  /**
   * Spelling reports for a parsed draft; `key` lets a caller reuse per-document state (the
   * server); `draftPath` is the draft's file: the team's cspell settings are searched from its
   * folder (the house style's when not given) and their overrides for it applied.
   */
  check(doc: DraftDocument, key?: string, draftPath?: string): Promise<Report[]>;
  /** Forgets per-document state for `key`. */
  forget(key: string): void;
  /**
   * The suggestions for one unknown-word report. With `suggestions: 'on-request'` reports carry
   * none, and an editor asks for them when the user looks at the quick fixes.
   */
  suggest(report: Pick<Report, 'range' | 'data'>): Suggestion[];
}

export interface SpellerOptions {
  /** Folder holding `en_GB.trie.gz` and `en_US.trie.gz`; defaults to the one beside the bundle. */
  dictionaryDir?: string;
  /** Extra accepted words (a caller's own list), on top of the style's `words` and the words file. */
  words?: readonly string[];
  /**
   * `with-reports` (default): every unknown word carries its suggestions (the CLI's JSON).
   * `on-request`: none; `speller.suggest()` computes them. A half-typed word then costs the
   * server no dictionary search on each keystroke (cspell's search takes up to ~40 ms a word).
   */
  suggestions?: 'with-reports' | 'on-request';
  /**
   * Told once per cspell settings file what the user should know (a cspell setting the house
   * style overrides), naming both files: the CLI prints it, the server logs it.
   */
  onNotice?: (message: string) => void;
}

/**
 * Loads the dictionary of the style's dialect and returns the speller of that style. Throws
 * SpellingSetupError when the dictionary file is missing or cspell cannot decode it: a
 * speller without its dictionary would flag every word.
 */
export async function createSpeller(style: HouseStyle, options: SpellerOptions = {}): Promise<Speller> {
  // French is spelt with the French dictionary, English as the "other" one (a term of English in
  // a French release is no typo); English with the house dialect's, the other dialect beside it.
  const houseName: DictionaryName = style.language === 'en' ? style.dialect : style.language;
  const otherName: DictionaryName = style.language === 'en' ? otherDialectOf(style.dialect) : style.dialect;
  const styleFolder = style.file ? dirname(style.file) : undefined;
  const file =
    houseName === 'es' ? userDictionaryFile('es', 'Spanish', [...(styleFolder ? [styleFolder] : []), process.cwd()]) : dictionaryFile(houseName, options.dictionaryDir);
  // The checker and its dialect tables (~10,000 forms, ~45 ms to build) load only when spelling
  // runs: the bundle splits them into a chunk of their own, as it does cspell.
  // Both load at once; the house dictionary's error, if any, is the one reported.
  const house = loadDictionary(houseName, file);
  const other = loadDictionary(otherName, dictionaryFile(otherName, options.dictionaryDir));
  other.catch(() => undefined);
  const names = loadNameList(nameListFile(options.dictionaryDir));
  names.catch(() => undefined);
  const checkModule = import('./check');
  // The team's cspell settings are searched from each draft's folder (or the house style's).
  const first = loadCspellWords(styleFolder, options.dictionaryDir);
  first.catch(() => undefined);
  const dictionary = await house;
  const [otherDictionary, nameList, { SpellChecker }] = await Promise.all([other, names, checkModule, first]);
  const wordsFile = wordsFileOf(style);
  const houseWords = (): string[] => [...style.words, ...readWordsFile(style), ...(options.words ?? [])];
  // One checker per cspell settings (file and overrides): its answers about words are cached in it.
  const checkers = new Map<string, SpellChecker>();
  /** The cspell settings files in use, which a long-lived speller watches. */
  const settingsFiles = new Set<string>();
  const told = new Set<string>();
  let words = houseWords();
  const checkerFor = (team: CspellWords): SpellChecker => {
    const key = team.key;
    let checker = checkers.get(key);
    if (!checker) {
      checker = new SpellChecker(dictionary, otherDictionary, nameList, team, style, words, options.suggestions !== 'on-request');
      checkers.set(key, checker);
      if (team.file) settingsFiles.add(team.file);
      for (const notice of dialectConflict(style, team)) if (!told.has(notice) && told.add(notice)) options.onNotice?.(notice);
    }
    return checker;
  };
  let latest = checkerFor(await first);
  // The words file and the cspell settings are not part of the style (whose cache watches only
  // the style file): a long-lived speller (the server's) looks at them again at most once a second.
  const watched = (): string => [wordsFile, ...settingsFiles].map(fileStamp).join('\n');
  let stamp = watched();
  let lookedAt = Date.now();
  let generation = '';
  const current = async (draftPath: string | undefined): Promise<SpellChecker> => {
    if (Date.now() - lookedAt >= WORDS_FILE_RECHECK_MS) {
      lookedAt = Date.now();
      const now = watched();
      if (now !== stamp) {
        stamp = now;
        generation = now; // a new key: cspell's settings are read again
        words = houseWords();
        checkers.clear();
        settingsFiles.clear();
      }
    }
    const team = await loadCspellWords(draftPath ? dirname(draftPath) : styleFolder, options.dictionaryDir, generation);
    latest = checkerFor(draftPath ? await team.forFile(draftPath) : team);
    return latest;
  };
  // A draft in another language the engine spells (a French release under an English house
  // style) is spelt by the speller of the house style for that language, made when first needed.
  const spellers = new Map<StyleLanguage, Promise<Speller>>();
  const spellerFor = (language: StyleLanguage): Promise<Speller> => {
    let speller = spellers.get(language);
    if (!speller) {
      speller = createSpeller(styleForLanguage(style, language), options);
      spellers.set(language, speller);
    }
    return speller;
  };
  return {
    // The checker caches every answer about a word; a document needs no state of its own.
    check: async (doc, key, draftPath) => {
      const language = draftLanguage(doc, style, draftPath).code;
      if (language && language !== style.language && SPELT_LANGUAGES.has(language)) {
        let speller: Speller;
        try {
          speller = await spellerFor(language);
        } catch (error) {
          // A dictionary the user has not installed (Spanish): one finding says which to install.
          if (!(error instanceof SpellingSetupError)) throw error;
          spellers.delete(language); // installed later: tried again
          return [draftNote(doc, error.message)];
        }
        return speller.check(doc, key, draftPath);
      }
      return (await current(draftPath)).check(doc);
    },
    forget: () => undefined,
    suggest: (report) => latest.suggestionsOf(report),
  };
}

/**
 * A cspell `language` naming only an English the house does not write ("en-US" in an en-GB
 * house): the house style decides, and says so once.
 */
function dialectConflict(style: HouseStyle, cspell: CspellWords): string[] {
  if (!cspell.language || !cspell.file) return [];
  const english = cspell.language
    .split(',')
    .map((code) => code.trim().replace('_', '-').toLowerCase())
    .filter((code) => code.startsWith('en-'));
  // (cspell's en-GB dictionary accepts -ise and -ize: it agrees with Oxford spelling.)
  const house = style.dialect.toLowerCase().replace('-oxendict', '');
  if (english.length === 0 || english.some((code) => code.replace('-oxendict', '') === house)) return [];
  const styleFile = style.file ?? 'the built-in house style';
  return [`${cspell.file} sets cspell's language to "${cspell.language}", but the house style (${styleFile}) writes ${style.dialect}: presslint spells in ${style.dialect}.`];
}

const WORDS_FILE_RECHECK_MS = 1000;

function wordsFileOf(style: Pick<HouseStyle, 'file'>): string | undefined {
  return style.file ? join(dirname(style.file), WORDS_FILE_NAME) : undefined;
}

function fileStamp(file: string | undefined): string {
  return file ? (filesStamp([file]) ?? 'none') : '';
}

/** The words of the words file beside the house style file, if there is one. */
export function readWordsFile(style: Pick<HouseStyle, 'file'>): string[] {
  const file = wordsFileOf(style);
  if (!file) return [];
  let text: string;
  try {
    text = readTextFile(file, MAX_WORDS_FILE_BYTES).text;
  } catch (error) {
    if (error instanceof TextFileError && error.kind === 'missing') return [];
    if (error instanceof TextFileError) throw new SpellingSetupError(`Cannot read the house words file ${file}: ${error.reason}.`);
    throw error;
  }
  return parseWordsFile(text);
}

/** One word (or phrase) a line; blank lines and `#` comments ignored. */
export function parseWordsFile(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.length > 0);
}
