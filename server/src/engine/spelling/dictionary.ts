/**
 * The cspell-lib adapter: loads the one dictionary a dialect needs, by path, and answers
 * "is this a word?" and "what did the writer mean?".
 *
 * Only `getDictionary()` is used, with settings that name the one dictionary file: no default
 * configuration, no global user configuration, no configuration search. cspell-lib is loaded
 * with a dynamic import so that a run with spelling off never pays for it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dialect } from '../config/style';

/** cspell-lib could not load its configuration or a dictionary: every word would be flagged. */
export class SpellingSetupError extends Error {
  override name = 'SpellingSetupError';
}

/**
 * The dictionary files of each dialect, in the order they are looked for. The build writes the
 * binary form (`.btrie.gz`, converted from the package's `.trie.gz`), which loads in a few
 * milliseconds where the text form takes 0.5-1.5 s to parse; either works.
 */
export const DICTIONARY_FILES: Readonly<Record<Dialect, readonly string[]>> = {
  'en-GB': ['en_GB.btrie.gz', 'en_GB.trie.gz'],
  'en-US': ['en_US.btrie.gz', 'en_US.trie.gz'],
};

/** Where each dialect's dictionary lives in node_modules (running from source, under tsx). */
const DICTIONARY_PACKAGES: Readonly<Record<Dialect, string>> = {
  'en-GB': '@cspell/dict-en-gb-mit',
  'en-US': '@cspell/dict-en_us',
};

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
 * the bundle (dist/cli.mjs, dist/server.mjs); when running from source, the @cspell package.
 * A folder without the file gives the path of the first name, for the error to name.
 */
export function dictionaryFile(dialect: Dialect, dictionaryDir?: string): string {
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

type CspellLib = typeof import('cspell-lib');

let cspellLib: Promise<CspellLib> | undefined;
const loaded = new Map<string, Promise<Dictionary>>();

/** Loads (once per file and process) the dictionary of a dialect; throws SpellingSetupError. */
export function loadDictionary(dialect: Dialect, file: string): Promise<Dictionary> {
  let pending = loaded.get(file);
  if (!pending) {
    pending = load(dialect, file);
    loaded.set(file, pending);
    // A failed load is not cached: the file may appear (a build finishes, a package installs).
    pending.catch(() => loaded.delete(file));
  }
  return pending;
}

async function load(dialect: Dialect, file: string): Promise<Dictionary> {
  if (!existsSync(file)) {
    const names = DICTIONARY_FILES[dialect].join(' or ');
    throw new SpellingSetupError(
      `The ${dialect} spelling dictionary is missing: ${file} does not exist (looked for ${names} in ${dirname(file)}). It ships beside the presslint bundle in dicts/ (npm run build writes it there); reinstall presslint or rebuild.`,
    );
  }
  cspellLib ??= import('cspell-lib');
  const lib = await cspellLib;
  avoidSizeWalk(lib);
  const name = `presslint-${dialect.toLowerCase()}`;
  const collection = await lib.getDictionary({
    dictionaryDefinitions: [
      {
        name,
        path: file,
        repMap: [["'|`|’", "'"]],
        ignoreForbiddenWords: true,
        // No `dictionaryInformation`: its suggestion weights cost ~0.25 s to build on every
        // start and ranked no better on typical typos (their/tier, reviewed/reviewer).
      },
    ],
    dictionaries: [name],
    loadDefaultConfiguration: false,
    noConfigSearch: true,
  });
  // cspell-lib does not throw for a dictionary it cannot read: it returns one that knows no words.
  const errors = collection.dictionaries.flatMap((d) => d.getErrors?.() ?? []);
  if (errors.length > 0 || !collection.dictionaries.some((d) => d.name === name && d.type !== 'error')) {
    const cause = errors.map((e) => describeError(e)).join('; ') || 'cspell-lib returned no dictionary';
    throw new SpellingSetupError(`The ${dialect} spelling dictionary ${file} could not be loaded: ${cause}.`);
  }
  // The trie itself, not the collection: the collection also asks four empty word lists (3x slower).
  const trie = collection.dictionaries.find((d) => d.name === name)!;
  // A dictionary that answers no to a word every English list has is not a dictionary.
  if (!trie.has('the', { ignoreCase: true })) {
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

/**
 * How far a suggestion may be from the word, in edits (cspell weighs an edit 1, cheaper for
 * sound-alikes). Two finds every one- and two-slip typo at a third of the cost of cspell's
 * default search (~40 ms instead of ~100-300 ms per word here).
 */
const SUGGEST_MAX_CHANGES = 2;
/** A safety net only: a search cut short by time would make the output depend on the machine's load. */
const SUGGEST_TIMEOUT_MS = 2000;

function describeError(error: Error): string {
  const cause = (error as Error & { cause?: unknown }).cause;
  if (!(cause instanceof Error)) return error.message;
  const code = (cause as NodeJS.ErrnoException).code;
  return `${error.message} (${code ? `${code}: ` : ''}${cause.message.split('\n')[0]})`;
}

const patched = new WeakSet<object>();

/**
 * cspell-dictionary sorts the dictionaries of a collection by size, and a trie dictionary
 * computes its size by walking every node: 0.3-1 s of a cold start spent on an order that,
 * with one dictionary and four tiny ones, is known in advance. The trie's node count (a
 * linear scan of a typed array) orders them the same way. Patched once, on the class.
 */
function avoidSizeWalk(lib: CspellLib): void {
  const probe = lib.createSpellingDictionary(['presslint'], 'presslint-probe', 'presslint', {});
  const proto = Object.getPrototypeOf(probe) as object;
  if (patched.has(proto)) return;
  patched.add(proto);
  const original = Object.getOwnPropertyDescriptor(proto, 'size');
  if (!original?.get) return; // cspell-lib changed: keep its behaviour
  const walk = original.get;
  Object.defineProperty(proto, 'size', {
    configurable: true,
    get(this: { _size?: number; trie?: { size?: unknown } }) {
      if (!this._size) {
        const nodes = this.trie?.size;
        this._size = typeof nodes === 'number' && nodes > 0 ? nodes : (walk.call(this) as number);
      }
      return this._size;
    },
  });
}
