/**
 * Which house style applies to a draft, and what happens when a house style file is broken:
 * its problems become diagnostics in that file (at the bad key), the user is told once, and
 * drafts keep being linted with the last good version of that file.
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { filesStamp, isInside, recommended, StyleCache, StyleError, type HouseStyle, type StyleIssue } from '../engine/index';
import { styleIssueDiagnostic } from './diagnostics';

/** What the style resolver needs from the LSP connection. */
export interface StyleHost {
  publishDiagnostics(uri: string, diagnostics: Diagnostic[]): void;
  showError(message: string): void;
  /** A style file of another name is in use (`presslint.configPath`, a file named by `extends`): watch its changes too. */
  watch?(file: string): void;
}

export interface StyleOutcome {
  style: HouseStyle;
  /** The house style file that applies (even when broken), if any. */
  file?: string;
  /** Set when that file is broken: `style` is then its last good version, or `recommended`. */
  error?: StyleError;
}

interface Failure {
  stamp: string;
  error: StyleError;
}

/** Resolves house styles for drafts; one per server, folders of every workspace root share it. */
export class StyleResolver {
  private readonly cache = new StyleCache();
  private readonly lastGood = new Map<string, HouseStyle>();
  private readonly failures = new Map<string, Failure>();
  /** Per broken root file: the files its diagnostics were published to, and their text (to skip repeats). */
  private readonly published = new Map<string, { uris: string[]; signature: string }>();
  private readonly notified = new Set<string>();

  constructor(private readonly host: StyleHost) {}

  /**
   * The style for a draft in `folder`. `configPath` (absolute) overrides the search for
   * the nearest file; it must lie inside `workspaceFolder` when there is one. Never throws.
   */
  resolve(folder: string | undefined, configPath?: string, workspaceFolder?: string): StyleOutcome {
    // A workspace's setting must not read a file outside it (a key, a .env elsewhere on the disk).
    if (configPath && workspaceFolder && !isInside(workspaceFolder, configPath)) return this.refused(configPath, workspaceFolder);
    const file = configPath ? resolve(configPath) : folder ? this.cache.styleFileFor(resolve(folder)) : undefined;
    if (!file) return { style: recommended };
    if (configPath) this.host.watch?.(file);
    try {
      const style = this.load(file);
      // Files it extends are watched by name too: saving one re-lints the drafts.
      for (const extended of style.extendedFiles ?? []) this.host.watch?.(extended);
      this.lastGood.set(file, style);
      this.healed(file);
      return { style, file };
    } catch (caught) {
      const error = caught instanceof StyleError ? caught : new StyleError([{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `Cannot read the house style: ${String(caught)}.` }]);
      this.broken(file, error);
      return { style: this.lastGood.get(file) ?? recommended, file, error };
    }
  }

  /** A configPath outside the workspace: the built-in style, and one message saying why (the file is never read). */
  private refused(configPath: string, workspaceFolder: string): StyleOutcome {
    const message = `presslint.configPath points outside the workspace folder ${workspaceFolder}: refused, nothing read; put the house style inside the workspace.`;
    const error = new StyleError([{ file: configPath, line: 1, column: 1, endLine: 1, endColumn: 1, message }]);
    if (!this.notified.has(configPath)) {
      this.notified.add(configPath);
      this.host.showError(`presslint: ${message} Drafts are checked with the built-in recommended style.`);
    }
    return { style: recommended, error };
  }

  /** Forgets everything read from disk (a style file was created, changed or deleted). */
  invalidate(): void {
    this.cache.clear();
    this.failures.clear();
  }

  /** A house style file was deleted: drop its diagnostics and what was remembered of it. */
  forget(path: string): void {
    this.healed(path);
    this.lastGood.delete(path);
  }

  /** StyleCache re-reads changed files; a broken file is not re-parsed on every keystroke either. */
  private load(file: string): HouseStyle {
    const stamp = filesStamp([file]) ?? 'missing';
    const failure = this.failures.get(file);
    if (failure && failure.stamp === stamp) throw failure.error;
    try {
      return this.cache.load(file);
    } catch (error) {
      if (error instanceof StyleError) this.failures.set(file, { stamp, error });
      throw error;
    }
  }

  private broken(file: string, error: StyleError): void {
    const byFile = new Map<string, StyleIssue[]>();
    for (const issue of error.issues) {
      const target = isAbsolute(issue.file) ? issue.file : resolve(dirname(file), issue.file);
      byFile.set(target, [...(byFile.get(target) ?? []), issue]);
      // A broken file this style extends: its repair must be noticed as the style's own would.
      if (target !== file) this.host.watch?.(target);
    }
    const signature = JSON.stringify([...byFile]);
    const previous = this.published.get(file);
    if (previous?.signature !== signature) {
      const uris = [...byFile.keys()].map((path) => pathToFileURL(path).toString());
      for (const stale of previous?.uris ?? []) if (!uris.includes(stale)) this.host.publishDiagnostics(stale, []);
      for (const [path, issues] of byFile) this.host.publishDiagnostics(pathToFileURL(path).toString(), issues.map(styleIssueDiagnostic));
      this.published.set(file, { uris, signature });
    }
    if (!this.notified.has(file)) {
      this.notified.add(file);
      const kept = this.lastGood.has(file) ? 'its last good version' : 'the built-in recommended style';
      this.host.showError(`presslint: the house style ${file} has errors, so drafts are checked with ${kept}. ${error.message}`);
    }
  }

  private healed(file: string): void {
    const previous = this.published.get(file);
    if (!previous) return;
    for (const uri of previous.uris) this.host.publishDiagnostics(uri, []);
    this.published.delete(file);
    this.notified.delete(file);
  }
}
