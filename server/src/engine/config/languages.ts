/**
 * The house style for drafts in one language: the style's settings with its `languages`
 * sections for that language applied over them, from every file of the `extends` chain in order
 * (the built-in style's French section first, the house's own last). A section wins over the
 * top-level settings whichever file they come from: a house that changes its English contact
 * heading does not thereby change the French one.
 */
import { deepFreeze, derivedFrom, DerivedKey } from '../derived';
import { STYLE_LANGUAGES, type StyleLanguage } from '../text/language';
import { mergeStyle } from './parse';
import type { HouseStyle } from './style';

const FOR_LANGUAGE = new Map(STYLE_LANGUAGES.map((code) => [code, new DerivedKey<HouseStyle>(`the house style for drafts in ${code}`)]));

/** The style a draft in `language` is checked with; the style itself when it has nothing for that language. */
export function styleForLanguage(style: HouseStyle, language: StyleLanguage): HouseStyle {
  const sections = style.languages[language] ?? [];
  if (language === style.language && sections.length === 0) return style;
  return derivedFrom(style).get(FOR_LANGUAGE.get(language)!, () => {
    // The sections are applied once: the result has none left, so asking it again returns it.
    let resolved: HouseStyle = deepFreeze({ ...style, language, languages: {} });
    for (const section of sections) resolved = mergeStyle(resolved, section, style.name, style.file);
    // (A merge keeps no list of extended files: the editor watches them.)
    return style.extendedFiles ? deepFreeze({ ...resolved, extendedFiles: style.extendedFiles }) : resolved;
  });
}
