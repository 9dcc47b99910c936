/**
 * The paragraph memo the server keeps per open document (server/src/engine/paragraph-memo.ts):
 * linting with it must give exactly what linting without it gives, edit after edit, and it
 * must hold no more than the last lint used.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { lint } from '../server/src/engine/lint';
import { ParagraphMemo } from '../server/src/engine/paragraph-memo';
import { mergeStyle, readStyleText } from '../server/src/engine/config/parse';
import { recommended } from '../server/src/engine/config/recommended';
import type { HouseStyle } from '../server/src/engine/config/style';
import { RELEASE_TOKENS } from './fuzz/arbitraries';
import { RELEASES } from './fuzz/corpus';
import { checkProperty, runs } from './fuzz/settings';
import { STYLES } from './fuzz/styles';

const NOW = new Date('2026-06-01T12:00:00Z');

/** Findings with and without the memo, compared whole: ids, ranges, messages, fixes, related locations. */
function assertSameAsWithout(text: string, style: HouseStyle, memo: ParagraphMemo, step: string): void {
  const remembered = lint(text, style, { now: NOW, memo }).findings;
  const fresh = lint(text, style, { now: NOW }).findings;
  assert.deepEqual(remembered, fresh, `${step}: the memo changed the findings`);
}

const DRAFT = [
  'Ministers agree on water plan',
  '',
  'Vienna, Austria, 8 July 2019 - The United Nations Office on Drugs and Crime (UNODC) met today.',
  '',
  'The meeting was opened by UNODC and the OSCE.',
  '',
  'The Organization for Security and Co-operation in Europe (OSCE) sent three delegates.',
  '',
  'For more information, please contact:',
  'Anna Berger, Press Officer, anna.berger@example.org, +43 1 26060 4433',
  '',
].join('\n');

describe('paragraph memo', () => {
  it('moves a remembered paragraph with the text above it: an edit in the lead shifts every later finding', () => {
    const memo = new ParagraphMemo();
    const style = recommended;
    assertSameAsWithout(DRAFT, style, memo, 'first lint');
    const grown = DRAFT.replace('met today.', 'met today in the capital (the second meeting this year).');
    assertSameAsWithout(grown, style, memo, 'lead grown');
    const before = lint(DRAFT, style, { now: NOW }).findings.find((f) => f.ruleId === 'acronym-first-use');
    const after = lint(grown, style, { now: NOW, memo }).findings.find((f) => f.ruleId === 'acronym-first-use');
    assert.ok(before && after, 'OSCE is used before its definition');
    assert.equal(after.range.start - before.range.start, grown.length - DRAFT.length);
  });

  it('relates remembered paragraphs anew: removing a definition makes a later use the first one', () => {
    const memo = new ParagraphMemo();
    assertSameAsWithout(DRAFT, recommended, memo, 'first lint');
    const withoutDefinition = DRAFT.replace('The United Nations Office on Drugs and Crime (UNODC) met today.', 'The delegates met today.');
    assertSameAsWithout(withoutDefinition, recommended, memo, 'definition removed');
    const findings = lint(withoutDefinition, recommended, { now: NOW, memo }).findings;
    assert.ok(findings.some((f) => f.ruleId === 'acronym-first-use' && f.message.includes('UNODC')), JSON.stringify(findings.map((f) => f.message)));
  });

  it('forgets everything when the house style changes', () => {
    const memo = new ParagraphMemo();
    const text = DRAFT.replace('and the OSCE', 'and the RWSI');
    assertSameAsWithout(text, recommended, memo, 'recommended style');
    const house = mergeStyle(recommended, readStyleText('acronyms:\n  registry:\n    RWSI: Rural Water Security Initiative\n', 'house.presslint.yaml'), 'house');
    assertSameAsWithout(text, house, memo, 'house style');
    const messages = (style: HouseStyle) => lint(text, style, { now: NOW, memo }).findings.map((f) => f.message).join('\n');
    assert.notEqual(messages(house), messages(recommended));
  });

  it('holds only the paragraphs the last lint used', () => {
    const memo = new ParagraphMemo();
    lint(RELEASES[0]!, STYLES.rich, { now: NOW, memo });
    const first = memo.size;
    assert.ok(first > 0);
    lint('Short note\n\nGeneva, Switzerland, 1 May 2026 - One paragraph about the WHO.\n', STYLES.rich, { now: NOW, memo });
    assert.ok(memo.size < first && memo.size <= 4, `${memo.size} entries kept after linting a two-paragraph draft`);
  });

  it('does not keep earlier versions of the draft alive, edit after edit', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // About 300 KB of body paragraphs that use acronyms: every edit changes one paragraph, whose new scan the memo keeps.
    const paragraphs = Array.from(
      { length: 1500 },
      (_, i) => `In district ${i}, the United Nations Children's Fund (UNICEF) and WHO trained ${i + 3} nurses with the EU, and the NGOs of the region took part.`,
    );
    const long = DRAFT.replace('The meeting was opened by UNODC and the OSCE.', paragraphs.join('\n\n'));
    const memo = new ParagraphMemo();
    let text = long;
    const edit = (n: number) => {
      const at = Math.floor(((n * 7919) % 1000) / 1000 * text.length);
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      lint(text, STYLES.rich, { now: NOW, memo });
    };
    for (let n = 0; n < 5; n++) edit(n);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let n = 5; n < 45; n++) edit(n);
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    // Each version kept alive adds the draft (about 0.2 MB): 40 edits kept 8.6 MB before copyScan.
    assert.ok(grown < 4, `the heap grew ${grown.toFixed(1)} MB over 40 edits of a ${Math.round(long.length / 1000)} KB draft`);
  });

  it('changes no finding over any sequence of edits to any release, under both styles', async () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.integer({ min: 0, max: 60 }),
      insert: fc.oneof(fc.constantFrom(...RELEASE_TOKENS), fc.constantFrom('\n\n', '\n', ' (UNODC)', 'UNODC ', 'x', ''), fc.string({ maxLength: 12 })),
    });
    const scenario = fc.record({
      release: fc.nat({ max: RELEASES.length - 1 }),
      style: fc.constantFrom<keyof typeof STYLES>('recommended', 'rich'),
      edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
    });
    await checkProperty(
      'paragraph memo',
      scenario,
      ({ release, style, edits }) => {
        const memo = new ParagraphMemo();
        let text = RELEASES[release]!;
        assertSameAsWithout(text, STYLES[style], memo, 'first lint');
        edits.forEach((e, n) => {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          assertSameAsWithout(text, STYLES[style], memo, `edit ${n + 1}`);
        });
      },
      runs(60, 0.2),
    );
  });
});
