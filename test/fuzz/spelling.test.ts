/**
 * The spelling rule under the fuzzer: fewer runs (cspell loads a dictionary and looks up
 * every word), the same promises as the structural rules, with spelling's findings, its
 * suggestions and its dialect fixes merged in as the CLI and the server merge them.
 */
import { describe, it, before } from 'node:test';
import fc from 'fast-check';
import { lintWithSpelling } from '../../server/src/engine/lint';
import { fixUntilStable } from '../../server/src/engine/fix';
import { createSpeller, type Speller } from '../../server/src/engine/spelling/index';
import { mutatedRelease, unicodeText } from './arbitraries';
import { checkApply, checkResult, checkSafeFixes, fixesOf, FUZZ_NOW } from './invariants';
import { checkProperty, FUZZ_SEED, runs } from './settings';
import { STYLES, type StyleName } from './styles';

describe(`spelling properties (seed ${FUZZ_SEED})`, () => {
  const spellers = new Map<StyleName, Speller>();
  before(async () => {
    for (const name of Object.keys(STYLES) as StyleName[]) spellers.set(name, await createSpeller(STYLES[name]));
  });

  /** Every promise with spelling merged in, idempotence included. */
  async function checkWithSpelling(text: string): Promise<void> {
    for (const name of Object.keys(STYLES) as StyleName[]) {
      const style = STYLES[name];
      const speller = spellers.get(name)!;
      const lintAll = async (current: string) => checkResult(current, await lintWithSpelling(current, style, speller, { now: FUZZ_NOW }));
      const first = await lintAll(text);
      checkApply(text, fixesOf(first));
      const fixed = await fixUntilStable(text, async (current) => fixesOf(await lintAll(current)));
      const left = (await lintAll(fixed.text)).findings.filter((f) => f.fix && fixed.text.slice(f.fix.range.start, f.fix.range.end) !== f.fix.text);
      if (left.length > 0) throw new Error(`[${name}] after fixing, still fixable: ${left.map((f) => `${f.ruleId} "${f.message}"`).join('; ')}`);
      try {
        // (With the style: its terms and variants may change a headline's word, as the house says.)
        checkSafeFixes(text, fixed.text, undefined, style);
      } catch (error) {
        throw new Error(`[${name}] ${(error as Error).message}`);
      }
    }
  }

  it('hold with spelling for mutated releases and arbitrary Unicode text', async () => {
    await checkProperty('spelling', fc.oneof(mutatedRelease, unicodeText), checkWithSpelling, runs(60, 0.1));
  });
});
