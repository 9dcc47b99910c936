/**
 * The language server over stdio, as any editor sees it: the BUILT server (dist/server.mjs,
 * `node scripts/build.mjs` first) in a child process, spoken to with JSON-RPC. One server for
 * the whole file; each test opens its own document.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type DocumentSymbol, type MarkupContent } from 'vscode-languageserver-protocol';
import { actionsOnly, describe as describeDiagnostic, LspClient, tempWorkspace, until } from './helpers/client';

const DOCS = 'https://github.com/presslint/presslint/blob/main/docs/rules/';

const STYLE = `# House style of the language server tests.
acronyms:
  registry:
    KPA: Kenya Ports Authority
programmes:
  - name: CRISP
    boilerplate: Coastal Resilience and Inclusive Sea Ports (CRISP) is a five-year programme that helps port authorities plan for storms and train their crews.
rules:
  spelling: off
  contact-block: off
  end-mark: off
  date-style: off
`;

/**
 * Line 0: a headline ending in a full stop. Line 2: IMO used before the expansion on line 4, then
 * two spaces. Line 4: LEFÖ and an emoji (two UTF-16 code units) before two spaces.
 */
const DRAFT = `# Harbour pilots rehearse storm drills.

Mombasa, Kenya, 12 March 2024 - Forty pilots trained with the IMO  this week.

Partners from LEFÖ 🌍 joined  the drills, said the International Maritime Organization (IMO).
`;

describe('language server over stdio', () => {
  let client: LspClient;
  let workspace: ReturnType<typeof tempWorkspace>;
  let count = 0;
  /** A fresh draft in the workspace, opened in the server; its diagnostics once published. */
  const openDraft = async (text = DRAFT, rules: string[] = ['headline']) => {
    const uri = workspace.uri(`draft-${++count}.release.md`);
    await client.open(uri, text);
    const diagnostics = await client.waitForRules(uri, rules);
    return { uri, diagnostics };
  };
  const byCode = (diagnostics: Diagnostic[], code: string, line?: number) =>
    diagnostics.find((d) => d.code === code && (line === undefined || d.range.start.line === line));
  const actionTitled = (actions: CodeAction[], title: string) => {
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `no action "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
    return action;
  };

  before(async () => {
    workspace = tempWorkspace({ '.presslint.yaml': STYLE });
    client = await LspClient.start({ folders: [workspace.path], settings: {} });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  it('initializes with incremental sync and every provider', () => {
    const { capabilities } = client.initializeResult;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.ok(capabilities.hoverProvider);
    assert.ok(capabilities.completionProvider);
    assert.ok(capabilities.documentSymbolProvider);
    assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.presslint']);
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['presslint.applyFixAll']);
    assert.equal(client.initializeResult.serverInfo?.name, 'presslint');
  });

  it('watches the house style files through a dynamic registration', async () => {
    await until(() => client.registrations.length > 0, 'a registration');
    const registration = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(registration, 'the server registers a file watcher');
    const globs = (registration.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    assert.deepEqual(globs, ['**/{.presslint.yaml,.presslint.yml,.presslint.json}']);
  });

  it('publishes diagnostics with the rule id as code, the docs link, source, severity and exact UTF-16 ranges', async () => {
    const { uri, diagnostics } = await openDraft(DRAFT, ['headline', 'acronym-first-use', 'spacing', 'acronym-unknown']);
    assert.deepEqual(diagnostics.map(describeDiagnostic), [
      'headline 0:38-0:39',
      'acronym-first-use 2:62-2:65',
      'spacing 2:65-2:67',
      'acronym-unknown 4:14-4:18', // LEFÖ: Ö is one UTF-16 unit
      'spacing 4:28-4:30', // after the emoji, which counts two
    ]);
    for (const d of diagnostics) {
      assert.equal(d.source, 'presslint');
      assert.deepEqual(d.codeDescription, { href: `${DOCS}${d.code}.md` });
    }
    const headline = byCode(diagnostics, 'headline')!;
    assert.equal(headline.severity, DiagnosticSeverity.Error);
    assert.equal(headline.message, 'Remove the full stop at the end of the headline.');
    // The early use points at the later expansion.
    const firstUse = byCode(diagnostics, 'acronym-first-use')!;
    assert.equal(firstUse.relatedInformation?.length, 1);
    assert.equal(firstUse.relatedInformation![0]!.location.uri, uri);
    assert.deepEqual(firstUse.relatedInformation![0]!.location.range, { start: { line: 4, character: 51 }, end: { line: 4, character: 92 } });
    assert.equal(client.published.get(uri)?.version, 1, 'diagnostics name the version they were computed for');
  });

  it("links a modified boilerplate to the canonical text in the house style file", async () => {
    const canonical = 'Coastal Resilience and Inclusive Sea Ports (CRISP) is a five-year programme that helps port authorities plan for storms and train their crews.';
    const text = `# Port crews train for storms\n\nMombasa, Kenya, 12 March 2024 - Forty pilots trained under CRISP this week.\n\nAbout CRISP\n\n${canonical.replace('five-year', 'four-year')}\n`;
    const { diagnostics } = await openDraft(text, ['boilerplate']);
    const boilerplate = byCode(diagnostics, 'boilerplate')!;
    assert.deepEqual(boilerplate.relatedInformation, [
      {
        location: { uri: workspace.uri('.presslint.yaml'), range: { start: { line: 6, character: 17 }, end: { line: 6, character: 17 + canonical.length } } },
        message: 'The canonical CRISP boilerplate, in the house style.',
      },
    ]);
  });

  it('shows control characters a message quotes from the draft escaped, and still maps the diagnostic to its fix', async () => {
    const canonical = 'Coastal Resilience and Inclusive Sea Ports (CRISP) is a five-year programme that helps port authorities plan for storms and train their crews.';
    const text = `# Port crews train for storms\n\nMombasa, Kenya, 12 March 2024 - Forty pilots trained under CRISP this week.\n\nAbout CRISP\n\n${canonical.replace('five-year', 'four-\u001b]0;pwned\u0007year')}\n`;
    const { uri, diagnostics } = await openDraft(text, ['boilerplate']);
    const boilerplate = byCode(diagnostics, 'boilerplate')!;
    assert.match(String(boilerplate.message), /four-\\u\{1b\}\]0;pwned\\u\{7\}year/);
    assert.doesNotMatch(JSON.stringify(client.publishLog), /\\u001b|\\u0007/, 'no raw control character in any published diagnostic');
    const actions = actionsOnly(await client.codeActions(uri, boilerplate.range, [boilerplate]));
    assert.ok(actions.some((a) => a.diagnostics?.[0]?.code === 'boilerplate' && a.edit), actions.map((a) => a.title).join(' | '));
  });

  it('offers a preferred quick fix and applies it at the right UTF-16 place', async () => {
    const { uri, diagnostics } = await openDraft();
    const spacing = byCode(diagnostics, 'spacing', 4)!;
    const actions = actionsOnly(await client.codeActions(uri, spacing.range, [spacing]));
    const fix = actionTitled(actions, 'Fix this spacing problem');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [spacing]);
    assert.deepEqual(client.applyEdit(fix.edit!), { applied: true });
    assert.equal(client.mirror(uri).getText().split('\n')[4], 'Partners from LEFÖ 🌍 joined the drills, said the International Maritime Organization (IMO).');
    const after = await client.waitForDiagnostics(uri, (ds) => !byCode(ds, 'spacing', 4), 'the spacing finding on line 5 to go');
    assert.ok(byCode(after, 'spacing', 2), 'the other spacing finding stays');
  });

  it('fixes all problems of one rule', async () => {
    const { uri, diagnostics } = await openDraft(DRAFT, ['spacing']);
    const spacing = byCode(diagnostics, 'spacing', 2)!;
    const action = actionTitled(actionsOnly(await client.codeActions(uri, spacing.range, [spacing])), 'Fix all spacing problems');
    assert.equal(action.isPreferred, undefined);
    assert.deepEqual(client.applyEdit(action.edit!), { applied: true });
    const text = client.mirror(uri).getText();
    assert.ok(!text.includes('  '), 'no double space left');
    assert.ok(text.includes('# Harbour pilots rehearse storm drills.'), 'other rules are left alone');
    assert.ok(text.includes('with the IMO this week'));
    await client.waitForDiagnostics(uri, (ds) => !byCode(ds, 'spacing') && Boolean(byCode(ds, 'headline')), 'no spacing finding');
  });

  it('disables a rule for a line, then adds a second rule to the same comment', async () => {
    const { uri, diagnostics } = await openDraft(DRAFT, ['acronym-first-use']);
    const firstUse = byCode(diagnostics, 'acronym-first-use')!;
    const disable = actionTitled(actionsOnly(await client.codeActions(uri, firstUse.range, [firstUse])), 'Disable acronym-first-use for this line');
    assert.deepEqual(client.applyEdit(disable.edit!), { applied: true });
    assert.equal(client.mirror(uri).getText().split('\n')[2], '<!-- presslint-disable-next-line acronym-first-use -->');

    const next = await client.waitForDiagnostics(uri, (ds) => !byCode(ds, 'acronym-first-use') && Boolean(byCode(ds, 'spacing', 3)), 'acronym-first-use disabled');
    const spacing = byCode(next, 'spacing', 3)!;
    const again = actionTitled(actionsOnly(await client.codeActions(uri, spacing.range, [spacing])), 'Disable spacing for this line');
    assert.deepEqual(client.applyEdit(again.edit!), { applied: true });
    assert.equal(client.mirror(uri).getText().split('\n')[2], '<!-- presslint-disable-next-line acronym-first-use, spacing -->');
    await client.waitForDiagnostics(uri, (ds) => !byCode(ds, 'spacing', 3) && Boolean(byCode(ds, 'spacing', 5)), 'spacing disabled on that line only');
  });

  it('answers source.fixAll.presslint with every fix, applied until stable', async () => {
    const { uri } = await openDraft();
    const actions = actionsOnly(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']));
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all presslint problems', 'source.fixAll.presslint']]);
    assert.deepEqual(client.applyEdit(actions[0]!.edit!), { applied: true });
    assert.equal(
      client.mirror(uri).getText(),
      `# Harbour pilots rehearse storm drills

Mombasa, Kenya, 12 March 2024 - Forty pilots trained with the International Maritime Organization (IMO) this week.

Partners from LEFÖ 🌍 joined the drills, said the IMO.
`,
    );
    const left = await client.waitForDiagnostics(uri, (ds) => !byCode(ds, 'headline'), 'the fixed draft');
    assert.deepEqual(left.map(describeDiagnostic), ['acronym-unknown 4:14-4:18'], 'only the finding without a fix is left');
    // Nothing fixable left: no fix-all action.
    assert.deepEqual(actionsOnly(await client.codeActions(uri, left[0]!.range, [], ['source.fixAll.presslint'])), []);
  });

  it('runs the fix-all command through workspace/applyEdit, for the version it was asked for', async () => {
    const { uri } = await openDraft();
    await client.executeCommand('presslint.applyFixAll', [{ uri, version: 1 }]);
    const sent = client.appliedEdits.at(-1)!;
    assert.equal(sent.applied, true);
    const change = sent.edit.documentChanges![0] as { textDocument: { uri: string; version: number } };
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.ok(client.mirror(uri).getText().startsWith('# Harbour pilots rehearse storm drills\n'));

    // Asked for a version the editor no longer has (the edit above made it 2): nothing is sent.
    const before = client.appliedEdits.length;
    await client.executeCommand('presslint.applyFixAll', [{ uri, version: 1 }]);
    assert.equal(client.appliedEdits.length, before);
  });

  it('computes edits for a version, and the editor refuses them once the text changed', async () => {
    const { uri, diagnostics } = await openDraft();
    const headline = byCode(diagnostics, 'headline')!;
    const fix = actionTitled(actionsOnly(await client.codeActions(uri, headline.range, [headline])), 'Fix this headline problem');
    const change = fix.edit!.documentChanges![0] as { textDocument: { version: number } };
    assert.equal(change.textDocument.version, 1);
    await client.replace(uri, 'Forty', 'Fifty');
    assert.deepEqual(client.applyEdit(fix.edit!), { applied: false, failureReason: `version 1 of ${uri} is stale: the document is at 2` });
    assert.ok(client.mirror(uri).getText().startsWith('# Harbour pilots rehearse storm drills.'), 'nothing was applied');
    // Asked again, the server computes the fix for the current version.
    const fresh = await client.waitForDiagnostics(uri, (ds) => Boolean(byCode(ds, 'headline')));
    const again = actionTitled(actionsOnly(await client.codeActions(uri, headline.range, [byCode(fresh, 'headline')!])), 'Fix this headline problem');
    assert.equal((again.edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 2);
  });

  it('hovers on an acronym with its official name and where the draft defines it', async () => {
    const { uri } = await openDraft();
    const imo = await client.hover(uri, { line: 2, character: 63 });
    assert.ok(imo);
    assert.deepEqual(imo.range, { start: { line: 2, character: 62 }, end: { line: 2, character: 65 } });
    assert.equal(
      (imo.contents as MarkupContent).value,
      '**IMO**: International Maritime Organization (house registry)\n\nDefined on line 5: "International Maritime Organization (IMO)".',
    );
    const lefo = await client.hover(uri, { line: 4, character: 17 });
    assert.deepEqual(lefo?.range, { start: { line: 4, character: 14 }, end: { line: 4, character: 18 } });
    assert.match((lefo!.contents as MarkupContent).value, /^\*\*LEFÖ\*\*\n\nNot in the house registry and not defined in this draft\.$/);
    assert.equal(await client.hover(uri, { line: 2, character: 3 }), null, 'no hover on an ordinary word');

    const { uri: other } = await openDraft('# KPA crews train\n\nMombasa, Kenya, 12 March 2024 - The KPA said so in the UK.\n', ['acronym-first-use']);
    const kpa = await client.hover(other, { line: 2, character: 37 });
    assert.equal(
      (kpa!.contents as MarkupContent).value,
      '**KPA**: Kenya Ports Authority (house registry)\n\nNot defined in this draft yet: its first use should read "Kenya Ports Authority (KPA)".',
    );
    const uk = await client.hover(other, { line: 2, character: 55 });
    assert.deepEqual(uk?.range, { start: { line: 2, character: 55 }, end: { line: 2, character: 57 } });
    assert.equal((uk!.contents as MarkupContent).value, '**UK**\n\nOn the house list of capitalised words that need no expansion.');
  });

  it('completes an undefined registry acronym to its full name, and not a defined one', async () => {
    const text = '# Crews train\n\nMombasa, Kenya, 12 March 2024 - The International Maritime Organization (IMO) and UNOD\n';
    const { uri } = await openDraft(text, []);
    const items = await client.completion(uri, { line: 2, character: 86 });
    const unodc = items.find((i) => i.label === 'UNODC');
    assert.ok(unodc, `UNODC offered among ${items.map((i) => i.label).join(', ')}`);
    assert.equal(unodc.detail, 'United Nations Office on Drugs and Crime');
    assert.deepEqual(unodc.textEdit, {
      range: { start: { line: 2, character: 82 }, end: { line: 2, character: 86 } },
      newText: 'United Nations Office on Drugs and Crime (UNODC)',
    });
    assert.ok(items.every((i) => i.label.toString().startsWith('U')), 'only acronyms starting as typed');

    await client.replace(uri, 'UNOD', 'I');
    const afterDefined = await client.completion(uri, { line: 2, character: 83 });
    assert.ok(afterDefined.some((i) => i.label === 'ILO'));
    assert.ok(!afterDefined.some((i) => i.label === 'IMO'), 'IMO is defined already');
  });

  it("completes a programme's boilerplate and, under the contact heading, the house's contact template", async () => {
    const text = [
      '# CRISP crews train',
      '',
      'Mombasa, Kenya, 12 March 2024 - Forty pilots trained this week.',
      '',
      '',
      '',
      'For more information, please contact:',
      '',
      '',
    ].join('\n');
    const { uri } = await openDraft(text, []);
    const body = await client.completion(uri, { line: 4, character: 0 });
    const about = body.find((i) => i.label === 'About CRISP');
    assert.ok(about, `About CRISP offered among ${body.map((i) => i.label).join(', ')}`);
    assert.equal(
      (about.textEdit as { newText: string }).newText,
      'Coastal Resilience and Inclusive Sea Ports (CRISP) is a five-year programme that helps port authorities plan for storms and train their crews.',
    );
    assert.ok(!body.some((i) => i.label === 'Contact entry (house template)'));

    const contact = await client.completion(uri, { line: 8, character: 0 });
    const template = contact.find((i) => i.label === 'Contact entry (house template)');
    assert.ok(template, `the contact template among ${contact.map((i) => i.label).join(', ')}`);
    assert.equal(template.insertTextFormat, 2, 'a snippet: the client supports them');
    assert.equal((template.textEdit as { newText: string }).newText, '${1:[Organisation]}: ${2:[Name]}\nEmail: ${3:[email address]}\nPhone: ${4:[phone number]}');
    assert.ok(!contact.some((i) => i.label === 'About CRISP'), 'no boilerplate inside the contact block');
  });

  it('outlines the release: headline, dateline, body, boilerplate, contact block, end mark', async () => {
    const text = [
      '# Harbour pilots rehearse storm drills', // 0
      '',
      'Mombasa, Kenya, 12 March 2024 - Forty pilots trained this week.', // 2
      '',
      '"We are ready," said the harbour master.', // 4
      '',
      'About CRISP', // 6
      '',
      'Coastal Resilience and Inclusive Sea Ports (CRISP) is a five-year programme that helps port authorities plan for storms and train their crews.', // 8
      '',
      'For more information, please contact:', // 10
      '',
      'Kenya Ports Authority: Amina Odhiambo', // 12
      'Email: amina.odhiambo@example.org',
      '',
      '###', // 15
      '',
    ].join('\n');
    const { uri } = await openDraft(text, []);
    const symbols = (await client.symbols(uri)) as DocumentSymbol[];
    const outline = (list: DocumentSymbol[]): unknown[] =>
      list.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line, ...(s.children?.length ? [outline(s.children)] : [])]);
    assert.deepEqual(outline(symbols), [
      ['Harbour pilots rehearse storm drills', 'headline', 0, 0],
      [
        'Body',
        '2 paragraphs',
        2,
        4,
        [
          ['Mombasa, Kenya, 12 March 2024', 'dateline', 2, 2],
          ['Mombasa, Kenya, 12 March 2024 - Forty pilots trained this w…', 'lead paragraph', 2, 2],
          ['"We are ready," said the harbour master.', 'paragraph', 4, 4],
        ],
      ],
      ['About CRISP', 'boilerplate', 6, 8, [['Coastal Resilience and Inclusive Sea Ports (CRISP) is a fiv…', 'boilerplate paragraph', 8, 8]]],
      ['For more information, please contact:', 'contact block', 10, 13, [['Kenya Ports Authority: Amina Odhiambo', 'contact', 12, 13]]],
      ['###', 'end mark', 15, 15],
    ]);
    for (const s of symbols) {
      const inside = s.selectionRange.start.line >= s.range.start.line && s.selectionRange.end.line <= s.range.end.line;
      assert.ok(inside, `${s.name}: the selection range lies inside the range`);
    }
  });

  it('answers empty for a document it does not know', async () => {
    const uri = workspace.uri('never-opened.release.md');
    const position = { line: 0, character: 0 };
    assert.equal(await client.hover(uri, position), null);
    assert.deepEqual(await client.completion(uri, position), []);
    assert.deepEqual(await client.symbols(uri), []);
    assert.deepEqual(await client.codeActions(uri, { start: position, end: position }, []), []);
    assert.equal(await client.executeCommand('presslint.applyFixAll', [{ uri }]), null);
  });

  it('clears the diagnostics of a closed document', async () => {
    const { uri } = await openDraft();
    await client.close(uri);
    await client.waitForDiagnostics(uri, (ds) => ds.length === 0, 'empty diagnostics after close');
  });
});
