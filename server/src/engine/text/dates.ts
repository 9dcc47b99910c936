/**
 * Calendar dates as releases write them: month names and their abbreviations, whether a
 * date exists, and the house's two date forms ("8 July 2019", "July 8, 2019").
 */
import { editDistance } from './edit-distance';
import type { StyleLanguage } from './language';

/** The two forms a house style may ask for. */
export type DateFormat = 'D MMMM YYYY' | 'MMMM D, YYYY';

/** A calendar name and the short forms writers use for it (with or without a full stop). */
interface CalendarName {
  name: string;
  abbreviations: readonly string[];
}

/**
 * The months, January first: the one table every date reader in the engine is built from.
 * "May" has no abbreviation; "Sept" is as common as "Sep".
 */
const MONTHS: readonly CalendarName[] = [
  { name: 'January', abbreviations: ['Jan'] },
  { name: 'February', abbreviations: ['Feb'] },
  { name: 'March', abbreviations: ['Mar'] },
  { name: 'April', abbreviations: ['Apr'] },
  { name: 'May', abbreviations: [] },
  { name: 'June', abbreviations: ['Jun'] },
  { name: 'July', abbreviations: ['Jul'] },
  { name: 'August', abbreviations: ['Aug'] },
  { name: 'September', abbreviations: ['Sept', 'Sep'] },
  { name: 'October', abbreviations: ['Oct'] },
  { name: 'November', abbreviations: ['Nov'] },
  { name: 'December', abbreviations: ['Dec'] },
];

/** The days of the week, Monday first. */
const WEEKDAYS: readonly CalendarName[] = [
  { name: 'Monday', abbreviations: ['Mon'] },
  { name: 'Tuesday', abbreviations: ['Tues', 'Tue'] },
  { name: 'Wednesday', abbreviations: ['Wed'] },
  { name: 'Thursday', abbreviations: ['Thurs', 'Thur', 'Thu'] },
  { name: 'Friday', abbreviations: ['Fri'] },
  { name: 'Saturday', abbreviations: ['Sat'] },
  { name: 'Sunday', abbreviations: ['Sun'] },
];

/** Month names, January first. */
export const MONTH_NAMES: readonly string[] = MONTHS.map((m) => m.name);

/** Names of the days of the week, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS.map((d) => d.name);

/** Lower-cased abbreviation (without its dot) -> month number. "May" is a full name, not one. */
const ABBREVIATIONS: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((m, i) => m.abbreviations.map((a) => [a.toLowerCase(), i + 1] as const)),
);

const FULL_NAMES: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1]));

/** `(?:January|...|Jan\.?|...)`: full names first, so that the longest form wins. */
function alternation(names: readonly CalendarName[]): string {
  const full = names.map((n) => n.name);
  const short = names.flatMap((n) => n.abbreviations.map((a) => `${a}\\.?`));
  return `(?:${[...full, ...short].join('|')})`;
}

/**
 * A capitalised month name or abbreviation, as a regular-expression source without groups
 * (needs the `u` flag). Body text writes months capitalised; "may" in lower case is the verb.
 * With the `i` flag it matches any case, as a dateline in capitals writes them.
 */
export const MONTH_PATTERN = `${alternation(MONTHS)}(?![\\p{L}\\p{N}])`;

/** A day of the month as written before or after a month: `8`, `08`, `16th` (a source without groups). */
export const DAY_PATTERN = '\\d{1,2}(?:st|nd|rd|th)?';

/** A day of the week, full or abbreviated ("Monday", "Tues."), as a source without groups (`u` flag). */
export const WEEKDAY_PATTERN = `${alternation(WEEKDAYS)}(?![\\p{L}\\p{N}])`;

/** Lower-cased names of the months and the days of the week: proper nouns every release uses. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((n) => n.toLowerCase()));

export interface MonthName {
  /** 1 to 12. */
  month: number;
  /** "Jan", "Sept." rather than the full name. */
  abbreviated: boolean;
}

/** The month a word names, in any case, with or without an abbreviation's dot; undefined if none. */
export function monthOf(word: string): MonthName | undefined {
  const lower = word.toLowerCase();
  const full = FULL_NAMES.get(lower);
  if (full !== undefined) return { month: full, abbreviated: false };
  const abbreviation = ABBREVIATIONS.get(lower.endsWith('.') ? lower.slice(0, -1) : lower);
  return abbreviation === undefined ? undefined : { month: abbreviation, abbreviated: true };
}

/**
 * Languages other than English whose month names a dateline may be written in: releases in
 * French and Spanish ("Dakar, le 19 novembre 2023", "Viena, 26 de junio de 2016").
 */
export const OTHER_DATE_LANGUAGES = ['fr', 'es'] as const satisfies readonly StyleLanguage[];
export type OtherDateLanguage = (typeof OTHER_DATE_LANGUAGES)[number];

export interface MonthInLanguage extends MonthName {
  /** Absent for English. */
  language?: OtherDateLanguage;
}

/**
 * The months in French and Spanish, January first, long and short, as Node names them (Intl):
 * lower case. Written out rather than asked of Intl when a draft first needs them: the first
 * Intl.DateTimeFormat of a process costs some 20 ms (ICU's locale data), which made a French
 * release's cold run a quarter slower than an English one. A test checks them against Intl,
 * which stays the authority.
 */
export const OTHER_MONTH_NAMES: Readonly<Record<OtherDateLanguage, { long: readonly string[]; short: readonly string[] }>> = {
  fr: {
    long: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  },
  es: {
    long: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    short: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  },
};

/** A language's month names, January first, and every form of them a date may be written in. */
interface LanguageMonths {
  names: readonly string[];
  /** Lower-cased word (full or short, without its dot, with and without accents) -> its month. */
  byWord: ReadonlyMap<string, MonthName>;
}

const MONTHS_OF_LANGUAGE = new Map<OtherDateLanguage, LanguageMonths>();

function monthsOf(language: OtherDateLanguage): LanguageMonths {
  let months = MONTHS_OF_LANGUAGE.get(language);
  if (months) return months;
  const { long, short } = OTHER_MONTH_NAMES[language];
  const byWord = new Map<string, MonthName>();
  const add = (word: string, entry: MonthName) => {
    const key = word.toLowerCase().replace(/\.$/, '');
    const plain = key.normalize('NFD').replace(/\p{M}/gu, '');
    for (const form of [key, plain]) if (!byWord.has(form)) byWord.set(form, entry);
  };
  long.forEach((name, i) => add(name, { month: i + 1, abbreviated: false }));
  short.forEach((abbreviation, i) => {
    if (abbreviation.replace(/\.$/, '') !== long[i]) add(abbreviation, { month: i + 1, abbreviated: true });
  });
  months = { names: long, byWord };
  MONTHS_OF_LANGUAGE.set(language, months);
  return months;
}

/** The month a word names in one language ("juil." in French), in any case; undefined if none. */
export function monthInLanguage(word: string, language: StyleLanguage): MonthName | undefined {
  if (language === 'en') return monthOf(word);
  const lower = word.toLowerCase();
  return monthsOf(language).byWord.get(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/**
 * The month a word names in English, French or Spanish ("July", "juillet", "julio", "juil."),
 * in any case; English first, so "mar" and "may" stay English. Undefined if none.
 */
export function monthInAnyLanguage(word: string): MonthInLanguage | undefined {
  const english = monthOf(word);
  if (english) return english;
  for (const language of OTHER_DATE_LANGUAGES) {
    const month = monthInLanguage(word, language);
    if (month) return { ...month, language };
  }
  return undefined;
}

/** The name of a month (1 to 12) in a language: "July", "juillet", "julio". */
export function monthName(month: number, language: StyleLanguage = 'en'): string {
  return (language === 'en' ? MONTH_NAMES : monthsOf(language).names)[month - 1]!;
}

/**
 * The days of the week in French and Spanish, Monday first, as Node names them (Intl): a
 * dateline may name one (`Lyon, le mercredi 14 septembre 2016`). Written out, not asked of Intl
 * at load: the dateline patterns need them on every parse, and the first Intl.DateTimeFormat of
 * a process costs some 20 ms (ICU's locale data), which every English run paid. A test checks
 * them against Intl, which stays the authority.
 */
export const OTHER_WEEKDAY_NAMES: Readonly<Record<OtherDateLanguage, readonly string[]>> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
};

/** Those days, with and without accents ("miércoles", "miercoles"): a source without groups (`u` flag). */
export const OTHER_WEEKDAY_PATTERN = (() => {
  const names = new Set<string>();
  for (const name of Object.values(OTHER_WEEKDAY_NAMES).flat()) {
    names.add(name);
    names.add(name.normalize('NFD').replace(/\p{M}/gu, ''));
  }
  return `(?:${[...names].join('|')})(?![\\p{L}\\p{N}])`;
})();

/** The month name closest to a misspelt one ("Juen" -> "June"), if one is close enough to suggest. */
export function closestMonth(word: string, language: StyleLanguage = 'en'): string | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of language === 'en' ? MONTH_NAMES : monthsOf(language).names) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance <= 2 ? best : undefined;
}

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1 to 12); without a year February may have 29. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A day of a month, the year optional (a dateline may omit it). */
export interface CalendarDate {
  day: number;
  /** 1 to 12. */
  month: number;
  year?: number;
}

/** Why a date cannot exist ("June has 30 days."), or undefined when it can. */
export function impossibility(date: CalendarDate): string | undefined {
  const { day, month, year } = date;
  if (day < 1) return 'there is no day 0.';
  const days = daysInMonth(month, year);
  if (day <= days) return undefined;
  if (month === 2 && day === 29 && year !== undefined) return `${year} is not a leap year.`;
  return `${MONTH_NAMES[month - 1]} has ${days} days.`;
}

/**
 * Writes a date in the house form: "8 July 2019" or "July 8, 2019" (the year left out if
 * unknown); in French "1er juillet 2019", in Spanish "8 de julio de 2019", whatever the format
 * (both write the day first).
 */
export function formatDate(date: CalendarDate, format: DateFormat, language: StyleLanguage = 'en'): string {
  if (language === 'fr') return [date.day === 1 ? '1er' : String(date.day), monthName(date.month, language), ...(date.year === undefined ? [] : [String(date.year)])].join(' ');
  if (language === 'es') return [String(date.day), monthName(date.month, language), ...(date.year === undefined ? [] : [String(date.year)])].join(' de ');
  const month = MONTH_NAMES[date.month - 1]!;
  if (format === 'MMMM D, YYYY') return date.year === undefined ? `${month} ${date.day}` : `${month} ${date.day}, ${date.year}`;
  return date.year === undefined ? `${date.day} ${month}` : `${date.day} ${month} ${date.year}`;
}

/** Compares two full dates: negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: Required<CalendarDate>, b: Required<CalendarDate>): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The calendar date of an instant in a fixed offset from UTC (in hours). */
export function dateAtOffset(instant: Date, offsetHours: number): Required<CalendarDate> {
  const shifted = new Date(instant.getTime() + offsetHours * 3_600_000);
  return { day: shifted.getUTCDate(), month: shifted.getUTCMonth() + 1, year: shifted.getUTCFullYear() };
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const ANY_MONTH = '([A-Za-z]{3,9}\\.?)';
/** A full date in any common form, for reading dates out of free text such as an embargo line. */
const FREE_DATE = new RegExp(
  `(?<![\\d\\p{L}])(?:${DAY}(?:\\s+of)?\\s+${ANY_MONTH},?\\s+(\\d{4})|${ANY_MONTH}\\s+${DAY},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?!\\d)`,
  'giu',
);

/** The first existing full date written in a text ("10 June 2026", "June 10, 2026", "2026-06-10"), if any. */
export function findFullDate(text: string): Required<CalendarDate> | undefined {
  return locateFullDate(text)?.date;
}

/** The same date with where it is written in the text. */
export function locateFullDate(text: string): { date: Required<CalendarDate>; range: { start: number; end: number } } | undefined {
  FREE_DATE.lastIndex = 0;
  for (let match = FREE_DATE.exec(text); match; match = FREE_DATE.exec(text)) {
    let date: Required<CalendarDate> | undefined;
    if (match[1] !== undefined) {
      const month = monthOf(match[2]!);
      if (month) date = { day: Number(match[1]), month: month.month, year: Number(match[3]) };
    } else if (match[4] !== undefined) {
      const month = monthOf(match[4]);
      if (month) date = { day: Number(match[5]), month: month.month, year: Number(match[6]) };
    } else {
      date = { day: Number(match[9]), month: Number(match[8]), year: Number(match[7]) };
    }
    if (date && date.month >= 1 && date.month <= 12 && impossibility(date) === undefined) return { date, range: { start: match.index, end: match.index + match[0].length } };
  }
  return undefined;
}
