import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDraft, ruleOf, waitForDiagnostics, waitForEvent, waitForNoRule, waitForRules } from './helpers';

const BOILERPLATE =
  'About CRISP: Coastal Resilience and Inclusive Sea Ports is a five-year joint programme that helps port authorities on the Indian Ocean plan for storms, train their crews and keep cargo moving when the weather turns.';

suite('commands', () => {
  teardown(closeAllEditors);

  test('presslint.* commands are registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of ['presslint.newRelease', 'presslint.insertBoilerplate', 'presslint.fixAll', 'presslint.showOutput', 'presslint.restart']) {
      assert.ok(registered.has(id), `${id} is registered`);
    }
  });

  test('New press release opens a skeleton in the house form, and presslint checks it', async () => {
    await vscode.commands.executeCommand('presslint.newRelease');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'an editor is open');
    const { document } = editor;
    assert.equal(document.isUntitled, true, 'a new, unsaved document');
    assert.equal(document.languageId, 'press-release');
    const text = document.getText();
    const today = new Date();
    const month = today.toLocaleString('en-GB', { month: 'long' });
    assert.ok(text.includes(`, ${today.getDate()} ${month} ${today.getFullYear()} - `), `a dateline with today's date in the house form:\n${text}`);
    assert.ok(text.includes('For more information, please contact:'), 'the house contact heading');
    assert.match(text, /###\s*$/, 'the end mark');
    // The skeleton's placeholders ([Name], [email address]) are what contact-block reports.
    await waitForRules(document.uri, ['contact-block']);
  });

  test('Insert programme boilerplate puts the house text in, and the boilerplate finding goes away', async () => {
    const editor = await openDraft('drafts/no-boilerplate.release.md');
    const { document } = editor;
    await waitForRules(document.uri, ['boilerplate']);
    // An empty paragraph before the contact heading, with the cursor on it.
    const heading = document.lineAt(document.positionAt(document.getText().indexOf('For more information')).line);
    await editor.edit((edit) => edit.insert(heading.range.start, '\n\n'));
    editor.selection = new vscode.Selection(heading.lineNumber, 0, heading.lineNumber, 0);
    const inserted = waitForEvent(vscode.workspace.onDidChangeTextDocument, (e) => e.document === document && document.getText().includes(BOILERPLATE), 'the boilerplate to be inserted');
    const running = vscode.commands.executeCommand('presslint.insertBoilerplate');
    // The command asks which programme in a quick pick (the house has one): accept it once it shows.
    const accept = setInterval(() => void vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'), 100);
    try {
      await inserted;
      await running;
    } finally {
      clearInterval(accept);
    }
    assert.equal(document.lineAt(heading.lineNumber).text, BOILERPLATE);
    const left = await waitForNoRule(document.uri, 'boilerplate');
    assert.deepEqual(left.map(ruleOf), [], 'nothing else to report');
  });

  test('Fix all auto-fixable problems fixes the active draft', async () => {
    const { document } = await openDraft('drafts/fix-all.release.md');
    await waitForRules(document.uri, ['headline', 'spacing', 'date-style']);
    await vscode.commands.executeCommand('presslint.fixAll');
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0, 'no diagnostics after Fix all');
    assert.ok(document.getText().includes('by the International Maritime Organization (IMO) and'));
  });
});
