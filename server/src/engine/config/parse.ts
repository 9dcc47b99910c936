/**
 * Turns the text of a house style file into a resolved HouseStyle, or a StyleError that
 * names the file, the line, the key and what is allowed there. No file system access:
 * `extends` of another file goes through the `resolveExtends` callback (config/load.ts).
 */
import { LineCounter, parseDocument } from 'yaml';
import { builtInStyles } from './recommended';
import { houseStyleSchema } from './schema';
import type { HouseStyle, Programme } from './style';
import { validateNode, type StyleProblem } from './validate';
import type { RuleSetting } from '../types';

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
export const MAX_STYLE_BYTES = 1_000_000;

/** What a house style file says, before it is merged over what it extends. */
export interface StyleFileContents {
  extends?: string;
  dialect?: HouseStyle['dialect'];
  dateline?: Partial<HouseStyle['dateline']>;
  acronyms?: Partial<HouseStyle['acronyms']>;
  programmes?: Array<Omit<Programme, 'mentions' | 'previous'> & Partial<Programme>>;
  contact?: Partial<HouseStyle['contact']>;
  headline?: Partial<HouseStyle['headline']>;
  dates?: Partial<HouseStyle['dates']>;
  endMark?: Partial<HouseStyle['endMark']>;
  words?: string[];
  rules?: Record<string, RuleSetting>;
}

/** Parses and validates a house style file's text; throws StyleError. */
export function readStyleText(text: string, file: string): StyleFileContents {
  const issue = (offset: number, endOffset: number, message: string, key?: string): StyleIssue => {
    const start = counter.linePos(offset);
    const end = counter.linePos(endOffset);
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, key, message };
  };
  const counter = new LineCounter();
  if (text.length > MAX_STYLE_BYTES) {
    throw new StyleError([{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `The house style file is larger than ${MAX_STYLE_BYTES} bytes.` }]);
  }
  if (text.includes('\u0000')) {
    throw new StyleError([{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: 'The house style file is binary, not YAML or JSON text.' }]);
  }
  const document = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  if (document.errors.length > 0) {
    throw new StyleError(
      document.errors.map((e) => issue(e.pos[0], e.pos[1], `Not valid YAML: ${e.message.split('\n')[0]}`)),
    );
  }
  if (document.contents === null) return {}; // an empty file: the defaults
  const problems: StyleProblem[] = validateNode(document.contents, houseStyleSchema);
  if (problems.length > 0) {
    throw new StyleError(problems.map((p) => issue(p.offset, p.endOffset, p.message, p.key)));
  }
  return document.toJS({ maxAliasCount: 0 }) as StyleFileContents;
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
  return {
    name,
    file: path,
    dialect: file.dialect ?? base.dialect,
    dateline: { ...base.dateline, ...file.dateline },
    acronyms: {
      registry: { ...base.acronyms.registry, ...file.acronyms?.registry },
      ignore: [...new Set([...base.acronyms.ignore, ...(file.acronyms?.ignore ?? [])])],
      headlineExempt: file.acronyms?.headlineExempt ?? base.acronyms.headlineExempt,
    },
    programmes: [...programmes.values()],
    contact: { ...base.contact, ...file.contact },
    headline: { ...base.headline, ...file.headline },
    dates: { ...base.dates, ...file.dates },
    endMark: { ...base.endMark, ...file.endMark },
    words: [...new Set([...base.words, ...(file.words ?? [])])],
    rules: { ...base.rules, ...file.rules },
  };
}

/** A built-in style by name, if `ref` names one. */
export function builtInStyle(ref: string): HouseStyle | undefined {
  return Object.hasOwn(builtInStyles, ref) ? builtInStyles[ref] : undefined;
}
