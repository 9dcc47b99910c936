/**
 * The lines that mark where a section of a release begins or ends: an embargo line, an
 * "About" heading, an end mark. (The contact heading has a reader of its own: contact/heading.ts.)
 */

/**
 * An "About ..." or "Notes to editors" heading, in English, French or Spanish ("À propos de
 * l'UNICEF", "Note aux rédactions", "Acerca de la OPS", "Notas para los editores"): the
 * boilerplate and background follow.
 */
export const ABOUT_HEADING =
  /^(?:#{1,6}\s*)?(?:\*\*)?(?:about\b|notes? to (?:the )?editors?\b|background\b|[àa] propos d(?:e|u|es)\b|[àa] propos d['’]|notes? (?:aux|à l['’]attention des) r[ée]dactions?\b|acerca del?\b|notas? (?:para|a) (?:los |las )?(?:editores|redacciones)\b)/iu;

/** An embargo or release-time line at the top of a release. */
export const EMBARGO_LINE = /^(?:\*\*)?(?:embargo(?:ed)?\b|for immediate release\b|under embargo\b)/i;

/**
 * A label in front of the headline on the same line: `For Immediate Release: Jury Sentences ...`,
 * `Press Release: IMF to Issue ...`. Group 1 is the label with its colon and spaces.
 */
export const HEADLINE_LABEL = /^((?:\*\*)?(?:for immediate release|press release|news release|media release|media advisory|para publicaci[oó]n inmediata|comunicado de prensa|communiqu[ée] de presse)(?:\*\*)?\s*:\s*)\S/i;

/** A page's date written before its title on one line by a content system: ` date 2018-04-26 Speech to ...`. Group 1 is the date and its spaces. */
export const DATE_PREFIX = /^(\s*date:?\s+\d{4}-\d{2}-\d{2}\s+)(?=\S)/i;

/** A wire service's flag in capitals before a headline it corrects: `CORRECTING AND REPLACING Acme Announces ...`. Group 1 is the flag and its space. */
export const WIRE_FLAG = /^((?:CORRECTING AND REPLACING|CORRECTING and REPLACING|CORRECTION|UPDATED?)\s+)(?=\p{Lu}\p{Ll})/u;

/** True for the line that says when a release may be published (not one that carries the headline after a label). */
export function isEmbargoLine(text: string): boolean {
  return EMBARGO_LINE.test(text) && !HEADLINE_LABEL.test(text);
}

/**
 * End marks recognised whatever the house style says (the `end-mark` rule reports a foreign
 * one): three to six hashes, spaced or escaped in Markdown (`###`, `####`, `# # #`, `\#\#\#`),
 * `-30-`, `- 30 -`, `ENDS`, `-ENDS-`, `***END***`.
 */
const COMMON_END_MARK = /^(?:(?:\\?#[ \t]?){2,5}\\?#|-[ \t]?30[ \t]?-|-?[ \t]?ENDS[ \t]?-?|\*{3}[ \t]?END[ \t]?\*{3})$/i;

/** True when a paragraph's text is one of the end marks (the house's or a common one). */
export function isEndMark(text: string, houseMarks: readonly string[] = []): boolean {
  const mark = text.trim();
  return COMMON_END_MARK.test(mark) || houseMarks.some((m) => m.toUpperCase() === mark.toUpperCase());
}

/** The labels of a media advisory's schedule (`WHAT:`, `WHERE:`, `QUIÉN:`), in English, Spanish and French: lower-cased. */
export const ADVISORY_LABELS: ReadonlySet<string> = new Set(
  'what who when where why how time date venue location rsvp quien quién que qué cuando cuándo donde dónde hora fecha lugar quoi qui quand où lieu heure'.split(' '),
);
