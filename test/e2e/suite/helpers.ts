/**
 * What the end-to-end tests share: opening drafts of the test workspace and waiting for the
 * language server's diagnostics through `onDidChangeDiagnostics` (never a fixed sleep; the
 * timeout is only a guard against waiting forever).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The extension under test, as `publisher.name` in package.json. */
export const EXTENSION_ID = 'presslint.presslint';
/** The `source` of every diagnostic presslint publishes. */
export const SOURCE = 'presslint';
/** How long a wait may take before the test fails; generous for a machine shared by several jobs. */
export const WAIT_MS = 30_000;

/** The test workspace folder (a scratch copy of test/e2e/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the test workspace open');
  return folder.uri;
}

/** A file of the test workspace by its relative path. */
export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), relativePath);
}

/** Opens a workspace file in an editor and returns the editor. */
export async function openDraft(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** presslint's diagnostics of a document, in the order the server sent them. */
export function presslintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id of a diagnostic (its `code`, plain or with a docs link). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** The docs link of a diagnostic (`code.target`), if it has one. */
export function docsLinkOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  return typeof code === 'object' ? code.target.toString() : undefined;
}

/**
 * Resolves with presslint's diagnostics of `uri` as soon as `accept` holds for them: at once if
 * it already does, else on the `onDidChangeDiagnostics` event that makes it true.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = presslintDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = presslintDiagnostics(uri).map(describe).join('\n  ') || '(none)';
      reject(new Error(`Timed out after ${WAIT_MS / 1000} s waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; presslint diagnostics now:\n  ${seen}`));
    }, WAIT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Waits until the document has a diagnostic of each of `rules` (and returns them all). */
export function waitForRules(uri: vscode.Uri, rules: string[]): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => rules.every((rule) => ds.some((d) => ruleOf(d) === rule)), `diagnostics of ${rules.join(', ')}`);
}

/** Waits until the document has no diagnostic of `rule`. */
export function waitForNoRule(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (ds) => !ds.some((d) => ruleOf(d) === rule), `no ${rule} diagnostic`);
}

/** The range of the `nth` (0-based) occurrence of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.notEqual(offset, -1, `"${text}" occurs ${nth + 1} time(s) in ${vscode.workspace.asRelativePath(document.uri)}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** The range of `target` inside the first occurrence of `context` (which must contain it once). */
export function rangeIn(document: vscode.TextDocument, context: string, target: string): vscode.Range {
  const outer = document.offsetAt(rangeOf(document, context).start);
  const inner = context.indexOf(target);
  assert.notEqual(inner, -1, `"${target}" is inside "${context}"`);
  return new vscode.Range(document.positionAt(outer + inner), document.positionAt(outer + inner + target.length));
}

/** The whole text of a document as a range. */
export function wholeRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" applies`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** One line describing a diagnostic, for assertion messages. */
export function describe(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${ruleOf(d)} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${d.message}`;
}

/** Waits for an event that satisfies `accept`, with the usual guard timeout. */
export function waitForEvent<T>(event: vscode.Event<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out after ${WAIT_MS / 1000} s waiting for ${what}`));
    }, WAIT_MS);
    const subscription = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/** Closes every editor and reverts unsaved changes, so tests do not see each other's edits. */
export async function closeAllEditors(): Promise<void> {
  // Closing a dirty editor would ask whether to save: revert and close each one first
  // (for an untitled buffer, such as a command's new release, reverting discards it).
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
