/** Replacing a file's content so that a reader never sees half of it. */
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { realPathOr } from './file-stamp';

/**
 * Writes `content` (text as UTF-8, or bytes) to a temporary file in the same folder, flushes it to disk, gives it the
 * original's mode and renames it over `path`. If anything fails, the original is untouched
 * and the temporary file removed; the error is rethrown.
 */
export function writeFileAtomicSync(linkOrPath: string, content: string | Buffer): void {
  // Through a symbolic link to the file it names: replacing the link by a file would leave the
  // target stale and the link gone.
  const path = realPathOr(linkOrPath);
  let original: Stats | undefined;
  try {
    original = statSync(path);
  } catch {
    // a new file takes the default mode
  }
  const mode = original ? original.mode & 0o7777 : 0o644;
  if (original && original.nlink > 1) {
    // A file with other hard links: a rename would cut them off it; write in place instead.
    writeFileSync(path, content);
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.presslint-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode);
    if (original) keepOwner(temp, original);
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}

/** The replaced file keeps its owner (root fixing someone's draft must not take it over). */
function keepOwner(temp: string, original: Stats): void {
  // The temporary file belongs to this process's user and group.
  if (original.uid === process.getuid?.() && original.gid === process.getgid?.()) return;
  try {
    chownSync(temp, original.uid, original.gid);
  } catch {
    // only root can give a file away; anyone else writes files they own anyway
  }
}
