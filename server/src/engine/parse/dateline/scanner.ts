/**
 * The dateline scanner: reads the opening of a paragraph as place(s), country, date, source
 * credit and separator, with exact ranges, whatever form the writer used
 * (`Accra, Ghana, 3 May 2018 - `, `DENVER, Colo., Jan. 9, 2025 /PRNewswire/ -- `,
 * `16th June 2020 - Tunis, Tunisia` on its own line ...). It only describes what is there; the
 * `dateline` rule compares it with the house form.
 */
import type { Block } from '../blocks';
import { monthOf } from '../../text/dates';
import { COUNTRY_WORDS, keepsCapitals, readsAsPlaceName } from '../../text/places';
import { isNameInCapitals } from '../../text/capitals';
import {
  PLACE_WORD,
  PLACE_JOINER,
  PROSE_SENTENCE,
  NOT_A_PLACE,
  DAY_MONTH,
  MONTH_DAY,
  YEAR,
  SOURCE,
  SEPARATOR,
  LINK,
  EMPHASIS,
  SLASH,
  OPEN_BRACKET,
  CLOSE_BRACKET,
  LIST_JOINER,
  COMMA,
  SPACES,
  WEEKDAY,
  CREDIT,
} from './patterns';
import type { DatelineDate, DatelinePlace, DatelineSpan, ParsedDateline } from './model';

/** What the scanner reads of a document (so `opensWithDateline` can scan bare text). */
export interface ScannedDocument {
  readonly text: string;
  readonly body: readonly Block[];
}

export class DatelineScanner {
  private readonly text: string;
  private readonly end: number;
  private pos: number;

  constructor(
    private readonly doc: ScannedDocument,
    private readonly block: Block,
  ) {
    this.text = doc.text;
    this.end = block.range.end;
    this.pos = block.range.start;
  }

  parse(): ParsedDateline | undefined {
    const start = this.pos;
    const open = this.match(EMPHASIS);
    const afterOpen = this.pos;
    const placeFirst = this.placeFirst(start, open);
    if (placeFirst) return placeFirst;
    this.pos = afterOpen;
    return this.dateFirst(start, open);
  }

  /** `Accra, Ghana, 3 May 2018 - `, `Lima (Peru) 14 February 2022: `, `GENEVA (Reuters) - `. */
  private placeFirst(start: number, open: DatelineSpan | undefined): ParsedDateline | undefined {
    const begin = this.pos;
    const places = this.placeGroup();
    if (places.length === 0) return undefined;
    if (places.length === 1 && !places[0]!.text.includes(' ') && NOT_A_PLACE.has(places[0]!.text)) return undefined;
    const afterPlaces = this.pos;
    const credit = this.creditBeforeDate();
    const { countries, inBrackets } = this.countries();
    const linkStart = this.pos;
    this.match(LINK);
    const link = this.span(linkStart, this.pos);
    const date = this.date(true);
    if (!date) {
      // Brackets after a place with no date hold a source credit, not a country: `GENEVA (Reuters) - `.
      const capitals = places.every((p) => isNameInCapitals(p.text));
      const credited = inBrackets && countries.length > 0;
      const hasCountry = !inBrackets && countries.length > 0;
      this.pos = inBrackets ? afterPlaces : linkStart;
      if (inBrackets) countries.length = 0;
      const source = this.source();
      const close = this.closeEmphasis(open);
      const separator = this.separator();
      if (!separator || separator.text.trim() === ',') return undefined;
      if (!this.placeOnlyDateline(places, separator, { capitals, credited, hasCountry })) return undefined;
      return this.result(start, begin, { places, countries, countryInBrackets: false, dateFirst: false, source, separator, open, close });
    }
    const source = credit ?? this.source();
    const close = this.closeEmphasis(open);
    return this.finish(start, begin, { places, countries, countryInBrackets: inBrackets, link, date, dateFirst: false, source, open, close });
  }

  /**
   * A dateline without a date: `GENEVA (Reuters) - `, `LONDON, UK - `, `WASHINGTON -- `,
   * `ROME: `, `Conakry – `, `Geneva (ICRC) – `. Only a short place and a dash (a colon after a
   * place in capitals) before running prose: "UNICEF - the agency ..." has no sentence after it
   * that a headline ("Kenya – Floods displace thousands") lacks, so neither is taken for one.
   */
  private placeOnlyDateline(
    places: readonly DatelinePlace[],
    separator: DatelineSpan,
    seen: { capitals: boolean; credited: boolean; hasCountry: boolean },
  ): boolean {
    const mark = separator.text.trim();
    if (seen.capitals && (seen.credited || seen.hasCountry)) return true;
    const words = places.reduce((count, place) => count + place.text.split(/\s+/).length, 0);
    if (words > 3 || !places.every((place) => readsAsPlaceName(place.text))) return false;
    if (mark === ':' ? !seen.capitals : !/^[ \t\u00a0]/.test(separator.text) && mark !== '--') return false;
    // Running prose follows: a capital to start it and a full stop before the paragraph ends.
    const rest = this.text.slice(separator.range.end, this.end);
    return /^["“‘']?\p{Lu}/u.test(rest) && PROSE_SENTENCE.test(rest);
  }

  /** `(FAO)` right after the place, when a date follows: a credit, where a country would be. */
  private creditBeforeDate(): DatelineSpan | undefined {
    const at = this.pos;
    CREDIT.lastIndex = at;
    const match = CREDIT.exec(this.text);
    if (!match || CREDIT.lastIndex > this.end) return undefined;
    const name = match[1]!;
    // (PERU), (UK): a country in capitals.
    if (keepsCapitals(name) || COUNTRY_WORDS.has(name.toLowerCase())) return undefined;
    this.pos = CREDIT.lastIndex;
    // Only before a date: `GENEVA (Reuters) - ` is read by the wire-dateline branch.
    const linkStart = this.pos;
    const { countries } = this.countries();
    this.match(LINK);
    const dateAhead = this.date(true) !== undefined;
    this.pos = linkStart;
    if (!dateAhead && countries.length === 0) {
      this.pos = at;
      return undefined;
    }
    const open = match[0].indexOf('(');
    return this.span(at + open, CREDIT.lastIndex);
  }

  /** `16th June 2020 - Tunis, Tunisia`, `5 May 2020: ` (a date and no place). */
  private dateFirst(start: number, open: DatelineSpan | undefined): ParsedDateline | undefined {
    const begin = this.pos;
    const date = this.date(false);
    if (!date) return undefined;
    const afterDate = this.pos;
    const linkMatch = this.match(SEPARATOR);
    if (linkMatch) {
      const link = this.span(afterDate, this.pos);
      const places = this.placeGroup();
      if (places.length > 0) {
        const { countries, inBrackets } = this.countries();
        const source = this.source();
        const close = this.closeEmphasis(open);
        const afterPlaces = this.pos;
        const parsed = this.finish(start, begin, {
          places,
          countries,
          countryInBrackets: inBrackets,
          link,
          date,
          dateFirst: true,
          source,
          open,
          close,
        });
        // The place must end the dateline: a separator or the end of the line follows it.
        if (parsed && (parsed.separator || parsed.ownLine)) return parsed;
        this.pos = afterPlaces;
      }
    }
    // A date alone, then a separator: a dateline that lacks its place.
    this.pos = afterDate;
    const source = this.source();
    const close = this.closeEmphasis(open);
    const parsed = this.finish(start, begin, { places: [], countries: [], countryInBrackets: false, date, dateFirst: true, source, open, close });
    return parsed && (parsed.separator || parsed.ownLine) && parsed.separator?.text.trim() !== ',' ? parsed : undefined;
  }

  /** Reads the separator (or the end of the line) after the dateline and builds the result. */
  private finish(start: number, begin: number, parts: Parts): ParsedDateline | undefined {
    return this.result(start, begin, { ...parts, separator: this.separator() });
  }

  private result(start: number, begin: number, parts: Parts & { separator?: DatelineSpan }): ParsedDateline | undefined {
    const { open, close, separator, ...rest } = parts;
    const emphasis = open && close ? { open, close } : undefined;
    // Unclosed emphasis: the dateline starts after the marker, which stays as it is.
    const first = emphasis ? start : begin;
    const markEnd = separator ? separator.range.start + separator.text.trimEnd().length : this.pos;
    const trailing = /[ \t\u00a0]*(\r\n|\r|\n)?[ \t\u00a0]*/y;
    trailing.lastIndex = markEnd;
    const gap = trailing.exec(this.text)!;
    const next = markEnd + gap[0].length;
    let ownLine = false;
    let bodyStart: number | undefined = next;
    if (next >= this.end) {
      // "Accra, Ghana, 3 May 2018" alone in its paragraph: the first sentence is the next paragraph.
      ownLine = true;
      bodyStart = this.nextParagraphStart();
    } else if (gap[1] && !separator) {
      ownLine = true;
    } else if (!separator && !rest.date) {
      return undefined;
    }
    return { block: this.block, range: { start: first, end: markEnd }, ...rest, separator, ownLine, emphasis, bodyStart };
  }

  private nextParagraphStart(): number | undefined {
    const index = this.doc.body.indexOf(this.block);
    return index >= 0 ? this.doc.body[index + 1]?.range.start : undefined;
  }

  /** One or more place names joined by "/": `Vienna/Lima`. */
  private placeGroup(): DatelinePlace[] {
    const places: DatelinePlace[] = [];
    for (;;) {
      const save = this.pos;
      if (places.length > 0 && !this.match(SLASH)) break;
      const name = this.placeName();
      if (!name) {
        this.pos = save;
        break;
      }
      places.push(places.length > 0 ? { ...name, joiner: '/' } : name);
    }
    return places;
  }

  /** Countries after the place: `, Ghana`, `(Peru)`, `(Austria/Peru)`, `, Colo.`. */
  private countries(): { countries: DatelinePlace[]; inBrackets: boolean } {
    const countries: DatelinePlace[] = [];
    const save = this.pos;
    if (this.match(OPEN_BRACKET)) {
      for (;;) {
        const joinerAt = this.pos;
        const joiner = countries.length === 0 ? undefined : this.match(LIST_JOINER);
        if (countries.length > 0 && !joiner) break;
        const name = this.placeName();
        if (!name) {
          this.pos = joinerAt;
          break;
        }
        countries.push(joiner ? { ...name, joiner: joiner.text.trim() as '/' | ',' } : name);
      }
      if (countries.length > 0 && this.match(CLOSE_BRACKET)) return { countries, inBrackets: true };
      this.pos = save;
      return { countries: [], inBrackets: false };
    }
    while (countries.length < 3) {
      const at = this.pos;
      if (!this.match(COMMA)) break;
      const group = this.placeGroup();
      if (group.length === 0) {
        this.pos = at;
        break;
      }
      countries.push({ ...group[0]!, joiner: ',' }, ...group.slice(1));
    }
    if (countries[0]) delete countries[0].joiner;
    return { countries, inBrackets: false };
  }

  /** Capitalised words, with lower-case joiners between them; stops before a month-day date. */
  private placeName(): DatelineSpan | undefined {
    const start = this.pos;
    let end = start;
    let words = 0;
    while (words < 6) {
      const at = this.pos;
      if (words > 0) {
        if (!this.match(SPACES)) break;
        this.match(PLACE_JOINER);
      }
      if (this.monthDayAhead() || this.weekdayDateAhead()) {
        this.pos = at;
        break;
      }
      const word = this.match(PLACE_WORD);
      // "Geneva  On Monday, 9 July, ...": a word that opens a sentence ends the place.
      if (!word || (words > 0 && NOT_A_PLACE.has(word.text))) {
        this.pos = at;
        break;
      }
      end = this.pos;
      words++;
    }
    this.pos = end;
    return words > 0 ? this.span(start, end) : undefined;
  }

  /** True when a day of the week and then a date start here ("Monday 8 July 2019"). */
  private weekdayDateAhead(): boolean {
    WEEKDAY.lastIndex = this.pos;
    if (!WEEKDAY.test(this.text) || WEEKDAY.lastIndex > this.end) return false;
    const at = this.pos;
    const date = this.date(true);
    this.pos = at;
    return date !== undefined;
  }

  /** True when a month-day date starts here ("March 9", "Jan. 9, 2025", "Mrach 9, 2023"). */
  private monthDayAhead(): boolean {
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
  private date(afterPlace: boolean): DatelineDate | undefined {
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
  private dayAndMonth(afterPlace: boolean): DatelineDate | undefined {
    const start = this.pos;
    DAY_MONTH.lastIndex = start;
    const dayMonth = DAY_MONTH.exec(this.text);
    if (dayMonth && DAY_MONTH.lastIndex <= this.end) {
      const dayText = dayMonth[1]! + (dayMonth[2] ?? '');
      const monthWord = dayMonth[3]!;
      const monthStart = DAY_MONTH.lastIndex - monthWord.length;
      this.pos = DAY_MONTH.lastIndex;
      const year = this.year();
      const month = monthOf(monthWord);
      if (month || year.year || (afterPlace && this.separatorAhead())) {
        return this.dateSpan(start, {
          day: { text: dayText, range: { start, end: start + dayText.length }, value: Number(dayMonth[1]), ordinal: dayMonth[2] },
          month: { text: monthWord, range: { start: monthStart, end: monthStart + monthWord.length }, value: month?.month, abbreviated: month?.abbreviated ?? false },
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
      const month = monthOf(monthWord);
      if (month || year.year) {
        return this.dateSpan(start, {
          day: { text: dayText, range: { start: dayStart, end: dayStart + dayText.length }, value: Number(monthDay[2]), ordinal: monthDay[3] },
          month: { text: monthWord, range: { start, end: start + monthWord.length }, value: month?.month, abbreviated: month?.abbreviated ?? false },
          year: year.year,
          order: 'month-day',
          commaBeforeYear: year.comma,
        });
      }
      this.pos = start;
    }
    return undefined;
  }

  private dateSpan(start: number, parts: Omit<DatelineDate, 'text' | 'range'>): DatelineDate {
    return { ...this.span(start, this.pos), ...parts };
  }

  private year(): { year?: DatelineSpan & { value: number }; comma: boolean } {
    const at = this.pos;
    YEAR.lastIndex = at;
    const match = YEAR.exec(this.text);
    if (!match || YEAR.lastIndex > this.end) return { comma: false };
    this.pos = YEAR.lastIndex;
    const yearStart = this.pos - 4;
    return { year: { text: match[2]!, range: { start: yearStart, end: this.pos }, value: Number(match[2]) }, comma: match[1] === ',' };
  }

  private separatorAhead(): boolean {
    SEPARATOR.lastIndex = this.pos;
    return SEPARATOR.test(this.text) && !/^,/.test(this.text.slice(this.pos).trimStart());
  }

  private source(): DatelineSpan | undefined {
    const at = this.pos;
    const match = this.match(SOURCE);
    if (!match) return undefined;
    const text = match.text.trimStart();
    return this.span(at + match.text.length - text.length, this.pos);
  }

  private closeEmphasis(open: DatelineSpan | undefined): DatelineSpan | undefined {
    if (!open || !this.text.startsWith(open.text, this.pos)) return undefined;
    const at = this.pos;
    this.pos += open.text.length;
    return this.span(at, this.pos);
  }

  private separator(): DatelineSpan | undefined {
    const at = this.pos;
    return this.match(SEPARATOR) ? this.span(at, this.pos) : undefined;
  }

  /** Runs a sticky pattern at the current position; advances past the match, within the paragraph. */
  private match(pattern: RegExp): DatelineSpan | undefined {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (!match || pattern.lastIndex > this.end || (match[0].length === 0 && pattern !== LINK)) return undefined;
    const start = this.pos;
    this.pos = pattern.lastIndex;
    return this.span(start, this.pos);
  }

  private span(start: number, end: number): DatelineSpan {
    return { text: this.text.slice(start, end), range: { start, end } };
  }
}

/** What the scanner reads before the separator: the dateline's parts and its emphasis marks. */
type Parts = Pick<ParsedDateline, 'places' | 'countries' | 'countryInBrackets' | 'link' | 'date' | 'dateFirst' | 'source'> & {
  open?: DatelineSpan;
  close?: DatelineSpan;
};

