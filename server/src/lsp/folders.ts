/** The workspace folders (multi-root), and file URIs as paths. */
import { fileURLToPath } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver';

/** The file system path of a `file:` URI, or undefined (untitled documents, other schemes). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The open workspace folders, in the client's order. */
export class WorkspaceFolders {
  private folders: { uri: string; path: string }[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.folders = [];
    this.add(folders ?? []);
  }

  add(folders: readonly WorkspaceFolder[]): void {
    for (const folder of folders) {
      const path = pathOf(folder.uri);
      if (path && !this.folders.some((f) => f.uri === folder.uri)) this.folders.push({ uri: withSlash(folder.uri), path });
    }
  }

  remove(folders: readonly WorkspaceFolder[]): void {
    const gone = new Set(folders.map((f) => withSlash(f.uri)));
    this.folders = this.folders.filter((f) => !gone.has(f.uri));
  }

  /** The path of the folder holding `uri`; for untitled documents, the first folder. */
  folderOf(uri: string): string | undefined {
    // Nested roots: the longest prefix is the folder a document belongs to.
    let best: { uri: string; path: string } | undefined;
    for (const folder of this.folders) {
      if (uri.startsWith(folder.uri) && (!best || folder.uri.length > best.uri.length)) best = folder;
    }
    if (best) return best.path;
    return pathOf(uri) ? undefined : this.folders[0]?.path;
  }
}

function withSlash(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}
