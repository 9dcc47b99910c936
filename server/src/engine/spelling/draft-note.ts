/** A note of the spelling rule about the whole draft: where it stands, and at what severity. */
import type { DraftDocument } from '../parse/document';
import type { Report } from '../vocabulary';

/** An information finding on the draft's first line of prose (its headline, else its first paragraph). */
export function draftNote(doc: DraftDocument, message: string, data?: Record<string, string>): Report {
  const first = doc.headline ?? doc.lead ?? doc.blocks[0];
  const line = first ? first.lines[0]! : { start: 0, end: 0 };
  return { message, range: { start: Math.max(line.start, first?.range.start ?? 0), end: line.end }, severity: 'info', ...(data && { data }) };
}

/**
 * The finding an editor shows when a draft's cspell settings (or a dictionary they name) cannot
 * be read: spelling is not checked, and saying so beats a silent pass. (The CLI stops with exit
 * code 2 instead, as for a broken house style.)
 */
export function spellingNotChecked(doc: DraftDocument, reason: string): Report {
  return { ...draftNote(doc, `Spelling is not checked: ${reason}`), severity: 'error' };
}
