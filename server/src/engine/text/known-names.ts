/**
 * Proper nouns a release uses all the time. Spelling takes a capitalised word the dictionary
 * does not know for a name, unless it is one slip away from a common word or from one of these:
 * "Septmber" and "Brazl" are typos, "Nyanenkova" is a name. The dateline parser tells a country
 * in brackets from a source credit with them.
 */
const MONTHS = 'january february march april may june july august september october november december';
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
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

/** Lower-cased. */
export const KNOWN_NAMES: ReadonlySet<string> = new Set(`${MONTHS} ${WEEKDAYS} ${COUNTRIES}`.trim().split(/\s+/));

/** The words of country and region names, lower-cased: PERU in a dateline's brackets is a country, FAO is not. */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(COUNTRIES.trim().split(/\s+/));
