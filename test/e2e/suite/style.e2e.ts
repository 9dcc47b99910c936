import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyCodeAction, closeAllEditors, describe, openDraft, ruleOf, waitForDiagnostics, waitForRules, workspaceFile } from './helpers';

const STYLE = '.presslint.yaml';

/** Replaces `from` with `to` in the open house style file and saves it, as a writer would. */
async function editStyle(from: string, to: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(STYLE));
  const at = document.getText().indexOf(from);
  assert.notEqual(at, -1, `${STYLE} contains "${from}"`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.ok(await document.save(), `${STYLE} saved`);
}

suite('house style', () => {
  let original: Uint8Array;
  suiteSetup(async () => {
    original = await vscode.workspace.fs.readFile(workspaceFile(STYLE));
  });
  teardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.writeFile(workspaceFile(STYLE), original);
  });

  test('editing the house style file re-lints the open drafts', async () => {
    const { document } = await openDraft('drafts/harbour-drills.release.md');
    const tooLong = (d: vscode.Diagnostic) => ruleOf(d) === 'headline' && /long|characters/i.test(d.message);
    const before = await waitForRules(document.uri, ['headline', 'spacing']);
    assert.ok(!before.some(tooLong), 'the headline fits the house maximum of 90 characters');
    await editStyle('maxLength: 90', 'maxLength: 30');
    const after = await waitForDiagnostics(document.uri, (ds) => ds.some(tooLong), 'a headline-too-long diagnostic after the style change');
    assert.equal(after.filter((d) => ruleOf(d) === 'headline').length, 2, after.map(describe).join('\n'));
    await editStyle('maxLength: 30', 'maxLength: 90');
    await waitForDiagnostics(document.uri, (ds) => !ds.some(tooLong) && ds.length > 0, 'the headline diagnostic to go when the style is restored');
  });

  test('a broken house style shows its error at the bad key, and drafts keep being checked', async () => {
    const { document } = await openDraft('drafts/harbour-drills.release.md');
    // The house style (end-mark on) in effect first: breaking it while the server still held an
    // earlier version as its last good one (the previous test edits the file) kept that version.
    await waitForRules(document.uri, ['headline', 'spacing', 'end-mark']);
    const styleUri = workspaceFile(STYLE);
    await editStyle('dialect: en-GB', 'dialect: en-XX');
    const [problem] = await waitForDiagnostics(styleUri, (ds) => ds.some((d) => ruleOf(d) === 'house-style'), `a house-style diagnostic in ${STYLE}`);
    const styleText = (await vscode.workspace.openTextDocument(styleUri)).getText();
    const dialectLine = styleText.split('\n').findIndex((line) => line.startsWith('dialect:'));
    assert.equal(problem!.range.start.line, dialectLine, `the diagnostic is on the dialect line: ${describe(problem!)}`);
    assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
    assert.match(problem!.message, /en-GB|en-US|dialect/, problem!.message);
    const draft = await waitForRules(document.uri, ['headline', 'spacing', 'end-mark']);
    assert.ok(draft.length >= 5, 'the draft is still checked with the last good house style');
    await editStyle('dialect: en-XX', 'dialect: en-GB');
    await waitForDiagnostics(styleUri, (ds) => ds.length === 0, `the ${STYLE} diagnostics to clear once it is fixed`);
  });

  test('"add to the house words" edits the house style as it is open in the editor, unsaved changes included', async () => {
    const styleDocument = await vscode.workspace.openTextDocument(workspaceFile(STYLE));
    await vscode.window.showTextDocument(styleDocument);
    const note = new vscode.WorkspaceEdit();
    note.insert(styleDocument.uri, new vscode.Position(0, 0), '# Unsaved note.\n');
    assert.ok(await vscode.workspace.applyEdit(note));
    const unsaved = styleDocument.getText();

    const { document } = await openDraft('drafts/typo.release.md');
    const [typo] = await waitForRules(document.uri, ['spelling']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, typo!.range, vscode.CodeActionKind.QuickFix.value,
    );
    const add = actions.find((a) => a.title === 'Add "recieved" to the house words');
    assert.ok(add, `the add-word action among ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(add);
    assert.equal(styleDocument.getText(), unsaved.replace('Odhiambo, Wanjiru]', 'Odhiambo, Wanjiru, recieved]'));
    assert.ok(styleDocument.isDirty, 'left unsaved, for the writer to save');
    assert.deepEqual(await vscode.workspace.fs.readFile(workspaceFile(STYLE)), original, 'the file on disk is untouched');
  });
});
