/** "Add <word> to the house words": an edit of the house style file that keeps its comments. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { withWordsAdded } from '../engine/config/edit';
import { readStyleFileText } from '../engine/config/load';
import { diffEdit } from './edits';

const NEW_STYLE_HEADER = '# presslint house style: the built-in "recommended" style plus what this file says.\n';

/** A style file open in the editor: its text there (saved or not) and its version. */
export interface OpenStyleFile {
  text: string;
  version: number;
}

/**
 * The edit adding `word` to `styleFile`'s `words`; or, when the draft has no house style
 * file and the client can create files, a new `.presslint.yaml` in `folder` holding it.
 * When the style file is open in the editor the edit is made against the editor's text (which
 * may hold unsaved changes) and that version; otherwise against the file on disk.
 * Undefined when the word is already there or the file cannot be read.
 */
export function addHouseWordEdit(
  word: string,
  styleFile: string | undefined,
  folder: string | undefined,
  canCreateFiles: boolean,
  openStyleFile: (uri: string) => OpenStyleFile | undefined = () => undefined,
): WorkspaceEdit | undefined {
  if (styleFile) {
    const uri = pathToFileURL(styleFile).toString();
    const open = openStyleFile(uri);
    let text: string;
    try {
      text = open ? open.text : readStyleFileText(styleFile);
    } catch {
      return undefined;
    }
    let next: string;
    try {
      const outcome = withWordsAdded(text, [word], styleFile.endsWith('.json'), styleFile);
      if (outcome.added.length === 0) return undefined;
      next = outcome.text;
    } catch {
      return undefined; // a file that does not parse is reported in its own diagnostics
    }
    const edit = diffEdit(text, next);
    if (!edit) return undefined;
    // Not open: no version to check against (null); open: the editor refuses it if the text moved on.
    return { documentChanges: [TextDocumentEdit.create({ uri, version: open ? open.version : null }, [edit])] };
  }
  if (!folder || !canCreateFiles) return undefined;
  const uri = pathToFileURL(join(folder, '.presslint.yaml')).toString();
  const text = NEW_STYLE_HEADER + withWordsAdded('', [word]).text;
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      TextDocumentEdit.create({ uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }]),
    ],
  };
}
