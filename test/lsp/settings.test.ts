/**
 * When the server lints and what it leaves alone: the pause after typing, a burst of changes,
 * `presslint.run: onSave`, `presslint.maxFileSize`, `presslint.languages`, `presslint.enable`
 * and a change of settings.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { delay, describe as describeDiagnostic, LspClient, tempWorkspace } from './helpers/client';

const STYLE = 'rules:\n  spelling: off\n  contact-block: off\n  end-mark: off\n  boilerplate: off\n';
const DRAFT = '# Harbour pilots rehearse storm drills\n\nMombasa, Kenya, 12 March 2024 - Forty pilots trained this week.\n';
const DEBOUNCE_MS = 250;

describe('when the language server lints', () => {
  let client: LspClient;
  let workspace: ReturnType<typeof tempWorkspace>;
  let toggledOn = true;

  before(async () => {
    workspace = tempWorkspace({ '.presslint.yaml': STYLE });
    client = await LspClient.start({
      folders: [workspace.path],
      initializationOptions: { debounceMs: DEBOUNCE_MS },
      settings: (scopeUri = '') => {
        if (scopeUri.includes('on-save')) return { run: 'onSave' };
        if (scopeUri.includes('small-limit')) return { maxFileSize: 1000 };
        if (scopeUri.includes('with-markdown')) return { languages: ['press-release', 'markdown'] };
        if (scopeUri.includes('disabled')) return { enable: false };
        if (scopeUri.includes('toggled')) return { enable: toggledOn };
        return {};
      },
    });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  it('lints a burst of changes once, after the pause, for the newest version only', async () => {
    const uri = workspace.uri('burst.release.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, (ds) => ds.length === 0);
    const before = client.publishLog.length;
    const started = Date.now();
    const at = { line: 2, character: 37 };
    for (let i = 0; i < 10; i++) await client.change(uri, [{ range: { start: at, end: at }, text: ' ' }]);
    assert.equal(client.mirror(uri).version, 11);
    const diagnostics = await client.waitForDiagnostics(uri, (ds) => ds.length > 0, 'the spacing finding');
    assert.ok(Date.now() - started >= DEBOUNCE_MS - 20, 'nothing before the pause');
    assert.deepEqual(diagnostics.map(describeDiagnostic), ['spacing 2:37-2:48']);
    await delay(DEBOUNCE_MS + 100);
    const publishes = client.publishLog.slice(before).filter((p) => p.uri === uri);
    assert.deepEqual(publishes.map((p) => p.version), [11], 'one publish, for version 11: the older versions were superseded');
  });

  it('with presslint.run "onSave", lints on open and on save, not while typing', async () => {
    const uri = workspace.uri('on-save.release.md');
    await client.open(uri, DRAFT);
    await client.waitForDiagnostics(uri, (ds) => ds.length === 0);
    await client.replace(uri, 'Forty pilots', 'Forty  pilots');
    await delay(DEBOUNCE_MS + 150);
    assert.equal(client.published.get(uri)?.version, 1, 'no lint while typing');
    await client.save(uri);
    const diagnostics = await client.waitForDiagnostics(uri, (ds) => ds.length > 0, 'diagnostics after save');
    assert.deepEqual(diagnostics.map(describeDiagnostic), ['spacing 2:37-2:39']);
    assert.equal(client.published.get(uri)?.version, 2);
  });

  it('does not lint a draft over presslint.maxFileSize, and says why in one info diagnostic', async () => {
    const uri = workspace.uri('small-limit.release.md');
    await client.open(uri, `${DRAFT}\n${'Forty pilots  trained. '.repeat(60)}\n`);
    const diagnostics = await client.waitForDiagnostics(uri, (ds) => ds.length > 0);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'max-file-size');
    assert.equal(diagnostics[0]!.severity, DiagnosticSeverity.Information);
    assert.equal(diagnostics[0]!.message, 'presslint did not check this draft: it is 1.5 kB, over the presslint.maxFileSize limit of 1.0 kB.');
    assert.deepEqual(await client.codeActions(uri, diagnostics[0]!.range, diagnostics), []);
  });

  it('lints Markdown files only when presslint.languages lists markdown; *.release.md always', async () => {
    const text = DRAFT.replace('week.', 'week  .');
    const plain = workspace.uri('notes.md');
    await client.open(plain, text, 'markdown');
    assert.deepEqual(await client.waitForDiagnostics(plain), []);
    const listed = workspace.uri('with-markdown.md');
    await client.open(listed, text, 'markdown');
    assert.deepEqual((await client.waitForDiagnostics(listed, (ds) => ds.length > 0)).map((d) => d.code), ['spacing']);
    // Another editor may call a *.release.md file plain "markdown": it is a draft by its name.
    const named = workspace.uri('named.release.md');
    await client.open(named, text, 'markdown');
    assert.deepEqual((await client.waitForDiagnostics(named, (ds) => ds.length > 0)).map((d) => d.code), ['spacing']);
  });

  it('publishes nothing with presslint.enable false, and lints again when the setting changes', async () => {
    const text = DRAFT.replace('week.', 'week  .');
    const disabled = workspace.uri('disabled.release.md');
    await client.open(disabled, text);
    assert.deepEqual(await client.waitForDiagnostics(disabled), []);
    const status = client.statuses.findLast((s) => (s as { uri: string }).uri === disabled) as { state: string };
    assert.equal(status.state, 'disabled');

    const toggled = workspace.uri('toggled.release.md');
    await client.open(toggled, text);
    await client.waitForDiagnostics(toggled, (ds) => ds.length === 1);
    toggledOn = false;
    await client.settingsChanged();
    await client.waitForDiagnostics(toggled, (ds) => ds.length === 0, 'diagnostics cleared once disabled');
  });
});
