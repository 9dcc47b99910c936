import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDraft, ruleOf, waitForRules } from '../helpers';

/** A workspace VS Code does not trust: presslint runs nothing from it, so it still lints (a house style is data). */
suite('Restricted Mode', () => {
  teardown(closeAllEditors);

  test('the workspace is untrusted, and a draft still gets its diagnostics, with the house style', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the folder opened in Restricted Mode');
    const { document } = await openDraft('drafts/harbour-drills.release.md');
    const diagnostics = await waitForRules(document.uri, ['headline', 'date-style', 'end-mark']);
    // end-mark is off by default: a warning here means the workspace's .presslint.yaml was read.
    assert.equal(diagnostics.find((d) => ruleOf(d) === 'end-mark')?.severity, vscode.DiagnosticSeverity.Warning);
  });
});
