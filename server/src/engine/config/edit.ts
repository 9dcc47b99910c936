/**
 * Edits of a house style file that keep its comments and formatting: adding house words.
 *
 * The file is parsed with the `yaml` Document API (JSON is YAML, so the same parser gives the
 * positions in a `.json` file) and the new words are inserted as text where the list ends, in
 * the list's own style: a block list gets `- word` lines at its indentation, a flow list
 * `[A, B]` gets `, C`, a JSON array gets its own separator. Nothing else in the file moves.
 * Every edit is parsed again and checked; if the result is not the old list plus the new
 * words, the file is rewritten through the Document API instead (comments kept, layout may
 * move), and if even that fails the edit is refused.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { writeFileAtomicSync } from '../atomic-write';
import { safeStyleSource } from './parse';
import { readStyleFile } from './load';
import { encodeText } from '../text-file';

/** The outcome of adding words: the new text, and which words were not there before. */
export interface WordsEdit {
  text: string;
  added: string[];
}

/**
 * The text of a house style file with `words` added to its `words:` list (created if missing).
 * Words already there, in any case, are left out (the spelling rule ignores case). Pure: the
 * language server turns the result into a WorkspaceEdit. Throws if the text is not a YAML or
 * JSON mapping.
 */
export function withWordsAdded(text: string, words: readonly string[], json = false, file = 'the house style file'): WordsEdit {
  // The same checks as reading the style (size, binary, nesting depth, valid YAML) before the
  // YAML parser sees it: a 1 MB file of "[" brought the server down through this path.
  safeStyleSource(text, file);
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const document = parseDocument(body);
  if (document.errors.length > 0) throw new Error(`The house style file does not parse: ${document.errors[0]!.message.split('\n')[0]}`);
  const root = document.contents;
  if (root !== null && !isMap(root)) throw new Error('The house style file is not a mapping of keys to values.');

  const existing = root ? currentWords(root) : [];
  const seen = new Set(existing.map((w) => w.toLowerCase()));
  const added: string[] = [];
  for (const word of words.map((w) => w.trim()).filter((w) => w.length > 0)) {
    if (seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    added.push(word);
  }
  if (added.length === 0) return { text, added };

  const expected = [...existing, ...added];
  const edited = json ? insertJson(body, root, added) : insertYaml(body, root, added);
  if (edited !== undefined && wordsOf(edited, json) === JSON.stringify(expected)) return { text: bom + edited, added };
  // The text edit did not give the expected list (an unusual layout): let the Document API write it.
  const rewritten = json ? rewriteJson(body, expected) : rewriteYaml(document, expected);
  if (wordsOf(rewritten, json) !== JSON.stringify(expected)) throw new Error('Cannot add the words to this house style file: edit its `words:` list by hand.');
  return { text: bom + rewritten, added };
}

/** Adds words to a house style file on disk, atomically (temporary file, then rename); returns the words it added. */
export function addWordsToStyleFile(file: string, words: readonly string[]): string[] {
  const { text, encoding, bom } = readStyleFile(file);
  const { text: next, added } = withWordsAdded(text, words, file.endsWith('.json'), file);
  if (added.length > 0) writeFileAtomicSync(file, encodeText(next, encoding, bom));
  return added;
}

function wordsPair(root: YAMLMap): Pair | undefined {
  return root.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === 'words');
}

function currentWords(root: YAMLMap): string[] {
  const value = wordsPair(root)?.value;
  return isSeq(value) ? value.items.map((item) => String(isScalar(item) ? item.value : item)) : [];
}

/** The `words` list of a text, as JSON, for comparing; undefined text when it does not parse. */
function wordsOf(text: string, json: boolean): string {
  try {
    if (json) return JSON.stringify((JSON.parse(text) as { words?: unknown }).words ?? []);
    const document = parseDocument(text);
    if (document.errors.length > 0) return 'error';
    return JSON.stringify((document.toJS() as { words?: unknown } | null)?.words ?? []);
  } catch {
    return 'error';
  }
}

// ---------------------------------------------------------------------------------------------
// YAML

function insertYaml(text: string, root: YAMLMap | null, added: string[]): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const newItems = added.map((w) => `${eol}  - ${yamlScalar(w)}`).join('');
  const pair = root ? wordsPair(root) : undefined;
  if (!root || !pair) {
    if (root?.flow) return undefined;
    const separator = text.length === 0 || text.endsWith('\n') ? '' : eol;
    return `${text}${separator}words:${newItems}${eol}`;
  }
  const list = pair.value;
  // `words:` with nothing after it: the list starts on the next lines.
  if (list === null || (isScalar(list) && list.value === null && list.range && list.range[0] === list.range[1])) {
    const keyRange = (pair.key as { range?: [number, number, number] }).range;
    if (!keyRange) return undefined;
    const at = lineEnd(text, keyRange[1]);
    if (text.slice(keyRange[1], at).replace(/#.*$/, '').trim() !== ':') return undefined;
    return text.slice(0, at) + newItems + text.slice(at);
  }
  if (!isSeq(list) || !list.range) return undefined;
  if (list.flow) return insertFlow(text, list, added.map(yamlScalar));
  const items = list.items;
  const last = items[items.length - 1] as { range?: [number, number, number] } | undefined;
  const first = items[0] as { range?: [number, number, number] } | undefined;
  if (!first?.range || !last?.range) return undefined;
  // Each new item copies the first item's line prefix ("  - "), and goes after the last item's line (its comment included).
  const prefix = text.slice(lineStart(text, first.range[0]), first.range[0]);
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  const at = lineEnd(text, last.range[1]);
  return text.slice(0, at) + added.map((w) => `${eol}${prefix}${yamlScalar(w)}`).join('') + text.slice(at);
}

/** `[A, B]` -> `[A, B, C]`, keeping the list's spacing. */
function insertFlow(text: string, list: YAMLSeq, values: string[]): string | undefined {
  const [start, end] = list.range!;
  const close = text.lastIndexOf(']', end - 1);
  if (close < start) return undefined;
  const items = list.items as Array<{ range?: [number, number, number] }>;
  if (items.length === 0) return text.slice(0, close).replace(/\s*$/, '') + values.join(', ') + text.slice(close);
  const last = items[items.length - 1]!.range;
  if (!last) return undefined;
  let separator = ', ';
  if (items.length >= 2 && items[items.length - 2]!.range) separator = text.slice(items[items.length - 2]!.range![1], last[0]);
  else if (items.length === 1) {
    const before = text.slice(start + 1, last[0]);
    if (before.includes('\n')) separator = `,${before}`;
  }
  if (!separator.includes(',')) separator = `,${separator}`;
  return text.slice(0, last[1]) + values.map((v) => separator + v).join('') + text.slice(last[1]);
}

function rewriteYaml(document: Document, words: string[]): string {
  const seq = document.createNode(words) as YAMLSeq;
  const previous = isMap(document.contents) ? wordsPair(document.contents)?.value : undefined;
  if (isSeq(previous) && previous.flow) seq.flow = true;
  if (document.contents === null) document.contents = document.createNode({}) as YAMLMap;
  document.set('words', seq);
  return document.toString({ lineWidth: 0 });
}

/** A word as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
function yamlScalar(word: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’\- ]*$/u.test(word) && !/ $/.test(word);
  if (plain && !/^(?:true|false|yes|no|on|off|y|n|null|~)$/i.test(word) && !/^[\d.+-]/.test(word)) return word;
  return JSON.stringify(word);
}

// ---------------------------------------------------------------------------------------------
// JSON

function insertJson(text: string, root: YAMLMap | null, added: string[]): string | undefined {
  const values = added.map((w) => JSON.stringify(w));
  if (!root) return text.trim() === '' ? `{\n  "words": [${values.join(', ')}]\n}\n` : undefined;
  if (!root.flow || !root.range) return undefined;
  const pair = wordsPair(root);
  if (pair) {
    const list = pair.value;
    return isSeq(list) && list.flow && list.range ? insertFlow(text, list, values) : undefined;
  }
  // No `words` yet: a new member after the last, with the separator and indentation the members use.
  const [start, end] = root.range;
  const pairs = root.items as Array<Pair & { key: { range?: [number, number, number] }; value: { range?: [number, number, number] } | null }>;
  const close = text.lastIndexOf('}', end - 1);
  if (close < start) return undefined;
  const member = `"words": [${values.join(', ')}]`;
  if (pairs.length === 0) {
    const inside = text.slice(start + 1, close);
    return inside.includes('\n') ? `${text.slice(0, start + 1)}\n  ${member}\n${text.slice(close)}` : `${text.slice(0, start + 1)} ${member} ${text.slice(close)}`;
  }
  const last = pairs[pairs.length - 1]!;
  const lastEnd = last.value?.range?.[1];
  const lastKeyStart = last.key?.range?.[0];
  if (lastEnd === undefined || lastKeyStart === undefined) return undefined;
  const previous = pairs.length >= 2 ? pairs[pairs.length - 2]!.value?.range?.[1] : undefined;
  const gap = previous !== undefined ? text.slice(previous, lastKeyStart) : `,${text.slice(start + 1, lastKeyStart)}`;
  const separator = gap.includes(',') ? gap : `,${gap}`;
  return text.slice(0, lastEnd) + separator + member + text.slice(lastEnd);
}

function rewriteJson(text: string, words: string[]): string {
  const data = text.trim() === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
  data.words = words;
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return `${JSON.stringify(data, null, indent)}\n`;
}

// ---------------------------------------------------------------------------------------------

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  if (end === -1) return text.length;
  return text[end - 1] === '\r' ? end - 1 : end;
}
