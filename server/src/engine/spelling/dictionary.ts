/**
 * The cspell adapter: loads a dialect's dictionary, by path, and answers "is this a word?"
 * and "what did the writer mean?".
 *
 * It uses cspell-dictionary, the dictionary layer of cspell-lib (same project, same release),
 * and nothing above it: presslint names its one dictionary file, so cspell-lib's configuration
 * machinery (config search, globs, import resolution, default settings) would be ~0.65 MB of
 * code compiled on every cold start for nothing, and it reports an unreadable dictionary by
 * flagging every word instead of failing. Here a file that cannot be read or decoded throws.
 * The module is loaded with a dynamic import so that a run with spelling off never pays for it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SpellingDictionary } from 'cspell-dictionary';
import type { Dialect } from '../config/style';

/** The dictionary could not be loaded: a speller without it would flag every word. */
export class SpellingSetupError extends Error {
  override name = 'SpellingSetupError';
}

/**
 * The dictionary files of each dialect, in the order they are looked for. The build writes the
 * binary form (`.btrie`, converted from the package's `.trie.gz`), which loads in a few
 * milliseconds where the text form takes 0.5-1.5 s to parse; either works.
 */
export const DICTIONARY_FILES: Readonly<Record<DictionaryName, readonly string[]>> = {
  'en-GB': ['en_GB.btrie', 'en_GB.trie.gz'],
  'en-US': ['en_US.btrie', 'en_US.trie.gz'],
  // Oxford spelling is British spelling: the en-GB dictionary accepts -ise and -ize alike.
  'en-GB-oxendict': ['en_GB.btrie', 'en_GB.trie.gz'],
  fr: ['fr-fr.btrie', 'fr-fr.trie.gz'],
  es: ['Spanish.trie.gz'],
};

/** Where each dictionary lives in node_modules (running from source, under tsx). */
const DICTIONARY_PACKAGES: Readonly<Record<DictionaryName, string>> = {
  'en-GB': '@cspell/dict-en-gb-mit',
  'en-US': '@cspell/dict-en_us',
  'en-GB-oxendict': '@cspell/dict-en-gb-mit',
  fr: '@cspell/dict-fr-fr',
  es: '@cspell/dict-es-es',
};

/**
 * A dictionary: one per English dialect, French (cspell's @cspell/dict-fr-fr, MIT, shipped like
 * the English ones) and Spanish (@cspell/dict-es-es: LGPL-3.0, so not shipped; the user installs
 * it, see userDictionaryFile).
 */
export type DictionaryName = Dialect | 'fr' | 'es';

/** A word every list of the language has: a dictionary that does not know it is damaged. */
const PROBE_WORD: Readonly<Record<DictionaryName, string>> = { 'en-GB': 'the', 'en-US': 'the', 'en-GB-oxendict': 'the', fr: 'le', es: 'el' };

/**
 * Apostrophes as the dictionary writes them: the English lists with a straight one, the French
 * with the typographic one (l’eau, aujourd’hui).
 */
const APOSTROPHES: Readonly<Record<DictionaryName, [string, string][]>> = {
  'en-GB': [["'|`|’", "'"]],
  'en-US': [["'|`|’", "'"]],
  'en-GB-oxendict': [["'|`|’", "'"]],
  fr: [["'|`", '’']],
  es: [["'|`|’", "'"]],
};

/**
 * The file of a dictionary the user installs (Spanish): its package as the project's own
 * node_modules holds it, looked for from each folder in turn (the house style's, the working
 * folder). Throws SpellingSetupError naming the package to install.
 */
export function userDictionaryFile(name: DictionaryName, language: string, folders: readonly string[]): string {
  const pkg = DICTIONARY_PACKAGES[name];
  for (const folder of folders) {
    try {
      return join(dirname(createRequire(join(folder, 'noop.js')).resolve(`${pkg}/cspell-ext.json`)), DICTIONARY_FILES[name][0]!);
    } catch {
      // not installed from this folder: the next one
    }
  }
  throw new SpellingSetupError(`${language} spelling needs the dictionary ${pkg}, which presslint does not ship (its licence is LGPL-3.0): install it in the project (npm install --save-dev ${pkg}).`);
}

/** A loaded dictionary: the questions the spelling rule asks of it. */
export interface Dictionary {
  readonly file: string;
  /** True if the dictionary knows the word, in any case. */
  has(word: string): boolean;
  /** True if the dictionary knows the word exactly as written (case included). */
  hasExactly(word: string): boolean;
  /** Up to `count` corrections, best first, as the dictionary spells them. */
  suggest(word: string, count: number): string[];
}

/**
 * The dictionary file for a dialect. `dictionaryDir` wins; otherwise the `dicts/` folder beside
 * the bundle (dist/cli.cjs, dist/server.mjs); when running from source, the @cspell package.
 * A folder without the file gives the path of the first name, for the error to name.
 */
export function dictionaryFile(dialect: DictionaryName, dictionaryDir?: string): string {
  const names = DICTIONARY_FILES[dialect];
  const inFolder = (folder: string) => names.map((name) => join(folder, name)).find((file) => existsSync(file)) ?? join(folder, names[0]!);
  if (dictionaryDir) return inFolder(dictionaryDir);
  const here = import.meta.url;
  if (here && !/\.[cm]?ts$/.test(new URL(here).pathname)) return inFolder(fileURLToPath(new URL('./dicts/', here)));
  // From source (tests, tsx): the package the build converts the file from.
  const require = createRequire(here ?? join(process.cwd(), 'noop.js'));
  try {
    return join(dirname(require.resolve(`${DICTIONARY_PACKAGES[dialect]}/cspell-ext.json`)), names[names.length - 1]!);
  } catch {
    throw new SpellingSetupError(`The ${dialect} spelling dictionary package ${DICTIONARY_PACKAGES[dialect]} is not installed; run npm install.`);
  }
}

type CspellDictionary = typeof import('cspell-dictionary');

let cspellDictionary: Promise<CspellDictionary> | undefined;
const loaded = new Map<string, Promise<Dictionary>>();

/** Loads (once per file and process) the dictionary of a dialect; throws SpellingSetupError. */
export function loadDictionary(dialect: DictionaryName, file: string): Promise<Dictionary> {
  let pending = loaded.get(file);
  if (!pending) {
    pending = load(dialect, file);
    loaded.set(file, pending);
    // A failed load is not cached: the file may appear (a build finishes, a package installs).
    pending.catch(() => loaded.delete(file));
  }
  return pending;
}

async function load(dialect: DictionaryName, file: string): Promise<Dictionary> {
  // Loaded here, not at the top: a run without spelling does not pay for these modules (~7 ms).
  const [{ readFile }, { gunzipSync }] = await Promise.all([import('node:fs/promises'), import('node:zlib')]);
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const names = DICTIONARY_FILES[dialect].join(' or ');
      throw new SpellingSetupError(
        `The ${dialect} spelling dictionary is missing: ${file} does not exist (looked for ${names} in ${dirname(file)}). It ships beside the presslint bundle in dicts/ (npm run build writes it there); reinstall presslint or rebuild.`,
      );
    }
    throw new SpellingSetupError(`The ${dialect} spelling dictionary ${file} could not be read: ${(error as Error).message}.`);
  }
  cspellDictionary ??= import('cspell-dictionary');
  const { createSpellingDictionaryFromTrieFile } = await cspellDictionary;
  let trie: SpellingDictionary;
  try {
    const data = file.endsWith('.gz') ? gunzipSync(content) : content;
    // cspell tells the binary trie from its text form by the bytes.
    const bytes = new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
    trie = createSpellingDictionaryFromTrieFile(bytes, `presslint-${dialect.toLowerCase()}`, file, {
      repMap: APOSTROPHES[dialect],
      // No `dictionaryInformation`: its suggestion weights cost ~0.25 s to build on every
      // start and ranked no better on typical typos (their/tier, reviewed/reviewer).
    });
  } catch (error) {
    throw new SpellingSetupError(`The ${dialect} spelling dictionary ${file} could not be loaded: ${firstLine(error)}.`);
  }
  // A dictionary that answers no to a word every list of its language has is not a dictionary.
  if (!trie.has(PROBE_WORD[dialect], { ignoreCase: true })) {
    throw new SpellingSetupError(`The ${dialect} spelling dictionary ${file} loaded but knows no words; the file is damaged.`);
  }
  const ignoreCase = { ignoreCase: true };
  const exact = { ignoreCase: false };
  return {
    file,
    has: (word) => trie.has(word, ignoreCase),
    hasExactly: (word) => trie.has(word, exact),
    suggest: (word, count) =>
      trie
        .suggest(word, { numSuggestions: count, ignoreCase: true, compoundMethod: 0, numChanges: SUGGEST_MAX_CHANGES, timeout: SUGGEST_TIMEOUT_MS })
        .map((s) => s.word),
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/**
 * How far a suggestion may be from the word, in edits (cspell weighs an edit 1, cheaper for
 * sound-alikes). Two finds every one- and two-slip typo at a third of the cost of cspell's
 * default search (~40 ms instead of ~100-300 ms per word here).
 */
const SUGGEST_MAX_CHANGES = 2;
/** A safety net only: a search cut short by time would make the output depend on the machine's load. */
const SUGGEST_TIMEOUT_MS = 2000;

/** The file of people's names (cspell's @cspell/dict-people-names): beside the bundle, or in its package from source. */
export function nameListFile(dictionaryDir?: string): string {
  if (dictionaryDir) return join(dictionaryDir, NAME_LIST);
  const here = import.meta.url;
  if (here && !/\.[cm]?ts$/.test(new URL(here).pathname)) return fileURLToPath(new URL(`./dicts/${NAME_LIST}`, here));
  const require = createRequire(here ?? join(process.cwd(), 'noop.js'));
  try {
    return join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  } catch {
    throw new SpellingSetupError('The list of names @cspell/dict-people-names is not installed; run npm install.');
  }
}
const NAME_LIST = 'people-names.txt';

const wordLists = new Map<string, Promise<ReadonlySet<string>>>();

/** The text of a bundled list of words, gzipped or not; throws SpellingSetupError naming `what`. */
async function readListText(file: string, what: string): Promise<string> {
  // Loaded here, not at the top: a run without spelling does not pay for these modules.
  const [{ readFile }, { gunzipSync }] = await Promise.all([import('node:fs/promises'), import('node:zlib')]);
  try {
    const content = await readFile(file);
    return (file.endsWith('.gz') ? gunzipSync(content) : content).toString('utf8');
  } catch (error) {
    throw new SpellingSetupError(`${what} ${file} could not be read: ${firstLine(error)}. It ships beside the presslint bundle in dicts/; reinstall presslint or rebuild.`);
  }
}

/**
 * Loads (once per file and process) a list of words, one a line as cspell's plain lists write
 * them (`#` lines are its directives), gzipped or not, as a set; `fold` lower-cases them. Read
 * this way, cspell's list of ~39,000 people's names or its ~6,000 software terms and company
 * names take milliseconds, where building cspell's trie of a list (with its case and accent
 * forms) took 150-170 ms each on every start.
 */
export function loadWordList(file: string, what: string, fold = false): Promise<ReadonlySet<string>> {
  const key = `${fold}\n${file}`;
  let pending = wordLists.get(key);
  if (!pending) {
    pending = (async () => {
      const words = (await readListText(file, what))
        .split(/\r?\n/)
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => (fold ? line.toLowerCase() : line));
      if (words.length === 0) throw new SpellingSetupError(`${what} ${file} holds no words; the file is damaged.`);
      return new Set(words);
    })();
    wordLists.set(key, pending);
    pending.catch(() => wordLists.delete(key));
  }
  return pending;
}

/** A set of words as far as spelling asks of it: is this word in it? */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * A list of words one a line, sorted in code-unit order, looked up by binary search in its text
 * itself: opening it costs nothing, where splitting cspell's ~39,000 people's names and filling
 * a Set took 30-60 ms on every cold run. Comment (`#`) and blank lines may open the list only.
 * (The build writes the list sorted; a test checks the package's own order.)
 */
export class SortedWordList implements WordSet {
  /** Where the words start, after the opening comment and blank lines. */
  private readonly start: number;

  constructor(private readonly text: string) {
    let start = 0;
    while (start < text.length && (text[start] === '#' || text[start] === '\n' || text[start] === '\r')) {
      const end = text.indexOf('\n', start);
      start = end === -1 ? text.length : end + 1;
    }
    this.start = start;
  }

  /** True if the list holds no word. */
  get empty(): boolean {
    return this.start >= this.text.length;
  }

  has(word: string): boolean {
    const text = this.text;
    // low and high are always the starts of lines (or the text's end); the line holding the
    // middle character is compared, and the half without the word is dropped.
    let low = this.start;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const lineStart = text.lastIndexOf('\n', middle - 1) + 1;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
      if (line === word) return true;
      if (line < word) low = lineEnd + 1;
      else high = lineStart;
    }
    return false;
  }
}

const nameLists = new Map<string, Promise<SortedWordList>>();

/** cspell's list of people's names (~39,000 first names and surnames, as they are capitalised), sorted. */
export function loadNameList(file: string): Promise<WordSet> {
  let pending = nameLists.get(file);
  if (!pending) {
    pending = (async () => {
      const list = new SortedWordList(await readListText(file, 'The list of names'));
      if (list.empty) throw new SpellingSetupError(`The list of names ${file} holds no words; the file is damaged.`);
      return list;
    })();
    nameLists.set(file, pending);
    pending.catch(() => nameLists.delete(file));
  }
  return pending;
}
