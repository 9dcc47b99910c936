/**
 * Spelling in the language server, with the bundle copied away from the source tree (as in
 * the .vsix: the dictionaries must be found beside the bundle, not in node_modules).
 * Structural findings are published at once and spelling joins them; a misspelling offers its
 * suggestions and "Add <word> to the house words", which edits the house style file keeping
 * its comments, or creates one.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { actionsOnly, FileChangeType, LspClient, ROOT, tempWorkspace } from './helpers/client';

const STYLE = `# The house style of the spelling tests.
dialect: en-GB # British spelling
words:
  - Kilindini # the harbour
rules:
  contact-block: off
`;
const DRAFT = '# Pilots at Kilindini train for storms\n\nMombasa, Kenya, 12 March 2024 - The drills were organsied  by the port.\n';
const spelling = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'spelling');

describe('spelling in the language server', () => {
  let client: LspClient;
  let bundle: string;
  let withStyle: ReturnType<typeof tempWorkspace>;
  let withoutStyle: ReturnType<typeof tempWorkspace>;

  before(async () => {
    // The whole build output (entry points, chunks, dictionaries), as the .vsix carries it.
    bundle = mkdtempSync(join(tmpdir(), 'presslint-bundle-'));
    cpSync(join(ROOT, 'dist'), bundle, { recursive: true, filter: (source) => !source.endsWith('.map') });
    withStyle = tempWorkspace({ '.presslint.yaml': STYLE });
    withoutStyle = tempWorkspace();
    client = await LspClient.start({ folders: [withStyle.path, withoutStyle.path], settings: {}, serverPath: join(bundle, 'server.mjs') });
  });
  after(async () => {
    await client.stop();
    withStyle.remove();
    withoutStyle.remove();
    rmSync(bundle, { recursive: true, force: true });
  });

  it('publishes the structural findings first, then spelling joins them', async () => {
    const uri = withStyle.uri('joined.release.md');
    await client.open(uri, DRAFT);
    const diagnostics = await client.waitForRules(uri, ['spacing', 'spelling']);
    assert.deepEqual(spelling(diagnostics).map((d) => [d.message, d.range]), [
      ['Unknown word "organsied".', { start: { line: 2, character: 48 }, end: { line: 2, character: 57 } }],
    ]);
    const publishes = client.publishLog.filter((p) => p.uri === uri);
    assert.ok(publishes.length >= 2);
    assert.deepEqual(spelling(publishes[0]!.diagnostics), [], 'the first publish has the structural findings only');
    assert.deepEqual(publishes[0]!.diagnostics.map((d) => d.code), ['spacing']);
    assert.ok(client.messages.length === 0, `no error shown: ${JSON.stringify(client.messages)}`);
  });

  it('offers the suggestions, the first preferred, and adds the word to the house words keeping comments', async () => {
    const uri = withStyle.uri('suggest.release.md');
    await client.open(uri, DRAFT);
    const [misspelt] = spelling(await client.waitForRules(uri, ['spelling']));
    const actions = actionsOnly(await client.codeActions(uri, misspelt!.range, [misspelt!]));
    const change = actions.find((a) => a.title === 'Change to "organised"');
    assert.ok(change, `a suggestion among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(change.isPreferred, true);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);

    const add = actions.find((a) => a.title === 'Add "organsied" to the house words');
    assert.ok(add, 'the add-word action');
    assert.deepEqual(client.applyEdit(add.edit!), { applied: true });
    assert.equal(readFileSync(withStyle.file('.presslint.yaml'), 'utf8'), STYLE.replace('  - Kilindini # the harbour\n', '  - Kilindini # the harbour\n  - organsied\n'));
    await client.filesChanged([{ path: withStyle.file('.presslint.yaml'), type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(uri, (ds) => spelling(ds).length === 0 && ds.some((d) => d.code === 'spacing'), 'the word accepted');
  });

  it('fix-all applies spelling\'s fixes as --fix does (the engine\'s one fixAll loop)', async () => {
    const uri = withStyle.uri('fix-all-spelling.release.md');
    await client.open(uri, DRAFT.replace('organsied', 'organized'));
    await client.waitForRules(uri, ['spelling']);
    const actions = actionsOnly(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.presslint']));
    assert.equal(actions.length, 1, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(client.applyEdit(actions[0]!.edit!), { applied: true });
    assert.equal(client.mirror(uri).getText(), DRAFT.replace('organsied  by', 'organised by'));
  });

  it('adds an unknown word to the draft\'s own words, and the finding goes', async () => {
    // (A typo of its own: an earlier test added "organsied" to the house words.)
    const uri = withStyle.uri('draft-words.release.md');
    const text = DRAFT.replace('organsied', 'cordinated');
    await client.open(uri, text);
    const [misspelt] = spelling(await client.waitForRules(uri, ['spelling']));
    const add = actionsOnly(await client.codeActions(uri, misspelt!.range, [misspelt!])).find((a) => a.title === 'Add "cordinated" to this draft\'s words');
    assert.ok(add, 'the add-to-draft action');
    assert.deepEqual(client.applyEdit(add.edit!), { applied: true });
    assert.equal(client.mirror(uri).getText(), `${text}<!-- presslint-words cordinated -->\n`);
    await client.waitForDiagnostics(uri, (ds) => spelling(ds).length === 0 && ds.some((d) => d.code === 'spacing'), 'the word accepted in this draft');
  });

  it('offers the house spelling, not "add to the house words", for a word spelt the other dialect\'s way, also in a quotation', async () => {
    const uri = withStyle.uri('dialect-in-quote.release.md');
    await client.open(uri, DRAFT.replace('The drills were organsied  by the port.', '"We organized the drills," said the harbour master.'));
    const [other] = spelling(await client.waitForRules(uri, ['spelling']));
    const titles = actionsOnly(await client.codeActions(uri, other!.range, [other!])).map((a) => a.title);
    assert.ok(titles.some((t) => /organised/.test(t)), `the house spelling is offered: ${titles.join(' | ')}`);
    assert.ok(!titles.some((t) => /to the house words/.test(t)), `no add-word action: ${titles.join(' | ')}`);
  });

  it('adds the word to the house style as it is open in the editor, unsaved changes included', async () => {
    const styleUri = withStyle.uri('.presslint.yaml');
    const onDisk = readFileSync(withStyle.file('.presslint.yaml'), 'utf8');
    // The writer has typed into the open style file without saving: two lines more at the top.
    const unsaved = `# Edited in the editor, not saved yet.\n# Another line.\n${onDisk}`;
    await client.open(styleUri, unsaved, 'yaml');
    const uri = withStyle.uri('unsaved-style.release.md');
    await client.open(uri, DRAFT.replace('organsied', 'orgnaised'));
    const [misspelt] = spelling(await client.waitForRules(uri, ['spelling']));
    const add = actionsOnly(await client.codeActions(uri, misspelt!.range, [misspelt!])).find((a) => a.title === 'Add "orgnaised" to the house words');
    assert.ok(add, 'the add-word action');
    const [change] = add.edit!.documentChanges ?? [];
    assert.ok(change && 'textDocument' in change);
    assert.deepEqual(change.textDocument, { uri: styleUri, version: 1 }, 'made against the open version');
    assert.deepEqual(client.applyEdit(add.edit!), { applied: true });
    assert.equal(client.documents.get(styleUri)!.getText(), unsaved.replace(/(words:\n(?: {2}- .*\n)+)/, '$1  - orgnaised\n'));
    assert.equal(readFileSync(withStyle.file('.presslint.yaml'), 'utf8'), onDisk, 'the file on disk is left to the editor to save');
    // The style file itself is never linted as a draft: its diagnostics stay its own.
    assert.equal(client.published.get(styleUri)?.diagnostics.length ?? 0, 0);
    await client.close(styleUri);
    await client.close(uri);
  });

  it('creates a house style file for the word when the folder has none', async () => {
    const uri = withoutStyle.uri('create.release.md');
    await client.open(uri, DRAFT.replace('Kilindini', 'Mombasa'));
    const [misspelt] = spelling(await client.waitForRules(uri, ['spelling']));
    const add = actionsOnly(await client.codeActions(uri, misspelt!.range, [misspelt!])).find((a) => a.title === 'Add "organsied" to the house words');
    assert.ok(add);
    assert.equal(existsSync(withoutStyle.file('.presslint.yaml')), false);
    assert.deepEqual(client.applyEdit(add.edit!), { applied: true });
    const created = readFileSync(withoutStyle.file('.presslint.yaml'), 'utf8');
    assert.match(created, /^# presslint house style/);
    assert.match(created, /\nwords:\n {2}- organsied\n$/);
    await client.filesChanged([{ path: withoutStyle.file('.presslint.yaml'), type: FileChangeType.Created }]);
    await client.waitForDiagnostics(uri, (ds) => spelling(ds).length === 0 && ds.length > 0, 'the word accepted');
  });
});

describe("spelling in the language server: a project's cspell settings", () => {
  let client: LspClient;
  let workspace: ReturnType<typeof tempWorkspace>;
  const DRAFT_WITH_NAME = '# Harbour master leads a drill\n\nMombasa, Kenya, 9 November 2026 - Harbour master Achieng Nyamweya led a night drill.\n';
  const marker = () => workspace.file('code/RAN');

  before(async () => {
    workspace = tempWorkspace({ '.presslint.yaml': STYLE });
    mkdirSync(workspace.file('code'));
    // cspell settings written as code: cspell-lib would import (run) it in this ESM server.
    writeFileSync(workspace.file('code/cspell.config.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker())}, 'ran');\nexport default { words: ['Achieng'] };\n`);
    mkdirSync(workspace.file('broken'));
    writeFileSync(workspace.file('broken/cspell.json'), '{"words": [');
    client = await LspClient.start({ folders: [workspace.path], settings: {} });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  it('never runs cspell settings written as code, and spells without them', async () => {
    const uri = workspace.uri('code/drill.release.md');
    await client.open(uri, DRAFT_WITH_NAME);
    const diagnostics = await client.waitForRules(uri, ['spelling']);
    assert.deepEqual(spelling(diagnostics).map((d) => d.message), ['Unknown word "Achieng".']);
    assert.equal(existsSync(marker()), false, 'cspell.config.mjs ran in the server');
  });

  it('says in one diagnostic that spelling is not checked when the cspell settings cannot be read', async () => {
    const uri = workspace.uri('broken/drill.release.md');
    await client.open(uri, DRAFT_WITH_NAME);
    const diagnostics = await client.waitForRules(uri, ['spelling']);
    assert.deepEqual(
      spelling(diagnostics).map((d) => [d.message, d.severity, d.range.start.line]),
      [[`Spelling is not checked: The cspell settings file ${workspace.file('broken/cspell.json')} could not be read: Unexpected end of JSON input.`, 1, 0]],
    );
  });
});
