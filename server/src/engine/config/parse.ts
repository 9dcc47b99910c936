/**
 * Turns the text of a house style file into a resolved HouseStyle, or a StyleError that
 * names the file, the line, the key and what is allowed there. No file system access:
 * `extends` of another file goes through the `resolveExtends` callback (config/load.ts).
 */
import { isScalar, Lexer, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { builtInStyles } from './recommended';
import { houseStyleSchema } from './schema';
import type { HouseStyle, LanguageSection, StyleFileContents } from './style';
import { validateNode, type StyleProblem } from './validate';
import { STYLE_LANGUAGES, type StyleLanguage } from '../text/language';
import { deepFreeze } from '../derived';

/** One located problem of a house style file. */
export interface StyleIssue {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  key?: string;
  message: string;
}

/** A house style that cannot be used; `message` is the first issue, formatted for a terminal. */
export class StyleError extends Error {
  constructor(readonly issues: StyleIssue[]) {
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(`${first.file}:${first.line}:${first.column}: ${first.message}${more}`);
    this.name = 'StyleError';
  }
}

/** The largest house style file read; anything bigger is not a style. */
export const MAX_STYLE_BYTES = 1024 * 1024;

/**
 * The deepest nesting of collections a house style file may have. The schema needs four
 * levels; the YAML parser takes seconds over a megabyte of `[[[[` (found by the fuzzer), so
 * anything deeper is refused before it is parsed.
 */
export const MAX_STYLE_DEPTH = 64;

export type { LanguageSection, StyleFileContents } from './style';

/**
 * The text of a house style as the YAML parser may be given it: within the size limit, not
 * binary, not nested deeper than the parser survives. Every path that parses a style (reading
 * it, adding words to it) goes through here; throws StyleError.
 */
export function safeStyleSource(text: string, file: string): string {
  if (text.length > MAX_STYLE_BYTES) {
    throw new StyleError([{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `The house style file is larger than ${MAX_STYLE_BYTES} bytes.` }]);
  }
  if (text.includes('\u0000')) {
    throw new StyleError([{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: 'The house style file is binary, not YAML or JSON text.' }]);
  }
  // A lone CR ends a line in YAML, but not for the parser: make it LF (offsets stay the same).
  const source = text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n');
  const tooDeep = nestingBeyond(source, MAX_STYLE_DEPTH);
  if (tooDeep !== undefined) {
    // Not parsed, so the line counter knows no lines yet: count them here.
    const line = source.slice(0, tooDeep).split('\n').length;
    const column = tooDeep - source.lastIndexOf('\n', tooDeep - 1);
    const message = `The house style nests collections more than ${MAX_STYLE_DEPTH} levels deep.`;
    throw new StyleError([{ file, line, column, endLine: line, endColumn: column + 1, message }]);
  }
  return source;
}

/** Parses and validates a house style file's text; throws StyleError. */
export function readStyleText(text: string, file: string): StyleFileContents {
  const issue = (offset: number, endOffset: number, message: string, key?: string): StyleIssue => {
    const start = counter.linePos(offset);
    const end = counter.linePos(endOffset);
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, key, message };
  };
  const counter = new LineCounter();
  const source = safeStyleSource(text, file);
  // The parser's own unique-key check compares every key with every other (minutes for a
  // file of 50,000 keys, found by the fuzzer): duplicateKey() does it with a set instead.
  const document = parseDocument(source, {
    lineCounter: counter,
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (document.errors.length > 0) {
    throw new StyleError(
      document.errors.map((e) => issue(e.pos[0], e.pos[1], `Not valid YAML: ${e.message.split('\n')[0]}`)),
    );
  }
  const duplicate = duplicateKey(document);
  if (duplicate) throw new StyleError([issue(duplicate[0], duplicate[1], 'Not valid YAML: Map keys must be unique')]);
  if (document.contents === null) return {}; // an empty file: the defaults
  const problems: StyleProblem[] = validateNode(document.contents, houseStyleSchema);
  if (problems.length > 0) {
    throw new StyleError(problems.map((p) => issue(p.offset, p.endOffset, p.message, p.key)));
  }
  return document.toJS({ maxAliasCount: 0 }) as StyleFileContents;
}

/**
 * The offset where collections nest deeper than `limit`, if they do: flow brackets open, plus
 * block indicators (`- `, `? `, `: `) on the current line. Reads tokens lazily, so a hostile
 * file is given up on after a few of them.
 */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f', '\uFEFF']);

function nestingBeyond(source: string, limit: number): number | undefined {
  let offset = 0;
  let flow = 0;
  let onLine = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    // In a flow collection ({"a": 1, "b": 2}) a colon separates, it does not nest: only the
    // brackets count there (a one-line JSON style with 60 keys was refused as too deep).
    else if (flow === 0 && (token === '-' || token === '?' || token === ':')) onLine++;
    else if (token.startsWith('\n')) onLine = 0;
    if (flow + onLine > limit) return offset;
    // The lexer's own markers (document start, flow end, scalar) are not in the text.
    if (!LEXER_MARKERS.has(token)) offset += token.length;
  }
  return undefined;
}

/** The range of the first key repeated in one mapping, in one pass with a set per mapping. */
function duplicateKey(document: Document): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        // Scalars compare by value (as the parser's own check does); other keys never clash.
        const key = isScalar(pair.key) ? `${typeof pair.key.value}:${String(pair.key.value)}` : pair.key;
        if (seen.has(key)) {
          found = isScalar(pair.key) && pair.key.range ? [pair.key.range[0], pair.key.range[1]] : (map.range ? [map.range[0], map.range[0]] : [0, 0]);
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Merges a style file over its base: lists of words and ignores add up, the registry and
 * rules are merged key by key, programmes replace those of the same name.
 */
export function mergeStyle(base: HouseStyle, file: StyleFileContents, name: string, path?: string): HouseStyle {
  const programmes = new Map(base.programmes.map((p) => [p.name, p]));
  for (const p of file.programmes ?? []) {
    programmes.set(p.name, {
      name: p.name,
      mentions: p.mentions && p.mentions.length > 0 ? p.mentions : [p.name],
      boilerplate: p.boilerplate,
      previous: p.previous ?? [],
    });
  }
  // Frozen: the engine keeps values derived from a style (see derived.ts) for as long as it lives.
  const languages: Partial<Record<StyleLanguage, LanguageSection[]>> = {};
  for (const code of STYLE_LANGUAGES) {
    const sections = [...(base.languages[code] ?? []), ...(file.languages?.[code] ? [file.languages[code]] : [])];
    if (sections.length > 0) languages[code] = sections;
  }
  return deepFreeze({
    name,
    file: path,
    language: file.language ?? base.language,
    languages,
    dialect: file.dialect ?? base.dialect,
    dateline: { ...base.dateline, ...file.dateline },
    acronyms: {
      registry: { ...base.acronyms.registry, ...file.acronyms?.registry },
      // An acronym the file's own registry names is one the house expands: off the inherited ignore list.
      ignore: [...new Set([...base.acronyms.ignore.filter((token) => !Object.hasOwn(file.acronyms?.registry ?? {}, token)), ...(file.acronyms?.ignore ?? [])])],
      headlineExempt: file.acronyms?.headlineExempt ?? base.acronyms.headlineExempt,
    },
    programmes: [...programmes.values()],
    contact: { ...base.contact, ...file.contact },
    headline: { ...base.headline, ...file.headline },
    dates: { ...base.dates, ...file.dates },
    embargo: { ...base.embargo, ...file.embargo },
    endMark: { ...base.endMark, ...file.endMark },
    words: [...new Set([...base.words, ...(file.words ?? [])])],
    terms: mergeTerms(base.terms, file.terms),
    variants: [...base.variants, ...(file.variants ?? [])],
    rules: { ...base.rules, ...file.rules },
  });
}

/** The extended style's terms, with the file's added, replaced, or dropped (null). */
function mergeTerms(base: HouseStyle['terms'], file: StyleFileContents['terms']): HouseStyle['terms'] {
  // Through a Map: a term named "__proto__" or "constructor" is a term, never the object's prototype.
  const terms = new Map(Object.entries(base));
  for (const [term, value] of Object.entries(file ?? {})) {
    if (value === null) terms.delete(term);
    else terms.set(term, typeof value === 'string' ? { replacement: value } : { message: value.message, replacement: value.replacement });
  }
  return Object.fromEntries(terms);
}

/** A built-in style by name, if `ref` names one. */
export function builtInStyle(ref: string): HouseStyle | undefined {
  return Object.hasOwn(builtInStyles, ref) ? builtInStyles[ref] : undefined;
}
