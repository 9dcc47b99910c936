/**
 * The language a draft is written in, and so which of the house style's languages checks it.
 * Said by the draft itself first (front matter `lang: fr`, a file name `draft.fr.release.md`),
 * else read from its prose by the detector, else the house style's `language` (a folder's style
 * can set it: a draft too short to tell is taken to be in the folder's language).
 */
import { DerivedKey } from '../derived';
import { detectLanguage, styleLanguageOf, styleLanguageOfTag, type Language, type StyleLanguage } from '../text/language';
import { proseOf } from './blocks';
import type { DraftDocument } from './document';
import type { HouseStyle } from '../config/style';

/** How much prose the detector reads: enough to be sure, little enough to stay quick on a long draft. */
const SAMPLE_LENGTH = 3000;

/** The language a draft is checked in. */
export interface DraftLanguage {
  /** One of the house style's languages; undefined when the draft is in another (German, say). */
  code?: StyleLanguage;
  /** The language detected from the prose, when it is not one of the style's (for the message). */
  other?: Language;
  source: 'front matter' | 'file name' | 'detected' | 'house style';
}

const DETECTED = new DerivedKey<Language | undefined>('the language detected in the draft');
const RESOLVED = new DerivedKey<DraftLanguage>('the language the draft is checked in');

/** The language of the draft's headline and body, or undefined when they are too short to tell. */
export function detectedLanguage(doc: DraftDocument): Language | undefined {
  return doc.derived.get(DETECTED, () => {
    let sample = '';
    for (const block of doc.blocks) {
      if (block.kind !== 'headline' && block.kind !== 'subheadline' && block.kind !== 'body') continue;
      sample += `${proseOf(block)}\n`;
      if (sample.length >= SAMPLE_LENGTH) break;
    }
    return detectLanguage(sample.slice(0, SAMPLE_LENGTH));
  });
}

/** The `lang:` (or `language:`, `locale:`) of the front matter, if it names a style language. */
function frontMatterLanguage(doc: DraftDocument): StyleLanguage | undefined {
  if (!doc.frontMatter) return undefined;
  const tag = /^(?:lang|language|locale)[ \t]*:[ \t]*["']?([A-Za-z0-9_-]+)["']?[ \t]*$/m.exec(doc.text.slice(doc.frontMatter.start, doc.frontMatter.end))?.[1];
  return tag === undefined ? undefined : styleLanguageOfTag(tag);
}

/** The language a file name gives before its extension: `draft.fr.release.md`, `notice.es.txt`. */
export function fileNameLanguage(path: string | undefined): StyleLanguage | undefined {
  if (!path) return undefined;
  const tag = /\.([a-z]{2}(?:[-_][a-z0-9]{2,4})?)(?:\.release)?\.(?:md|markdown|txt)$/i.exec(path.split(/[\\/]/).pop()!)?.[1];
  return tag === undefined ? undefined : styleLanguageOfTag(tag);
}

/**
 * The language the draft is checked in under `style`, worked out once per document: lint()
 * asks first, with the draft's path; the rules ask again and get the same answer.
 */
export function draftLanguage(doc: DraftDocument, style: Pick<HouseStyle, 'language'>, draftPath?: string): DraftLanguage {
  return doc.derived.get(RESOLVED, () => {
    const declared = frontMatterLanguage(doc);
    if (declared) return { code: declared, source: 'front matter' };
    const named = fileNameLanguage(draftPath);
    if (named) return { code: named, source: 'file name' };
    const detected = detectedLanguage(doc);
    if (detected) {
      const code = styleLanguageOf(detected);
      return code ? { code, source: 'detected' } : { other: detected, source: 'detected' };
    }
    return { code: style.language, source: 'house style' };
  });
}

/**
 * True when the draft is written in the language its style is for: the style lint() checks a
 * draft with is the house style for the draft's language (config/languages.ts), so this is false
 * only for a draft in a language the house style has no settings for.
 */
export function inStyleLanguage(doc: DraftDocument, style: Pick<HouseStyle, 'language'>): boolean {
  return draftLanguage(doc, style).code === style.language;
}

/** True when the draft is checked in English: the checks that read English words (acronym definitions, weekdays) ask this. */
export function inEnglish(doc: DraftDocument, style: Pick<HouseStyle, 'language'>): boolean {
  return draftLanguage(doc, style).code === 'en';
}
