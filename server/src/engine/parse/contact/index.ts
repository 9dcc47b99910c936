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
import type { Block, DraftDocument } from '../document';
import { ABOUT_HEADING, ADVISORY_LABELS, isEndMark } from '../section-marks';
import { DerivedKey } from '../../derived';
import type { TextRange } from '../../vocabulary';
import type { ChannelKind, ContactEntry, ContactInfo, ContactPart } from './model';
import { Reader, trimRange } from './reader';

export type * from './model';
export { isChannelLine, isHandle, isPhoneNumber } from './channels';
export { isPersonName } from './roles';

const CONTACT_INFO = new DerivedKey<ContactInfo | undefined>('the contact block, read');

/** The contact block of a draft, read into entries; undefined when the draft has none. Computed once per document. */
export function contactInfo(doc: DraftDocument): ContactInfo | undefined {
  return doc.derived.get(CONTACT_INFO, () => (doc.contact ? readContactSection(doc) : undefined));
}

/** Every contact name in the draft (for the spelling rule: they are accepted words). */
export function contactNames(doc: DraftDocument): ContactPart[] {
  return (contactInfo(doc)?.entries ?? []).flatMap((entry) => (entry.name ? [entry.name] : []));
}

const PROSE_KEYWORD =
  /disclaimer|confidential|intended (?:solely|only)|not (?:be )?(?:responsible|liable)|liabilit|copyright|©|all rights reserved|unsubscribe|privacy|legal notice/i;

/** A paragraph of sentences, or one with the words of a disclaimer: not a contact. */
function isProse(paragraph: { text: string; lines: TextRange[] }): boolean {
  const words = paragraph.text.split(/\s+/).filter(Boolean).length;
  if (words >= 8 && PROSE_KEYWORD.test(paragraph.text)) return true;
  // (Three lower-case letters before the stop: "Mr. Molalet" and "Dr. Ames" end no sentence.)
  const sentences = /\p{Ll}{3}[.!?]["”’]?(?:\s+\p{Lu}|\s*$)/u.test(paragraph.text);
  const longestLine = paragraph.lines.reduce((longest, line) => Math.max(longest, line.end - line.start), 0);
  return sentences && (words >= 25 || longestLine >= 120);
}

/** The first line of a footer under the contacts (see readContactSection). */
const FOOTER = /^(?:(?:INDUSTRY |SUBJECT )?KEYWORDS?:|SOURCE[: ]|ISSUED BY\b|MEDIA:$|Logo$|Photos?:?$|Multimedia:?$)/;

/** A label over a group of entries: "In Bonn, Germany:", "From the Ministry:". */
const GROUP_LABEL = /^(?:in|from|at|for)\s+\p{Lu}[^:\d@]{0,50}:$/iu;
/** The rest of a name wrapped over two lines: a particle and a capitalised word ("von Hohenberg-Stein"). */
const NAME_CONTINUATION = /^(?:von|van|de|da|del|della|der|den|di|du|le|la|bin|ibn|al|el)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?$/u;

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

  const blocks: Block[] = [...section.blocks];
  let headingTail: TextRange | undefined;
  if (section.heading) {
    const heading = section.heading;
    const prefix = /^(?:#{1,6}[ \t]+)?(?:\*\*|__)?/.exec(heading.text)![0].length;
    let start = heading.range.start + prefix;
    let end = heading.range.end;
    const text = doc.text.slice(start, end);
    // "Media contact: Jane Doe, ...": the heading stops at its colon; the rest is an entry.
    // "For further information, please contact Jane Doe at ...": it stops after "contact".
    // ("... please contact the UNEP Newsdesk:" is all heading: it names whom, the entries follow.)
    const sentence = /:\s*[*_]*\s*$/.test(text) ? null : /\bplease contact[ \t]+(?=[^\s:])/i.exec(text);
    const colon = text.indexOf(':');
    const stop = sentence && (colon < 0 || sentence.index < colon) ? sentence.index + sentence[0].trimEnd().length : colon >= 0 ? colon + 1 : -1;
    if (stop >= 0 && text.slice(stop).replace(/[*_\s]/g, '') !== '') {
      headingTail = { start: start + stop, end };
      end = start + stop;
    }
    [start, end] = trimRange(doc.text, start, end, /[\s\u00a0*_]/);
    info.heading = { text: doc.text.slice(start, end), range: { start, end }, entryOnLine: headingTail !== undefined };
  }

  let previous: ContactEntry | undefined;
  let inFooter = false;
  const readLines = (lines: TextRange[], inBlock: { entry?: ContactEntry; person: boolean; channels: Array<{ kind: ChannelKind; part: ContactPart }> }, afterHeading = false) => {
    for (const line of lines) {
      const content = doc.text.slice(line.start, line.end).trim();
      if (content === '' || isEndMark(content) || ABOUT_HEADING.test(content) || /^<!--/.test(content)) continue;
      // A group label over the entries of one place: "In Bonn, Germany:".
      if (GROUP_LABEL.test(content)) continue;
      // A wire service's or a sender's footer ends the contacts: "KEYWORDS: ...", "SOURCE Acme",
      // "ISSUED BY THE DEPARTMENT ...", then its address; nothing after it is an entry.
      if (FOOTER.test(content) || advisoryScheduleLine(content)) {
        inFooter = true;
        continue;
      }
      if (inFooter) continue;
      // A name wrapped onto the next line ("Maximilian Alexander" / "von Hohenberg-Stein"): the same name.
      const entry0 = inBlock.entry;
      if (entry0?.name && !entry0.organisation && !hasChannels(entry0) && NAME_CONTINUATION.test(content)) {
        const raw = doc.text.slice(line.start, line.end);
        const end = line.start + (raw.length - raw.trimStart().length) + content.length;
        entry0.name = { ...entry0.name, text: doc.text.slice(entry0.name.range.start, end), range: { start: entry0.name.range.start, end } };
        extend(entry0, entry0.name);
        continue;
      }
      reader.findPlaceholders(line.start, line.end);
      // (What follows "please contact" on the heading's line is whom to contact, however it ends.)
      if (!afterHeading && isNote(content) && !/@|\[at\]|\d{3}/.test(content)) continue;
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
    readLines(paragraph.lines, inBlock, headingTail !== undefined && paragraph.range === headingTail);
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

/**
 * A media advisory's schedule line in capitals ("WHAT: ...", "QUÉ: ...", "CUÁNDO: ..."): an
 * advisory that puts its contacts above the schedule ends them there.
 */
function advisoryScheduleLine(content: string): boolean {
  const label = /^(\p{Lu}+)[ \t]*:/u.exec(content)?.[1];
  return label !== undefined && label.length > 1 && ADVISORY_LABELS.has(label.toLowerCase());
}
