import { realpathSync, statSync } from 'node:fs';

/**
 * Modification times and sizes of files, as one string that changes when any of them does;
 * undefined when one cannot be read. How the caches of house styles and words files notice
 * an edit without reading the files again.
 */
export function filesStamp(files: readonly string[]): string | undefined {
  try {
    return files
      .map((file) => {
        const stat = statSync(file);
        return `${stat.mtimeMs}:${stat.size}`;
      })
      .join('|');
  } catch {
    return undefined;
  }
}

/** The path with its symbolic links resolved, or the path as given when it does not exist (yet). */
export function realPathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
