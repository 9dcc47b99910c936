/**
 * The dateline scanner's reading head: a position in one paragraph, the sticky patterns run
 * from it, and the date reader (weekday, day, month, year) both ways of reading a dateline use.
 */
import { monthInAnyLanguage, monthOf } from '../../text/dates';
import type { DatelineDate, DatelineSpan } from './model';
import { DAY_MONTH, LINK, LOST_SEPARATOR, MONTH_DAY, SEPARATOR, SOURCE, WEEKDAY, WIRE_CREDIT, YEAR } from './patterns';

export abstract class DateCursor {
  protected readonly text: string;
  protected readonly end: number;
  protected pos: number;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.end = end;
    this.pos = start;
  }

  /** True when a day of the week and then a date start here ("Monday 8 July 2019"). */
  protected weekdayDateAhead(): boolean {
    WEEKDAY.lastIndex = this.pos;
    if (!WEEKDAY.test(this.text) || WEEKDAY.lastIndex > this.end) return false;
    const at = this.pos;
    const date = this.date(true);
    this.pos = at;
    return date !== undefined;
  }

  /** True when a month-day date starts here ("March 9", "Jan. 9, 2025", "Mrach 9, 2023"). */
  protected monthDayAhead(): boolean {
    MONTH_DAY.lastIndex = this.pos;
    const match = MONTH_DAY.exec(this.text);
    if (!match || match.index + match[0].length > this.end) return false;
    if (monthOf(match[1]!)) return true;
    YEAR.lastIndex = MONTH_DAY.lastIndex;
    return YEAR.test(this.text);
  }

  /**
   * A date here: "3 May 2018", "21 MAY, 2016", "16th June", "March 9, 2023", "Jan. 9, 2025".
   * A word that names no month is still read as one ("3 Juen 2018") when a year follows it, or,
   * after a place, when a separator does: the rule reports it.
   */
  protected date(afterPlace: boolean): DatelineDate | undefined {
    const before = this.pos;
    const weekdayMatch = this.match(WEEKDAY);
    const weekday = weekdayMatch && this.span(weekdayMatch.range.start, weekdayMatch.range.start + weekdayMatch.text.replace(/,?[ \t\u00a0\r\n]+$/, '').length);
    const date = this.dayAndMonth(afterPlace);
    if (!date) {
      this.pos = before;
      return undefined;
    }
    return weekday ? { ...date, weekday } : date;
  }

  /** The date proper, from its day or month. */
  protected dayAndMonth(afterPlace: boolean): DatelineDate | undefined {
    const start = this.pos;
    DAY_MONTH.lastIndex = start;
    const dayMonth = DAY_MONTH.exec(this.text);
    if (dayMonth && DAY_MONTH.lastIndex <= this.end) {
      const dayText = dayMonth[1]! + (dayMonth[2] ?? '');
      const monthWord = dayMonth[3]!;
      const monthStart = DAY_MONTH.lastIndex - monthWord.length;
      this.pos = DAY_MONTH.lastIndex;
      const year = this.year();
      const month = monthInAnyLanguage(monthWord);
      if (month || year.year || (afterPlace && this.separatorAhead())) {
        return this.dateSpan(start, {
          day: { text: dayText, range: { start, end: start + dayText.length }, value: Number(dayMonth[1]), ordinal: dayMonth[2] },
          month: { text: monthWord, range: { start: monthStart, end: monthStart + monthWord.length }, value: month?.month, abbreviated: month?.abbreviated ?? false, ...(month?.language && { language: month.language }) },
          year: year.year,
          order: 'day-month',
          commaBeforeYear: year.comma,
        });
      }
      this.pos = start;
    }
    MONTH_DAY.lastIndex = start;
    const monthDay = MONTH_DAY.exec(this.text);
    if (monthDay && MONTH_DAY.lastIndex <= this.end) {
      const monthWord = monthDay[1]!;
      const dayText = monthDay[2]! + (monthDay[3] ?? '');
      const dayStart = MONTH_DAY.lastIndex - dayText.length;
      this.pos = MONTH_DAY.lastIndex;
      const year = this.year();
      const month = monthInAnyLanguage(monthWord);
      if (month || year.year) {
        return this.dateSpan(start, {
          day: { text: dayText, range: { start: dayStart, end: dayStart + dayText.length }, value: Number(monthDay[2]), ordinal: monthDay[3] },
          month: { text: monthWord, range: { start, end: start + monthWord.length }, value: month?.month, abbreviated: month?.abbreviated ?? false, ...(month?.language && { language: month.language }) },
          year: year.year,
          order: 'month-day',
          commaBeforeYear: year.comma,
        });
      }
      this.pos = start;
    }
    return undefined;
  }

  protected dateSpan(start: number, parts: Omit<DatelineDate, 'text' | 'range'>): DatelineDate {
    return { ...this.span(start, this.pos), ...parts };
  }

  protected year(): { year?: DatelineSpan & { value: number }; comma: boolean } {
    const at = this.pos;
    YEAR.lastIndex = at;
    const match = YEAR.exec(this.text);
    if (!match || YEAR.lastIndex > this.end) return { comma: false };
    this.pos = YEAR.lastIndex;
    const yearStart = this.pos - 4;
    return { year: { text: match[2]!, range: { start: yearStart, end: this.pos }, value: Number(match[2]) }, comma: match[1] === ',' };
  }

  protected separatorAhead(): boolean {
    SEPARATOR.lastIndex = this.pos;
    return SEPARATOR.test(this.text) && !/^,/.test(this.text.slice(this.pos).trimStart());
  }

  protected source(): DatelineSpan | undefined {
    const at = this.pos;
    const match = this.match(SOURCE) ?? this.wireCredit();
    if (!match) return undefined;
    const text = match.text.replace(/^[\s\u00a0]*(?:--|[-‐‒–—―])?[\s\u00a0]*/, '');
    return this.span(at + match.text.length - text.length, this.pos);
  }

  /** A wire service's credit between dashes: `SAN FRANCISCO--(BUSINESS WIRE)--`, `CALGARY, Alberta–(BUSINESS WIRE)–`. */
  private wireCredit(): DatelineSpan | undefined {
    const at = this.pos;
    const credit = this.match(WIRE_CREDIT);
    if (!credit) return undefined;
    SEPARATOR.lastIndex = this.pos;
    if (SEPARATOR.test(this.text)) return credit;
    this.pos = at;
    return undefined;
  }

  protected closeEmphasis(open: DatelineSpan | undefined): DatelineSpan | undefined {
    if (!open || !this.text.startsWith(open.text, this.pos)) return undefined;
    const at = this.pos;
    this.pos += open.text.length;
    return this.span(at, this.pos);
  }

  protected separator(): DatelineSpan | undefined {
    const at = this.pos;
    return this.match(SEPARATOR) || this.match(LOST_SEPARATOR) ? this.span(at, this.pos) : undefined;
  }

  /** Runs a sticky pattern at the current position; advances past the match, within the paragraph. */
  protected match(pattern: RegExp): DatelineSpan | undefined {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (!match || pattern.lastIndex > this.end || (match[0].length === 0 && pattern !== LINK)) return undefined;
    const start = this.pos;
    this.pos = pattern.lastIndex;
    return this.span(start, this.pos);
  }

  protected span(start: number, end: number): DatelineSpan {
    return { text: this.text.slice(start, end), range: { start, end } };
  }
}
