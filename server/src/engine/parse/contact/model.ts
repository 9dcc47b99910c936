/** What the contact reader finds in a contact block: entries, channels, placeholders, with exact ranges. */
import type { TextRange } from '../../vocabulary';


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
  heading?: {
    text: string;
    range: TextRange;
    /** A contact follows the heading on its line ("Enquiries: Jane Doe, ..."). */
    entryOnLine: boolean;
  };
  entries: ContactEntry[];
  /** Channels of the organisation rather than a person: a Twitter handle on a paragraph of its own. */
  shared: ContactPart[];
  /** Every placeholder in the contact block, in text order. */
  placeholders: ContactPart[];
  emptyChannels: EmptyChannel[];
  /** Paragraphs of prose in the contact block (disclaimers, notes): not contacts. */
  prose: TextRange[];
}

/** What one line of a contact block says. */
export interface LineParts {
  organisation?: ContactPart;
  name?: ContactPart;
  title?: ContactPart;
  channels: Array<{ kind: ChannelKind; part: ContactPart }>;
}

/** What a piece of free text in a contact line names. */
export type PersonRole = 'organisation' | 'name' | 'title';
