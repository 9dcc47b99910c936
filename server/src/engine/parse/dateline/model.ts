/** What the dateline parser reads out of a dateline: its parts, each with its exact range. */
import type { TextRange } from '../../vocabulary';
import type { OtherDateLanguage } from '../../text/dates';
import type { Block } from '../blocks';

/** A piece of the dateline and where it is. */
export interface DatelineSpan {
  text: string;
  range: TextRange;
}

/** A place or country name; several are joined by "/" (Vienna/Lima) or "," (Denver, Colo.). */
export interface DatelinePlace extends DatelineSpan {
  /** How this name joins the one before it; absent on the first. */
  joiner?: '/' | ',';
}

export interface DatelineDate extends DatelineSpan {
  /** A day of the week written before the date ("Monday", "Mon."), which the house form leaves out. */
  weekday?: DatelineSpan;
  /** The day as written, ordinal included ("16th", "04"). */
  day: DatelineSpan & { value: number; ordinal?: string };
  /**
   * The month word as written; `value` is undefined when the word names no month ("Juen"),
   * `language` says when it is French or Spanish ("novembre", "junio").
   */
  month: DatelineSpan & { value?: number; abbreviated: boolean; language?: OtherDateLanguage };
  year?: DatelineSpan & { value: number };
  /** "3 May" is day-month; "May 3" is month-day. */
  order: 'day-month' | 'month-day';
  /** A comma between the day or month and the year ("21 MAY, 2016", "March 9, 2023"). */
  commaBeforeYear: boolean;
  /** Written in brackets after the place: `NEW YORK (September 25, 2025) — `. */
  inBrackets?: boolean;
}

export interface ParsedDateline {
  /** The paragraph the dateline opens: the lead. */
  block: Block;
  /** From the dateline's first character to the end of its separator mark (spaces after it excluded). */
  range: TextRange;
  /** The city or cities (Vienna/Lima); empty when a date-first dateline names no place. */
  places: DatelinePlace[];
  /** Country, state or region names after the place, in brackets or after commas. */
  countries: DatelinePlace[];
  countryInBrackets: boolean;
  /**
   * What joins the place part and the date: ", " in the house form; " " or " - " in others.
   * In a date-first dateline, what stands between the date and the place.
   */
  link?: DatelineSpan;
  /** Absent only in a wire-style dateline without a date (`GENEVA (Reuters) - `). */
  date?: DatelineDate;
  dateFirst: boolean;
  /** A trade show or conference named before the place (`RSA CONFERENCE 2026`), its comma excluded. */
  event?: DatelineSpan;
  /** A source credit: `(FAO)` or `/PRNewswire/`. */
  source?: DatelineSpan;
  /** The mark ending the dateline with the spaces around it (" - ", "--", ": "); absent if none. */
  separator?: DatelineSpan;
  /** The dateline stands on its own line, the first sentence on the next line or paragraph. */
  ownLine: boolean;
  /** Brackets around the whole dateline (`(PHOENIX) – `, `[HONG KONG – 31 January 2018] - `). */
  brackets?: { open: DatelineSpan; close: DatelineSpan };
  /** Markdown emphasis around the whole dateline (`**Accra, Ghana, 3 May 2018** - `). */
  emphasis?: { open: DatelineSpan; close: DatelineSpan };
  /** Where the first sentence begins; undefined when nothing follows the dateline. */
  bodyStart?: number;
}

