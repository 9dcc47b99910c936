/**
 * Where a draft mentions the house's programmes. A programme is mentioned by one of its
 * `mentions` as a whole word or phrase, case-sensitively when the mention has two capitals or
 * more (as acronyms do: "GLO.ACT", not "glo.act"), in any case otherwise.
 *
 * The draft is read once for all programmes: each mention is filed under its first word (once per
 * house style), and only the mentions filed under a word of the draft are tried there. Trying every programme's patterns
 * over the whole draft took time in proportion to programmes times draft (a hostile pass used
 * 4,000 programmes: issue 20).
 */
import type { Programme } from '../config/style';
import type { Block, DraftDocument } from './document';
import type { TextRange } from '../vocabulary';
import { phrasePattern } from '../text/words';
import { derivedFrom, DerivedKey } from '../derived';

interface Mention {
  programme: Programme;
  /** Sticky where filed under a first word (tried where that word stands); global otherwise. */
  pattern: RegExp;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LEADING_WORD = /^[\p{L}\p{N}]+/u;

/** Whole words: tried at a place, whether no letter or digit stands before it (after it). */
const NO_WORD_BEFORE = /(?<![\p{L}\p{N}])/uy;
const NO_WORD_AFTER = /(?![\p{L}\p{N}])/uy;

/**
 * A mention as a pattern, `flags` added to its own. Its word boundaries are checked apart
 * (wholeWordAt): a pattern holding the letter classes took a fifth of a millisecond to compile,
 * a second for a house of 4,000 programmes.
 */
function patternOf(mention: string, flags: string): RegExp {
  const caseSensitive = (mention.match(/\p{Lu}/gu) ?? []).length >= 2;
  return new RegExp(phrasePattern(mention), `u${caseSensitive ? '' : 'i'}${flags}`);
}

function wholeWordAt(text: string, start: number, end: number): boolean {
  NO_WORD_BEFORE.lastIndex = start;
  NO_WORD_AFTER.lastIndex = end;
  return NO_WORD_BEFORE.test(text) && NO_WORD_AFTER.test(text);
}

/** The first whole-word match of a global pattern in `text`, or of a sticky one at its lastIndex. */
function wholeWordMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  for (let match = pattern.exec(text); match; match = pattern.sticky ? null : pattern.exec(text)) {
    if (wholeWordAt(text, match.index, match.index + match[0].length)) return match;
    // The next try starts one place on, as a pattern holding the boundaries would.
    pattern.lastIndex = match.index + 1;
  }
  return undefined;
}

function mentionsOf(programme: Programme, withName: boolean): string[] {
  return [...new Set([...programme.mentions, ...(withName ? [programme.name] : [])])].filter((m) => m.trim() !== '');
}

/** Whether `text` (a heading, say) mentions the programme by one of its mentions or its name. */
export function mentionsProgramme(text: string, programme: Programme): boolean {
  return mentionsOf(programme, true).some((mention) => wholeWordMatch(patternOf(mention, 'g'), text) !== undefined);
}

/** The house's mentions, filed under their first word: built once per (frozen) list of programmes. */
interface MentionIndex {
  byFirstWord: Map<string, Mention[]>;
  /** A mention that starts with a sign ("#Water4All") has no first word to be filed under. */
  unfiled: Mention[];
}

const MENTION_INDEX = new DerivedKey<MentionIndex>('the mentions of the house programmes, filed by first word');

function mentionIndex(programmes: readonly Programme[]): MentionIndex {
  return derivedFrom(programmes).get(MENTION_INDEX, () => {
    const index: MentionIndex = { byFirstWord: new Map(), unfiled: [] };
    for (const programme of programmes) {
      for (const mention of mentionsOf(programme, false)) {
        const first = LEADING_WORD.exec(mention.trim())?.[0]?.toLowerCase();
        if (!first) index.unfiled.push({ programme, pattern: patternOf(mention, 'g') });
        else {
          const filed = index.byFirstWord.get(first) ?? [];
          filed.push({ programme, pattern: patternOf(mention, 'y') });
          index.byFirstWord.set(first, filed);
        }
      }
    }
    return index;
  });
}

/** The first place the headline or the body mentions each programme that is mentioned and `wanted`. */
export function firstMentions(doc: DraftDocument, programmes: readonly Programme[], wanted: (programme: Programme) => boolean = () => true): Map<Programme, TextRange> {
  const { byFirstWord, unfiled } = mentionIndex(programmes);
  const found = new Map<Programme, TextRange>();
  const blocks = [doc.headline, doc.subheadline, ...doc.body].filter((b): b is Block => b !== undefined);
  for (const block of blocks) {
    // Within a block the earliest mention wins; at one place, the programme's first mention listed.
    const inBlock = new Map<Programme, TextRange>();
    const take = (entry: Mention, at: number): void => {
      if (found.has(entry.programme) || !wanted(entry.programme)) return;
      entry.pattern.lastIndex = at;
      const match = wholeWordMatch(entry.pattern, block.text);
      if (!match) return;
      const range = { start: block.range.start + match.index, end: block.range.start + match.index + match[0].length };
      const earlier = inBlock.get(entry.programme);
      if (!earlier || range.start < earlier.start) inBlock.set(entry.programme, range);
    };
    for (const word of block.text.matchAll(WORD)) {
      for (const entry of byFirstWord.get(word[0].toLowerCase()) ?? []) take(entry, word.index!);
    }
    for (const entry of unfiled) take(entry, 0);
    for (const [programme, range] of inBlock) found.set(programme, range);
  }
  return found;
}
