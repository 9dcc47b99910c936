/**
 * The dialect's preferred spellings, as data. The en-GB and en-US dictionaries both accept
 * "organised" and "organized"; the house style decides which one a release uses. Each family
 * below lists the British and American stems and the endings both take; the table of every
 * inflected form is built once, when the module loads.
 *
 * Left out on purpose, because one spelling is not simply wrong in the other dialect:
 * practice/practise and license/licence as verbs in en-GB, meter (a device) and tire (to
 * weary) in en-GB, dialogue and judgement in en-US, analogue/analog, enquiry/inquiry,
 * learnt/learned, whilst, storey/story, draught/draft, cheque/check and kerb/curb in en-GB.
 */
import type { Dialect } from '../config/style';

/** A family of spellings: the British stem, the American stem, the endings both take. */
export interface SpellingFamily {
  gb: string;
  us: string;
  endings: readonly string[];
  /** Prefixes the family also takes (un-, re- ...). */
  prefixes?: readonly string[];
  /** Only enforce in a house of this dialect (the other direction is ambiguous). */
  only?: Dialect;
  /** How to tell the sense apart where one spelling has two meanings. */
  sense?: Sense;
  /** An -ise/-ize family: Oxford spelling (en-GB-oxendict) writes it the American way. */
  ize?: boolean;
}

/**
 * `computing`: "program" is the en-GB spelling for software, so it is left alone when its
 * sentence is about computers. `noun`: "license" is the en-GB verb, so only the noun (after
 * a determiner or a noun that modifies it) is changed.
 */
export type Sense = 'computing' | 'noun';

const ISE_ENDINGS = ['e', 'ed', 'es', 'ing', 'er', 'ers', 'ation', 'ations', 'able'] as const;
const ISE_PREFIXES = ['', 'un', 're', 'de', 'dis', 'non', 'pre', 'over', 'under', 'mis'] as const;

/** Verbs written -ise in en-GB and -ize in en-US (with their -isation/-ization nouns). */
const ISE_VERBS = `
  agon antagon apolog author capital categor central character civil colon computer conceptual
  contextual criminal critic custom demilitar democrat destabil digital digit dramat econom emphas empath energ equal
  familiar fertil final formal galvan general global harmon hospital hypothes ideal immun incentiv
  industrial institutional internal international item jeopard legal legitim liberal local
  marginal maxim mechan memor militar minim mobil modern monet monopol national natural neutral
  normal operational optim organ ostrac patron penal personal plagiar polar popular priorit privat public
  random rational real recogn regular revital sanit scrutin sensit social special stabil standard
  steril stigmat subsid summar symbol sympath synchron synthes systemat terror theor traumat union
  urban util vandal victim visual vocal western
`
  .trim()
  .split(/\s+/);

/** Families other than the -ise verbs. */
const FAMILIES: readonly SpellingFamily[] = [
  { gb: 'organis', us: 'organiz', endings: ['ational', 'ationally'], prefixes: ['', 're', 'dis'], ize: true },
  // -yse / -yze; not "analyses", the plural of "analysis" in both dialects
  ...['anal', 'paral', 'catal', 'dial'].map((stem): SpellingFamily => ({ gb: `${stem}ys`, us: `${stem}yz`, endings: ['e', 'ed', 'ing', 'er', 'ers'] })),
  // -our / -or
  { gb: 'colour', us: 'color', endings: ['', 's', 'ed', 'ing', 'ful', 'fully', 'less', 'ation'], prefixes: ['', 'dis', 'multi', 'water'] },
  { gb: 'honour', us: 'honor', endings: ['', 's', 'ed', 'ing', 'able', 'ably'], prefixes: ['', 'dis'] },
  { gb: 'favour', us: 'favor', endings: ['', 's', 'ed', 'ing', 'able', 'ably', 'ite', 'ites', 'itism'], prefixes: ['', 'un'] },
  { gb: 'behaviour', us: 'behavior', endings: ['', 's', 'al', 'ally'], prefixes: ['', 'mis'] },
  { gb: 'labour', us: 'labor', endings: ['', 's', 'ed', 'ing', 'er', 'ers'] },
  { gb: 'neighbour', us: 'neighbor', endings: ['', 's', 'ing', 'hood', 'hoods', 'ly', 'liness'] },
  { gb: 'harbour', us: 'harbor', endings: ['', 's', 'ed', 'ing'] },
  { gb: 'humour', us: 'humor', endings: ['', 's', 'ed', 'less'] },
  { gb: 'rumour', us: 'rumor', endings: ['', 's', 'ed'] },
  { gb: 'endeavour', us: 'endeavor', endings: ['', 's', 'ed', 'ing'] },
  { gb: 'flavour', us: 'flavor', endings: ['', 's', 'ed', 'ing', 'ful', 'less'] },
  { gb: 'savour', us: 'savor', endings: ['', 's', 'ed', 'ing', 'y'] },
  { gb: 'armour', us: 'armor', endings: ['', 'ed', 'y'] },
  { gb: 'clamour', us: 'clamor', endings: ['', 's', 'ed', 'ing'] },
  { gb: 'parlour', us: 'parlor', endings: ['', 's'] },
  { gb: 'saviour', us: 'savior', endings: ['', 's'] },
  ...['vigour', 'vapour', 'tumour', 'odour', 'candour', 'valour', 'rigour', 'splendour', 'demeanour', 'fervour', 'ardour'].map(
    (gb): SpellingFamily => ({ gb, us: gb.replace(/our$/, 'or'), endings: ['', 's'] }),
  ),
  // -re / -er
  { gb: 'centre', us: 'center', endings: ['', 's'], prefixes: ['', 'epi'] },
  { gb: 'centred', us: 'centered', endings: [''] },
  { gb: 'centring', us: 'centering', endings: [''] },
  ...['theatre', 'fibre', 'litre', 'kilometre', 'centimetre', 'millimetre', 'calibre', 'sombre', 'spectre', 'lustre', 'meagre', 'sabre'].map(
    (gb): SpellingFamily => ({ gb, us: gb.replace(/re$/, 'er'), endings: ['', 's'] }),
  ),
  { gb: 'metre', us: 'meter', endings: ['', 's'], only: 'en-US' },
  { gb: 'manoeuvre', us: 'maneuver', endings: ['', 's'] },
  { gb: 'manoeuvred', us: 'maneuvered', endings: [''] },
  { gb: 'manoeuvring', us: 'maneuvering', endings: [''] },
  // -ce / -se
  { gb: 'defence', us: 'defense', endings: ['', 's', 'less'] },
  { gb: 'offence', us: 'offense', endings: ['', 's'] },
  { gb: 'pretence', us: 'pretense', endings: ['', 's'] },
  { gb: 'licence', us: 'license', endings: ['', 's'], sense: 'noun' },
  { gb: 'practis', us: 'practic', endings: ['e', 'ed', 'es', 'ing'], only: 'en-US' },
  // doubled l before a suffix in en-GB
  ...['travell', 'cancell', 'labell', 'modell', 'fuell', 'signall', 'channell', 'counsell', 'levell', 'marvell', 'totall', 'diall', 'equall', 'quarrell', 'rivall', 'tunnell', 'jewell', 'shovell', 'snorkell', 'grovell'].map(
    (gb): SpellingFamily => ({ gb, us: gb.slice(0, -1), endings: ['ed', 'ing', 'er', 'ers'] }),
  ),
  { gb: 'counsellor', us: 'counselor', endings: ['', 's'] },
  { gb: 'marvellous', us: 'marvelous', endings: ['', 'ly'] },
  { gb: 'jewellery', us: 'jewelry', endings: [''] },
  { gb: 'woollen', us: 'woolen', endings: ['', 's'] },
  // single l in en-GB
  { gb: 'enrolment', us: 'enrollment', endings: ['', 's'] },
  { gb: 'enrol', us: 'enroll', endings: ['', 's'] },
  { gb: 'fulfilment', us: 'fulfillment', endings: ['', 's'] },
  { gb: 'fulfil', us: 'fulfill', endings: ['', 's'] },
  { gb: 'instalment', us: 'installment', endings: ['', 's'] },
  { gb: 'distil', us: 'distill', endings: ['', 's'] },
  { gb: 'skilful', us: 'skillful', endings: ['', 'ly', 'ness'] },
  { gb: 'wilful', us: 'willful', endings: ['', 'ly', 'ness'] },
  // programme / program: "computer program" is en-GB too
  { gb: 'programme', us: 'program', endings: ['', 's'], sense: 'computing' },
  // -ogue / -og
  { gb: 'catalogue', us: 'catalog', endings: ['', 's'] },
  { gb: 'catalogued', us: 'cataloged', endings: [''] },
  { gb: 'cataloguing', us: 'cataloging', endings: [''] },
  { gb: 'dialogue', us: 'dialog', endings: ['', 's'], only: 'en-GB', sense: 'computing' },
  // ae, oe
  { gb: 'paediatric', us: 'pediatric', endings: ['', 's', 'ian', 'ians'] },
  { gb: 'anaemi', us: 'anemi', endings: ['a', 'c'] },
  { gb: 'anaesthe', us: 'anesthe', endings: ['tic', 'tics', 'sia', 'tist', 'tists'] },
  { gb: 'haemorrhag', us: 'hemorrhag', endings: ['e', 'es', 'ed', 'ing', 'ic'] },
  { gb: 'haemoglobin', us: 'hemoglobin', endings: [''] },
  { gb: 'leukaemia', us: 'leukemia', endings: [''] },
  { gb: 'diarrhoea', us: 'diarrhea', endings: ['', 'l'] },
  { gb: 'gynaecolog', us: 'gynecolog', endings: ['y', 'ist', 'ists', 'ical'] },
  { gb: 'orthopaedic', us: 'orthopedic', endings: ['', 's'] },
  { gb: 'oestrogen', us: 'estrogen', endings: [''] },
  { gb: 'oesophag', us: 'esophag', endings: ['us', 'eal'] },
  { gb: 'foet', us: 'fet', endings: ['us', 'uses', 'al'] },
  // others
  { gb: 'ageing', us: 'aging', endings: [''] },
  { gb: 'grey', us: 'gray', endings: ['', 's', 'er', 'est', 'ish', 'ness'] },
  { gb: 'plough', us: 'plow', endings: ['', 's', 'ed', 'ing'] },
  { gb: 'sceptic', us: 'skeptic', endings: ['', 's', 'al', 'ally', 'ism'] },
  { gb: 'mould', us: 'mold', endings: ['', 's', 'ed', 'ing', 'y'] },
  { gb: 'smoulder', us: 'smolder', endings: ['', 's', 'ed', 'ing'] },
  { gb: 'aluminium', us: 'aluminum', endings: [''] },
  { gb: 'sulphur', us: 'sulfur', endings: ['', 'ic', 'ous'] },
  { gb: 'pyjama', us: 'pajama', endings: ['', 's'] },
  { gb: 'moustache', us: 'mustache', endings: ['', 's', 'd'] },
  { gb: 'cosy', us: 'cozy', endings: [''] },
  { gb: 'tyre', us: 'tire', endings: ['', 's'], only: 'en-US' },
  { gb: 'kerb', us: 'curb', endings: ['', 's'], only: 'en-US' },
  { gb: 'cheque', us: 'check', endings: ['', 's'], only: 'en-US' },
];

/** Every family, -ise verbs included: the documented list. */
export const SPELLING_FAMILIES: readonly SpellingFamily[] = [
  ...ISE_VERBS.map((stem): SpellingFamily => ({ gb: `${stem}is`, us: `${stem}iz`, endings: ISE_ENDINGS, prefixes: ISE_PREFIXES, ize: true })),
  ...FAMILIES,
];

interface Preference {
  preferred: string;
  sense?: Sense;
}

/**
 * Lower-case form -> the preferred form in a house of `dialect`: some 10,000 forms, built on
 * first use for that dialect only, so a run without spelling builds none (it cost 30-90 ms at
 * load when all three were built there).
 */
const TABLES = new Map<Dialect, ReadonlyMap<string, Preference>>();
function tableOf(dialect: Dialect): ReadonlyMap<string, Preference> {
  let table = TABLES.get(dialect);
  if (table) return table;
  const built = new Map<string, Preference>();
  for (const family of SPELLING_FAMILIES) {
    for (const prefix of family.prefixes ?? ['']) {
      for (const ending of family.endings.length > 0 ? family.endings : ['']) {
        const gb = `${prefix}${family.gb}${ending}`;
        const us = `${prefix}${family.us}${ending}`;
        if (dialect === 'en-GB') {
          if (family.only !== 'en-US' && !built.has(us)) built.set(us, { preferred: gb, sense: family.sense });
        } else if (dialect === 'en-US') {
          // The senses are British distinctions: an en-US house writes "program" and "license" throughout.
          if (family.only !== 'en-GB' && !built.has(gb)) built.set(gb, { preferred: us });
        } else if (family.ize) {
          // Oxford spelling: British, but -ize (organization, recognize); -yse, -our, -re stay British.
          if (!built.has(gb)) built.set(gb, { preferred: us });
        } else if (family.only !== 'en-US' && !built.has(us)) built.set(us, { preferred: gb, sense: family.sense });
      }
    }
  }
  table = built;
  TABLES.set(dialect, table);
  return table;
}

/** What the dialect check needs to know about where a word stands. */
export interface DialectContext {
  /** The word before, lower-cased, if only spaces separate them. */
  previousWord?: string;
  /** The sentence the word is in (computed only when a sense has to be told apart). */
  sentence(): string;
}

/**
 * The house's spelling of `lowerWord` (lower case) when the dialect prefers another one,
 * or undefined when the word is fine as it is.
 */
export function preferredSpelling(lowerWord: string, dialect: Dialect, context: DialectContext): string | undefined {
  const preference = tableOf(dialect).get(lowerWord);
  if (!preference) return undefined;
  if (preference.sense === 'computing' && COMPUTING.test(context.sentence())) return undefined;
  if (preference.sense === 'noun' && !(context.previousWord && NOUN_CONTEXT.has(context.previousWord))) return undefined;
  return preference.preferred;
}

/** True if the word is spelt the other dialect's way in some context (a cheap first test). */
export function mayBeVariant(lowerWord: string, dialect: Dialect): boolean {
  return tableOf(dialect).has(lowerWord);
}

/** The house's spelling of a word spelt the other dialect's way in any context (for suggestions). */
export function dialectVariant(lowerWord: string, dialect: Dialect): string | undefined {
  const preference = tableOf(dialect).get(lowerWord);
  return preference && !preference.sense ? preference.preferred : undefined;
}

/** A sentence about software: "program" and "dialog" stay as they are in en-GB. */
const COMPUTING =
  /\b(?:computers?|software|apps?|applications?|code|coding|coders?|cyber\w*|malware|antivirus|viruse?s?|install(?:ed|s|ing)?|download(?:ed|s|ing)?|executables?|scripts?|spreadsheets?|algorithms?|programming|programmers?|compil(?:e|ed|er|ing)|databases?|windows?|box(?:es)?|click(?:ed|s)?|screens?|user interface)\b/i;

/** Words before "license" that make it a noun (an en-GB licence): determiners and modifiers. */
const NOUN_CONTEXT = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'no', 'any',
  'each', 'every', 'valid', 'new', 'driving', "driver's", 'operating', 'export', 'import', 'business', 'work', 'trading',
  'software', 'open', 'broadcasting', 'fishing', 'mining', 'exploration', 'marriage', 'gun', 'firearms', 'pilot', 'full',
  'provisional', 'temporary', 'permanent', 'special', 'general', 'individual', 'creative', 'commons',
]);

/** `preferred` written with the capitals of `original` (Organized -> Organised). */
export function matchCase(original: string, preferred: string): string {
  if (original === original.toUpperCase() && /\p{Lu}/u.test(original)) return preferred.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return preferred.charAt(0).toUpperCase() + preferred.slice(1);
  return preferred;
}

/** How many forms the table holds per dialect (for the docs and a sanity test). */
export function dialectTableSize(dialect: Dialect): number {
  return tableOf(dialect).size;
}

/**
 * Spelling changes between the dialects that hold across the language (en-US -> en-GB), for
 * words the table above does not list: "misdemeanor" -> "misdemeanour", "reionize" ->
 * "reionise", "armories" -> "armouries". A change counts only when the house dictionary knows
 * its result and does not know the word (see `regularVariant`), so a rule that overreaches
 * ("actor" -> "actour") is never used.
 */
/** Each regular change: the American and the British spelling, the endings after them, and what must come before. */
const REGULAR_CHANGES: ReadonlyArray<{ us: string; gb: string; endings: string; after?: string }> = [
  { us: 'or', gb: 'our', endings: '(s|ed|ing|al|ally|ite|ites|ful|less|ies|y)?' },
  { us: 'iz', gb: 'is', endings: '(e|es|ed|ing|ation|ations|er|ers)' },
  { us: 'yz', gb: 'ys', endings: '(e|es|ed|ing|er|ers)' },
  { us: 'er', gb: 're', endings: '(s)?', after: '[^aeiou]' },
  { us: 'el', gb: 'ell', endings: '(ed|ing|er|ers)' },
  { us: 'og', gb: 'ogue', endings: '(s)?' },
  { us: 'ense', gb: 'ence', endings: '(s)?' },
];

/** The changes towards one dialect, as patterns and their replacements. */
function changesTo(dialect: Dialect): ReadonlyArray<readonly [RegExp, string]> {
  // Oxford spelling takes the British changes but -iz -> -is (and gives -is -> -iz its own table above).
  const changes = dialect === 'en-GB-oxendict' ? REGULAR_CHANGES.filter((change) => change.us !== 'iz') : REGULAR_CHANGES;
  return changes.map(({ us, gb, endings, after }) => {
    const [from, to] = dialect === 'en-US' ? [gb, us] : [us, gb];
    return [new RegExp(`${after ? `(?<=${after})` : ''}${from}${endings}$`), `${to}$1`] as const;
  });
}
const CHANGES: Readonly<Record<Dialect, ReadonlyArray<readonly [RegExp, string]>>> = {
  'en-GB': changesTo('en-GB'),
  'en-US': changesTo('en-US'),
  'en-GB-oxendict': changesTo('en-GB-oxendict'),
};

/** The dialect whose dictionary tells English the house's lacks from a typo: British for American, American for British. */
export function otherDialectOf(dialect: Dialect): Dialect {
  return dialect === 'en-US' ? 'en-GB' : 'en-US';
}

/**
 * The house's spelling of a word its dictionary does not know but the other dialect's does,
 * by the regular changes between the dialects, when the house dictionary knows the result;
 * undefined when no change gives a house word ("judgment", "onsite": English the house
 * dictionary lacks, left alone).
 */
export function regularVariant(lowerWord: string, dialect: Dialect, isHouseWord: (word: string) => boolean): string | undefined {
  // A fragment of three letters is no spelling of a word ("disas ter" made "tre", which the
  // dictionary lists: found by the fuzzer); the shortest real pair is odor/odour.
  if (lowerWord.length < 4) return undefined;
  for (const [pattern, replacement] of CHANGES[dialect]) {
    if (!pattern.test(lowerWord)) continue;
    const candidate = lowerWord.replace(pattern, replacement);
    if (candidate !== lowerWord && isHouseWord(candidate)) return candidate;
  }
  return undefined;
}
