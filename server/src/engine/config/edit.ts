/**
 * Edits of a house style file that keep its comments and formatting: adding house words.
 * (First version by the CLI; the spelling work extends it.)
 */
import { readFileSync } from 'node:fs';
import { isSeq, parseDocument, YAMLSeq } from 'yaml';
import { writeFileAtomicSync } from '../atomic-write';

/** The text of a house style file with `words` added (those not already there), and which were added. */
export function withWordsAdded(text: string, words: readonly string[], json = false): { text: string; added: string[] } {
  if (json) {
    const data = text.trim() === '' ? {} : (JSON.parse(text) as { words?: string[] });
    const existing = new Set(data.words ?? []);
    const added = words.filter((w) => !existing.has(w));
    if (added.length === 0) return { text, added };
    data.words = [...(data.words ?? []), ...added];
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    return { text: `${JSON.stringify(data, null, indent)}\n`, added };
  }
  const document = parseDocument(text);
  const current = document.get('words');
  const list = isSeq(current) ? current : new YAMLSeq();
  const existing = new Set(list.items.map((item) => String((item as { value?: unknown }).value ?? item)));
  const added = words.filter((w) => !existing.has(w));
  if (added.length === 0) return { text, added };
  for (const word of added) list.add(document.createNode(word));
  if (!isSeq(current)) document.set('words', list);
  return { text: document.toString(), added };
}

/** Adds words to a house style file on disk, atomically; returns the words it added. */
export function addWordsToStyleFile(file: string, words: readonly string[]): string[] {
  const text = readFileSync(file, 'utf8');
  const { text: next, added } = withWordsAdded(text, words, file.endsWith('.json'));
  if (added.length > 0) writeFileAtomicSync(file, next);
  return added;
}
