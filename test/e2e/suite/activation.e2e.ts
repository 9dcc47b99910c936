import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, SOURCE, openDraft, waitForDiagnostics } from './helpers';

suite('activation', () => {
  test('the extension activates on a .release.md file and publishes a diagnostic', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded as the development extension`);
    const editor = await openDraft('drafts/harbour-drills.release.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, 'a first presslint diagnostic');
    assert.ok(extension.isActive, 'opening a .release.md file activated the extension');
    assert.equal(editor.document.languageId, 'press-release', 'a *.release.md file is a press release');
    assert.ok(diagnostics.every((d) => d.source === SOURCE));
  });
});
