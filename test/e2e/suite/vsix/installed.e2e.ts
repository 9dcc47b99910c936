import * as assert from 'node:assert/strict';
import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, describe, openDraft, rangeOf, ruleOf, waitForDiagnostics, waitForRules } from '../helpers';

suite('packaged extension', () => {
  teardown(closeAllEditors);

  test('presslint.vsix installed into a clean extensions folder activates on a .release.md file', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const extensionsDir = process.env.PRESSLINT_E2E_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'the runner names the extensions folder');
    assert.ok(
      realpathSync(extension.extensionPath).startsWith(realpathSync(extensionsDir) + sep),
      `the extension runs from the installed copy (${extension.extensionPath}), not the source tree`,
    );
    const editor = await openDraft('drafts/harbour-drills.release.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, 'a first diagnostic from the packaged server');
    assert.ok(extension.isActive, 'opening a .release.md file activated it');
    assert.ok(diagnostics.every((d) => ruleOf(d)), 'every diagnostic names its rule');
  });

  test('the packaged server finds its spelling dictionaries: one misspelling, nothing else flagged', async () => {
    // cspell-lib does not throw when its dictionaries are missing: it flags every word instead.
    const { document } = await openDraft('drafts/typo.release.md');
    const diagnostics = await waitForRules(document.uri, ['spelling']);
    assert.equal(diagnostics.length, 1, diagnostics.map(describe).join('\n'));
    assert.ok(diagnostics[0]!.range.isEqual(rangeOf(document, 'recieved')), describe(diagnostics[0]!));
  });
});
