/**
 * The dateline: read once per document by the scanner (scanner.ts) into its parts (model.ts).
 * Every looser "does this look like a dateline?" test lives in recognise.ts.
 */
import type { DraftDocument } from '../document';
import { DerivedKey } from '../../derived';
import type { ParsedDateline } from './model';
import { DatelineScanner } from './scanner';

export type { DatelineDate, DatelinePlace, DatelineSpan, ParsedDateline } from './model';
export { looksLikeDateline, looksLikeUnreadDateline, looseDatelineEnd, opensWithDateline } from './recognise';

const PARSED_DATELINE = new DerivedKey<ParsedDateline | undefined>('the parsed dateline');

/** The dateline opening the lead paragraph, or undefined if it has none. Computed once per document. */
export function parseDateline(doc: DraftDocument): ParsedDateline | undefined {
  return doc.derived.get(PARSED_DATELINE, () => (doc.lead ? new DatelineScanner(doc, doc.lead).parse() : undefined));
}
