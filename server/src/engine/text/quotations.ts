/**
 * Quotations: what someone said, which a fix must not rewrite (a spelling, an expansion):
 * such changes are offered as suggestions instead.
 */

/**
 * True when `offset` of `text` lies inside a quotation opened in the same paragraph (from
 * `paragraphStart`): after an odd number of straight double quotes, or after a “ not yet closed.
 */
export function insideQuotation(text: string, paragraphStart: number, offset: number): boolean {
  const before = text.slice(paragraphStart, offset);
  let straight = 0;
  for (let at = before.indexOf('"'); at >= 0; at = before.indexOf('"', at + 1)) straight++;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}
