/** The sticky patterns the dateline scanner reads a dateline's parts with, compiled once. */
import { OTHER_WEEKDAY_PATTERN, WEEKDAY_PATTERN } from '../../text/dates';
import { PLACE_PARTICLE_PATTERN } from '../../text/places';

export const SPACE = '[ \\t\\u00a0\\r\\n]';
/** A capitalised word of a place name: St., Colo., Port-au-Prince, N'Djamena, D.C., DAKAR, EE.UU. (Spanish: Estados Unidos). */
export const PLACE_WORD = new RegExp(
  "(?:(?:\\p{Lu}\\.){2,4}|(?:\\p{Lu}{2}\\.){2}|\\p{Lu}[\\p{L}\\p{M}]*(?:['’\\-][\\p{L}\\p{M}]+)*\\.?|[a-z]['’]\\p{Lu}[\\p{L}\\p{M}]*)",
  'uy',
);
/** Lower-case words inside place names: Dar es Salaam, Rio de Janeiro, Bosnia and Herzegovina. */
export const PLACE_JOINER = new RegExp(`${PLACE_PARTICLE_PATTERN}${SPACE}+(?=\\p{Lu})`, 'uy');
/** A sentence of prose: a word or a number ending with a full stop, question or exclamation mark. */
export const PROSE_SENTENCE = /[\p{Ll}\d][.!?]["”’)]?(?:\s|$)/u;
/** Words that open a sentence rather than name a place ("On 3 May 2018, ...", "Le 15 juillet 2014, ...", "El 16 de septiembre, ..."). */
export const NOT_A_PLACE = new Set(
  [
    'On In At The This That These Those Today Yesterday Tomorrow From Since By During As After Before Last Next Between Until For With Over Each Every When While Our We Its A An It Here There Following',
    // French
    "Le La Les L Un Une Des Du Au Aux Ce Cette Ces Il Elle Nous Dans Depuis Pour Par Avec Selon Lors Après Avant Entre Aujourd Hier Demain",
    // Spanish
    'El Los Las Una Unos Unas Del Al Hoy Ayer Desde Durante Según Tras Ante Con Para Por Sobre Cuando',
  ]
    .join(' ')
    .split(' '),
);
/** A day's ordinal suffix: English `16th`, French `1er` (le premier). */
const ORDINAL = '([sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|er)';
/** A day, then its month: `3 May`, `16th of June`, `26 de junio` (Spanish), `1er mai` (French). */
export const DAY_MONTH = new RegExp(
  `(\\d{1,2})${ORDINAL}?(?:${SPACE}+(?:of|de))?${SPACE}+([\\p{L}]{3,10}\\.?)(?![\\p{L}\\p{N}])`,
  'uy',
);
export const MONTH_DAY = new RegExp(`([\\p{L}]{3,10}\\.?),?${SPACE}+(\\d{1,2})${ORDINAL}?(?![\\p{L}\\p{N}])`, 'uy');
/** The year after the month: `2019`, `, 2019`, Spanish `de 2016`. */
export const YEAR = new RegExp(`(,?)(?:${SPACE}+de)?${SPACE}*(?<=[, \\t\\u00a0\\r\\n])(\\d{4})(?![\\p{L}\\p{N}])`, 'uy');
export const SOURCE = new RegExp(`${SPACE}*(?:\\(([^()\\n]{1,40})\\)|/([^/\\s][^/\\n]{0,38})/)`, 'uy');
/** A wire service's credit in brackets right after a dash, another dash to follow: `--(BUSINESS WIRE)--`. */
export const WIRE_CREDIT = new RegExp(`[ \\t\\u00a0]*(?:--|[-‐‒–—―])[ \\t\\u00a0]*\\([^()\\n]{2,40}\\)`, 'uy');
/** The mark ending a dateline, with its spaces: `-`, `--`, an en or em dash (or two: `––`), a colon, a comma. */
export const SEPARATOR = new RegExp(`[ \\t\\u00a0]*(--|[‐‒–—―]{2}|[-‐‒–—―:,])[ \\t\\u00a0]*`, 'uy');
/** Two or more spaces before a capital where a copy from a web page lost the dash: `Geneva  On Monday, ...`. */
export const LOST_SEPARATOR = /[ \t\u00a0]{2,}(?=["“‘']?\p{Lu})/uy;
/** Between the place and the date: `, `, ` - `, French `, le ` (`Dakar, le 19 novembre 2023`, `Lyon, le mercredi 14 septembre 2016`). */
export const LINK = new RegExp(`,?${SPACE}*(?:(?:--|[-‐‒–—―])${SPACE}*)?(?:le${SPACE}+(?=\\d|${OTHER_WEEKDAY_PATTERN}))?`, 'iuy');
export const EMPHASIS = /(\*\*|__|\*|_)/y;
export const SLASH = new RegExp(`${SPACE}*/${SPACE}*`, 'y');
/** A bracket opening a whole dateline: `(PHOENIX) – `, `[HONG KONG – 31 January 2018] - `. */
export const DATELINE_OPEN = /[([][ \t\u00a0]*/y;
export const DATELINE_CLOSE = /[ \t\u00a0]*[)\]]/y;
export const OPEN_BRACKET = new RegExp(`${SPACE}*\\(${SPACE}*`, 'y');
export const CLOSE_BRACKET = new RegExp(`${SPACE}*\\)`, 'y');
export const LIST_JOINER = new RegExp(`${SPACE}*([/,])${SPACE}*`, 'y');
export const COMMA = new RegExp(`,${SPACE}*`, 'y');
export const SPACES = new RegExp(`${SPACE}+`, 'y');
/** A day of the week before a date ("Monday 8 July", "Mon., 8 July", "mercredi 14 septembre"), with what follows it up to the date. */
export const WEEKDAY = new RegExp(`(?:${WEEKDAY_PATTERN}|${OTHER_WEEKDAY_PATTERN}),?${SPACE}+`, 'iuy');
/**
 * Brackets after the place that hold a source credit, not a country: an agency's acronym
 * (`ROME (FAO), 5 May`) or a wire service (`GENEVA (Reuters), 5 May`).
 */
export const CREDIT = new RegExp(`${SPACE}*\\((\\p{Lu}{2,8}|Reuters|dpa|Xinhua|Anadolu|Kyodo|Yonhap)\\)`, 'uy');
/**
 * A trade show or conference named in capitals with its year, before the place: the wire form
 * `RSA CONFERENCE 2026, SAN FRANCISCO, April 27, 2026 -- `, `NODE.JS INTERACTIVE 2015, PORTLAND, OR. — `.
 */
export const EVENT = /\p{Lu}[\p{Lu}\p{N}.&'’-]*(?:[ \t]+[\p{Lu}\p{N}][\p{Lu}\p{N}.&'’-]*){0,5}[ \t]+(?:19|20)\d{2},[ \t]+(?=\p{Lu})/uy;
