/**
 * The dateline: read once per document by the scanner (scanner.ts) into its parts (model.ts).
 * Every looser "does this look like a dateline?" test lives in recognise.ts.
 */
import type { DraftDocument } from '../document';
import { DerivedKey } from '../../derived';
import type { ParsedDateline } from './model';
import { DatelineScanner } from './scanner';
import { looksLikeDateline, looksLikeUnreadDateline } from './recognise';

export type { DatelineDate, DatelinePlace, DatelineSpan, ParsedDateline } from './model';
export { looksLikeDateline, looksLikeUnreadDateline, looseDatelineEnd, opensWithDateline } from './recognise';

const PARSED_DATELINE = new DerivedKey<ParsedDateline | undefined>('the parsed dateline');

/** How many paragraphs after the first a dateline is looked for in. */
const LATER_PARAGRAPHS = 8;

/**
 * The dateline opening the lead paragraph, or undefined if it has none. Computed once per document.
 *
 * Page furniture or a standfirst above the first paragraph (a web page's summary, caption and
 * date line; a wire page's "News provided by") leaves a dateline a few paragraphs down: it is
 * read there too, when the lead opens with nothing like one and the later one is whole (a place,
 * a date and a separator), and its `block` is then not the lead.
 */
export function parseDateline(doc: DraftDocument): ParsedDateline | undefined {
  return doc.derived.get(PARSED_DATELINE, () => {
    const lead = doc.lead;
    if (!lead) return undefined;
    const first = new DatelineScanner(doc, lead).parse();
    if (first || looksLikeDateline(lead.text) || looksLikeUnreadDateline(lead.text)) return first;
    for (const block of doc.body.slice(1, 1 + LATER_PARAGRAPHS)) {
      const later = new DatelineScanner(doc, block).parse();
      if (later && later.places.length > 0 && later.date?.month.value !== undefined && later.separator) return later;
    }
    return undefined;
  });
}
