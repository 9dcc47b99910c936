/**
 * The `contact-block` rule. What it asks for is `meta.description` (the one copy: the docs page and
 * the registry test follow it).
 *
 * Reads the block through parse/contact.ts. The one fix: a plain heading in other words
 * ("Media contacts") is replaced by the house's. Suggestions: the house template for a missing
 * block or an empty one, a missing heading, any other heading. The template's blanks are
 * placeholders ([Organisation], [Name], [email address], [phone number]), which this rule
 * reports until someone fills them in; so it is offered, never applied by --fix.
 */
import { contactInfo, type ChannelKind, type ContactEntry, type ContactPart } from '../parse/contact';
import type { DraftDocument } from '../parse/document';
import { lineEnding, writtenOnOneLine } from '../parse/document';
import { inStyleLanguage } from '../parse/language';
import type { HouseStyle } from '../config/style';
import type { StyleLanguage } from '../text/language';
import type { TextRange } from '../vocabulary';
import type { Rule } from '../rule';
import { isPlainHeading } from '../parse/contact/heading';

const CHANNEL_NAMES: Record<ChannelKind, string> = {
  email: 'e-mail address',
  phone: 'phone number',
  handle: 'handle',
  web: 'web address',
};

export const contactBlock: Rule = {
  meta: {
    id: 'contact-block',
    description: 'End with the house contact block: heading, organisation and name, and a way to reach each contact.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ doc, style, report }) {
    const eol = lineEnding(doc);
    // Spaced as spacing wants it: a house heading with a trailing space or two spaces in a row
    // was inserted, respaced by the spacing rule, and put back on every pass (found by the fuzzer).
    const heading = style.contact.heading.replace(/\s+/g, ' ').trim();
    const info = contactInfo(doc);
    if (!doc.contact || !info) {
      // Its contacts may be anywhere in a release written on one line: nothing certain to say.
      if (writtenOnOneLine(doc)) return;
      const last = [...doc.blocks].reverse().find((block) => block.kind !== 'end-mark');
      const lastLine = last?.lines[last.lines.length - 1];
      const at = last ? last.range.end : doc.text.length;
      report({
        message: `The release has no contact block: end it with "${heading}" and who to contact.`,
        range: lastLine ? { start: Math.max(last!.range.start, lastLine.start), end: lastLine.end } : { start: at, end: at },
        // A template with blanks to fill in: offered, never applied by --fix (it inserts placeholders).
        suggestions: [
          {
            title: 'Add the house contact block to fill in',
            fix: { range: { start: at, end: at }, text: (last ? eol + eol : '') + heading + eol + eol + contactEntryTemplate(style, eol) },
          },
        ],
      });
      return;
    }

    // Contacts at the top of a release (a letterhead) share their lines with banner, date and
    // table labels the reader cannot always tell apart: one finding says where the house wants
    // them; their heading and entries are not checked.
    if (doc.contact.atTop) {
      const firstLine = (doc.contact.heading ?? doc.contact.blocks[0]!).lines[0]!;
      report({
        message: `The contacts are at the top of the release: the house puts them at the end, under "${heading}".`,
        range: { start: Math.max(firstLine.start, doc.contact.range.start), end: firstLine.end },
      });
      return;
    }
    if (!info.heading) {
      const at = doc.contact.range.start;
      const firstLine = doc.contact.blocks[0]!.lines[0]!;
      report({
        message: `The contact block has no heading: put "${heading}" above it.`,
        range: { start: at, end: firstLine.end },
        // A suggestion: the first line may be a heading presslint does not know, which a fix would double.
        suggestions: [{ title: `Put "${heading}" above the contacts`, fix: { range: { start: at, end: at }, text: heading + eol + eol } }],
      });
    } else if (info.heading.text.replace(/\s+/g, '') !== heading.replace(/\s+/g, '') && inStyleLanguage(doc, style)) {
      // (A release in a language the house style has no settings for heads its contacts in its
      // own language: the house's heading is not asked for there.)
      // Spaces aside: how the heading is spaced is the spacing rule's business ("( !" loses a space).
      // Replaced by --fix only when it is a plain heading alone on its line: one that names whom
      // to contact, says why, is in another language or has a contact after it on the same
      // line ("Enquiries: Jane Doe, ...") is offered the house's heading as a suggestion.
      const replacement = { range: info.heading.range, text: heading.trim() };
      report({
        message: `The contact heading "${info.heading.text}" is not the house's: use "${heading.trim()}".`,
        range: info.heading.range,
        ...(info.heading.entryOnLine || !isPlainHeading(info.heading.text)
          ? { suggestions: [{ title: `Use "${heading.trim()}"`, fix: replacement }] }
          : { fix: replacement }),
      });
    }

    if (info.entries.length === 0) {
      const anchor = doc.contact.heading ?? doc.contact.blocks[0]!;
      const at = doc.contact.range.end;
      report({
        message: 'The contact block names no one to contact.',
        range: info.heading?.range ?? anchor.range,
        suggestions: [{ title: 'Add a contact entry to fill in', fix: { range: { start: at, end: at }, text: eol + eol + contactEntryTemplate(style, eol) } }],
      });
    }

    for (const entry of info.entries) checkEntry(doc, style, entry, report);

    for (const placeholder of info.placeholders) {
      report({
        message: `Replace the placeholder "${placeholder.text}" with the real contact details.`,
        range: placeholder.range,
      });
    }
    for (const empty of info.emptyChannels) {
      report({
        message: `"${doc.text.slice(empty.range.start, empty.range.end)}" has no ${CHANNEL_NAMES[empty.kind]} after it.`,
        range: empty.range,
      });
    }
    const malformed = (part: ContactPart, kind: string) => {
      if (part.malformed) report({ message: `"${part.text}" is not ${kind}.`, range: part.range });
    };
    for (const entry of info.entries) {
      entry.emails.forEach((part) => malformed(part, 'an e-mail address'));
      entry.phones.forEach((part) => malformed(part, 'a phone number'));
      entry.handles.forEach((part) => malformed(part, handleKind(part)));
    }
    info.shared.forEach((part) => malformed(part, handleKind(part)));
  },
};

/** "a Twitter/X handle", "an Instagram handle", "a handle". */
function handleKind(part: ContactPart): string {
  if (!part.network) return 'a handle';
  if (/^(?:twitter|x|twitter ?\/ ?x|x ?\/ ?twitter)$/i.test(part.network)) return 'a Twitter/X handle';
  return `${/^[aeiou]/i.test(part.network) ? 'an' : 'a'} ${part.network} handle`;
}

type ReportFn = Parameters<Rule['check']>[0]['report'];

function checkEntry(doc: DraftDocument, style: HouseStyle, entry: ContactEntry, report: ReportFn): void {
  const who = entry.name?.text ?? entry.organisation?.text ?? firstLine(doc, entry.range);
  const missing = style.contact.require.filter((field) => !entry[field]);
  if (missing.length > 0) {
    const fields = missing.map((field) => (field === 'organisation' ? 'organisation' : 'name')).join(' or ');
    report({
      message: `The contact entry "${who}" has no ${fields}: write it as "${formLine(style)}".`,
      range: firstLineRange(doc, entry.range),
    });
  }
  const oneOf = style.contact.requireOneOf;
  if (oneOf.length > 0 && !oneOf.some((channel) => (channel === 'email' ? entry.emails : entry.phones).length > 0)) {
    report({
      message: `The contact entry "${who}" has no ${oneOf.map((c) => CHANNEL_NAMES[c]).join(' or ')}.`,
      range: firstLineRange(doc, entry.range),
    });
  }
}

/** "Organisation: Name", as the house asks for it. */
function formLine(style: HouseStyle): string {
  const require = style.contact.require;
  if (require.includes('organisation') && !require.includes('name')) return 'Organisation';
  if (require.includes('name') && !require.includes('organisation')) return 'Name';
  return 'Organisation: Name';
}

/**
 * The house's blank contact entry: what this rule's suggestions insert and what the editor's
 * completion offers. Its placeholders are reported until they are filled in; `field` wraps
 * each (the editor makes them snippet tab stops).
 */
/** The labels of a template's channel lines in each language (French with its no-break space before the colon). */
const CHANNEL_LABELS: Readonly<Record<StyleLanguage, { email: string; phone: string }>> = {
  en: { email: 'Email:', phone: 'Phone:' },
  fr: { email: 'Courriel\u00a0:', phone: 'Tél.\u00a0:' },
  es: { email: 'Correo electrónico:', phone: 'Teléfono:' },
};

export function contactEntryTemplate(style: HouseStyle, eol = '\n', field: (placeholder: string) => string = (p) => p): string {
  const form = formLine(style).replace(/\w+/g, (word) => field(`[${word}]`));
  const channels = style.contact.requireOneOf.length > 0 ? style.contact.requireOneOf : (['email'] as const);
  const labels = CHANNEL_LABELS[style.language];
  const lines = [form, ...channels.map((c) => (c === 'email' ? `${labels.email} ${field('[email address]')}` : `${labels.phone} ${field('[phone number]')}`))];
  return lines.join(eol);
}

function firstLineRange(doc: DraftDocument, range: TextRange): TextRange {
  const line = doc.lines[doc.index.lineAt(range.start)]!;
  return { start: range.start, end: Math.min(range.end, line.end) };
}

function firstLine(doc: DraftDocument, range: TextRange): string {
  const r = firstLineRange(doc, range);
  return doc.text.slice(r.start, r.end);
}
