/** The `dateline` rule; `meta.description` says what it asks for (its one copy, which the docs page repeats). */
import type { Fix, Report, TextRange } from '../vocabulary';
import type { Rule, RuleContext } from '../rule';
import type { HouseStyle } from '../config/style';
import { looksLikeUnreadDateline, parseDateline, type DatelinePlace, type ParsedDateline } from '../parse/dateline';
import { isDottedAbbreviation, isNameInCapitals } from '../text/capitals';
import { COUNTRY_WORDS, placeInTitleCase } from '../text/places';
import { list } from '../text/english';
import { lineEnding, writtenOnOneLine } from '../parse/document';
import { inStyleLanguage } from '../parse/language';
import { languageName } from '../text/language';
import { opensWithStack } from '../parse/opening';
import {
  closestMonth,
  compareDates,
  dateAtOffset,
  findFullDate,
  formatDate,
  impossibility,
  monthInLanguage,
  type CalendarDate,
} from '../text/dates';

/**
 * The latest time zone is UTC+14: a dateline is "in the future" only once it is after
 * today's date everywhere on Earth, so a release dated in Asia is not flagged in Europe.
 */
const LATEST_OFFSET_HOURS = 14;

export const dateline: Rule = {
  meta: {
    id: 'dateline',
    description: 'Open the first paragraph with the dateline in the house form: City, Country, D Month YYYY - .',
    defaultSeverity: 'error',
    fixable: true,
  },
  check(context) {
    // A release written on one line with no headline split off: where its dateline would be is not known.
    if (!context.doc.headline && writtenOnOneLine(context.doc)) return;
    const parsed = parseDateline(context.doc);
    // The style is the house's for the draft's language (French, Spanish: config/languages.ts).
    // A release in a language the house style has no settings for (German) is checked for a
    // date that exists, not against a form it cannot follow, nor told that it lacks a dateline.
    const inHouse = inStyleLanguage(context.doc, context.style);
    if (!parsed) {
      if (inHouse) reportMissing(context);
      return;
    }
    const dateProblem = checkDate(context, parsed, inHouse);
    if (inHouse) checkForm(context, parsed, dateProblem);
    else if (parsed.block !== context.doc.lead) context.report({ message: `The dateline ${LATER_PARAGRAPH}: the first paragraph should open with it.`, range: parsed.range });
    checkPlaceholders(context, parsed);
  },
};

/** A dateline below page furniture or a standfirst; moving paragraphs is the writer's call, so no fix. */
const LATER_PARAGRAPH = 'opens a later paragraph, not the first';

/**
 * How the house form writes the date in each language, after the place's comma: French puts
 * "le" before it (Vienne, le 3 mai 2023), Spanish joins it with "de" (Viena, 3 de mayo de 2023).
 */
const DATE_FORMS = {
  en: { article: '', pattern: (format: HouseStyle['dateline']['dateFormat']) => (format === 'MMMM D, YYYY' ? 'Month D, YYYY' : 'D Month YYYY') },
  fr: { article: 'le ', pattern: () => 'le D month YYYY' },
  es: { article: '', pattern: () => 'D de month de YYYY' },
} as const;

/** The house form as a pattern for messages: "City, Country, D Month YYYY - ". */
function housePattern(style: HouseStyle): string {
  const date = DATE_FORMS[style.language].pattern(style.dateline.dateFormat);
  return `${style.dateline.requireCountry ? 'City, Country' : 'City'}, ${date}${style.dateline.separator}`;
}

/** A date as the house form writes it in the dateline: "8 July 2019", "le 1er mai 2023". */
function houseDate(date: CalendarDate, style: HouseStyle): string {
  return `${DATE_FORMS[style.language].article}${formatDate(date, style.dateline.dateFormat, style.language)}`;
}

/** The date a fresh dateline takes: the embargo's date if there is one, else today. */
function releaseDate(context: RuleContext): Required<CalendarDate> {
  const embargo = context.doc.embargo && findFullDate(context.doc.embargo.text);
  if (embargo) return embargo;
  const { now } = context;
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}

function reportMissing(context: RuleContext): void {
  const { doc, style } = context;
  const skeleton = `${style.dateline.requireCountry ? 'City, Country' : 'City'}, ${houseDate(releaseDate(context), style)}${style.dateline.separator}`;
  const lead = doc.lead;
  // No headline, and a first paragraph that opens with a stack of short lines: where the release
  // starts is not known (see the headline rule), so its dateline is not asked for.
  if (lead && !doc.headline && opensWithStack(doc.text, lead)) return;
  if (lead) {
    const firstWord = /^\S+/.exec(lead.text)?.[0] ?? '';
    const range = { start: lead.range.start, end: lead.range.start + firstWord.length };
    if (looksLikeUnreadDateline(lead.text)) {
      // Inserting a skeleton before a dateline the parser could not read would leave two.
      context.report({
        message: `The first paragraph opens with what looks like a dateline in a form presslint cannot read: write it as "${housePattern(style)}".`,
        range,
      });
      return;
    }
    // The skeleton's place and country are blanks to fill in: a suggestion, never applied by --fix.
    context.report({
      message: `The first paragraph does not open with a dateline ("${housePattern(style)}").`,
      range,
      suggestions: [{ title: `Insert "${skeleton}" to fill in`, fix: { range: { start: lead.range.start, end: lead.range.start }, text: skeleton } }],
    });
    return;
  }
  // No first paragraph at all: the skeleton becomes one, after the headline if there is one.
  const before = [doc.embargo, doc.headline, doc.subheadline].filter((b) => b !== undefined).sort((a, b) => b.range.end - a.range.end)[0];
  const bom = doc.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = before ? before.range.end : (doc.frontMatter?.end ?? bom);
  const eol = lineEnding(doc);
  const text = before || doc.frontMatter ? `${eol}${eol}${skeleton.trimEnd()}` : skeleton.trimEnd();
  context.report({
    message: `The release has no first paragraph to open with a dateline ("${housePattern(style)}").`,
    range: { start: at, end: at },
    suggestions: [{ title: `Add a first paragraph opening "${skeleton}" to fill in`, fix: { range: { start: at, end: at }, text } }],
  });
}

/** Impossible, unknown or future dates: errors without a fix. Returns true when there is one. */
function checkDate(context: RuleContext, parsed: ParsedDateline, inHouse: boolean): boolean {
  const date = parsed.date;
  if (!date) return false;
  if (date.month.value === undefined) {
    // Which month a misspelt word meant is known only in the house's language.
    if (!inHouse) return true;
    const suggestion = closestMonth(date.month.text, context.style.language);
    const report: Report = {
      message: `"${date.month.text}" in the dateline is not the name of a month.`,
      range: date.month.range,
    };
    if (suggestion) {
      report.message = `"${date.month.text}" in the dateline is not the name of a month (did you mean ${suggestion}?).`;
      report.suggestions = [{ title: `Change to "${suggestion}"`, fix: { range: date.month.range, text: suggestion } }];
    }
    context.report(report);
    return true;
  }
  const calendar: CalendarDate = { day: date.day.value, month: date.month.value, year: date.year?.value };
  const format = context.style.dateline.dateFormat;
  const language = context.style.language;
  const why = impossibility(calendar);
  if (why) {
    context.report({
      message: `The dateline's date "${date.text}" does not exist: ${why}`,
      range: date.range,
    });
    return true;
  }
  if (calendar.year === undefined) return false;
  const full = calendar as Required<CalendarDate>;
  const latestToday = dateAtOffset(context.now, LATEST_OFFSET_HOURS);
  if (compareDates(full, latestToday) <= 0) return false;
  const embargo = context.doc.embargo && findFullDate(context.doc.embargo.text);
  if (embargo && compareDates(full, embargo) <= 0) return false;
  const today = formatDate(dateAtOffset(context.now, 0), format, language);
  context.report({
    message: embargo
      ? `The dateline's date "${date.text}" is after the embargo date (${formatDate(embargo, format, language)}).`
      : `The dateline's date "${date.text}" is in the future (today is ${today}); date the release the day it is published, or add an embargo line.`,
    range: date.range,
  });
  return true;
}

/** Every way the dateline differs from the house form, in one finding, with one rewrite where it is unambiguous. */
function checkForm(context: RuleContext, parsed: ParsedDateline, dateProblem: boolean): void {
  const { style, doc } = context;
  const house = style.dateline;
  // French and Spanish write the day first whatever the format.
  const usOrder = house.dateFormat === 'MMMM D, YYYY' && style.language === 'en';
  const { date } = parsed;
  const differences: string[] = [];

  if (parsed.block !== doc.lead) differences.push(`it ${LATER_PARAGRAPH}`);
  if (parsed.places.length === 0) differences.push('it names no place');
  else if (parsed.dateFirst) differences.push('the date comes before the place');
  const countryOnly = parsed.places.length === 1 && parsed.countries.length === 0 && COUNTRY_WORDS.has(parsed.places[0]!.text.toLowerCase());
  if (countryOnly) differences.push('it names a country but no city');
  else if (parsed.places.length > 0 && parsed.countries.length === 0 && house.requireCountry) differences.push('it names no country');
  if (parsed.countryInBrackets) differences.push('the country is in brackets');
  if (parsed.brackets) differences.push('it stands in brackets');
  if (parsed.link && !parsed.dateFirst && date) {
    const link = parsed.link.text.replace(/[\s\u00a0]+/g, ' ');
    if (/[\r\n]/.test(parsed.link.text)) differences.push('the place and the date are on two lines');
    else if (/[-‐‒–—―]/.test(link)) differences.push('a dash stands between the place and the date');
    else if (!link.includes(',')) differences.push('there is no comma before the date');
    else if (style.language === 'fr' && !/\ble\b/i.test(link)) differences.push('there is no "le" before the date');
  }
  const capitals = [...parsed.places, ...parsed.countries].filter((p) => isNameInCapitals(p.text) && !isDottedAbbreviation(p.text) && placeInTitleCase(p.text) !== p.text).map((p) => p.text);
  if (date && isNameInCapitals(date.month.text)) capitals.push(date.month.text);
  if (capitals.length > 0) differences.push(`${list(capitals.map((c) => `"${c}"`))} ${capitals.length > 1 ? 'are' : 'is'} in capital letters`);
  if (!date) differences.push('it has no date');
  if (date) {
    if (date.inBrackets) differences.push('the date is in brackets');
    if (date.weekday) differences.push(`it names the day of the week ("${date.weekday.text}")`);
    // French writes the first of the month "1er", and only it.
    const firstInFrench = style.language === 'fr' && date.day.value === 1;
    if (date.day.ordinal && !(firstInFrench && date.day.ordinal === 'er')) differences.push(`the day has an ordinal suffix ("${date.day.text}")`);
    else if (/^0\d$/.test(date.day.text)) differences.push(`the day has a leading zero ("${date.day.text}")`);
    else if (firstInFrench && !date.day.ordinal) differences.push('the first of the month is not written "1er"');
    const month = monthInLanguage(date.month.text, style.language);
    if (date.month.value !== undefined && !month) differences.push(`the month is not written in ${languageName(style.language)} ("${date.month.text}")`);
    else if (month?.abbreviated) differences.push(`the month is abbreviated ("${date.month.text}")`);
    else if (style.language === 'en' && /^\p{Ll}/u.test(date.month.text)) differences.push(`the month has no capital letter ("${date.month.text}")`);
    else if (style.language !== 'en' && /^\p{Lu}\p{Ll}/u.test(date.month.text)) differences.push(`the month has a capital letter ("${date.month.text}")`);
    if (style.language === 'es' && !/^\d+\s+de\s/u.test(date.text.slice(date.day.range.start - date.range.start))) differences.push('there is no "de" between the day and the month');
    if (style.language === 'es' && date.year && !/\sde\s+\d{4}$/u.test(date.text)) differences.push('there is no "de" before the year');
    if (usOrder && date.order === 'day-month') differences.push('the day comes before the month');
    if (!usOrder && date.order === 'month-day') differences.push('the month comes before the day');
    if (!date.year) differences.push('it has no year');
    else if (!usOrder && date.commaBeforeYear) differences.push('a comma stands before the year');
    else if (usOrder && !date.commaBeforeYear) differences.push('there is no comma before the year');
  }
  if (parsed.event) differences.push(`it names an event before the place ("${parsed.event.text}")`);
  if (parsed.source) differences.push(`it carries a source credit ("${parsed.source.text}")`);
  const lineBreakAfter = parsed.bodyStart !== undefined && /[\r\n]/.test(doc.text.slice(parsed.range.end, parsed.bodyStart));
  if (parsed.ownLine) differences.push('it stands on a line of its own instead of opening the first paragraph');
  else if (!parsed.separator || parsed.separator.text.trim() === '') differences.push(`there is no separator ("${house.separator}") after it`);
  else {
    const actual = lineBreakAfter ? parsed.separator.text.trimEnd() : parsed.separator.text;
    const expected = lineBreakAfter ? house.separator.trimEnd() : house.separator;
    if (actual.replace(/\u00a0/g, ' ') !== expected) differences.push(`the separator is "${parsed.separator.text}" instead of "${house.separator}"`);
  }
  if (differences.length === 0) return;

  const rewritten = dateProblem ? undefined : rewrite(context, parsed);
  let message = `The dateline differs from the house form "${housePattern(style)}": ${differences.join('; ')}.`;
  if (rewritten) message += ` Rewrite it as "${rewritten.houseForm}".`;
  // The house form drops what it has no place for (a weekday, a source credit) and may join the
  // dateline's line to the body's: then it is offered, not applied by --fix.
  // (A comma after the date is no usual end of a dateline: what follows may be part of it,
  // "Nov 12, 2020, Nov. 12, 2020 (GLOBE NEWSWIRE) — ", so the rewrite is offered.)
  const commaEnd = parsed.separator?.text.trim() === ',';
  const lossy = parsed.date?.weekday !== undefined || parsed.source !== undefined || parsed.event !== undefined || lineBreakAfter || parsed.ownLine || commaEnd;
  if (rewritten && lossy) context.report({ message, range: parsed.range, suggestions: [{ title: `Rewrite as "${rewritten.houseForm}"`, fix: rewritten.fix }] });
  else context.report({ message, range: parsed.range, fix: rewritten?.fix });
}

/** The dateline rewritten in the house form, or undefined when part of it cannot be known. */
function rewrite(context: RuleContext, parsed: ParsedDateline): { fix: Fix; houseForm: string } | undefined {
  const { date } = parsed;
  if (!date || date.month.value === undefined || parsed.places.length === 0) return undefined;
  const house = context.style.dateline;
  const places = parsed.places.map((p, i) => (i > 0 ? '/' : '') + houseName(p)).join('');
  const countries = parsed.countries.map((c, i) => (i === 0 ? '' : c.joiner === '/' ? '/' : ', ') + houseName(c)).join('');
  const when = houseDate({ day: date.day.value, month: date.month.value, year: date.year?.value }, context.style);
  const core = `${places}${countries ? `, ${countries}` : ''}, ${when}`;
  const wrapped = parsed.emphasis ? `${parsed.emphasis.open.text}${core}${parsed.emphasis.close.text}` : core;
  const start = parsed.range.start;
  // A dateline above the headline (`Brussels, 29 November 2017`, the headline, then the body):
  // joining it to the body would delete the headline, so the form is reported without a fix.
  const bodyStart = parsed.bodyStart;
  if (bodyStart !== undefined && context.doc.blocks.some((b) => b !== parsed.block && b.range.start >= parsed.range.end && b.range.start < bodyStart)) return undefined;
  const fix: Fix =
    parsed.bodyStart === undefined
      ? { range: { start, end: parsed.range.end }, text: `${wrapped}${house.separator.trimEnd()}` }
      : { range: { start, end: parsed.bodyStart }, text: `${wrapped}${house.separator}` };
  // Only a missing country or year differs: nothing to rewrite.
  if (context.doc.text.slice(fix.range.start, fix.range.end) === fix.text) return undefined;
  return { fix, houseForm: `${core}${house.separator}` };
}

function houseName(place: DatelinePlace): string {
  const name = place.text.replace(/[\s\u00a0]+/g, ' ');
  return isNameInCapitals(name) && !isDottedAbbreviation(name) ? placeInTitleCase(name) : name;
}

/** The skeleton's blanks, as written in English, French or Spanish. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['City', 'Country', 'Ville', 'Pays', 'Ciudad', 'País']);

/** The skeleton's "City" and "Country" (or "Ville", "Ciudad") left in place. */
function checkPlaceholders(context: RuleContext, parsed: ParsedDateline): void {
  const placeholders = [parsed.places[0], parsed.countries[0]].filter(
    (p): p is DatelinePlace => p !== undefined && PLACEHOLDERS.has(p.text),
  );
  if (placeholders.length === 0) return;
  const range: TextRange = { start: placeholders[0]!.range.start, end: placeholders[placeholders.length - 1]!.range.end };
  context.report({
    message: `The dateline still has the placeholder${placeholders.length > 1 ? 's' : ''} ${list(placeholders.map((p) => `"${p.text}"`))}: name the place the release comes from.`,
    range,
  });
}
