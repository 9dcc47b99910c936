/**
 * The `spelling` rule, through cspell-lib. Asynchronous (dictionaries load from disk), so it
 * runs beside the synchronous rules of `lint()` rather than inside it.
 *
 * CONTRACT (the CLI and the language server code against this):
 *   const speller = await createSpeller(style);      // loads dictionaries; throws SpellingSetupError
 *   const reports = await speller.check(doc);        // Report[] of the `spelling` rule
 *
 * One dictionary is loaded per dialect and process, whatever the number of spellers: a house
 * style that changes (a word added) gets a new speller in milliseconds.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HouseStyle } from '../config/style';
import type { DraftDocument } from '../parse/document';
import type { Report } from '../types';
import { SpellChecker } from './check';
import { dictionaryFile, loadDictionary, SpellingSetupError } from './dictionary';

export { SpellingSetupError } from './dictionary';

/** The per-folder house words file: one word a line, `#` starts a comment. Beside the style file. */
export const WORDS_FILE_NAME = '.presslint-words.txt';

export interface Speller {
  /** Spelling reports for a parsed draft; `key` lets a caller reuse per-document state (the server). */
  check(doc: DraftDocument, key?: string): Promise<Report[]>;
  /** Forgets per-document state for `key`. */
  forget(key: string): void;
}

export interface SpellerOptions {
  /** Folder holding `en_GB.trie.gz` and `en_US.trie.gz`; defaults to the one beside the bundle. */
  dictionaryDir?: string;
  /** Extra accepted words (a caller's own list), on top of the style's `words` and the words file. */
  words?: readonly string[];
}

/**
 * Loads the dictionary of the style's dialect and returns the speller of that style. Throws
 * SpellingSetupError when the dictionary file is missing or cspell-lib cannot read it: a
 * speller without its dictionary would flag every word.
 */
export async function createSpeller(style: HouseStyle, options: SpellerOptions = {}): Promise<Speller> {
  const file = dictionaryFile(style.dialect, options.dictionaryDir);
  const dictionary = await loadDictionary(style.dialect, file);
  const checker = new SpellChecker(dictionary, style, [...style.words, ...readWordsFile(style), ...(options.words ?? [])]);
  return {
    // The checker caches every answer about a word; a document needs no state of its own.
    check: async (doc) => checker.check(doc),
    forget: () => undefined,
  };
}

/** The words of the words file beside the house style file, if there is one. */
export function readWordsFile(style: Pick<HouseStyle, 'file'>): string[] {
  if (!style.file) return [];
  const file = join(dirname(style.file), WORDS_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new SpellingSetupError(`Cannot read the house words file ${file}: ${(error as Error).message}.`);
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
