/**
 * Channels: how a contact line says where to reach someone (labels, e-mail addresses, phone
 * numbers, handles, web addresses) and what a placeholder looks like.
 */
import type { ChannelKind } from './model';
import { addressPattern, isPhoneNumberRun, PHONE_NUMBER_RUN, startsWithWebAddress, WEB_ADDRESS } from '../../text/addresses';

export const SPACE = '[ \\t\\u00a0\\u202f\\u2007\\u200b]';
export const CHANNEL_LABELS: ReadonlyArray<[ChannelKind, RegExp]> = [
  // (English, then French and Spanish: Courriel, Tél., Correo electrónico, Teléfono, Móvil.)
  ['email', /^(?:e-?mail(?: address)?|mail|e|courriel|m[ée]l|correo(?: electr[óo]nico)?)$/iu],
  ['phone', /^(?:tel|telephone|phone|ph|mobile(?: phone)?|mob|cell(?: ?phone)?|landline|office|direct|whatsapp|t|m|p|t[ée]l|t[ée]l[ée]phone|portable|tel[ée]fono|m[óo]vil|celular)$/iu],
  ['handle', /^(?:twitter|x|twitter ?\/ ?x|x ?\/ ?twitter|instagram|facebook|linkedin|bluesky|mastodon|threads|tiktok|youtube)$/i],
  ['web', /^(?:web(?: ?site)?|site|url|w)$/i],
];
/** Labels of things that are not channels of this block: a fax number, a postal address. */
export const IGNORED_LABEL = /^(?:fax|f|address|skype)$/i;
/** `Label:` (or `Tel.`/`Tel` before a number, `Email` before an address) at the start of a segment. */
export const LABEL = new RegExp(
  `^(?:[-*•]${SPACE}+)?(\\p{L}[\\p{L} /-]{0,20}?)(?:\\.?${SPACE}*[:：]${SPACE}*|\\.?${SPACE}+(?=[+(\\d]|\\S*(?:@|\\[at\\]|\\(at\\))))`,
  'u',
);
/** A label inside a segment (`..., Email: ...`): where to cut it. */
export const INNER_LABEL = new RegExp(
  `(?<=[\\s,(])(?:e-?mail|tel|telephone|phone|mobile|mob|cell|landline|whatsapp|twitter|instagram|facebook|linkedin|bluesky|mastodon|web|website|fax|courriel|t[ée]l|t[ée]l[ée]phone|portable|correo(?: electr[óo]nico)?|tel[ée]fono|m[óo]vil)\\.?${SPACE}*[:：]`,
  'giu',
);
/** What separates channels written on one line. */
export const SEPARATOR = new RegExp(`${SPACE}*(?:[|•·;]|${SPACE}/${SPACE})${SPACE}*`, 'g');

/**
 * An address, or what was meant as one. The local part starts where its run of characters
 * starts (the lookbehind): tried from every position inside a long run, it would scan the rest
 * of the run each time (quadratic in the run's length).
 */
export const EMAIL_CANDIDATE =
  /(?:mailto:)?(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+(?:@|[ \u00a0]?(?:\[at\]|\(at\)|\{at\})[ \u00a0]?)(?:[A-Za-z0-9-]+|\[dot\]|\(dot\)|\.)+/gi;
export const VALID_EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
export const URL = addressPattern(WEB_ADDRESS);
export const HANDLE = /(?<![\w@.\/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/g;
export const PLACEHOLDER =
  /\b(?:TBC|TBD|TBA|tbc|tbd|tba|N\/A)\b|\b(?:X{3,}|x{3,})\b|\[(?!at\]|dot\]|\[?email(?: |&#160;|\u00a0)protected\])[^\]\n]{1,40}\](?!\()|\blorem(?: ipsum)?\b|<(?![^>]*(?:@|:\/\/))(?!(?:br|b|i|em|strong|span|p|div|a|u|sup|sub|small|ul|ol|li|h[1-6])\b)[A-Za-z][^>\n]{0,30}>/gi;

/** A line that carries a way to reach someone: a labelled e-mail or phone, or a bare address or number. */
const CHANNEL_LINE = /^\s*(?:(?:e-?mail|tel(?:ephone)?|phone|mobile|mob|cell|courriel|t[ée]l(?:[ée]phone)?|portable|correo(?: electr[óo]nico)?|tel[ée]fono|m[óo]vil)\.?[ \t\u00a0]*:|[^\s@]+(?:@|\[at\]|\(at\))[^\s@]+\.[a-z]{2,}\s*$)/i;

/** An e-mail address or a phone number somewhere in a line: "Enquiries: Jane Doe, jane@example.org". */
export function mentionsChannel(line: string): boolean {
  return /\S@\S+\.[a-z]{2,}/i.test(line) || phoneNumberRuns(line).length > 0;
}

/** The phone numbers of a text (text/addresses.ts says what one is). */
function phoneNumberRuns(text: string): string[] {
  return [...text.matchAll(PHONE_NUMBER_RUN)].map((m) => m[0]).filter(isPhoneNumberRun);
}

/** True for a line that is (or is labelled as) a channel: what makes trailing short lines a contact block without a heading. */
export function isChannelLine(line: string): boolean {
  if (CHANNEL_LINE.test(line)) return true;
  const [number] = phoneNumberRuns(line);
  if (number !== undefined && number === line.trim()) return true; // a bare number
  return line.length <= 120 && /\S@\S+\.[a-z]{2,}/i.test(line) && !/[.!?]\s*$/.test(line);
}

/**
 * A phone number: an optional leading +, digits grouped by spaces, dots, dashes, slashes or
 * brackets, 7 to 15 digits (E.164 allows 15), an optional extension, a note in brackets.
 */
export function isPhoneNumber(text: string): boolean {
  const number = text
    .replace(/^\(\+(\d{1,4})\)\s*/, '+$1 ') // (+43) 1 26060-4990: the country code in brackets
    .replace(/\s*\((?:[A-Za-z][A-Za-z ]*)\)\s*$/, '') // (mobile), (office)
    .replace(/\s*(?:ext\.?|extension|x)\s*\d{1,6}$/i, '')
    .trim();
  if (!/^\+?[\d \u00a0\u202f().\-/]+$/.test(number)) return false;
  // International numbers carry a country code: 8 digits at least; local ones 7.
  const digits = number.replace(/\D/g, '').length;
  if (digits < (number.startsWith('+') ? 8 : 7) || digits > 15) return false;
  let depth = 0;
  for (const char of number) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A handle as written after a network's label or bare: Twitter/X names are 1 to 15 letters,
 * digits or underscores; other networks (and a bare @handle, whose network is unknown) allow
 * dots, dashes and longer names, and Mastodon's @name@server; a profile URL is fine.
 */
export function isHandle(text: string, network?: string): boolean {
  if (startsWithWebAddress(text)) return true;
  if (network && /^(?:twitter|x|twitter ?\/ ?x|x ?\/ ?twitter)$/i.test(network)) return /^@?[A-Za-z0-9_]{1,15}$/.test(text);
  return /^@?[A-Za-z0-9_][A-Za-z0-9_.\-]{0,49}(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?$/.test(text);
}
