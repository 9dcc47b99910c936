/**
 * Which language a text is written in, for the checks that only make sense in the house's
 * (the speller's dictionaries are English). franc-min decides: on the releases of the corpus
 * it named the language of every paragraph over 200 characters and 98 % of those of 80 to 200,
 * loads in under 30 ms and weighs 150 KB (eld was as accurate but loads in 400 ms; tinyld was
 * less accurate on short paragraphs). Below `MIN_DETECTION_LENGTH` nothing is decided: a short
 * draft is taken to be in the house language.
 */
import type { francAll as FrancAll } from 'franc-min';

/** franc-min, loaded the first time a text needs it: its trigram data is a fifth of the CLI bundle. */
let loadedFranc: typeof FrancAll | undefined;
function franc(): typeof FrancAll {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose
  loadedFranc ??= (require('franc-min') as { francAll: typeof FrancAll }).francAll;
  return loadedFranc;
}

/** A language as franc names it (ISO 639-3) and as a message names it. */
export interface Language {
  code: string;
  name: string;
}

/** The languages releases are written in that a detector is asked to choose among: a smaller choice is surer on short text. */
const NAMES: Readonly<Record<string, string>> = {
  eng: 'English',
  fra: 'French',
  spa: 'Spanish',
  por: 'Portuguese',
  deu: 'German',
  ita: 'Italian',
  nld: 'Dutch',
  rus: 'Russian',
  ukr: 'Ukrainian',
  arb: 'Arabic',
  cmn: 'Chinese',
  tur: 'Turkish',
  pol: 'Polish',
  swh: 'Swahili',
};
const CANDIDATES = Object.keys(NAMES);

export const ENGLISH: Language = { code: 'eng', name: 'English' };

/**
 * The languages a house style can be written for (its `language` and `languages` sections), by
 * their ISO 639-1 codes as front matter (`lang: fr`) and file names (`draft.fr.release.md`) write them.
 */
export const STYLE_LANGUAGES = ['en', 'fr', 'es'] as const;
export type StyleLanguage = (typeof STYLE_LANGUAGES)[number];

/** The detector's code of each style language. */
const DETECTOR_CODES: Readonly<Record<StyleLanguage, string>> = { en: 'eng', fr: 'fra', es: 'spa' };

/** The style language a detected language is, if it is one. */
export function styleLanguageOf(language: Language): StyleLanguage | undefined {
  return STYLE_LANGUAGES.find((code) => DETECTOR_CODES[code] === language.code);
}

/** A style language as a message names it: "French". */
export function languageName(code: StyleLanguage): string {
  return NAMES[DETECTOR_CODES[code]]!;
}

/** The style language a tag names ("fr", "fr-FR", "es_419", "EN"), if it names one. */
export function styleLanguageOfTag(tag: string): StyleLanguage | undefined {
  const primary = /^([a-z]{2})(?:$|[-_])/i.exec(tag.trim())?.[1]?.toLowerCase();
  return STYLE_LANGUAGES.find((code) => code === primary);
}

/** Fewest characters of prose a language is decided on. */
export const MIN_DETECTION_LENGTH = 200;

/**
 * How close English's score (the best language's is 1) may come before the text is taken for
 * English after all: on the corpus, French and Spanish releases scored English at 0.90-0.97,
 * while English text full of names ("Alpha Beta Gamma (ABG)") ties English with Spanish at 1.
 */
const ENGLISH_TIE = 0.985;

/**
 * The words that make up a sixth of any English prose. A text where they are fewer than
 * `PLAINLY_ENGLISH_SHARE` of the words is handed to the detector; one where they are common is
 * English without loading it (a fast path for the usual draft: the detector decides every
 * other case).
 */
const COMMONEST_ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'for', 'on', 'with', 'that', 'by', 'was', 'will', 'from', 'are', 'has', 'have', 'its', 'this', 'at']);
const PLAINLY_ENGLISH_SHARE = 0.08;

function plainlyEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let common = 0;
  for (const word of words) if (COMMONEST_ENGLISH.has(word)) common++;
  return words.length > 0 && common / words.length >= PLAINLY_ENGLISH_SHARE;
}

/** The language `text` seems to be written in, or undefined when it is too short to say. */
export function detectLanguage(text: string): Language | undefined {
  if (text.length < MIN_DETECTION_LENGTH) return undefined;
  if (plainlyEnglish(text)) return ENGLISH;
  const scores = franc()(text, { only: CANDIDATES, minLength: MIN_DETECTION_LENGTH });
  const [best] = scores;
  if (!best || best[0] === 'und') return undefined;
  const english = scores.find(([code]) => code === ENGLISH.code)?.[1] ?? 0;
  if (best[0] !== ENGLISH.code && english >= ENGLISH_TIE) return ENGLISH;
  return { code: best[0], name: NAMES[best[0]] ?? best[0] };
}
