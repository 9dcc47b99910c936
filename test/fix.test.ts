/** Fixes as data: merging, applying without overlap, passes until stable. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, fixUntilStable, mergeEdits } from '../server/src/engine/index';

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
