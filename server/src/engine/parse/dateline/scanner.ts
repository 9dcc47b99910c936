/**
 * The dateline scanner: reads the opening of a paragraph as place(s), country, date, source
 * credit and separator, with exact ranges, whatever form the writer used
 * (`Accra, Ghana, 3 May 2018 - `, `DENVER, Colo., Jan. 9, 2025 /PRNewswire/ -- `,
 * `16th June 2020 - Tunis, Tunisia` on its own line ...). It only describes what is there; the
 * `dateline` rule compares it with the house form.
 */
import type { Block } from '../blocks';
import { COUNTRY_WORDS, keepsCapitals, readsAsPlaceName } from '../../text/places';
import { isNameInCapitals } from '../../text/capitals';
import {
  PLACE_WORD,
  PLACE_JOINER,
  PROSE_SENTENCE,
  NOT_A_PLACE,
  DATELINE_CLOSE,
  DATELINE_OPEN,
  SEPARATOR,
  LINK,
  EMPHASIS,
  SLASH,
  OPEN_BRACKET,
  CLOSE_BRACKET,
  LIST_JOINER,
  COMMA,
  SPACES,
  CREDIT,
  EVENT,
} from './patterns';
import type { DatelineDate, DatelinePlace, DatelineSpan, ParsedDateline } from './model';
import { DateCursor } from './cursor';
import { ADVISORY_LABELS } from '../section-marks';

/** What the scanner reads of a document (so `opensWithDateline` can scan bare text). */
export interface ScannedDocument {
  readonly text: string;
  readonly body: readonly Block[];
}

export class DatelineScanner extends DateCursor {

  constructor(
    private readonly doc: ScannedDocument,
    private readonly block: Block,
  ) {
    super(doc.text, block.range.start, block.range.end);
  }

  parse(): ParsedDateline | undefined {
    const start = this.pos;
    const open = this.match(EMPHASIS);
    const afterOpen = this.pos;
    const bracketed = open ? undefined : this.bracketed(start);
    if (bracketed) return bracketed;
    this.pos = afterOpen;
    const event = this.match(EVENT);
    const placeFirst = this.placeFirst(start, open);
    if (placeFirst && event) {
      const name = this.span(event.range.start, event.range.start + event.text.replace(/,[ \t]*$/, '').length);
      return { ...placeFirst, event: name, range: { start: Math.min(placeFirst.range.start, event.range.start), end: placeFirst.range.end } };
    }
    if (placeFirst) return placeFirst;
    this.pos = afterOpen;
    return this.dateFirst(start, open);
  }

  /** `Accra, Ghana, 3 May 2018 - `, `Lima (Peru) 14 February 2022: `, `GENEVA (Reuters) - `. */
  private placeFirst(start: number, open: DatelineSpan | undefined): ParsedDateline | undefined {
    const begin = this.pos;
    const places = this.placeGroup();
    if (places.length === 0) return undefined;
    if (places.length === 1 && !places[0]!.text.includes(' ') && (NOT_A_PLACE.has(places[0]!.text) || ADVISORY_LABELS.has(places[0]!.text.toLowerCase()))) return undefined;
    const afterPlaces = this.pos;
    const credit = this.creditBeforeDate();
    const { countries, inBrackets } = this.countries();
    const linkStart = this.pos;
    this.match(LINK);
    const link = this.span(linkStart, this.pos);
    const date = this.date(true) ?? this.dateInBrackets();
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
      // A city in capitals alone in its paragraph, the first sentence in the next (`NEW YORK` under a wire's stack).
      if (!separator && capitals && !source && !open && this.text.slice(this.pos, this.end).trim() === '' && this.nextParagraphStart() !== undefined) {
        return this.result(start, begin, { places, countries, countryInBrackets: false, dateFirst: false });
      }
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
    // A dash glued to a word is a hyphen ("Kenya-based"), unless it follows an abbreviation's stop ("Nueva York, EE.UU.- ").
    if (mark === ':' ? !seen.capitals : !/^[ \t\u00a0]/.test(separator.text) && mark !== '--' && this.text[separator.range.start - 1] !== '.') return false;
    // Running prose follows: a capital to start it and a full stop before the paragraph ends.
    // (The first sentence may start on the next line: `CHICAGO —` above the body.)
    const rest = this.text.slice(separator.range.end, this.end);
    return /^\s*["“‘']?\p{Lu}/u.test(rest) && PROSE_SENTENCE.test(rest);
  }

  /** A whole dateline in brackets: `(PHOENIX) – `, `(Dallas, Texas) – `, `[HONG KONG – 31 January 2018] - `. */
  private bracketed(start: number): ParsedDateline | undefined {
    const open = this.match(DATELINE_OPEN);
    if (!open) return undefined;
    const begin = this.pos;
    const places = this.placeGroup();
    if (places.length === 0 || !places.every((place) => readsAsPlaceName(place.text))) return undefined;
    const { countries, inBrackets } = this.countries();
    if (inBrackets) return undefined;
    const linkStart = this.pos;
    this.match(LINK);
    const link = this.span(linkStart, this.pos);
    const date = this.date(true);
    if (!date) this.pos = linkStart;
    const closeAt = this.pos;
    if (!this.match(DATELINE_CLOSE) || ')]'.indexOf(this.text[this.pos - 1]!) !== '(['.indexOf(open.text[0]!)) return undefined;
    const close = this.span(closeAt, this.pos);
    const separator = this.separator();
    if (!separator || separator.text.trim() === ',') return undefined;
    // Without a date, prose must follow (a bracketed aside opening a sentence is no dateline).
    if (!date && !/^\s*["“‘']?\p{Lu}/u.test(this.text.slice(this.pos, this.end))) return undefined;
    const parts = { places, countries, countryInBrackets: false, link: date ? link : undefined, date, dateFirst: false, separator };
    return this.result(start, begin, { ...parts, brackets: { open: this.span(start, start + open.text.length), close } });
  }

  /** A date in brackets after the place: `NEW YORK (September 25, 2025) — `, `DENVER, CO – (May 15, 2026) – `. */
  private dateInBrackets(): DatelineDate | undefined {
    const at = this.pos;
    if (this.match(OPEN_BRACKET)) {
      const date = this.date(true);
      if (date && this.match(CLOSE_BRACKET)) return { ...date, inBrackets: true };
    }
    this.pos = at;
    return undefined;
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
    const first = emphasis || rest.brackets ? start : begin;
    const markEnd = separator ? separator.range.start + separator.text.trimEnd().length : this.pos;
    const trailing = /[ \t\u00a0]*(\r\n|\r|\n)?[ \t\u00a0]*/y;
    trailing.lastIndex = markEnd;
    const gap = trailing.exec(this.text)!;
    const next = markEnd + gap[0].length;
    let ownLine = false;
    let bodyStart: number | undefined = next;
    // "Paris, le 17 juin 2015." alone in its paragraph: the full stop ends the dateline, no sentence follows.
    const fullStop = /\.[ \t\u00a0]*/y;
    fullStop.lastIndex = markEnd;
    if (!separator && fullStop.test(this.text) && fullStop.lastIndex >= this.end) {
      ownLine = true;
      bodyStart = this.nextParagraphStart();
    } else if (next >= this.end) {
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

}

/** What the scanner reads before the separator: the dateline's parts and its emphasis marks. */
type Parts = Pick<ParsedDateline, 'places' | 'countries' | 'countryInBrackets' | 'link' | 'date' | 'dateFirst' | 'source' | 'brackets'> & {
  open?: DatelineSpan;
  close?: DatelineSpan;
};

