/**
 * Runs every rule's fixtures (see test/helpers/fixtures.ts): exact findings on bad drafts,
 * none on good ones, the text after `--fix`, and nothing fixable left after fixing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../server/src/engine/rules/index';
import { FIXTURES, findingsOf, fixWithRule, ruleFixtures } from './helpers/fixtures';

for (const rule of rules) {
  const id = rule.meta.id;
  if (!existsSync(join(FIXTURES, 'rules', id))) continue; // test/registry.test.ts reports the missing folder
  const { style, fixtures } = ruleFixtures(id);
  describe(`rule ${id}`, () => {
    for (const fixture of fixtures) {
      if (fixture.kind === 'good') {
        it(`reports nothing on ${fixture.name}`, () => {
          assert.deepEqual(findingsOf(id, fixture.text, style, fixture.file), []);
        });
        continue;
      }
      it(`reports exactly the expected findings on ${fixture.name}`, () => {
        assert.ok(fixture.expected, `${fixture.name} needs its .expected.json`);
        assert.ok(fixture.expected.length > 0, `${fixture.name} is a bad draft: expect at least one finding`);
        assert.deepEqual(findingsOf(id, fixture.text, style, fixture.file), fixture.expected);
      });
      const fixable = fixture.expected?.some((f) => f.fix !== undefined);
      if (!fixable && fixture.fixed !== undefined) {
        it(`has no stale .fixed file for ${fixture.name}`, () => {
          assert.fail(`${fixture.name} has no fixable finding (suggestions are not applied by --fix): delete its .fixed file`);
        });
      }
      if (fixable) {
        it(`fixes ${fixture.name} as expected, leaving nothing fixable`, async () => {
          assert.ok(fixture.fixed !== undefined, `${fixture.name} has fixable findings: add its .fixed file`);
          const fixed = await fixWithRule(id, fixture.text, style, fixture.file);
          assert.equal(fixed, fixture.fixed);
          const left = findingsOf(id, fixed, style, fixture.file).filter((f) => f.fix !== undefined);
          assert.deepEqual(left, [], 'fixing again would still change the text');
        });
      }
    }
  });
}
