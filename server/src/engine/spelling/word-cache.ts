import { ownString } from '../text/own-string';

/** Bounds each cache: a long-running server sees many drafts. */
const MAX_ENTRIES = 50_000;
/**
 * ... and the characters of its keys: a hostile draft's "words" can be thousands of letters
 * long, and 50,000 of them would hold hundreds of megabytes.
 */
const MAX_KEY_CHARS = 2_000_000;

/**
 * The speller's answers about words (known, a slip of a common word, its suggestions), kept
 * across drafts and emptied when full. Keys are copied (ownString): a word sliced from a draft
 * would otherwise keep the whole draft's text alive.
 */
export class WordCache<V> {
  private readonly entries = new Map<string, V>();
  private keyChars = 0;

  get(word: string): V | undefined {
    return this.entries.get(word);
  }

  set(word: string, value: V): void {
    if (this.entries.size >= MAX_ENTRIES || this.keyChars + word.length > MAX_KEY_CHARS) {
      this.entries.clear();
      this.keyChars = 0;
    }
    if (!this.entries.has(word)) this.keyChars += word.length;
    this.entries.set(ownString(word), value);
  }

  /** Characters held in keys (what the bound counts). */
  get size(): { entries: number; keyChars: number } {
    return { entries: this.entries.size, keyChars: this.keyChars };
  }
}
