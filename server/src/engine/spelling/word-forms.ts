/**
 * Regular word forms the dictionaries do not list, built from words they do: a prefix written
 * solid, a regular plural.
 */

/**
 * A word made of a prefix and a word of five letters or more, written solid: interagency,
 * multistakeholder, counterterrorism, predeparture, remerge, reionize. Not co- or un-:
 * "comission" and "untill" would pass as co+mission and un+till.
 */
const PREFIXED = /^(anti|counter|cross|cyber|inter|intra|macro|micro|multi|non|post|pre|re|socio|sub|supra|trans|agro|bio|eco|geo|tele)-?(\p{L}{5,})$/iu;

/**
 * A regular plural of a word of five letters or more the dictionary has: frontlines, toolkits.
 * Not after y, s, x or z, whose plurals are written otherwise ("studys", "boxs" stay typos).
 */
const REGULAR_PLURAL = /^(\p{L}{4,}[^\Wsxyz_\d])s$/iu;

/** True for a word formed regularly from one `has` knows: interagency, remerge, frontlines. */
export function knownForm(key: string, has: (word: string) => boolean): boolean {
  const prefixed = PREFIXED.exec(key);
  if (prefixed && has(prefixed[2]!)) return true;
  const plural = REGULAR_PLURAL.exec(key);
  return plural !== null && has(plural[1]!);
}
