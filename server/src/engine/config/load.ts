/**
 * Finding and reading house style files on disk. The style is data, never code: files are
 * parsed as YAML or JSON, `extends` names a built-in style or a file inside the project
 * (the nearest folder upward holding `.git`, else the folder of the style file that
 * started the chain), and nothing is fetched.
 */
import { existsSync, lstatSync } from 'node:fs';
import { readTextFile, TextFileError, type DecodedText } from '../text-file';
import { filesStamp, realPathOr } from '../file-stamp';
import { deepFreeze } from '../derived';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { recommended } from './recommended';
import { builtInStyle, MAX_STYLE_BYTES, mergeStyle, readStyleText, StyleError } from './parse';
import type { HouseStyle } from './style';

/** The names a house style file may have, in the order they are looked for in a folder. */
export const STYLE_FILE_NAMES = ['.presslint.yaml', '.presslint.yml', '.presslint.json'] as const;

/** The nearest house style file from `folder` upward, or undefined. */
export function findStyleFile(folder: string): string | undefined {
  let current = resolve(folder);
  for (;;) {
    for (const name of STYLE_FILE_NAMES) {
      const candidate = join(current, name);
      // Anything by that name counts: a folder or a pipe called .presslint.yaml is then refused
      // with a message, where skipping it would lint with another style in silence.
      if (exists(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path); // a dangling link too: reading it then says it does not exist
    return true;
  } catch {
    return false;
  }
}

function fileError(file: string, message: string): StyleError {
  return new StyleError([{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message }]);
}

/** A house style file's text, read only if it is a regular file within the size limit; throws StyleError. */
export function readStyleFileText(file: string): string {
  return readStyleFile(file).text;
}

/** A house style file decoded, with its encoding (to write it back as it was); throws StyleError. */
export function readStyleFile(file: string): DecodedText {
  try {
    return readTextFile(file, MAX_STYLE_BYTES);
  } catch (error) {
    if (error instanceof TextFileError) throw fileError(file, `Cannot read the house style file: ${error.reason}.`);
    throw error;
  }
}

/** Reads a house style file and everything it extends; throws StyleError. */
export function loadStyleFile(file: string): HouseStyle {
  const path = resolve(file);
  return loadChain(path, projectRoot(dirname(path)), []);
}

/** The folder `extends` may not leave: the repository holding `folder`, else `folder` itself. */
function projectRoot(folder: string): string {
  for (let current = folder; ; ) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return folder;
    current = parent;
  }
}

/** True when `target` is `root` or inside it, links resolved: a link inside the root to a file outside it is outside. */
export function isInside(root: string, target: string): boolean {
  const inside = relative(realPathOr(root), realPathOr(target));
  return !inside.startsWith('..') && !isAbsolute(inside);
}

/** More files than this in one `extends` chain is a mistake (or a hostile project), not a house style. */
const MAX_EXTENDS_DEPTH = 32;

function loadChain(path: string, projectRoot: string, chain: string[]): HouseStyle {
  if (chain.length >= MAX_EXTENDS_DEPTH) {
    throw fileError(chain[0]!, `"extends" goes through more than ${MAX_EXTENDS_DEPTH} files (${relative(projectRoot, chain[0]!) || chain[0]} -> ${relative(projectRoot, chain[1]!) || chain[1]} -> ...): a house style extends a few at most.`);
  }
  if (chain.includes(path)) {
    throw fileError(chain[chain.length - 1]!, `"extends" makes a loop: ${[...chain, path].map((p) => relative(projectRoot, p) || p).join(' -> ')}.`);
  }
  const contents = readStyleText(readStyleFileText(path), path);
  const ref = contents.extends ?? 'recommended';
  let base = builtInStyle(ref);
  if (!base) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) && !isAbsolute(ref)) {
      throw fileError(path, `"extends: ${ref}": a house style can extend only "recommended" or a file inside the project; nothing is fetched.`);
    }
    const target = resolve(dirname(path), ref);
    if (!isInside(projectRoot, target)) {
      throw fileError(path, `"extends: ${ref}" points outside the project (${projectRoot}); extend "recommended" or a file inside it.`);
    }
    base = loadChain(target, projectRoot, [...chain, path]);
  }
  const style = mergeStyle(base, contents, path, path);
  // Frozen again: the values derived from a style are kept as long as it lives (see derived.ts).
  return base.file ? deepFreeze({ ...style, extendedFiles: [base.file, ...(base.extendedFiles ?? [])] }) : style;
}

/**
 * Caches styles by file, re-reading a file when its modification time or size changes.
 * The CLI lints a thousand drafts of one folder with one read; the server re-reads on change.
 */
export class StyleCache {
  private readonly styles = new Map<string, { stamp: string; style: HouseStyle }>();
  private readonly lookups = new Map<string, string | undefined>();

  /** The style in effect for a draft in `folder`. Throws StyleError for a broken file. */
  forFolder(folder: string, explicitConfig?: string): HouseStyle {
    const file = explicitConfig ? resolve(explicitConfig) : this.styleFileFor(resolve(folder));
    return file ? this.load(file) : recommended;
  }

  load(file: string): HouseStyle {
    const cached = this.styles.get(file);
    // The file and every file it extends: editing a base style changes this one too.
    if (cached && cached.stamp === filesStamp([file, ...(cached.style.extendedFiles ?? [])])) return cached.style;
    // A file that cannot be read throws its readable error here, and nothing is cached.
    const style = loadStyleFile(file);
    const stamp = filesStamp([file, ...(style.extendedFiles ?? [])]);
    if (stamp !== undefined) this.styles.set(file, { stamp, style });
    return style;
  }

  /** Forgets folder look-ups (a style file was created or deleted). */
  clear(): void {
    this.lookups.clear();
    this.styles.clear();
  }

  /** The nearest house style file for drafts in `folder` (absolute), looked up once until `clear`. */
  styleFileFor(folder: string): string | undefined {
    if (!this.lookups.has(folder)) this.lookups.set(folder, findStyleFile(folder));
    return this.lookups.get(folder);
  }
}
