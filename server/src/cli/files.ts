/** Which files a command line names, reading them safely, and writing fixes atomically. */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { writeFileAtomicSync } from '../engine/atomic-write';
import { realPathOr } from '../engine/file-stamp';
import { decodeText, describeErrno, encodeText, readTextFile, TextFileError, type DecodedText } from '../engine/text-file';
import { globSync } from 'tinyglobby';

/** Drafts bigger than this are not linted (the CLI answers with exit code 2). */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

/** A file or folder that cannot be used: exit code 2, one line. */
export class FileError extends Error {
  override name = 'FileError';
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
  }
}

const DRAFT_GLOB = '**/*.{md,txt,markdown}';
const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.*/**'];

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands files, folders and globs into a sorted list of draft paths, each once. Files that
 * folders and globs bring in are left out when an `ignore` glob (relative to `cwd`) matches
 * them; a file named on its own is always kept. A named file that does not exist, a broken
 * link or an unreadable folder throws FileError.
 */
export function expandPatterns(patterns: readonly string[], cwd = process.cwd(), ignore: readonly string[] = []): string[] {
  const found = new Set<string>();
  const named = new Set<string>();
  for (const pattern of patterns) {
    if (GLOB_CHARS.test(pattern)) {
      const matches = globSync(pattern, { cwd, absolute: true, ignore: SKIPPED_FOLDERS, onlyFiles: true });
      if (matches.length === 0) throw new FileError(pattern, 'no files match this pattern');
      for (const match of matches) found.add(resolve(match));
      continue;
    }
    const path = resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const broken = (() => {
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') return false; // a loop, said as such
        try {
          return lstatSync(path).isSymbolicLink();
        } catch {
          return false;
        }
      })();
      throw new FileError(pattern, broken ? 'is a broken symbolic link' : describeErrno(error));
    }
    if (stat.isDirectory()) {
      let matches: string[];
      try {
        // tinyglobby silently skips a folder it cannot read: reading the named one first surfaces EACCES.
        readdirSync(path);
        matches = globSync(DRAFT_GLOB, { cwd: path, absolute: true, ignore: SKIPPED_FOLDERS, onlyFiles: true });
      } catch (error) {
        throw new FileError(pattern, describeErrno(error));
      }
      // As a glob that matches nothing: a CI job pointed at the wrong folder must not pass in silence.
      if (matches.length === 0) throw new FileError(pattern, 'holds no drafts (*.md, *.txt)');
      for (const match of matches) found.add(resolve(match));
    } else {
      named.add(path);
    }
  }
  if (ignore.length > 0 && found.size > 0) {
    // The files the ignore globs match, found the same way: no second kind of glob matching.
    const ignored = new Set(globSync([...ignore], { cwd, absolute: true, ignore: SKIPPED_FOLDERS, onlyFiles: true }).map((path) => resolve(path)));
    for (const path of ignored) found.delete(path);
    if (found.size === 0 && named.size === 0) throw new FileError(patterns.join(' '), `every draft found is matched by --ignore ${ignore.join(' ')}`);
  }
  // A draft reached by two paths (a link to a folder inside itself, a linked copy) is linted
  // once, under the first path in order.
  const seen = new Set<string>();
  return [...new Set([...found, ...named])].sort().filter((path) => {
    const real = realPathOr(path);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

export type DraftRead = ({ kind: 'text' } & DecodedText) | { kind: 'unreadable'; reason: string };

/**
 * Reads a draft. A file that cannot be read as one (not text, not UTF-8 or UTF-16, a folder,
 * a device, too large, permission denied) is reported as a result of its own, not linted.
 */
export function readDraft(path: string): DraftRead {
  try {
    return { kind: 'text', ...readTextFile(path, MAX_DRAFT_BYTES) };
  } catch (error) {
    if (error instanceof TextFileError) return { kind: 'unreadable', reason: error.reason };
    throw error;
  }
}

/** Decodes bytes (standard input) as a draft, or says why they are not one. */
export function decodeDraft(bytes: Buffer): DraftRead {
  const decoded = decodeText(bytes);
  return 'reason' in decoded ? { kind: 'unreadable', reason: decoded.reason } : { kind: 'text', ...decoded };
}

/**
 * Writes fixes back atomically (see writeFileAtomicSync), in the encoding the draft was read
 * in; a failure leaves the file unchanged. `expected` is the text the fixes were made from:
 * when the file no longer holds it (the writer saved an edit meanwhile), nothing is written.
 * A read-only draft is not rewritten.
 */
export function writeFileAtomic(path: string, text: string, expected?: string, encoding?: Pick<DecodedText, 'encoding' | 'bom'>): void {
  if (expected !== undefined) {
    let now: string | undefined;
    try {
      now = readTextFile(path, MAX_DRAFT_BYTES).text;
    } catch {
      now = undefined;
    }
    if (now === text) return; // another run wrote the same fixes meanwhile
    if (now !== expected) throw new FileError(path, 'changed while presslint was fixing it; the fixes were not written (run --fix again)');
  }
  if (isReadOnly(path)) throw new FileError(path, 'is read-only; the fixes were not written');
  try {
    writeFileAtomicSync(path, encodeText(text, encoding?.encoding, encoding?.bom));
  } catch (error) {
    throw new FileError(path, `could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the file is unchanged`);
  }
}

/** True when the file's mode gives nobody write permission (0444): the writer meant it to stay as it is. */
function isReadOnly(path: string): boolean {
  try {
    return (statSync(path).mode & 0o222) === 0;
  } catch {
    return false;
  }
}

/** A path as the report shows it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
