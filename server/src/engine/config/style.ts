/**
 * The resolved house style: what every rule reads. A house style file
 * (`.presslint.yaml`) is merged over a built-in style into this shape by `config/load.ts`.
 */
import type { RuleSetting } from '../vocabulary';
import type { StyleLanguage } from '../text/language';

/** British, American, or British with Oxford -ize spelling (organization, recognize; analyse, colour). */
export type Dialect = 'en-GB' | 'en-US' | 'en-GB-oxendict';
export type ContactField = 'organisation' | 'name';
export type ContactChannel = 'email' | 'phone';

export interface Programme {
  /** The programme's short name, as it appears in the text (GLO.ACT). */
  name: string;
  /** Words or phrases whose presence means the release mentions the programme. */
  mentions: string[];
  /** The canonical "About" paragraph. */
  boilerplate: string;
  /** Older accepted versions: still recognised, reported as outdated. */
  previous: string[];
}

/** A house term (the terminology rule): the word the house writes instead, or a message when it forbids the term. */
export interface Term {
  /** What a fix writes in its place; undefined for a forbidden term without one. */
  replacement?: string;
  /** The house's own words for a forbidden term; undefined: "Write <replacement>, not <term>". */
  message?: string;
}

export interface HouseStyle {
  /** `recommended`, or the path of the house style file. */
  name: string;
  /**
   * The language these settings are for: drafts whose language cannot be told are taken to be
   * in it. The style lint() checks a draft with is the one for the draft's language
   * (config/languages.ts), so rules read the draft's language here.
   */
  language: StyleLanguage;
  /** Settings for drafts in other languages (or this one), from each file of the chain in order: applied over the rest. */
  languages: Readonly<Partial<Record<StyleLanguage, readonly LanguageSection[]>>>;
  /** The file this style was read from, if any (for messages and the editor). */
  file?: string;
  /** The files it extends, nearest first: a change to any of them changes the style. */
  extendedFiles?: readonly string[];
  dialect: Dialect;
  dateline: {
    /** What separates the dateline from the first sentence, spaces included. */
    separator: string;
    /** Only "D MMMM YYYY" (8 July 2019) and "MMMM D, YYYY" (July 8, 2019) are understood. */
    dateFormat: 'D MMMM YYYY' | 'MMMM D, YYYY';
    requireCountry: boolean;
    /** The oldest a dateline's date may be, in days (date-agreement); undefined: no limit. */
    maxAgeDays?: number;
  };
  acronyms: {
    /** Acronym -> official name; the built-in registry merged with the house's. */
    registry: Record<string, string>;
    /** All-caps tokens that are not acronyms to expand (PDR as in Lao PDR). */
    ignore: string[];
    /** A headline may use an acronym before the body expands it. */
    headlineExempt: boolean;
  };
  programmes: Programme[];
  contact: {
    heading: string;
    require: ContactField[];
    requireOneOf: ContactChannel[];
  };
  headline: {
    maxLength: number;
  };
  dates: {
    /** The dash a number or date range takes: "en-dash" (2015–2019) or "hyphen" (2015-2019). */
    rangeDash: 'en-dash' | 'hyphen';
  };
  embargo: {
    /** The words an embargo line opens with, in the house form "EMBARGOED UNTIL 00:01 GMT, Thursday 15 January 2026". */
    label: string;
  };
  endMark: {
    /** The end marks the house accepts; the first is the one a fix inserts. */
    marks: string[];
  };
  /** House words the spelling check accepts. */
  words: string[];
  /** Term as the house lists it -> what it writes instead (the terminology rule). */
  terms: Record<string, Term>;
  /** Groups of spellings of one word or name a release must not mix (the consistency rule). */
  variants: string[][];
  /** Severity per rule id; a rule missing here runs at its default severity. */
  rules: Record<string, RuleSetting>;
}

/** What a house style file says, before it is merged over what it extends. */
export interface StyleFileContents {
  extends?: string;
  language?: StyleLanguage;
  languages?: Partial<Record<StyleLanguage, LanguageSection>>;
  dialect?: HouseStyle['dialect'];
  dateline?: Partial<HouseStyle['dateline']>;
  acronyms?: Partial<HouseStyle['acronyms']>;
  programmes?: Array<Omit<Programme, 'mentions' | 'previous'> & Partial<Programme>>;
  contact?: Partial<HouseStyle['contact']>;
  headline?: Partial<HouseStyle['headline']>;
  dates?: Partial<HouseStyle['dates']>;
  embargo?: Partial<HouseStyle['embargo']>;
  endMark?: Partial<HouseStyle['endMark']>;
  words?: string[];
  /** null drops a term the extended style lists. */
  terms?: Record<string, string | { message: string; replacement?: string } | null>;
  variants?: string[][];
  rules?: Record<string, RuleSetting>;
}

/** What a `languages` section may set: what is written in words of the language, and the dateline's form. */
export const LANGUAGE_SECTION_KEYS = ['dateline', 'acronyms', 'programmes', 'contact', 'headline', 'embargo', 'endMark', 'words', 'terms', 'variants'] as const;

/** The settings a house style file gives for drafts in one language (`languages: { fr: ... }`). */
export type LanguageSection = Pick<StyleFileContents, (typeof LANGUAGE_SECTION_KEYS)[number]>;
