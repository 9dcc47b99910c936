/**
 * How much a paragraph resembles a programme's boilerplate, by the words they share. The
 * parser uses it to recognise an "About" paragraph that has no heading; the `boilerplate` rule
 * to tell which programme's text a boilerplate paragraph is.
 */
import type { Programme } from '../config/style';
import { derivedFrom, DerivedKey } from '../derived';
import { wordSet } from '../text/words';

/** A paragraph at least this similar to a canonical text is taken for a boilerplate, without an "About" heading. */
export const BOILERPLATE_SIMILARITY = 0.5;
/** A boilerplate paragraph belongs to the programme whose text it is most similar to, if at least this similar. */
export const PROGRAMME_SIMILARITY = 0.3;
/** The most telling words of a canonical text a paragraph is first tested for (a cheap substring test). */
const TELLING_WORDS = 8;
const TELLING_WORD_LENGTH = 6;

/** Share of words two texts have in common, over the larger set. */
export function similarity(words: ReadonlySet<string>, canonical: ReadonlySet<string>): number {
  if (canonical.size === 0) return 0;
  let shared = 0;
  for (const word of canonical) if (words.has(word)) shared++;
  return shared / Math.max(canonical.size, words.size);
}

/** The paragraphs of a house text (a boilerplate may have several), trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .trim()
    .split(/(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*/)
    .filter((p) => p.trim() !== '');
}

/** A canonical text (or one of its paragraphs) as the resemblance test compares it. */
interface CanonicalText {
  /** Its length as a paragraph of the draft shows it (runs of white space as one space). */
  length: number;
  words: Set<string>;
  /** The longest words of the text, whose presence a cheap substring test can check. */
  telling: string[];
}

const CANONICAL_TEXTS = new DerivedKey<CanonicalText[]>('canonical boilerplate texts');
const PROGRAMME_WORD_SETS = new DerivedKey<Set<string>[]>("a programme's paragraph word sets");

/** The programmes' boilerplates (current and previous) as the resemblance test compares them; once per style. */
function canonicalTexts(programmes: readonly Programme[]): CanonicalText[] {
  return derivedFrom(programmes).get(CANONICAL_TEXTS, () =>
    programmes
      .flatMap((p) => [p.boilerplate, ...p.previous])
      // A boilerplate of several paragraphs is matched whole and paragraph by paragraph, as a
      // draft splits it: its second paragraph went unrecognised, and --fix inserted it again on
      // every pass (found by the fuzzer).
      .flatMap((text) => {
        const paragraphs = paragraphsOf(text);
        return paragraphs.length > 1 ? [text, ...paragraphs] : [text];
      })
      .map((text) => {
        const words = wordSet(text);
        const telling = [...words].filter((w) => w.length >= TELLING_WORD_LENGTH).sort((a, b) => b.length - a.length).slice(0, TELLING_WORDS);
        // The length as a paragraph: a short boilerplate written with line breaks around it in
        // YAML was never recognised (found by the fuzzer).
        return { length: text.replace(/\s+/g, ' ').trim().length, words, telling };
      }),
  );
}

/** The word sets of a programme's canonical and previous paragraphs; once per style. */
export function programmeWordSets(programme: Programme): Set<string>[] {
  return derivedFrom(programme).get(PROGRAMME_WORD_SETS, () =>
    [programme.boilerplate, ...programme.previous].flatMap((text) => paragraphsOf(text)).map((paragraph) => wordSet(paragraph)),
  );
}

/** True when a paragraph (its prose) is close enough to one of the programmes' texts to be a boilerplate. */
export function resemblesBoilerplate(prose: string, programmes: readonly Programme[]): boolean {
  // No fixed floor on the length: a house boilerplate under 80 characters was never
  // recognised, so its fix inserted it again on every pass (found by the fuzzer). The length
  // test below (half to twice a canonical text) keeps short paragraphs cheap.
  const canonicals = programmes.length === 0 ? [] : canonicalTexts(programmes);
  if (canonicals.length === 0) return false;
  // Cheap tests first (similar length, most telling words present) spare the word sets of most of a long draft.
  let lower: string | undefined;
  const candidates = canonicals.filter((c) => {
    if (prose.length < c.length / 2 || prose.length > c.length * 2) return false;
    lower ??= prose.toLowerCase();
    return c.telling.filter((w) => lower!.includes(w)).length >= c.telling.length / 2;
  });
  if (candidates.length === 0) return false;
  const words = wordSet(prose);
  return candidates.some((canonical) => similarity(words, canonical.words) >= BOILERPLATE_SIMILARITY);
}
