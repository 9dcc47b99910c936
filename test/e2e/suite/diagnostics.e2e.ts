import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, describe, docsLinkOf, openDraft, rangeIn, rangeOf, ruleOf, waitForDiagnostics, waitForRules } from './helpers';

suite('diagnostics', () => {
  teardown(closeAllEditors);

  test('a draft gets diagnostics with the expected rule codes, ranges, severities and docs links', async () => {
    const { document } = await openDraft('drafts/harbour-drills.release.md');
    const expected: { rule: string; range: vscode.Range; severity: vscode.DiagnosticSeverity }[] = [
      // The headline ends with a full stop.
      { rule: 'headline', range: rangeIn(document, 'storm response.', '.'), severity: vscode.DiagnosticSeverity.Error },
      // IMO is in the registry but never expanded.
      { rule: 'acronym-first-use', range: rangeIn(document, 'by the IMO and', 'IMO'), severity: vscode.DiagnosticSeverity.Error },
      { rule: 'spacing', range: rangeIn(document, 'a  review', '  '), severity: vscode.DiagnosticSeverity.Warning },
      // The house wants an en dash in ranges.
      { rule: 'date-style', range: rangeOf(document, '2021-2025'), severity: vscode.DiagnosticSeverity.Warning },
      // The house asks for "###" (end-mark: warning in .presslint.yaml); reported on the last line of the contact block.
      { rule: 'end-mark', range: rangeOf(document, 'Phone: +254 20 000 0000'), severity: vscode.DiagnosticSeverity.Warning },
    ];
    const diagnostics = await waitForRules(document.uri, expected.map((e) => e.rule));
    const seen = diagnostics.map(describe).join('\n  ');
    assert.equal(diagnostics.length, expected.length, `exactly the expected findings:\n  ${seen}`);
    for (const want of expected) {
      const got = diagnostics.find((d) => ruleOf(d) === want.rule);
      assert.ok(got, `a ${want.rule} diagnostic:\n  ${seen}`);
      assert.ok(got.range.isEqual(want.range), `${want.rule} at ${describe(got)}, expected ${want.range.start.line + 1}:${want.range.start.character + 1}-${want.range.end.line + 1}:${want.range.end.character + 1}`);
      assert.equal(got.severity, want.severity, `${want.rule} severity`);
      assert.match(got.message, /^[A-Z"].*\.$/, `${want.rule}: the message is a sentence`);
      const link = docsLinkOf(got);
      assert.ok(link, `${want.rule} has a docs link`);
      assert.match(link, new RegExp(`^https://.*/docs/rules/${want.rule}\\.md$`), `${want.rule} docs link`);
    }
  });

  test('ranges count UTF-16 code units on a line with non-ASCII text', async () => {
    const { document } = await openDraft('drafts/alpine-floods.release.md');
    const [spacing] = (await waitForRules(document.uri, ['spacing'])).filter((d) => ruleOf(d) === 'spacing');
    // "Zürich" twice and "€" come before the run of spaces on this line.
    assert.ok(spacing!.range.isEqual(rangeIn(document, 'million  to', '  ')), describe(spacing!));
  });

  test('spelling: an unknown word is reported, house words and contact names are not', async () => {
    const { document } = await openDraft('drafts/typo.release.md');
    const diagnostics = await waitForRules(document.uri, ['spelling']);
    assert.equal(diagnostics.length, 1, diagnostics.map(describe).join('\n'));
    assert.ok(diagnostics[0]!.range.isEqual(rangeOf(document, 'recieved')), describe(diagnostics[0]!));
    assert.match(diagnostics[0]!.message, /recieved/);
  });

  test("spelling: the team's cspell.json words and a cspell:ignore comment silence a name presslint flags otherwise", async () => {
    // The same release three times: alone, beside a cspell.json listing the name, and with a
    // cspell:ignore line. Each has one real typo, "recieved": its diagnostic shows that spelling has run.
    const spelt = async (path: string): Promise<string[]> => {
      const { document } = await openDraft(path);
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (ds) => ds.some((d) => ruleOf(d) === 'spelling' && document.getText(d.range) === 'recieved'),
        `the spelling diagnostic of "recieved" in ${path}`,
      );
      return diagnostics.filter((d) => ruleOf(d) === 'spelling').map((d) => document.getText(d.range)).sort();
    };
    assert.deepEqual(await spelt('drafts/harbour-master.release.md'), ['Achieng', 'recieved']);
    assert.deepEqual(await spelt('drafts/team/harbour-master.release.md'), ['recieved'], 'the cspell.json beside the draft lists Achieng');
    assert.deepEqual(await spelt('drafts/harbour-master-ignore.release.md'), ['recieved'], 'the draft says cspell:ignore Achieng');
  });
});
