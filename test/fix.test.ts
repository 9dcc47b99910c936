/** Fixes as data: merging, applying without overlap, passes until stable. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, fixUntilStable, mergeEdits } from '../server/src/engine/index';
import { withSafeFix } from '../server/src/engine/fix-safety';
import { parseDraft } from '../server/src/engine/parse/document';

describe('fixes', () => {
  it('merge edits at several places into one fix that keeps the text between', () => {
    const text = 'UNODC works with the United Nations Office on Drugs and Crime (UNODC).';
    const fix = mergeEdits(text, [
      { range: { start: 0, end: 5 }, text: 'The United Nations Office on Drugs and Crime (UNODC)' },
      { range: { start: 21, end: 69 }, text: 'UNODC' },
    ]);
    assert.equal(applyFixes(text, [fix]).text, 'The United Nations Office on Drugs and Crime (UNODC) works with the UNODC.');
  });

  it('apply fixes in text order and leave an overlapping one for the next pass', () => {
    const outcome = applyFixes('abcdef', [
      { range: { start: 4, end: 6 }, text: 'EF' },
      { range: { start: 0, end: 2 }, text: 'AB' },
      { range: { start: 1, end: 3 }, text: 'X' },
    ]);
    assert.equal(outcome.text, 'ABcdEF');
    assert.equal(outcome.skipped.length, 1);
  });

  it('never apply two insertions at one place in one pass', () => {
    const outcome = applyFixes('ab', [
      { range: { start: 1, end: 1 }, text: '1' },
      { range: { start: 1, end: 1 }, text: '2' },
    ]);
    assert.equal(outcome.text, 'a1b');
  });

  it('fix in passes until nothing is left, and stop a fix loop', async () => {
    // Each pass removes one of a run of spaces: three passes to a single space.
    const collapse = (text: string) => {
      const at = text.indexOf('  ');
      return at < 0 ? [] : [{ range: { start: at, end: at + 2 }, text: ' ' }];
    };
    assert.deepEqual(await fixUntilStable('a    b', collapse), { text: 'a b', passes: 3, appliedCount: 3 });
    const flipFlop = (text: string) => [{ range: { start: 0, end: 1 }, text: text[0] === 'x' ? 'y' : 'x' }];
    assert.equal((await fixUntilStable('x', flipFlop, 10)).passes, 10);
  });
});

describe('the engine keeps unsafe fixes as suggestions, whatever the rule', () => {
  const draft = [
    'Ministers meet in Kampala',
    '',
    'Kampala, Uganda, 2 March 2026 - Ministers met. "We meet again on June 10-13," said the chair.',
    'A second line of the same paragraph.',
  ].join('\n');
  const doc = parseDraft(draft);
  const at = (part: string) => ({ start: draft.indexOf(part), end: draft.indexOf(part) + part.length });
  const guarded = (range: { start: number; end: number }, text: string) => withSafeFix(doc, 'some-rule', { message: 'm', range, fix: { range, text } });

  it('keeps a fix that changes words outside quotations, or only the spacing inside one', () => {
    assert.deepEqual(guarded(at('Ministers met'), 'The ministers met').fix, { range: at('Ministers met'), text: 'The ministers met' });
    assert.ok(guarded(at('June 10-13'), 'June  10-13').fix, 'spacing inside a quotation changes no word');
  });

  it('offers a fix that rewrites a quotation as a suggestion', () => {
    const report = guarded(at('June 10-13'), '10–13 June');
    assert.equal(report.fix, undefined);
    assert.deepEqual(report.suggestions, [{ title: 'Apply the some-rule fix (it rewrites a quotation: check it)', fix: { range: at('June 10-13'), text: '10–13 June' } }]);
  });

  it('offers a fix that joins two lines or splits one as a suggestion', () => {
    const headlineIntoDateline = { start: draft.indexOf('\n'), end: draft.indexOf('Kampala, Uganda') };
    assert.match(guarded(headlineIntoDateline, ' ').suggestions![0]!.title, /joins lines/);
    assert.equal(guarded(headlineIntoDateline, ' ').fix, undefined);
    assert.match(guarded(at('Ministers met.'), 'Ministers\nmet.').suggestions![0]!.title, /splits a line/);
  });

  it('keeps a fix that adds whole lines after a line or before one', () => {
    const end = draft.length;
    assert.ok(guarded({ start: end, end }, '\n\n###').fix, 'an end mark after the last line');
    const second = draft.indexOf('A second line');
    assert.ok(guarded({ start: second, end: second }, 'A new line.\n').fix, 'a line inserted before a line');
  });
});
