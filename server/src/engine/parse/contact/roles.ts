/** Roles: whether a piece of a contact line is an organisation, a person's name or a title. */
import type { LineParts, PersonRole } from './model';

/** Any of the alternatives (regular-expression sources joined by |) as a whole word, in any case ("comité" too: no \\b). */
function wordsPattern(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
}

/** Words organisations are named with, in English, then in French and Spanish. */
const ORG_WORD = wordsPattern(
  'office|ministry|department|agency|programme|program|organi[sz]ation|fund|foundation|council|commission|union|nations|bank|institute|university|centre|center|association|society|group|trust|network|mission|embassy|committee|secretariat|alliance|federation|coalition|partnership|consortium|co-?operative|initiative|board|observatory|laboratory|corporation|company|inc|ltd|llc|plc|gmbh|ag|sa|ngo|unit|division|directorate|bureau|authority|government|police|court|school|hospital|press office|newsroom',
  'minist[èe]re|ministerio|d[ée]partement|departamento|agence|agencia|programa|organizaci[óo]n|fonds|fondo|fondation|fundaci[óo]n|conseil|consejo|comisi[óo]n|uni[óo]n|naciones|banque|banco|institut|instituto|universit[ée]|universidad|centro|soci[ée]t[ée]|sociedad|groupe|grupo|r[ée]seau|misi[óo]n|ambassade|embajada|comit[ée]|secr[ée]tariat|secretar[íi]a|alianza|f[ée]d[ée]ration|federaci[óo]n|coalici[óo]n|gouvernement|gobierno|oficina|autorit[ée]|autoridad|entreprise|empresa|service|servicio',
);
/** True when a name holds a word organisations are named with ("Trust", "Ministry", "Inc"). */
export function hasOrganisationWord(text: string): boolean {
  return ORG_WORD.test(text);
}
/** Words of a person's title, in English, then in French and Spanish. */
const TITLE_WORD = wordsPattern(
  'officer|manager|director|spokesperson|spokesman|spokeswoman|head|chief|adviser|advisor|specialist|co-?ordinator|consultant|assistant|associate|secretary|press|media|communications?|public information|representative|analyst|lead|president|chair|editor|editors|journalist|contact|contacts|spokes',
  'porte-parole|charg[ée]e? de|attach[ée]e? de presse|directeur|directrice|responsable|presse|portavoz|jef[ae]|directora?|coordinadora?|comunicaci[óo]n|prensa',
);
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|h\.?e\.?)\.?$/i;
const PARTICLE = /^(?:de|da|das|do|dos|du|del|della|der|den|di|van|von|bin|binti|al|el|la|le|ibn|y|zu|ter|ten)$/;
const ADDRESS_WORD =
  /\b(?:street|st\.|avenue|ave\.|road|rd\.|plaza|floor|building|p\.?\s?o\.?\s?box|box|suite|square|place|boulevard|blvd|strasse|straße|str\.|platz|gasse|house|lane|way)\b/i;

/** What a piece of a contact line is: its words say, then its place ("Organisation: Name"). */
export function textRole(text: string, side: 'left' | 'right' | 'any', nameFollows: boolean): PersonRole | undefined {
  const acronym = /(?:^|[\s(])\p{Lu}[\p{Lu}\d.&-]*\p{Lu}(?=$|[\s),'’])/u.test(text);
  const org = acronym || ORG_WORD.test(text);
  const title = TITLE_WORD.test(text);
  const name = isPersonName(text);
  if (side === 'left') {
    if (title && !org) return 'title';
    if (org || nameFollows) return 'organisation';
    // "Jane Doe: +41 ..." is a name; "Follow us on Twitter: @..." is nobody.
    return name ? 'name' : undefined;
  }
  if (org && !(title && /^(?:head|chief|director|officer)\b/i.test(text))) return 'organisation';
  if (title) return 'title';
  if (name) return 'name';
  return undefined;
}

/** A placeholder's place: `[Organisation]: [Name]`, or what its word asks for. */
export function placeholderRole(text: string, side: 'left' | 'right' | 'any', parts: LineParts): PersonRole | undefined {
  // "[email]", "[phone number]", "[email protected]" (a web page's hidden address): a channel to fill in, not a person.
  if (/e-?mail|phone|tel\b|mobile|number/i.test(text)) return undefined;
  if (/org|company|agency|employer/i.test(text)) return 'organisation';
  if (/title|position|role|job/i.test(text)) return 'title';
  if (/name|person|contact|spokes/i.test(text)) return 'name';
  if (side === 'left') return 'organisation';
  return parts.name ? (parts.organisation ? 'title' : 'organisation') : 'name';
}

/** Two to five capitalised words (particles and initials allowed), or one capitalised word. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/[\s\u00a0]+/);
  while (words.length > 1 && HONORIFIC.test(words[0]!)) words.shift();
  if (words.length === 0 || words.length > 5 || text.length > 50 || /\d/.test(text)) return false;
  return words.every(
    (word) => PARTICLE.test(word) || /^\p{Lu}\.$/u.test(word) || /^\p{Lu}(?:[\p{Ll}'’.\-]|\p{Lu}(?=\p{Ll}))*$/u.test(word),
  );
}

export function isAddress(text: string): boolean {
  return (/\d/.test(text) && ADDRESS_WORD.test(text)) || /(?:^|[\s,])\d{4,6}(?:[\s,]|$)/.test(text);
}
