/**
 * The `date-agreement` rule: the dates of a release agree with each other and with the
 * calendar. A weekday beside a date is that date's weekday (the dateline's, the body's, the
 * embargo line's; a date without a year is read in the release's year); the embargo line's
 * time zone is the one in force on its date (BST in summer, GMT in winter); the embargo is
 * dated the day of the dateline; and, when the house asks, the dateline is not older than a
 * number of days (a release reused from last year).
 *
 * Which of two dates that disagree is wrong is the writer's call: every change is offered as a
 * suggestion, never applied by --fix. Dates in French or Spanish are left for the multilingual
 * work; "on Monday" with no date is not checked.
 */
import type { Rule, RuleContext } from '../rule';
import { parseDateline } from '../parse/dateline';
import { inEnglish } from '../parse/language';
import { fencedCodeOf, notProseIn } from '../parse/not-prose';
import { compareDates, dateAtOffset, formatDate, impossibility, locateFullDate, monthOf, MONTH_PATTERN, WEEKDAY_NAMES, WEEKDAY_PATTERN, type CalendarDate } from '../text/dates';
import type { Block, DraftDocument } from '../parse/document';
import type { TextRange } from '../vocabulary';

type FullDate = Required<CalendarDate>;

/** A weekday, then a date: "Monday, 3 June 2025", "Tuesday 3 June", "Monday, June 2, 2025", "Mon. 3 June". */
const WEEKDAY_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<weekday>${WEEKDAY_PATTERN})\\.?,?[ \\u00a0]+(?:the[ \\u00a0]+)?` +
    // (No stop after a day-first month: it ends the sentence, "on Monday 9 March.")
    `(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:[ \\u00a0]+of)?[ \\u00a0]+(?<month>${MONTH_PATTERN})|(?<month2>${MONTH_PATTERN})[ \\u00a0]+(?<day2>\\d{1,2})(?:st|nd|rd|th)?)` +
    `(?:,?[ \\u00a0]+(?<year>\\d{4}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** A cheap first test that a paragraph names a weekday at all. */
const WEEKDAY_HINT = new RegExp(WEEKDAY_PATTERN, 'u');

/** A time and a zone in an embargo line: "00:01 BST", "9.00 a.m. EDT", "12:00 noon CET". */
const TIME_ZONE = /(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?(?:[ \u00a0]*(?:a\.?m\.?|p\.?m\.?|noon|hrs|h))?[ \u00a0]*\(?(?<zone>BST|GMT|CEST|CET|EDT|EST|CDT|CST|MDT|MST|PDT|PST)\)?(?![\p{L}])/gu;

/** Any time followed by a zone's letters or a UTC offset: "00:01 BST", "9 a.m. EAT", "12:00 (UTC+3)", "noon GMT". */
const TIME_WITH_ZONE = /(?:\d{1,2}(?:[:.]\d{2})?|noon|midnight)[ \u00a0]*(?:a\.?m\.?|p\.?m\.?|hrs|h)?[ \u00a0]*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|UTC|GMT)\)?(?![\p{L}])/u;

/** An embargo line's parts: its label, time, zone, weekday and date, and nothing else. */
const EMBARGO_PARTS = new RegExp(
  `^(?<label>[\\p{L} :]+?)[ \\u00a0]*(?<time>\\d{1,2}[:.]\\d{2}(?:[ \\u00a0]*[ap]\\.?m\\.?)?|noon|midnight)[ \\u00a0]*\\(?(?<zone>[A-Z]{2,5}(?:[+-]\\d{1,2})?)\\)?[ \\u00a0]*,?[ \\u00a0]*(?:on[ \\u00a0]+)?(?:(?<weekday>${WEEKDAY_PATTERN})\\.?,?[ \\u00a0]+)?` +
    `(?:\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]+${MONTH_PATTERN}\\.?,?[ \\u00a0]+\\d{4}|${MONTH_PATTERN}\\.?[ \\u00a0]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\u00a0]+\\d{4})\\.?$`,
  'u',
);

/** Each zone pair: the IANA zone that keeps it, and the locale that names it by these letters. */
const ZONES: Readonly<Record<string, { zone: string; locale: string }>> = {
  BST: { zone: 'Europe/London', locale: 'en-GB' },
  GMT: { zone: 'Europe/London', locale: 'en-GB' },
  CET: { zone: 'Europe/Paris', locale: 'en-GB' },
  CEST: { zone: 'Europe/Paris', locale: 'en-GB' },
  EST: { zone: 'America/New_York', locale: 'en-US' },
  EDT: { zone: 'America/New_York', locale: 'en-US' },
  CST: { zone: 'America/Chicago', locale: 'en-US' },
  CDT: { zone: 'America/Chicago', locale: 'en-US' },
  MST: { zone: 'America/Denver', locale: 'en-US' },
  MDT: { zone: 'America/Denver', locale: 'en-US' },
  PST: { zone: 'America/Los_Angeles', locale: 'en-US' },
  PDT: { zone: 'America/Los_Angeles', locale: 'en-US' },
};

export const dateAgreement: Rule = {
  meta: {
    id: 'date-agreement',
    description: "Give every weekday its date's weekday, the embargo the time zone in force and the dateline's day, and keep the dateline recent.",
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(context) {
    const { doc, style } = context;
    // Weekdays and months are read in English; dates in other languages are not checked yet.
    if (!inEnglish(doc, style)) return;
    const parsed = parseDateline(doc);
    const date = parsed?.date;
    const datelineYear = date?.year?.value;
    const yearOfRelease = releaseYear(doc, datelineYear);
    let datelineDate: FullDate | undefined;
    if (date && date.month.value !== undefined && !date.month.language && datelineYear !== undefined) {
      const full = { day: date.day.value, month: date.month.value, year: datelineYear };
      if (impossibility(full) === undefined) datelineDate = full;
    }
    // The dateline's own weekday ("Monday, 3 June 2025").
    if (date?.weekday && datelineDate) checkWeekday(context, date.weekday.text, date.weekday.range, datelineDate, { start: date.weekday.range.start, end: date.range.end });
    if (datelineDate) checkAge(context, datelineDate, date!.range);

    const fenced = fencedCodeOf(doc);
    for (const block of doc.blocks) {
      if (block.kind === 'end-mark' || block.kind === 'contact' || block === doc.embargo) continue;
      if (fenced.some((code) => code.start < block.range.end && block.range.start < code.end)) continue;
      const from = parsed?.block === block ? parsed.range.end : block.range.start;
      checkBodyWeekdays(context, block, from, yearOfRelease);
    }
    if (doc.embargo) checkEmbargo(context, doc.embargo, datelineDate);
  },
};

/** The year a date written without one is read in, and where it comes from (said in the message). */
interface ReleaseYear {
  year: number;
  from: string;
}

/**
 * The release's year: the dateline's; else, when the dateline gives none or there is none, that
 * of a masthead line holding only a date ("April 30, 2007" above a "WASHINGTON - " dateline),
 * which is the release's date as surely.
 */
function releaseYear(doc: DraftDocument, datelineYear: number | undefined): ReleaseYear | undefined {
  if (datelineYear !== undefined) return { year: datelineYear, from: "the dateline's year" };
  for (const block of doc.blocks) {
    if (block.kind !== 'masthead') continue;
    const line = block.text.trim();
    const found = locateFullDate(line);
    if (found && found.range.start === 0 && found.range.end === line.length) return { year: found.date.year, from: "the year of the release's date" };
  }
  return undefined;
}

/** Weekday-date pairs in a block's prose, a date without a year read in `readIn`'s year. */
function checkBodyWeekdays(context: RuleContext, block: Block, from: number, readIn: ReleaseYear | undefined): void {
  const text = context.doc.text.slice(from, block.range.end);
  if (!WEEKDAY_HINT.test(text)) return;
  const guards = notProseIn(text);
  WEEKDAY_DATE.lastIndex = 0;
  for (let m = WEEKDAY_DATE.exec(text); m; m = WEEKDAY_DATE.exec(text)) {
    if (guards.some((g) => g.start < m!.index + m![0].length && m!.index < g.end)) continue;
    const groups = m.groups!;
    const month = monthOf(groups.month ?? groups.month2 ?? '');
    const written = groups.year ? Number(groups.year) : readIn?.year;
    if (!month || written === undefined) continue;
    const full = { day: Number(groups.day ?? groups.day2), month: month.month, year: written };
    if (impossibility(full) !== undefined) continue;
    const start = from + m.index;
    checkWeekday(context, groups.weekday!, { start, end: start + groups.weekday!.length }, full, { start, end: start + m[0].length }, groups.year === undefined ? readIn : undefined);
  }
}

/**
 * A weekday that is not its date's: reported on the weekday, with both changes offered (the
 * right weekday, or the date of that weekday nearest the one written).
 */
function checkWeekday(context: RuleContext, weekdayText: string, weekdayRange: TextRange, date: FullDate, whole: TextRange, yearReadIn?: ReleaseYear): void {
  const written = weekdayIndex(weekdayText);
  if (written === undefined) return;
  const actual = weekdayOf(date);
  if (actual === written) return;
  const format = context.style.dateline.dateFormat;
  const right = WEEKDAY_NAMES[actual]!;
  const shown = formatDate(date, format);
  const nearest = nearestWithWeekday(date, written);
  const original = context.doc.text.slice(whole.start, whole.end);
  const datePart = original.slice(weekdayRange.end - whole.start);
  const rewritten = formatDate(yearReadIn ? { day: nearest.day, month: nearest.month } : nearest, format);
  const separator = /^\.?,/.test(datePart) ? ', ' : ' ';
  context.report({
    message: `${shown} is a ${right}, not a ${WEEKDAY_NAMES[written]}${yearReadIn ? ` (read in ${yearReadIn.from}, ${date.year})` : ''}.`,
    range: weekdayRange,
    suggestions: [
      { title: `Change the weekday to ${right}`, fix: { range: weekdayRange, text: matchWeekday(weekdayText, right) } },
      { title: `Change the date to ${formatDate(nearest, format)}, a ${WEEKDAY_NAMES[written]}`, fix: { range: whole, text: `${WEEKDAY_NAMES[written]}${separator}${rewritten}` } },
    ],
    data: { weekday: right },
  });
}

/** The embargo line: its zone in force on its date, its weekday, its date the dateline's. */
function checkEmbargo(context: RuleContext, embargo: Block, datelineDate: FullDate | undefined): void {
  const text = embargo.text;
  const base = embargo.range.start;
  const full = locateFullDate(text);
  if (!full) return;
  // The weekday beside the embargo's date.
  checkBodyWeekdays(context, embargo, base, { year: full.date.year, from: "the embargo's year" });
  // Only an embargo line gives a time ("FOR IMMEDIATE RELEASE, 3 June 2025" has none to give).
  if (!/^\W*(?:under\s+)?embargo/i.test(text)) return;
  checkEmbargoForm(context, embargo, full.date);
  // An embargo lifts at a time somewhere: "00:01 BST", "09:00 EAT", "noon UTC".
  if (!TIME_WITH_ZONE.test(text)) {
    context.report({
      message: 'The embargo line gives no time with its time zone: say when it lifts, and where (EMBARGOED UNTIL 00:01 BST, ...).',
      range: { start: base + full.range.start, end: base + full.range.end },
    });
  }
  TIME_ZONE.lastIndex = 0;
  for (let m = TIME_ZONE.exec(text); m; m = TIME_ZONE.exec(text)) {
    const written = m.groups!.zone!;
    const inForce = zoneInForce(written, full.date);
    if (!inForce || inForce === written) continue;
    const start = base + m.index + m[0].lastIndexOf(written);
    const range = { start, end: start + written.length };
    context.report({
      message: `${written} is not in force on ${formatDate(full.date, context.style.dateline.dateFormat)}: the time there is ${inForce}.`,
      range,
      suggestions: [{ title: `Change ${written} to ${inForce}`, fix: { range, text: inForce } }],
      data: { zone: inForce },
    });
  }
  if (datelineDate && compareDates(full.date, datelineDate) !== 0) {
    const format = context.style.dateline.dateFormat;
    context.report({
      message: `The embargo is dated ${formatDate(full.date, format)}, the dateline ${formatDate(datelineDate, format)}: a release is dated the day its embargo lifts.`,
      range: { start: base + full.range.start, end: base + full.range.end },
      data: { embargo: formatDate(full.date, format) },
    });
  }
}

/**
 * An embargo line that holds only its label, time, zone, weekday and date, written otherwise
 * than the house form ("EMBARGOED UNTIL 00:01 GMT, Thursday 15 January 2026"): the house form,
 * the weekday the date's, offered as a suggestion.
 */
function checkEmbargoForm(context: RuleContext, embargo: Block, date: FullDate): void {
  const line = embargo.text.trim();
  const m = EMBARGO_PARTS.exec(line.replace(/^\*\*|\*\*$/g, ''));
  if (!m) return;
  const { label, time, zone, weekday } = m.groups!;
  if (!/^(?:embargoed|embargo|under embargo)(?:\s+(?:until|till|to|:))*:?$/i.test(label!.trim())) return;
  // The weekday and zone as written: whether they are right is reported on its own.
  const day = weekday ? WEEKDAY_NAMES[weekdayIndex(weekday) ?? weekdayOf(date)] : WEEKDAY_NAMES[weekdayOf(date)];
  const house = `${context.style.embargo.label} ${time} ${zone}, ${day} ${formatDate(date, context.style.dateline.dateFormat)}`;
  if (line.replace(/^\*\*|\*\*$/g, '') === house) return;
  const start = embargo.range.start + embargo.text.indexOf(line);
  const range = { start, end: start + line.length };
  context.report({
    message: `The embargo line differs from the house form "${house}".`,
    range,
    suggestions: [{ title: 'Write the embargo line in the house form', fix: { range, text: line.startsWith('**') ? `**${house}**` : house } }],
  });
}

/** The house's limit on a dateline's age (`dateline.maxAgeDays`): a release reused from last year is caught in CI. */
function checkAge(context: RuleContext, date: FullDate, range: TextRange): void {
  const limit = context.style.dateline.maxAgeDays;
  if (limit === undefined) return;
  const today = dateAtOffset(context.now, -12); // the earliest "today" anywhere on Earth: never reported a day early
  const age = Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(date.year, date.month - 1, date.day)) / 86_400_000);
  if (age <= limit) return;
  context.report({
    message: `The dateline's date is ${age} days old; the house style allows ${limit} (dateline.maxAgeDays): is this last year's release?`,
    range,
  });
}

/** 0 (Monday, as WEEKDAY_NAMES) to 6 for a weekday's name or its abbreviation ("Mon", "Tues"). */
function weekdayIndex(written: string): number | undefined {
  const word = written.replace(/\.$/, '').toLowerCase();
  const index = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === word || (word.length >= 3 && name.toLowerCase().startsWith(word)));
  return index < 0 ? undefined : index;
}

/** 0 (Monday) to 6 (Sunday). */
function weekdayOf(date: FullDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

/** The date with weekday `weekday` nearest `date` (within three days either way, the earlier on a tie). */
function nearestWithWeekday(date: FullDate, weekday: number): FullDate {
  const at = Date.UTC(date.year, date.month - 1, date.day);
  const actual = weekdayOf(date);
  let shift = (weekday - actual + 7) % 7;
  if (shift > 3) shift -= 7;
  const moved = new Date(at + shift * 86_400_000);
  return { day: moved.getUTCDate(), month: moved.getUTCMonth() + 1, year: moved.getUTCFullYear() };
}

/** `right` written as `written` is: capitals, abbreviation ("MONDAY", "Mon."). */
function matchWeekday(written: string, right: string): string {
  const bare = written.replace(/\.$/, '');
  const abbreviated = !WEEKDAY_NAMES.some((name) => name.toLowerCase() === bare.toLowerCase());
  let result = abbreviated ? right.slice(0, Math.min(bare.length, right.length)) + (written.endsWith('.') ? '.' : '') : right;
  if (written === written.toUpperCase()) result = result.toUpperCase();
  return result;
}

/** The zone of a pair (BST/GMT, CEST/CET, EDT/EST ...) in force at noon UTC on `date`, through Intl. */
function zoneInForce(written: string, date: FullDate): string | undefined {
  const zone = ZONES[written];
  if (!zone) return undefined;
  const noon = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  const name = new Intl.DateTimeFormat(zone.locale, { timeZone: zone.zone, timeZoneName: 'short' }).formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value;
  // en-GB names London "GMT"/"BST" and Paris "CET"/"CEST"; en-US names New York "EST"/"EDT".
  return name && ZONES[name] ? name : undefined;
}
