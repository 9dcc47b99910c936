import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, openDraft } from './helpers';

interface SnippetContribution {
  language: string;
  path: string;
}

suite('snippets', () => {
  teardown(closeAllEditors);

  test('the contributed snippets exist and are offered in a press release', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (extension.packageJSON.contributes?.snippets ?? []) as SnippetContribution[];
    assert.ok(contributed.length > 0, 'package.json contributes snippets');
    const prefixes: string[] = [];
    for (const { language, path } of contributed) {
      assert.equal(language, 'press-release');
      const snippets = JSON.parse(readFileSync(join(extension.extensionPath, path), 'utf8')) as Record<string, { prefix: string | string[]; body: string | string[] }>;
      for (const [name, snippet] of Object.entries(snippets)) {
        assert.ok(snippet.body.length > 0, `${name} has a body`);
        prefixes.push(...[snippet.prefix].flat());
      }
    }
    for (const wanted of ['release', 'dateline', 'contact']) assert.ok(prefixes.includes(wanted), `a "${wanted}" snippet`);

    // A blank line of a draft: the editor's snippet provider offers them with the language server's items.
    const editor = await openDraft('drafts/clean.release.md');
    await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), '\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(3, 0));
    const snippetLabels = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const wanted of ['release', 'dateline', 'contact']) {
      assert.ok(snippetLabels.includes(wanted), `the "${wanted}" snippet is offered; snippets offered: ${snippetLabels.join(', ')}`);
    }
  });
});
