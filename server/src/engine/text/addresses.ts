/**
 * Web and e-mail addresses and phone numbers as releases write them: one definition of each
 * for every reader that must leave them alone (the speller, the acronym scan, date-style) or
 * read them (the contact block). The contact reader also reads obfuscated forms and checks an
 * address or a number is well formed (contact/channels.ts); what counts as one at all is
 * decided here.
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

/**
 * A run that may be a phone number: an optional `+` or bracket, then digits grouped by spaces,
 * dots, dashes, slashes or brackets, at least seven characters long. `isPhoneNumberRun` says
 * whether a run is one.
 */
export const PHONE_NUMBER_RUN = /(?<![\w+(])(?:\(\+|\+|\()?\d[\d \u00a0\u202f().\-/]{5,}\d(?![\w])/g;

/**
 * True for a run of PHONE_NUMBER_RUN that is a phone number rather than other figures: seven
 * digits at least, and nine when it does not start as numbers do (`+`, `0`, `(+43)` or an area
 * code in brackets, `(022)`), so a year range (2019-2023, (2015-2019)) or a sum (1 250 000) is
 * not one.
 */
export function isPhoneNumberRun(run: string): boolean {
  const digits = run.replace(/\D/g, '').length;
  return digits >= 7 && (digits >= 9 || /^(?:\+|0|\(\+|\(\d{1,5}\))/.test(run));
}

/** A new global pattern for one or more of the sources above (each reader keeps its own `lastIndex`). */
export function addressPattern(...sources: string[]): RegExp {
  return new RegExp(sources.join('|'), 'giu');
}
