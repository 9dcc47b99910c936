/** The contact reader: one line of a contact block at a time, into its organisation, name, title and channels. */
import type { TextRange } from '../../vocabulary';
import type { ChannelKind, ContactInfo, ContactPart, LineParts } from './model';
import {
  CHANNEL_LABELS,
  EMAIL_CANDIDATE,
  HANDLE,
  IGNORED_LABEL,
  INNER_LABEL,
  isHandle,
  isPhoneNumber,
  LABEL,
  PLACEHOLDER,
  SEPARATOR,
  URL,
  VALID_EMAIL,
} from './channels';
import { isAddress, isPersonName, placeholderRole, textRole } from './roles';
import { isPhoneNumberRun, PHONE_NUMBER_RUN } from '../../text/addresses';

export class Reader {
  readonly info: ContactInfo = { entries: [], shared: [], placeholders: [], emptyChannels: [], prose: [] };
  private placeholderRanges: TextRange[] = [];

  constructor(private readonly text: string) {}

  part(start: number, end: number, value?: string): ContactPart {
    const text = this.text.slice(start, end);
    const part: ContactPart = { text, value: value ?? text, range: { start, end } };
    if (this.placeholderRanges.some((r) => r.start < end && start < r.end)) part.placeholder = true;
    return part;
  }

  /** Placeholders of one line, found before the line is split so that `[Name]` stays whole. */
  findPlaceholders(start: number, end: number): void {
    this.placeholderRanges = [];
    const line = this.text.slice(start, end);
    for (const match of line.matchAll(PLACEHOLDER)) {
      const range = { start: start + match.index, end: start + match.index + match[0].length };
      this.placeholderRanges.push(range);
      this.info.placeholders.push(this.part(range.start, range.end));
    }
  }

  /** Splits a line into segments (channels written side by side) and reads each. */
  readLine(start: number, end: number): LineParts {
    const parts: LineParts = { channels: [] };
    const line = this.text.slice(start, end);
    let cursor = 0;
    const cuts: Array<[number, number]> = [];
    for (const match of line.matchAll(SEPARATOR)) {
      cuts.push([cursor, match.index]);
      cursor = match.index + match[0].length;
    }
    cuts.push([cursor, line.length]);
    // A Markdown link's target (`](tel:+33...)`) is not text: a label in it starts nothing.
    const targets = [...line.matchAll(/\]\([^)\s]*\)/g)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const [from, to] of cuts) {
      // A label in the middle of a segment ("Jane Doe, Email: ...") starts a segment of its own.
      const segment = line.slice(from, to);
      let segmentStart = 0;
      for (const match of segment.matchAll(INNER_LABEL)) {
        if (match.index === 0 || targets.some(([a, b]) => from + match.index >= a && from + match.index < b)) continue;
        this.readSegment(start + from + segmentStart, start + from + match.index, parts);
        segmentStart = match.index;
      }
      this.readSegment(start + from + segmentStart, start + to, parts);
    }
    return parts;
  }

  private readSegment(start: number, end: number, parts: LineParts): void {
    [start, end] = trimRange(this.text, start, end, /[\s\u00a0\u202f\u200b,]/);
    if (start >= end) return;
    const segment = this.text.slice(start, end);
    const label = LABEL.exec(segment);
    if (label) {
      const name = label[1]!.trim();
      if (IGNORED_LABEL.test(name)) return;
      const kind = CHANNEL_LABELS.find(([, re]) => re.test(name))?.[0];
      // Single letters are labels only in their usual upper case (T:, M:, E:, W:, X:).
      if (kind && !(name.length === 1 && name !== name.toUpperCase())) {
        const valueStart = start + label[0].length;
        const labelEnd = start + label.index + label[0].trimEnd().length;
        this.readChannel(kind, name, start, labelEnd, valueStart, end, parts);
        return;
      }
    }
    this.readFreeText(start, end, parts);
  }

  private readChannel(
    kind: ChannelKind,
    label: string,
    labelStart: number,
    labelEnd: number,
    start: number,
    end: number,
    parts: LineParts,
  ): void {
    if (start >= end) {
      this.info.emptyChannels.push({ kind, label, range: { start: labelStart, end: labelEnd } });
      return;
    }
    const add = (part: ContactPart) => {
      part.label = label;
      if (kind === 'handle') part.network = label;
      parts.channels.push({ kind, part });
    };
    if (kind === 'email') {
      const found = this.emails(start, end);
      if (found.length === 0) {
        const part = this.part(start, end);
        if (!part.placeholder) part.malformed = true;
        add(part);
      }
      found.forEach(add);
      return;
    }
    const items = this.items(start, end);
    for (const [itemFrom, itemTo] of items) {
      // A Markdown link: `[+33 4 72 55 01 23](tel:+33472550123)` is the number its text shows.
      const link = /^\[([^\]\n]+)\]\([^)\s]*\)$/.exec(this.text.slice(itemFrom, itemTo));
      const [from, to] = link ? [itemFrom + 1, itemFrom + 1 + link[1]!.length] : [itemFrom, itemTo];
      const part = this.part(from, to);
      // A word among the numbers ("Tel: WhatsApp, +1 347 ...") says how to call, it is no number.
      if (kind === 'phone' && !/\d/.test(part.text) && !part.placeholder && items.length > 1) continue;
      if (kind === 'phone') {
        part.value = part.text.replace(/[\s\u00a0\u202f]+/g, ' ');
        if (!part.placeholder && !isPhoneNumber(part.text)) part.malformed = true;
      } else if (kind === 'handle') {
        if (!part.placeholder && !isHandle(part.text, label)) part.malformed = true;
      }
      add(part);
    }
  }

  /** Items of a labelled value: `+41 22 ..., +41 79 ...` or `a or b`. */
  private items(start: number, end: number): Array<[number, number]> {
    const value = this.text.slice(start, end);
    const items: Array<[number, number]> = [];
    let cursor = 0;
    for (const match of value.matchAll(/\s*(?:,|;|\bor\b)\s*/g)) {
      items.push([start + cursor, start + match.index]);
      cursor = match.index + match[0].length;
    }
    items.push([start + cursor, end]);
    return items
      .map(([from, to]) => trimRange(this.text, from, to, /[\s\u00a0\u202f\u200b]/))
      .filter(([from, to]) => from < to);
  }

  /** E-mail addresses in a span, written plainly or as `name[at]org[dot]org`. */
  private emails(start: number, end: number): ContactPart[] {
    const found: ContactPart[] = [];
    const span = this.text.slice(start, end);
    for (const match of span.matchAll(EMAIL_CANDIDATE)) {
      let text = match[0];
      let offset = match.index;
      if (/^mailto:/i.test(text)) {
        offset += 7;
        text = text.slice(7);
      }
      text = text.replace(/[.\-]+$/, ''); // the full stop of a sentence is not part of the address
      const value = text
        .replace(/[ \u00a0]?(?:\[at\]|\(at\)|\{at\})[ \u00a0]?/gi, '@')
        .replace(/\[dot\]|\(dot\)/gi, '.');
      const part = this.part(start + offset, start + offset + text.length, value);
      if (!part.placeholder && !VALID_EMAIL.test(value)) part.malformed = true;
      found.push(part);
    }
    return found;
  }

  /** A segment without a label: bare channels, then whoever is left (organisation, name, title). */
  private readFreeText(start: number, end: number, parts: LineParts): void {
    const taken: TextRange[] = [];
    const free = (from: number, to: number) => !taken.some((r) => r.start < to && from < r.end);
    const take = (kind: ChannelKind, part: ContactPart) => {
      taken.push(part.range);
      parts.channels.push({ kind, part });
    };
    const segment = this.text.slice(start, end);
    for (const match of segment.matchAll(URL)) {
      const to = start + match.index + match[0].replace(/[.,;:]+$/, '').length;
      take('web', this.part(start + match.index, to));
    }
    for (const part of this.emails(start, end)) if (free(part.range.start, part.range.end)) take('email', part);
    for (const match of segment.matchAll(HANDLE)) {
      const from = start + match.index;
      if (!free(from, from + match[0].length)) continue;
      const part = this.part(from, from + match[0].length);
      if (!part.placeholder && !isHandle(part.text)) part.malformed = true;
      take('handle', part);
    }
    for (const match of segment.matchAll(PHONE_NUMBER_RUN)) {
      const from = start + match.index;
      const to = from + match[0].length;
      if (!free(from, to) || !isPhoneNumberRun(match[0])) continue;
      const part = this.part(from, to, match[0].replace(/[\s\u00a0\u202f]+/g, ' '));
      if (!part.placeholder && !isPhoneNumber(part.text)) part.malformed = true;
      take('phone', part);
    }
    // What is left: "Organisation: Name", or pieces separated by commas, dashes and brackets.
    const pieces = this.remainingPieces(start, end, taken);
    if (pieces.length === 0) return;
    if (parts.channels.length === 0 && isAddress(pieces.map(([a, b]) => this.text.slice(a, b)).join(', '))) return;
    this.assignPieces(pieces, parts);
  }

  /** The person text of a segment, cut into pieces, with the channels taken out. */
  private remainingPieces(start: number, end: number, taken: TextRange[]): Array<[number, number, 'left' | 'right' | 'any']> {
    const sorted = [...taken].sort((a, b) => a.start - b.start);
    const spans: Array<[number, number]> = [];
    let cursor = start;
    for (const range of sorted) {
      if (range.start > cursor) spans.push([cursor, range.start]);
      cursor = Math.max(cursor, range.end);
    }
    if (cursor < end) spans.push([cursor, end]);
    const pieces: Array<[number, number, 'left' | 'right' | 'any']> = [];
    let colonSeen = false;
    for (const [from, to] of spans) {
      const span = this.text.slice(from, to);
      // "Organisation: Name": the first colon that is not part of a time or a URL.
      const colon = colonSeen ? -1 : span.search(/:(?!\/\/|\d)/);
      const halves: Array<[number, number, 'left' | 'right' | 'any']> =
        colon >= 0 && !/[\d@]/.test(span.slice(0, colon))
          ? [
              [from, from + colon, 'left'],
              [from + colon + 1, to, 'right'],
            ]
          : [[from, to, colonSeen ? 'right' : 'any']];
      if (colon >= 0) colonSeen = true;
      for (const [a, b, side] of halves) {
        const piece = this.text.slice(a, b);
        let cursor2 = 0;
        // ... and " at " in a sentence: "Jane Doe at the Agency's office in Geneva".
        for (const match of piece.matchAll(/\s*(?:,|\t|\s[-–—]\s|[()]|<\/?[A-Za-z][^>]*>|\sat\s(?=(?:the\s)?\p{Lu}))\s*/gu)) {
          pieces.push([a + cursor2, a + match.index, side]);
          cursor2 = match.index + match[0].length;
        }
        pieces.push([a + cursor2, b, side]);
      }
    }
    return pieces
      .map(([a, b, side]) => {
        let [from, to] = trimRange(this.text, a, b, /[\s\u00a0\u202f\u200b,:;|*_\-–—.]/);
        // A joining word left at the end of a piece: "Anne White at" before "Mobile: ...".
        const joiner = /\s(?:at|or|on|via)$/i.exec(this.text.slice(from, to));
        if (joiner) to -= joiner[0].length;
        return [from, to, side] as [number, number, 'left' | 'right' | 'any'];
      })
      // (A sentence's joining word left between the parts is no part: "..., Public Information Officer, at".)
      .filter(([a, b]) => a < b && /\p{L}/u.test(this.text.slice(a, b)) && !/^(?:at|or|and|on|via)$/i.test(this.text.slice(a, b)));
  }

  private assignPieces(pieces: Array<[number, number, 'left' | 'right' | 'any']>, parts: LineParts): void {
    // "Organisation: Name" when a name follows the colon; "Jane Doe: +41 ..." otherwise.
    const nameFollows = pieces.some(([a, b, side]) => side === 'right' && isPersonName(this.text.slice(a, b)));
    for (const [from, to, side] of pieces) {
      const part = this.part(from, to);
      let role = part.placeholder ? placeholderRole(part.text, side, parts) : textRole(part.text, side, nameFollows);
      // After the name, another capitalised piece is the organisation (Jane Doe, Officer, WaterAid).
      if (role === 'name' && parts.name && !parts.organisation) role = 'organisation';
      if (role && !parts[role]) parts[role] = part;
    }
  }
}

export function trimRange(text: string, start: number, end: number, trim: RegExp): [number, number] {
  while (start < end && trim.test(text[start]!)) start++;
  while (end > start && trim.test(text[end - 1]!)) end--;
  return [start, end];
}
