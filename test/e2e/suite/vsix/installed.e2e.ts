import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
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
    // A speller without its dictionary would flag every word: exactly one finding shows it has it.
    const { document } = await openDraft('drafts/typo.release.md');
    const diagnostics = await waitForRules(document.uri, ['spelling']);
    assert.equal(diagnostics.length, 1, diagnostics.map(describe).join('\n'));
    assert.ok(diagnostics[0]!.range.isEqual(rangeOf(document, 'recieved')), describe(diagnostics[0]!));
  });

  test('the CLI bundled in the .vsix lints a draft: node <extension>/dist/cli.js, spelling included', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'the suite runs in a workspace');
    const cli = join(extension.extensionPath, 'dist', 'cli.js');
    const result = spawnSync('node', [cli, '--format', 'json', join('drafts', 'typo.release.md')], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 0, `exit ${result.status}: ${result.stderr}`);
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; message: string; line: number; column: number }> }>;
    assert.deepEqual(
      file!.messages.map((m) => [m.ruleId, m.message, m.line, m.column]),
      [['spelling', 'Unknown word "recieved".', 3, 64]],
    );
  });
});
