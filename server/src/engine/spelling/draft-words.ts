/**
 * "Add to this draft's words": the edit that lists a word in the draft's own
 * `<!-- presslint-words ... -->` comment (parse/directives.ts reads it), for a word that belongs
 * to this release only (a name, a place) rather than to the house.
 */
import { lineEnding, type DraftDocument } from '../parse/document';
import type { Fix } from '../vocabulary';

const OWN_WORDS = /<!--\s*presslint-words\b[^]*?(\s*)-->/;

/** The fix adding `word` to the draft's presslint-words comment, or a new comment on the last line. */
export function draftWordFix(doc: DraftDocument, word: string): Fix {
  for (const directive of doc.directives) {
    if (directive.kind !== 'words') continue;
    const line = doc.text.slice(directive.range.start, directive.range.end);
    const match = OWN_WORDS.exec(line);
    if (!match) continue; // a cspell:words comment is the team's tool's; presslint adds to its own
    const at = directive.range.start + match.index + match[0].length - 3 - match[1]!.length;
    return { range: { start: at, end: at }, text: ` ${word}` };
  }
  const eol = lineEnding(doc);
  const end = doc.text.length;
  const endsWithBreak = /[\r\n]$/.test(doc.text);
  return { range: { start: end, end }, text: `${endsWithBreak || end === 0 ? '' : eol}<!-- presslint-words ${word} -->${eol}` };
}
