/**
 * The contact heading: the short line that introduces the contact block ("For more
 * information, please contact:", "Media contacts"), the house's own or a common one.
 */

const COMMON_CONTACT_HEADING = new RegExp(
  '^(?:#{1,6}\\s*)?(?:\\*\\*|__)?(?:' +
    [
      'for (?:more|further|additional) information',
      'media (?:contacts?|enquiries|inquiries)',
      'press (?:contacts?|enquiries|inquiries)',
      'contacts?[ \\t]*(?:\\*\\*|__)?[ \\t]*(?::|$)',
      'for media (?:enquiry|enquiries|inquiry|inquiries)',
      'media relations\\b',
      '(?:enquiries|inquiries)[ \\t]*:',
      // French and Spanish releases
      "pour (?:plus d['’]|de plus amples )informations",
      'informations compl[ée]mentaires',
      'pour toute (?:autre )?information',
      'contacts? (?:presse|m[ée]dias?)\\b',
      'para (?:m[áa]s|mayor) informaci[óo]n',
      'contactos? (?:de prensa|para (?:los )?medios)\\b',
      'contactos?[ \\t]*(?:\\*\\*|__)?[ \\t]*(?::|$)',
    ].join('|') +
    ')',
  'i',
);
/** A line that ends by asking the reader to get in touch: "To arrange an interview, please contact:" (no digits: no date, no number). */
const PLEASE_CONTACT = /^\p{Lu}[^\d\r\n]*\bplease contact[ \t]*:$/iu;
/**
 * A heading that says nothing but "contact us" in one of the common English forms: replacing it
 * by the house's loses nothing. One that names whom to contact ("… contact the UNEP
 * Newsdesk:"), says why ("To receive an advance copy …") or is in another language is not.
 */
const PLAIN_HEADING =
  /^(?:for (?:more|further|additional) information,? (?:please )?contact|for (?:more|further|additional) information|(?:media|press) (?:contacts?|enquiries|inquiries|relations)|contacts?|enquiries|inquiries|for media (?:enquiry|enquiries|inquiry|inquiries),? (?:please )?contact|for media (?:enquiry|enquiries|inquiry|inquiries))[ \t]*:?$/i;

/** True when a contact heading's words are only a common way of saying "contact" (see PLAIN_HEADING). */
export function isPlainHeading(text: string): boolean {
  return PLAIN_HEADING.test(text.trim());
}

/** Longest line taken for a heading at all. */
const MAX_HEADING_LENGTH = 100;
/** A heading ending in a colon is at most this long on a line of its own ... */
const MAX_COLON_HEADING_LENGTH = 70;
/** ... and one without a colon this long: a sentence of the body that opens "For more information ..." is not split off. */
const MAX_BARE_HEADING_LENGTH = 40;

/** Tells contact headings apart, for one house style: built once per parse. */
export class ContactHeadings {
  private readonly house: string | undefined;

  constructor(houseHeading: string | undefined) {
    this.house = houseHeading ? normaliseHeading(houseHeading) : undefined;
  }

  /** True for a short line that introduces the contact block (possibly with an entry after it). */
  isHeading(line: string): boolean {
    const trimmed = line.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_HEADING_LENGTH) return false;
    if (this.house !== undefined && normaliseHeading(trimmed) === this.house) return true;
    return COMMON_CONTACT_HEADING.test(trimmed) || PLEASE_CONTACT.test(trimmed);
  }

  /** True for a line that opens with a contact heading, however long the entry written after it. */
  opensWithHeading(line: string): boolean {
    // Only the line's opening is read: normalising a whole paragraph of a megabyte, once per
    // line, was the parser's main cost on a long one (the growth property, npm run fuzz).
    const start = line.trimStart();
    const opening = start.length <= MAX_HEADING_LENGTH ? start.trimEnd() : start.slice(0, MAX_HEADING_LENGTH);
    return COMMON_CONTACT_HEADING.test(opening) || (this.house !== undefined && normaliseHeading(opening).startsWith(this.house));
  }

  /**
   * A line that is only a contact heading ("For more information, please contact:", "Media
   * contacts"), not a contact line that starts like one ("Contact: Anna Berger, +43 ...").
   */
  isHeadingLine(line: string): boolean {
    if (!this.isHeading(line)) return false;
    const bare = line.trim().replace(/(?:\*\*|__)$/, '').trimEnd();
    if (PLEASE_CONTACT.test(bare)) return true;
    return bare.endsWith(':') ? bare.length <= MAX_COLON_HEADING_LENGTH : !bare.includes(':') && bare.length <= MAX_BARE_HEADING_LENGTH;
  }
}

/** A heading without its Markdown marks, spaces, final colon and case. */
function normaliseHeading(text: string): string {
  // Without spaces: a house heading "Press: " never matched "Press:", nor "A ( b" the "A (b"
  // the spacing rule makes of it, so the heading was inserted on every pass (fuzz).
  return text.replace(/^#+\s*/, '').replace(/[\s\u00a0]+/g, '').replace(/[:.]$/, '').toLowerCase();
}
