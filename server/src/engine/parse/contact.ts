/**
 * The contact block, read into entries: who to call (organisation, name, title) and how
 * (e-mail addresses, phone numbers, social handles, web addresses), every part with its exact
 * range in the original text.
 *
 * Used by the `contact-block` rule, by the spelling rule (names in the contact block are
 * accepted words) and by the language server's outline. Computed once per document.
 *
 * What it understands, line by line:
 *   UNICEF Belarus: Dmitry Shylin            "Organisation: Name" (the house form)
 *   Jane Doe, Press Officer, UNDP Geneva     name, title and organisation in any order
 *   Email: jane.doe[at]undp.org              labelled channels: Email, Tel, Phone, Mobile, Cell,
 *   Tel. +41 22 917 12 34 | M: +41 79 ...    WhatsApp, Twitter, X, Instagram, LinkedIn, Web ...
 *   jane.doe@undp.org, +41 22 917 12 34      or bare e-mail addresses, numbers, @handles, URLs
 * A paragraph of prose (a legal disclaimer, notes to editors) is not a contact, even if it holds a
 * phone number; nor is an address line.
 */
import type { TextRange } from '../vocabulary';
import type { Block, DraftDocument } from './document';
import { DEFAULT_END_MARKS } from './section-marks';
import { DerivedKey } from '../derived';

export type ChannelKind = 'email' | 'phone' | 'handle' | 'web';

/** One piece of a contact: a name, an organisation, an e-mail address, a number ... */
export interface ContactPart {
  /** The text as written: `doc.text.slice(range.start, range.end)`. */
  text: string;
  /**
   * The value, normalised: an e-mail address with `[at]` and `[dot]` written out, a phone
   * number as written with its spaces folded, a handle with its `@`.
   */
  value: string;
  range: TextRange;
  /** The label the channel was written under (`Email`, `Tel.`, `Twitter` ...), if any. */
  label?: string;
  /** For a handle: the network its label names (`Twitter`, `X`, `Instagram` ...), if any. */
  network?: string;
  /** The value is not a well-formed e-mail address, phone number or handle. */
  malformed?: boolean;
  /** The value is, or holds, a placeholder (TBC, XXX, [Name]). */
  placeholder?: boolean;
}

/** One person or desk to contact. */
export interface ContactEntry {
  /** From the first part to the last. */
  range: TextRange;
  organisation?: ContactPart;
  name?: ContactPart;
  title?: ContactPart;
  emails: ContactPart[];
  phones: ContactPart[];
  handles: ContactPart[];
  web: ContactPart[];
}

/** A channel label with nothing after it (`Email:` and then the end of the line). */
export interface EmptyChannel {
  kind: ChannelKind;
  label: string;
  /** The label, colon included. */
  range: TextRange;
}

export interface ContactInfo {
  /** The heading's own words (without `#`, `**` or an entry written on the same line). */
  heading?: { text: string; range: TextRange };
  entries: ContactEntry[];
  /** Channels of the organisation rather than a person: a Twitter handle on a paragraph of its own. */
  shared: ContactPart[];
  /** Every placeholder in the contact block, in text order. */
  placeholders: ContactPart[];
  emptyChannels: EmptyChannel[];
  /** Paragraphs of prose in the contact block (disclaimers, notes): not contacts. */
  prose: TextRange[];
}

const CONTACT_INFO = new DerivedKey<ContactInfo | undefined>('the contact block, read');

/** The contact block of a draft, read into entries; undefined when the draft has none. Computed once per document. */
export function contactInfo(doc: DraftDocument): ContactInfo | undefined {
  return doc.derived.get(CONTACT_INFO, () => (doc.contact ? readContactSection(doc) : undefined));
}

/** Every contact name in the draft (for the spelling rule: they are accepted words). */
export function contactNames(doc: DraftDocument): ContactPart[] {
  return (contactInfo(doc)?.entries ?? []).flatMap((entry) => (entry.name ? [entry.name] : []));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const SPACE = '[ \\t\\u00a0\\u202f\\u2007\\u200b]';
const CHANNEL_LABELS: ReadonlyArray<[ChannelKind, RegExp]> = [
  ['email', /^(?:e-?mail(?: address)?|mail|e)$/i],
  ['phone', /^(?:tel|telephone|phone|ph|mobile(?: phone)?|mob|cell(?: ?phone)?|whatsapp|t|m|p)$/i],
  ['handle', /^(?:twitter|x|twitter ?\/ ?x|x ?\/ ?twitter|instagram|facebook|linkedin|bluesky|mastodon|threads|tiktok|youtube)$/i],
  ['web', /^(?:web(?: ?site)?|site|url|w)$/i],
];
/** Labels of things that are not channels of this block: a fax number, a postal address. */
const IGNORED_LABEL = /^(?:fax|f|address|skype)$/i;
/** `Label:` (or `Tel.`/`Tel` before a number, `Email` before an address) at the start of a segment. */
const LABEL = new RegExp(
  `^(?:[-*•]${SPACE}+)?([A-Za-z][A-Za-z /-]{0,20}?)(?:\\.?${SPACE}*[:：]${SPACE}*|\\.?${SPACE}+(?=[+(\\d]|\\S*(?:@|\\[at\\]|\\(at\\))))`,
);
/** A label inside a segment (`..., Email: ...`): where to cut it. */
const INNER_LABEL = new RegExp(
  `(?<=[\\s,(])(?:e-?mail|tel|telephone|phone|mobile|mob|cell|whatsapp|twitter|instagram|facebook|linkedin|bluesky|mastodon|web|website|fax)\\.?${SPACE}*[:：]`,
  'gi',
);
/** What separates channels written on one line. */
const SEPARATOR = new RegExp(`${SPACE}*(?:[|•·;]|${SPACE}/${SPACE})${SPACE}*`, 'g');

const EMAIL_CANDIDATE =
  /(?:mailto:)?[A-Za-z0-9._%+'-]+(?:@|[ \u00a0]?(?:\[at\]|\(at\)|\{at\})[ \u00a0]?)(?:[A-Za-z0-9-]+|\[dot\]|\(dot\)|\.)+/gi;
const VALID_EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;
const URL = /(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
const HANDLE = /(?<![\w@.\/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/g;
/** A number: starts with +, 00, ( or 0, or has 9 digits or more (so a year range is not one). */
const BARE_PHONE = /(?<![\w+])(?:\+|\()?\d[\d \u00a0\u202f().\-/]{5,}\d(?![\w])/g;
const PLACEHOLDER =
  /\b(?:TBC|TBD|TBA|tbc|tbd|tba|N\/A)\b|\b(?:X{3,}|x{3,})\b|\[(?!at\]|dot\])[^\]\n]{1,40}\](?!\()|\blorem(?: ipsum)?\b|<(?![^>]*(?:@|:\/\/))(?!(?:br|b|i|em|strong|span|p|div|a|u|sup|sub|small)\b)[A-Za-z][^>\n]{0,30}>/gi;

const ORG_WORD =
  /\b(?:office|ministry|department|agency|programme|program|organi[sz]ation|fund|foundation|council|commission|union|nations|bank|institute|university|centre|center|association|society|group|trust|network|mission|embassy|committee|secretariat|alliance|federation|corporation|company|inc|ltd|llc|plc|gmbh|ag|sa|ngo|unit|division|bureau|authority|government|police|court|school|hospital|press office|newsroom)\b/i;
const TITLE_WORD =
  /\b(?:officer|manager|director|spokesperson|spokesman|spokeswoman|head|chief|adviser|advisor|specialist|co-?ordinator|consultant|assistant|associate|secretary|press|media|communications?|public information|representative|analyst|lead|president|chair|editor|editors|journalist|contact|contacts|spokes)\b/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|h\.?e\.?)\.?$/i;
const PARTICLE = /^(?:de|da|das|do|dos|du|del|della|der|den|di|van|von|bin|binti|al|el|la|le|ibn|y|zu|ter|ten)$/;
const ADDRESS_WORD =
  /\b(?:street|st\.|avenue|ave\.|road|rd\.|plaza|floor|building|p\.?\s?o\.?\s?box|box|suite|square|place|boulevard|blvd|strasse|straße|str\.|platz|gasse|house|lane|way)\b/i;
const NOTE_HEADING = /^(?:#{1,6}\s*)?(?:about\b|notes? to (?:the )?editors?\b|background\b)/i;
const PROSE_KEYWORD =
  /disclaimer|confidential|intended (?:solely|only)|not (?:be )?(?:responsible|liable)|liabilit|copyright|©|all rights reserved|unsubscribe|privacy|legal notice/i;

// ---------------------------------------------------------------------------------------------
// Reading

interface LineParts {
  organisation?: ContactPart;
  name?: ContactPart;
  title?: ContactPart;
  channels: Array<{ kind: ChannelKind; part: ContactPart }>;
}

class Reader {
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
    for (const [from, to] of cuts) {
      // A label in the middle of a segment ("Jane Doe, Email: ...") starts a segment of its own.
      const segment = line.slice(from, to);
      let segmentStart = 0;
      for (const match of segment.matchAll(INNER_LABEL)) {
        if (match.index === 0) continue;
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
    for (const [from, to] of this.items(start, end)) {
      const part = this.part(from, to);
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
    for (const match of segment.matchAll(BARE_PHONE)) {
      const from = start + match.index;
      const to = from + match[0].length;
      const digits = match[0].replace(/\D/g, '').length;
      const prefixed = /^(?:\+|\(|00|0)/.test(match[0]);
      if (!free(from, to) || digits < 7 || (!prefixed && digits < 9)) continue;
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
        for (const match of piece.matchAll(/\s*(?:,|\t|\s[-–—]\s|[()]|<\/?[A-Za-z][^>]*>)\s*/g)) {
          pieces.push([a + cursor2, a + match.index, side]);
          cursor2 = match.index + match[0].length;
        }
        pieces.push([a + cursor2, b, side]);
      }
    }
    return pieces
      .map(([a, b, side]) => [...trimRange(this.text, a, b, /[\s\u00a0\u202f\u200b,:;|*_\-–—]/), side] as [number, number, 'left' | 'right' | 'any'])
      .filter(([a, b]) => a < b && /\p{L}/u.test(this.text.slice(a, b)));
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

type PersonRole = 'organisation' | 'name' | 'title';

/** What a piece of a contact line is: its words say, then its place ("Organisation: Name"). */
function textRole(text: string, side: 'left' | 'right' | 'any', nameFollows: boolean): PersonRole | undefined {
  const acronym = /(?:^|[\s(])\p{Lu}[\p{Lu}\d.&-]*\p{Lu}(?=$|[\s),'’])/u.test(text);
  const org = acronym || ORG_WORD.test(text);
  const title = TITLE_WORD.test(text);
  const name = isPersonName(text);
  if (side === 'left') {
    if (title && !org) return 'title';
    if (org || nameFollows) return 'organisation';
    // "Jane Doe: +41 ..." is a name; "Follow us on Twitter: @..." is nobody.
    return name ? 'name' : undefined;
  }
  if (org && !(title && /^(?:head|chief|director|officer)\b/i.test(text))) return 'organisation';
  if (title) return 'title';
  if (name) return 'name';
  return undefined;
}

/** A placeholder's place: `[Organisation]: [Name]`, or what its word asks for. */
function placeholderRole(text: string, side: 'left' | 'right' | 'any', parts: LineParts): PersonRole | undefined {
  if (/org|company|agency|employer/i.test(text)) return 'organisation';
  if (/title|position|role|job/i.test(text)) return 'title';
  if (/name|person|contact|spokes/i.test(text)) return 'name';
  if (side === 'left') return 'organisation';
  return parts.name ? (parts.organisation ? 'title' : 'organisation') : 'name';
}

/** Two to five capitalised words (particles and initials allowed), or one capitalised word. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/[\s\u00a0]+/);
  while (words.length > 1 && HONORIFIC.test(words[0]!)) words.shift();
  if (words.length === 0 || words.length > 5 || text.length > 50 || /\d/.test(text)) return false;
  return words.every(
    (word) => PARTICLE.test(word) || /^\p{Lu}\.$/u.test(word) || /^\p{Lu}(?:[\p{Ll}'’.\-]|\p{Lu}(?=\p{Ll}))*$/u.test(word),
  );
}

function isAddress(text: string): boolean {
  return (/\d/.test(text) && ADDRESS_WORD.test(text)) || /(?:^|[\s,])\d{4,6}(?:[\s,]|$)/.test(text);
}

/**
 * A phone number: an optional leading +, digits grouped by spaces, dots, dashes, slashes or
 * brackets, 7 to 15 digits (E.164 allows 15), an optional extension, a note in brackets.
 */
export function isPhoneNumber(text: string): boolean {
  const number = text
    .replace(/\s*\((?:[A-Za-z][A-Za-z ]*)\)\s*$/, '') // (mobile), (office)
    .replace(/\s*(?:ext\.?|extension|x)\s*\d{1,6}$/i, '')
    .trim();
  if (!/^\+?[\d \u00a0\u202f().\-/]+$/.test(number)) return false;
  // International numbers carry a country code: 8 digits at least; local ones 7.
  const digits = number.replace(/\D/g, '').length;
  if (digits < (number.startsWith('+') ? 8 : 7) || digits > 15) return false;
  let depth = 0;
  for (const char of number) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A handle as written after a network's label or bare: Twitter/X names are 1 to 15 letters,
 * digits or underscores; other networks (and a bare @handle, whose network is unknown) allow
 * dots, dashes and longer names, and Mastodon's @name@server; a profile URL is fine.
 */
export function isHandle(text: string, network?: string): boolean {
  if (/^(?:https?:\/\/|www\.)/i.test(text)) return true;
  if (network && /^(?:twitter|x|twitter ?\/ ?x|x ?\/ ?twitter)$/i.test(network)) return /^@?[A-Za-z0-9_]{1,15}$/.test(text);
  return /^@?[A-Za-z0-9_][A-Za-z0-9_.\-]{0,49}(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?$/.test(text);
}

function trimRange(text: string, start: number, end: number, trim: RegExp): [number, number] {
  while (start < end && trim.test(text[start]!)) start++;
  while (end > start && trim.test(text[end - 1]!)) end--;
  return [start, end];
}

/** A paragraph of sentences, or one with the words of a disclaimer: not a contact. */
function isProse(paragraph: { text: string; lines: TextRange[] }): boolean {
  const words = paragraph.text.split(/\s+/).filter(Boolean).length;
  if (words >= 8 && PROSE_KEYWORD.test(paragraph.text)) return true;
  const sentences = /\p{Ll}[.!?]["”’]?(?:\s+\p{Lu}|\s*$)/u.test(paragraph.text);
  const longestLine = paragraph.lines.reduce((longest, line) => Math.max(longest, line.end - line.start), 0);
  return sentences && (words >= 25 || longestLine >= 120);
}

/** A line of one sentence with no channel in it ("Journalists are welcome to attend."). */
function isNote(text: string): boolean {
  return text.trim().split(/\s+/).length >= 6 && /[.!?]["”’]?$/.test(text.trim());
}

function emptyEntry(): ContactEntry {
  return { range: { start: 0, end: 0 }, emails: [], phones: [], handles: [], web: [] };
}

function extend(entry: ContactEntry, part: ContactPart): void {
  if (entry.range.start === entry.range.end) entry.range = { ...part.range };
  else entry.range = { start: Math.min(entry.range.start, part.range.start), end: Math.max(entry.range.end, part.range.end) };
}

function hasChannels(entry: ContactEntry): boolean {
  return entry.emails.length + entry.phones.length + entry.handles.length + entry.web.length > 0;
}

const CHANNEL_LIST = { email: 'emails', phone: 'phones', handle: 'handles', web: 'web' } as const;

function readContactSection(doc: DraftDocument): ContactInfo {
  const section = doc.contact!;
  const reader = new Reader(doc.text);
  const info = reader.info;
  const endMarks = new Set(DEFAULT_END_MARKS.map((mark) => mark.toUpperCase()));

  const blocks: Block[] = [...section.blocks];
  let headingTail: TextRange | undefined;
  if (section.heading) {
    const heading = section.heading;
    const prefix = /^(?:#{1,6}[ \t]+)?(?:\*\*|__)?/.exec(heading.text)![0].length;
    let start = heading.range.start + prefix;
    let end = heading.range.end;
    const text = doc.text.slice(start, end);
    // "Media contact: Jane Doe, ...": the heading stops at its colon; the rest is an entry.
    const colon = text.indexOf(':');
    if (colon >= 0 && text.slice(colon + 1).replace(/[*_\s]/g, '') !== '') {
      headingTail = { start: start + colon + 1, end };
      end = start + colon + 1;
    }
    [start, end] = trimRange(doc.text, start, end, /[\s\u00a0*_]/);
    info.heading = { text: doc.text.slice(start, end), range: { start, end } };
  }

  let previous: ContactEntry | undefined;
  const readLines = (lines: TextRange[], inBlock: { entry?: ContactEntry; person: boolean; channels: Array<{ kind: ChannelKind; part: ContactPart }> }) => {
    for (const line of lines) {
      const content = doc.text.slice(line.start, line.end).trim();
      if (content === '' || endMarks.has(content.toUpperCase()) || NOTE_HEADING.test(content) || /^<!--/.test(content)) continue;
      reader.findPlaceholders(line.start, line.end);
      if (isNote(content) && !/@|\[at\]|\d{3}/.test(content)) continue;
      const parts = reader.readLine(line.start, line.end);
      const person = (['organisation', 'name'] as const).filter((role) => parts[role]);
      if (person.length > 0) {
        const current = inBlock.entry;
        if (!current || hasChannels(current) || person.some((role) => current[role])) {
          inBlock.entry = emptyEntry();
          info.entries.push(inBlock.entry);
        }
        inBlock.person = true;
      }
      const entry = inBlock.entry;
      for (const role of ['organisation', 'name', 'title'] as const) {
        const part = parts[role];
        if (part && entry && !entry[role]) {
          entry[role] = part;
          extend(entry, part);
        }
      }
      for (const channel of parts.channels) {
        if (entry) {
          entry[CHANNEL_LIST[channel.kind]].push(channel.part);
          extend(entry, channel.part);
        } else inBlock.channels.push(channel);
      }
    }
  };

  const paragraphs: Array<{ lines: TextRange[]; text: string; range: TextRange }> = [];
  if (headingTail) paragraphs.push({ lines: [headingTail], text: doc.text.slice(headingTail.start, headingTail.end), range: headingTail });
  for (const block of blocks) paragraphs.push(block);

  for (const paragraph of paragraphs) {
    if (isProse(paragraph)) {
      info.prose.push(paragraph.range);
      continue;
    }
    const inBlock: { entry?: ContactEntry; person: boolean; channels: Array<{ kind: ChannelKind; part: ContactPart }> } = {
      person: false,
      channels: [],
    };
    readLines(paragraph.lines, inBlock);
    if (inBlock.channels.length > 0) {
      // A paragraph of channels alone: the organisation's handles and sites, or the previous
      // person's e-mail and phone written below their name after a blank line.
      const personal = inBlock.channels.filter((c) => c.kind === 'email' || c.kind === 'phone');
      if (personal.length === 0) {
        info.shared.push(...inBlock.channels.map((c) => c.part));
      } else {
        let target = previous;
        if (!target || target.emails.length + target.phones.length > 0) {
          target = emptyEntry();
          info.entries.push(target);
        }
        for (const channel of inBlock.channels) {
          target[CHANNEL_LIST[channel.kind]].push(channel.part);
          extend(target, channel.part);
        }
        inBlock.entry = target;
      }
    }
    if (inBlock.entry) previous = inBlock.entry;
  }
  info.entries.sort((a, b) => a.range.start - b.range.start);
  return info;
}
