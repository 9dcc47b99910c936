import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openDraft, waitForDiagnostics } from './helpers';

suite('screen', () => {
  test('the Problems panel lists a finding (screenshot saved)', async function () {
    // The driver that can look at the screen exists only under code-server (test/e2e/code-shim.mjs).
    const screen = process.env.PRESSLINT_E2E_SCREEN;
    if (!screen) this.skip();
    const editor = await openDraft('drafts/harbour-drills.release.md');
    const [first] = await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0, 'a diagnostic to show');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // A row may be cut at the panel's width: look for the start of the message.
    const expect = first!.message.slice(0, 40);
    const response = await fetch(`${screen}/problems?expect=${encodeURIComponent(expect)}&shot=problems-panel`);
    const answer = (await response.json()) as { ok: boolean; rows?: string[]; screenshot?: string; error?: string };
    assert.ok(answer.ok, `the Problems panel shows "${expect}"; rows: ${JSON.stringify(answer.rows)} ${answer.error ?? ''}`);
  });
});
