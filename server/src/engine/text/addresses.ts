/**
 * Web and e-mail addresses as releases write them: one definition of each for every reader
 * that must leave them alone (the speller, the acronym scan, date-style) or read them (the
 * contact block). The contact reader also reads obfuscated forms and checks an address is
 * valid (contact/channels.ts); what counts as an address at all is decided here.
 */

/** How a web address starts: a scheme, `mailto:` or `www.`. */
const WEB_START = '(?:(?:https?|ftps?):\\/\\/|mailto:|www\\.)';

/** A web address: its start and everything up to a space, a quote, an angle bracket or a bracket. */
export const WEB_ADDRESS = `(?<![\\p{L}\\p{N}.])${WEB_START}[^\\s<>"'()[\\]{}]+`;

/** An e-mail address, also written `name[at]org[dot]int` or `name (at) org.int`. */
export const EMAIL_ADDRESS =
  "(?<![\\p{L}\\p{N}._%+'’-])[\\p{L}\\p{N}._%+'’-]+(?:@|\\s?[[({]at[\\])}]\\s?)[\\p{L}\\p{N}-]+(?:(?:\\s?[[({]dot[\\])}]\\s?|\\.)[\\p{L}\\p{N}-]+)+";

/** A cheap test that a text may hold an address: the patterns above run only where it passes. */
export const MAY_HOLD_ADDRESS = /@|[[({]at[\])}]|:\/\/|mailto:|www\./i;

/** True for a text that starts with a web address. */
export function startsWithWebAddress(text: string): boolean {
  return STARTS_WITH_WEB.test(text);
}
const STARTS_WITH_WEB = new RegExp(`^${WEB_START}`, 'i');

/** A new global pattern for one or more of the sources above (each reader keeps its own `lastIndex`). */
export function addressPattern(...sources: string[]): RegExp {
  return new RegExp(sources.join('|'), 'giu');
}
