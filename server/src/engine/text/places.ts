/**
 * Place names as datelines write them: the small words inside them (Dar es Salaam, Rio de
 * Janeiro), the words of country names, and how a name in capitals is written in title case.
 */

/** Lower-case words inside place names: Dar es Salaam, Rio de Janeiro, Bosnia and Herzegovina, Stratford-upon-Avon. */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(
  'de del della des du da das do dos di el al la le les es en am an der den on upon of the and y et sur im bei ob op aan van von au aux sous'.split(' '),
);

/** A place particle followed by space, as a sticky source without groups (for the dateline scanner). */
export const PLACE_PARTICLE_PATTERN = `(?:${[...PLACE_PARTICLES].sort((a, b) => b.length - a.length).join('|')})`;

/** One-word country names and the words of longer ones, as a dateline writes them. */
const COUNTRIES = `
  afghanistan albania algeria andorra angola antigua barbuda argentina armenia australia austria
  azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
  herzegovina botswana brazil brunei bulgaria burkina faso burundi cambodia cameroon canada chad chile
  china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
  salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
  greece grenada guatemala guinea bissau guyana haiti honduras hungary iceland india indonesia iran
  iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kuwait kyrgyzstan lebanon
  lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
  malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique
  myanmar namibia nauru nepal netherlands nicaragua niger nigeria macedonia norway oman pakistan palau
  palestine panama papua paraguay peru philippines poland portugal qatar romania russia rwanda samoa
  marino senegal serbia seychelles sierra leone singapore slovakia slovenia solomon somalia sudan spain
  lanka suriname sweden switzerland syria tajikistan tanzania thailand timor togo tonga trinidad tobago
  tunisia turkey turkmenistan tuvalu uganda ukraine emirates uruguay uzbekistan vanuatu venezuela
  vietnam yemen zambia zimbabwe europe africa asia america americas oceania caribbean
`;

/** The words of country and region names, lower-cased: PERU in a dateline's brackets is a country, FAO is not. */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(COUNTRIES.trim().split(/\s+/));

/** Short names that keep their capitals in title case: USA, UK, DRC, Lao PDR, Washington DC. */
const KEEP_CAPITALS: ReadonlySet<string> = new Set(['USA', 'US', 'UK', 'UAE', 'DRC', 'PDR', 'SAR', 'EU', 'OPT', 'DC']);

/** True for a name that keeps its capitals in title case (a country in brackets written `(UK)` is still a country). */
export function keepsCapitals(name: string): boolean {
  return KEEP_CAPITALS.has(name);
}

/** True when every lower-case word of a text is a place particle: `The Hague`, `Rio de Janeiro`, `Dar es Salaam`. */
export function readsAsPlaceName(text: string): boolean {
  for (const match of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]*/gu)) {
    if (!PLACE_PARTICLES.has(match[0])) return false;
  }
  return true;
}

/** A place name in capitals written in title case: DAR ES SALAAM -> Dar es Salaam, N'DJAMENA -> N'Djamena. */
export function placeInTitleCase(name: string): string {
  let first = true;
  return name.replace(/(?:\p{L}\.){2,}|[\p{L}\p{M}]+/gu, (word, offset: number) => {
    if (/\./.test(word) || KEEP_CAPITALS.has(word)) return word;
    const lower = word.toLowerCase();
    const previous = name[offset - 1];
    const startsName = first || previous === '/' || previous === '(';
    first = false;
    if (!startsName && (previous === ' ' || previous === '-') && PLACE_PARTICLES.has(lower)) return lower;
    // "d'IVOIRE" -> "d'Ivoire": a one-letter elision before an apostrophe stays lower case after a space.
    if (!startsName && lower.length === 1 && /['’]/.test(name[offset + 1] ?? '') && previous === ' ') return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}
