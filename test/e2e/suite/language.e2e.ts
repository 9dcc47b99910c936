import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openDraft, rangeIn, waitForDiagnostics } from './helpers';

/** The plain text of hover contents, whatever form each part takes. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

suite('hover and completion', () => {
  teardown(closeAllEditors);

  test('hover on an acronym gives its official name from the house registry', async () => {
    const { document } = await openDraft('drafts/harbour-drills.release.md');
    await waitForDiagnostics(document.uri, (ds) => ds.length > 0, 'the draft to be linted');
    const imo = rangeIn(document, 'by the IMO and', 'IMO');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, imo.start.translate(0, 1));
    const text = hoverText(hovers);
    assert.match(text, /IMO/, text);
    assert.match(text, /International Maritime Organization/, `the registry's name: ${text}`);
    // KPA is a house acronym, defined in this draft.
    const kpa = rangeIn(document, '(KPA) under', 'KPA');
    const kpaText = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, kpa.start));
    assert.match(kpaText, /Kenya Ports Authority/, kpaText);
  });

  test('completion offers the expansion of a registry acronym not yet defined', async () => {
    const editor = await openDraft('drafts/harbour-drills.release.md');
    const { document } = editor;
    await waitForDiagnostics(document.uri, (ds) => ds.length > 0, 'the draft to be linted');
    const quoteLine = document.lineAt(rangeIn(document, 'harbour master at Kilindini.', 'Kilindini.').start.line);
    await editor.edit((edit) => edit.insert(quoteLine.range.end, ' The drills were paid for by UNDP'));
    const at = document.lineAt(quoteLine.lineNumber).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at);
    const undp = list.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'UNDP');
    assert.ok(undp, `UNDP is offered; got ${list.items.length} items: ${list.items.slice(0, 20).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ')}`);
    const insert = typeof undp.insertText === 'string' ? undp.insertText : undp.insertText?.value;
    assert.equal(insert, 'United Nations Development Programme (UNDP)');
    const range = undp.range instanceof vscode.Range ? undp.range : undp.range?.replacing;
    assert.ok(range?.isEqual(new vscode.Range(at.translate(0, -4), at)), 'it replaces the typed acronym');
  });
});
