/**
 * "Add to this draft's words": the edit that lists a word in the draft's own
 * `<!-- presslint-words ... -->` comment (parse/directives.ts reads it), for a word that belongs
 * to this release only (a name, a place) rather than to the house.
 */
import { lineEnding, type DraftDocument } from '../parse/document';
import type { Fix } from '../vocabulary';

/** The fix adding `word` to the draft's presslint-words comment, or a new comment on the last line. */
export function draftWordFix(doc: DraftDocument, word: string): Fix {
  // (A cspell:words comment is the team's tool's; presslint adds to its own, before its "-->".)
  const own = doc.directives.find((directive) => directive.kind === 'words' && directive.own);
  if (own) {
    const line = doc.text.slice(own.range.start, own.range.end);
    const at = own.range.start + line.slice(0, line.lastIndexOf('-->')).trimEnd().length;
    return { range: { start: at, end: at }, text: ` ${word}` };
  }
  const eol = lineEnding(doc);
  const end = doc.text.length;
  const endsWithBreak = /[\r\n]$/.test(doc.text);
  return { range: { start: end, end }, text: `${endsWithBreak || end === 0 ? '' : eol}<!-- presslint-words ${word} -->${eol}` };
}
