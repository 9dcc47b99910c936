/**
 * Quotations: what someone said, which a fix must not rewrite (a spelling, an expansion):
 * such changes are offered as suggestions instead.
 */

/** Where the last question left off: quotes counted in one paragraph up to `at`. */
interface QuotationScan {
  text: string;
  paragraphStart: number;
  at: number;
  straight: number;
  lastOpen: number;
  lastClose: number;
}
let scan: QuotationScan | undefined;

/**
 * True when `offset` of `text` lies inside a quotation opened in the same paragraph (from
 * `paragraphStart`): after an odd number of straight double quotes, or after a “ not yet closed.
 * Rules ask for offsets in order through a paragraph, so the count goes on from the last answer
 * instead of reading the paragraph from its start each time (quadratic in a long one: a
 * megabyte paragraph of e-mail lines took seconds, found by the growth property).
 */
export function insideQuotation(text: string, paragraphStart: number, offset: number): boolean {
  if (!scan || scan.text !== text || scan.paragraphStart !== paragraphStart || offset < scan.at) {
    scan = { text, paragraphStart, at: paragraphStart, straight: 0, lastOpen: -1, lastClose: -1 };
  }
  const state = scan;
  for (; state.at < offset; state.at++) {
    const code = text.charCodeAt(state.at);
    if (code === 34) state.straight++;
    else if (code === 0x201c) state.lastOpen = state.at;
    else if (code === 0x201d) state.lastClose = state.at;
  }
  return state.straight % 2 === 1 || state.lastOpen > state.lastClose;
}
