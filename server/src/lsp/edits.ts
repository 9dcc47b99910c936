/**
 * Workspace edits that carry the document version they were computed for, so a client
 * refuses them once the text has changed.
 */
import { TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, splitLines, type Fix } from '../engine/index';
import { toRange, type PositionMapper } from './diagnostics';

/** An edit of one document at one version. */
export function versionedEdit(uri: string, version: number | null, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
}

/** Engine fixes (offsets into the text `index` maps) as LSP text edits. */
export function fixesToEdits(index: PositionMapper, fixes: readonly Fix[]): TextEdit[] {
  return fixes.map((fix) => ({ range: toRange(index, fix.range), newText: fix.text }));
}

/**
 * The smallest single edit turning `before` into `after` (common prefix and suffix kept),
 * so that a whole-document fix leaves the cursor and the undo history alone elsewhere.
 */
export function diffEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  if (start > 0 && isHighSurrogateOrCr(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogateOrLf(before.charCodeAt(before.length - end))) end--;
  const index = new LineIndex(splitLines(before));
  return {
    range: toRange(index, { start, end: before.length - end }),
    newText: after.slice(start, after.length - end),
  };
}

function isHighSurrogateOrCr(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdbff) || code === 13;
}

function isLowSurrogateOrLf(code: number): boolean {
  return (code >= 0xdc00 && code <= 0xdfff) || code === 10;
}
