import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, SOURCE, openDraft, waitForDiagnostics, workspaceFile } from './helpers';

interface PresslintApi {
  isServerRunning(): boolean;
}

suite('activation', () => {
  // First in the suite, before any draft is open: later tests start the server.
  test('a Markdown file presslint does not check starts no server', async () => {
    const extension = vscode.extensions.getExtension<PresslintApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded as the development extension`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('notes.md')));
    const api = await extension.activate();
    assert.equal(api.isServerRunning(), false, 'no server process for a file presslint does not check');
  });

  test('the extension activates on a .release.md file and publishes a diagnostic', async () => {
    const extension = vscode.extensions.getExtension<PresslintApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded as the development extension`);
    const editor = await openDraft('drafts/harbour-drills.release.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, 'a first presslint diagnostic');
    assert.ok(extension.isActive, 'opening a .release.md file activated the extension');
    assert.equal(editor.document.languageId, 'press-release', 'a *.release.md file is a press release');
    assert.ok(diagnostics.every((d) => d.source === SOURCE));
    assert.equal(extension.exports.isServerRunning(), true);
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceFile('notes.md')).filter((d) => d.source === SOURCE), []);
  });
});
