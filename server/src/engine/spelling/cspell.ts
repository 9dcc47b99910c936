/**
 * cspell-lib, for what a team keeps in cspell's own files and for cspell's own dictionaries of
 * software terms and company names.
 *
 * - The team's cspell settings (`cspell.json`, `.cspell.json`, `cspell.config.yaml`,
 *   `package.json#cspell`, ...) are searched by cspell-lib from the draft's folder upward,
 *   imports included: their `words`, `ignoreWords`, `flagWords`, `dictionaries` and
 *   `dictionaryDefinitions` count in presslint too. The house style stays in charge of the
 *   dialect: a cspell `language` that disagrees with it is reported once, naming both files.
 * - cspell's software terms (npm, backend, Kubernetes) and company names (Apigee, Groupon) are
 *   accepted as cspell accepts them by default. They are plain word lists, read as sets.
 *
 * Only the team's own words and dictionaries go through cspell-lib's `getDictionary`, which
 * builds a collection of tries and walks each whole trie to count its words: ~420 ms for an
 * English dictionary, 150-170 ms for each list above, on every start (measured here), for a
 * count the rule never uses. The dialect dictionaries are loaded by dictionary.ts through
 * cspell-dictionary, the layer cspell-lib builds on.
 *
 * cspell-lib never throws on a file it cannot read: it returns the error and flags every word.
 * Here every such error is a SpellingSetupError naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWordList, SpellingSetupError } from './dictionary';
import bundledDictionaries from './bundled-dictionaries.json';
import cspellSettingsFiles from './cspell-settings-files.json';

/**
 * cspell's own dictionaries presslint ships and always uses, as cspell does by default: their
 * names, files and packages (the build copies the files beside the bundle, from the same list).
 */
const BUNDLED_DICTIONARIES: ReadonlyArray<{ name: string; file: string; package: string }> = bundledDictionaries;

/** What cspell adds to the house's dictionary for one house style. */
export interface CspellWords {
  /** The team's cspell settings file, if one was found. */
  readonly file?: string;
  /** True when cspell accepts the word: the team's words and dictionaries, cspell's software terms and companies. */
  has(word: string): boolean;
  /** True for a word the team's `flagWords` forbids. */
  isForbidden(word: string): boolean;
  /** The cspell `language` the team's settings name, if any ("en-US", "en,fr"). */
  readonly language?: string;
  /** What the team's `ignoreRegExpList` leaves unchecked (global patterns). */
  readonly ignorePatterns: readonly RegExp[];
  /** Tells these settings apart from others (the settings file and what its overrides change). */
  readonly key: string;
  /** The words for one file: the settings' `overrides` whose globs match it merged in (cspell-lib). */
  forFile(path: string): Promise<CspellWords>;
}

type CspellLib = typeof import('cspell-lib');

/** cspell settings written as code, which cspell-lib would run (its own list of such extensions). */
export const CSPELL_CODE_FILE = /\.[cm]?[jt]s$/i;

/**
 * The files cspell-lib reads settings from in a folder, in its order: its own list
 * (`defaultConfigFilenames`) without the code forms, kept as data so that a run can tell
 * whether there are settings at all without loading cspell-lib. A test checks it against
 * cspell-lib's list.
 */
export const CSPELL_SETTINGS_FILES: readonly string[] = cspellSettingsFiles;

/**
 * True if `folder` or one above it holds cspell settings (a package.json only with a "cspell"
 * key). Without any, cspell-lib is not loaded at all: importing it costs some 40 ms of a cold
 * run, and it starts reading its own default settings in the background.
 */
function hasCspellSettings(folder: string): boolean {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    for (const name of CSPELL_SETTINGS_FILES) {
      const path = join(dir, name);
      if (existsSync(path) && (name !== 'package.json' || packageHasCspell(path))) return true;
    }
    if (dirname(dir) === dir) return false;
  }
}

function packageHasCspell(path: string): boolean {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof manifest === 'object' && manifest !== null && 'cspell' in manifest;
  } catch {
    return false; // not ours to report: cspell-lib would not read settings from it either
  }
}
let cspellLib: Promise<CspellLib> | undefined;

/**
 * cspell-lib, told to trust nothing it finds: cspell settings may be code (`cspell.config.js`,
 * `.mjs`, `.ts`, or a JSON file importing one), which cspell-lib would run, and presslint runs
 * nothing from a workspace or repository (docs/security.md; the extension lints in VS Code's
 * Restricted Mode). Untrusted, cspell-lib looks for and reads the data forms only (JSON, YAML,
 * TOML, package.json).
 */
async function importCspellLib(): Promise<CspellLib> {
  const lib = await import('cspell-lib');
  lib.getDefaultConfigLoader().setIsTrusted(false);
  return lib;
}

const loaded = new Map<string, Promise<CspellWords>>();

/**
 * cspell's words for drafts in `folder` (no search without one), once per folder, settings
 * generation and process. `dictionaryDir` is where the bundled dictionaries are; `stamp` changes
 * when a settings file does (a cache key).
 */
export function loadCspellWords(folder: string | undefined, dictionaryDir: string | undefined, stamp = ''): Promise<CspellWords> {
  const key = `${folder ?? ''}\n${dictionaryDir ?? ''}\n${stamp}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = load(folder, dictionaryDir, stamp !== '');
    loaded.set(key, pending);
    pending.catch(() => loaded.delete(key));
  }
  return pending;
}

async function load(folder: string | undefined, dictionaryDir: string | undefined, reload: boolean): Promise<CspellWords> {
  // cspell's lists of software terms and companies, as plain word sets (see loadWordList).
  const bundledLists = Promise.all(BUNDLED_DICTIONARIES.map((d) => loadWordList(bundledFile(d.file, d.package, dictionaryDir), `cspell's dictionary ${d.name}`, true)));
  bundledLists.catch(() => undefined);
  // cspell-lib is loaded only to read settings: a draft without a folder (a test's) has none.
  const lib = folder && hasCspellSettings(folder) ? await (cspellLib ??= importCspellLib()) : undefined;
  // cspell-lib keeps what it read; a settings file that changed must be read again.
  if (lib && reload) await lib.clearCachedFiles();
  let team: Awaited<ReturnType<CspellLib['searchForConfig']>>;
  if (lib && folder) {
    try {
      team = await lib.searchForConfig(folder);
    } catch (error) {
      throw new SpellingSetupError(`The cspell settings above ${folder} could not be read: ${firstLine(error)}.`);
    }
  }
  const file = team?.__importRef?.filename;
  if (lib && team) {
    // A file the settings import that is missing or broken: cspell-lib keeps the error beside the settings.
    const [importError] = lib.extractImportErrors(team);
    if (importError && CSPELL_CODE_FILE.test(importError.filename)) {
      throw new SpellingSetupError(`The cspell settings import ${importError.filename}, which is code: presslint runs nothing from the project and reads cspell settings as data only (JSON, YAML, TOML, package.json).`);
    }
    if (importError) throw new SpellingSetupError(`The cspell settings file ${importError.filename} could not be read: ${firstLine(rootCause(importError.error))}.`);
  }
  const bundled = await bundledLists;
  return wordsOf(lib, team, file, bundled);
}

/**
 * What cspell accepts under one set of settings (the team's, or the team's with the overrides
 * for one file merged in by cspell-lib), with `forFile` giving a file's own.
 */
async function wordsOf(lib: CspellLib | undefined, team: TeamSettings | undefined, file: string | undefined, bundled: ReadonlyArray<ReadonlySet<string>>): Promise<CspellWords> {
  const teamDictionary = lib && team ? await teamDictionaryOf(lib, team, file) : undefined;
  const ignorePatterns = team ? ignorePatternsOf(team, file) : [];
  const exactCase = { ignoreCase: false };
  const anyCase = { ignoreCase: true };
  // Each distinct merged setting, once: a thousand drafts under one override share it.
  const byOverride = new Map<string, Promise<CspellWords>>();
  const words: CspellWords = {
    file,
    key: `${file ?? ''}\n${overrideKey(team)}`,
    has: (word) => {
      const lower = word.toLowerCase();
      if (bundled.some((list) => list.has(lower))) return true;
      // ignoreWords are accepted too, as written or lower-cased as cspell's lists are.
      return !!teamDictionary && (teamDictionary.has(word, anyCase) || teamDictionary.isNoSuggestWord(word, exactCase) || teamDictionary.isNoSuggestWord(lower, exactCase));
    },
    isForbidden: (word) => !!teamDictionary && teamDictionary.isForbidden(word),
    language: typeof team?.language === 'string' ? team.language : undefined,
    ignorePatterns,
    forFile: (path) => {
      if (!lib || !team?.overrides?.length) return Promise.resolve(words);
      const merged = lib.calcOverrideSettings(team, path) as TeamSettings;
      const key = overrideKey(merged);
      if (key === overrideKey(team)) return Promise.resolve(words);
      let pending = byOverride.get(key);
      if (!pending) {
        pending = wordsOf(lib, { ...merged, overrides: undefined }, file, bundled);
        byOverride.set(key, pending);
      }
      return pending;
    },
  };
  return words;
}

/** What of a setting changes the words: two settings with the same key accept the same words. */
function overrideKey(settings: TeamSettings | undefined): string {
  if (!settings) return '';
  const { words, ignoreWords, flagWords, dictionaries, ignoreRegExpList, language } = settings;
  return JSON.stringify([words, ignoreWords, flagWords, dictionaries, ignoreRegExpList?.map(String), language]);
}

/**
 * The team's `ignoreRegExpList` as global patterns: regular expressions written `/.../flags`,
 * and names of the team's own `patterns`. cspell's predefined names (Urls, Email, HexValues ...)
 * are not resolved: presslint leaves addresses and code aside already. A pattern that does not
 * compile is an error naming the file.
 */
function ignorePatternsOf(team: TeamSettings, file: string | undefined): RegExp[] {
  const named = new Map<string, unknown>((team.patterns ?? []).map((p) => [p.name, p.pattern]));
  // (A named pattern's own entries are not looked up by name again: no loop.)
  const compile = (entry: unknown, byName = true): RegExp[] => {
    if (entry instanceof RegExp) return [new RegExp(entry.source, entry.flags.includes('g') ? entry.flags : `${entry.flags}g`)];
    if (Array.isArray(entry)) return entry.flatMap((e) => compile(e, byName));
    if (typeof entry !== 'string') return [];
    const literal = /^\/([\s\S]*)\/([a-z]*)$/.exec(entry);
    if (!literal) return byName && named.has(entry) ? compile(named.get(entry), false) : [];
    try {
      return [new RegExp(literal[1]!, literal[2]!.includes('g') ? literal[2]! : `${literal[2]!}g`)];
    } catch (error) {
      throw new SpellingSetupError(`The cspell settings ${file ?? ''} hold an ignoreRegExpList pattern that does not compile, ${entry}: ${firstLine(error)}.`);
    }
  };
  return (team.ignoreRegExpList ?? []).flatMap((entry) => compile(entry));
}

type TeamSettings = NonNullable<Awaited<ReturnType<CspellLib['searchForConfig']>>>;

/**
 * The team's words and dictionaries as cspell-lib builds them; undefined when the settings hold
 * none. A dictionary named but not defined, or one that cannot be read, is an error.
 */
async function teamDictionaryOf(lib: CspellLib, team: TeamSettings, file: string | undefined) {
  const { words = [], ignoreWords = [], flagWords = [], dictionaries = [], dictionaryDefinitions = [] } = team;
  if (words.length + ignoreWords.length + flagWords.length + dictionaries.length === 0) return undefined;
  const defined = new Set(dictionaryDefinitions.map((d) => d.name));
  const unknownName = dictionaries.find((name) => !name.startsWith('!') && !defined.has(name));
  if (unknownName) {
    throw new SpellingSetupError(
      `The cspell settings ${file} name the dictionary "${unknownName}", which presslint does not have: define it under dictionaryDefinitions (or import its package's cspell-ext.json) in ${file}.`,
    );
  }
  const dictionary = await lib.getDictionary({ loadDefaultConfiguration: false, words, ignoreWords, flagWords, dictionaries, dictionaryDefinitions });
  const [loadError] = dictionary.getErrors?.() ?? [];
  if (loadError) {
    // A SpellingDictionaryLoadError names the file it could not read and why.
    const where = lib.isSpellingDictionaryLoadError(loadError) ? `${loadError.uri.replace(/^file:\/\//, '')}: ${firstLine(loadError.cause ?? loadError)}` : firstLine(loadError);
    throw new SpellingSetupError(`A cspell dictionary could not be loaded${file ? ` (named in ${file})` : ''}: ${where}.`);
  }
  return dictionary;
}

/** A bundled dictionary file: in `dictionaryDir`, beside the bundle (dicts/), or in its package when running from source. */
function bundledFile(file: string, pkg: string, dictionaryDir: string | undefined): string {
  if (dictionaryDir) return join(dictionaryDir, file);
  const here = import.meta.url;
  if (here && !/\.[cm]?ts$/.test(new URL(here).pathname)) return fileURLToPath(new URL(`./dicts/${file}`, here));
  const require = createRequire(here ?? join(process.cwd(), 'noop.js'));
  try {
    const path = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), 'dict', file);
    if (existsSync(path)) return path;
  } catch {
    // reported below
  }
  throw new SpellingSetupError(`cspell's dictionary ${file} (${pkg}) is not installed; run npm install.`);
}

/** The innermost cause of an error: cspell-lib wraps "Unexpected end of JSON input" in two "Failed to read" errors. */
function rootCause(error: unknown): unknown {
  let cause = error;
  for (let depth = 0; depth < 8 && cause instanceof Error && cause.cause !== undefined; depth++) cause = cause.cause;
  return cause;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
