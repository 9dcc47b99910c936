/**
 * The `spelling` rule, through cspell-lib. Asynchronous (dictionaries load from disk), so it
 * runs beside the synchronous rules of `lint()` rather than inside it.
 *
 * CONTRACT (the CLI and the language server code against this):
 *   const speller = await createSpeller(style);      // loads dictionaries; throws SpellingSetupError
 *   const reports = await speller.check(doc);        // Report[] of the `spelling` rule
 */
import type { DraftDocument } from '../parse/document';
import type { HouseStyle } from '../config/style';
import type { Report } from '../types';

/** cspell-lib could not load its configuration or a dictionary: every word would be flagged. */
export class SpellingSetupError extends Error {
  override name = 'SpellingSetupError';
}

export interface Speller {
  /** Spelling reports for a parsed draft; `key` lets a caller reuse per-document state (the server). */
  check(doc: DraftDocument, key?: string): Promise<Report[]>;
  /** Forgets per-document state for `key`. */
  forget(key: string): void;
}

export interface SpellerOptions {
  /** Folder holding `en_GB.trie.gz` and `en_US.trie.gz`; defaults to the one beside the bundle. */
  dictionaryDir?: string;
}

export async function createSpeller(_style: HouseStyle, _options: SpellerOptions = {}): Promise<Speller> {
  // Implemented in its own change.
  return { check: async () => [], forget: () => undefined };
}
